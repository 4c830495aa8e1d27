// A response body read within a byte limit: streamed and counted as it arrives (after any decompression the
// transport does), never buffered whole by the transport (`.text()`/`.arrayBuffer()` would hold an endless body or a
// gzip bomb in full before anyone could count it). Stopping the stream closes the connection.
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"

/** The body has more bytes than `limit` (declared by `Content-Length`, or counted as it arrived). */
export class LimitExceeded {
  readonly _tag = "LimitExceeded"
  readonly limit: number
  /** Why the body is known to be too large, e.g. `its Content-Length is 1048577 bytes`. */
  readonly reason: string
  constructor(limit: number, reason: string) {
    this.limit = limit
    this.reason = reason
  }
}

/**
 * The body's length as its `Content-Length` declares it, when that is the length of what the stream delivers:
 * an encoded (compressed) body's header counts the bytes on the wire, not the decoded ones.
 */
const declaredLength = (response: HttpClientResponse.HttpClientResponse): number | undefined => {
  const encoding = response.headers["content-encoding"]
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity") return undefined
  const header = response.headers["content-length"]
  if (header === undefined || !/^\s*\d+\s*$/.test(header)) return undefined
  return Number(header)
}

/**
 * The whole body, failing with {@link LimitExceeded} as soon as it is known to exceed `limit`: at once when its
 * `Content-Length` says so, else when the count of the bytes received passes it. Either way the stream is stopped,
 * which aborts the request and closes the connection; at most `limit` bytes (plus one chunk) are ever held.
 */
export const readWithin = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
): Effect.Effect<Uint8Array, HttpClientError.HttpClientError | LimitExceeded> =>
  Effect.suspend(() => {
    const declared = declaredLength(response)
    if (declared !== undefined && declared > limit) {
      // Open the stream and close it without reading: its finalizer aborts the request.
      return Effect.andThen(
        Effect.scoped(Stream.toPull(response.stream)),
        Effect.fail(new LimitExceeded(limit, `its Content-Length is ${declared} bytes`)),
      )
    }
    if (declared === 0) return Effect.succeed(new Uint8Array(0))
    const chunks: Array<Uint8Array> = []
    let total = 0
    return Stream.runForEach(response.stream, (chunk) => {
      total += chunk.byteLength
      if (total > limit) return Effect.fail(new LimitExceeded(limit, `more than ${limit} bytes arrived`))
      chunks.push(chunk)
      return Effect.void
    }).pipe(
      Effect.map(() => concat(chunks, total)),
      // A body the transport reports as absent (a 204, a HEAD) is an empty body.
      Effect.catchIf(
        (error) => error._tag === "HttpClientError" && error.reason._tag === "EmptyBodyError",
        () => Effect.succeed(new Uint8Array(0)),
      ),
    )
  })

const concat = (chunks: ReadonlyArray<Uint8Array>, total: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * The body as UTF-8 text (invalid sequences replaced, like `Response#text`). A body the runtime cannot hold as one
 * string (past V8's longest string) is a {@link LimitExceeded}, not a defect.
 */
export const decodeText = (bytes: Uint8Array, limit: number): Effect.Effect<string, LimitExceeded> =>
  Effect.try({
    try: () => new TextDecoder().decode(bytes),
    catch: () => new LimitExceeded(limit, `${bytes.byteLength} bytes do not fit in a string on this runtime`),
  })

// A response body read within a byte limit: streamed and counted as it arrives (after any decompression the
// transport does), never buffered whole by the transport (`.text()`/`.arrayBuffer()` would hold an endless body or a
// gzip bomb in full before anyone could count it). Stopping the stream closes the connection. A web `Response`
// (fetch transports) is read through its own reader, any other response through its Effect stream. A caller that
// can abort the request itself may read a body with no content coding whose `Content-Length` is within the limit
// whole (`readableWhole`, `readWhole`: the transport cannot read past it) — only such a caller: a body being read
// whole by the runtime cannot be cancelled, so a stalled one would hold its connection open.
import { declaredBodyLength } from "@beeper-kit/core/wire"
import * as Channel from "effect/Channel"
import * as Effect from "effect/Effect"
import { constVoid } from "effect/Function"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientResponse from "effect/http/HttpClientResponse"

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
 * The whole body, failing with {@link LimitExceeded} as soon as it is known to exceed `limit`: at once when its
 * `Content-Length` says so, else when the count of the bytes received passes it. Either way the body is cancelled,
 * which aborts the request and closes the connection; at most `limit` bytes (plus one chunk) are ever held.
 * Interrupting the read cancels the body too.
 */
export const readWithin = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
): Effect.Effect<Uint8Array, HttpClientError.HttpClientError | LimitExceeded> => {
  const web = HttpClientResponse.toWeb(response)
  return Option.isSome(web) ? readWebWithin(response, web.value, limit) : readStreamWithin(response, limit)
}

/** How a body's bytes become text: {@link utf8Text}, or `jsonTextOf` for a JSON body. */
export type TextDecoding = (bytes: Uint8Array) => string

const utf8 = new TextDecoder()

/** The bytes as UTF-8 (invalid sequences replaced, a leading byte-order mark dropped, like `Response#text`). */
export const utf8Text: TextDecoding = (bytes) => utf8.decode(bytes)

/**
 * The body as text (`decode`, by default UTF-8 like `Response#text`), within `limit` bytes as {@link readWithin}
 * counts them. A body the runtime cannot hold as one string (past V8's longest string) is a {@link LimitExceeded},
 * not a defect.
 */
export const readTextWithin = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
  decode: TextDecoding = utf8Text,
): Effect.Effect<string, HttpClientError.HttpClientError | LimitExceeded> =>
  Effect.flatMap(readWithin(response, limit), (bytes) => decodeText(bytes, limit, decode))

/**
 * Whether a web `Response`'s body may be read whole by the runtime (`Response#arrayBuffer`) within `limit`: its
 * `Content-Length` is within it and counts the decoded bytes (no content coding), so the transport cannot deliver
 * more. Only for a caller that aborts the request itself when it gives up (a whole read cannot be cancelled); it
 * reads with {@link readWhole}.
 */
export const readableWhole = (web: Response, limit: number): boolean => {
  const headers = web.headers
  const declared = declaredBodyLength(headers.get("content-encoding"), headers.get("content-length"))
  return declared !== undefined && declared <= limit
}

/**
 * Whether `Response#text` makes a body's UTF-8 text for less CPU than `arrayBuffer()` and a `TextDecoder`: on Bun,
 * ~240 against ~300 µs per call for fetch + read + `JSON.parse` of the bench's 75 KB page of 25 chats over a local
 * socket; on workerd (Cloudflare Workers, whose `navigator.userAgent` says so) the bytes and a decoder cost 1.10× a
 * send's and 1.09× the page's CPU by `text()`, 64 at a time (tooling/bench/README.md). Deno makes that string at ~2×
 * the CPU by `Response#text`; Node keeps bytes.
 */
const textReadsCheaper = typeof (globalThis as { readonly Bun?: unknown }).Bun !== "undefined" ||
  (globalThis as { readonly navigator?: { readonly userAgent?: unknown } }).navigator?.userAgent === "Cloudflare-Workers"

/**
 * A body {@link readableWhole} allows, read whole and decoded: as bytes and `decode` (`arrayBuffer()` and a
 * decoder: Deno makes the string of a 75 KB body with a few non-ASCII characters by `Response#text` at ~2× the CPU,
 * and on Node `jsonTextOf` avoids the string altogether), or by `Response#text` where that is cheaper and `decode`
 * is the plain {@link utf8Text} (the same text: invalid sequences replaced, a leading byte-order mark dropped). The
 * text goes to `onText`; `onFailure` gets a {@link LimitExceeded} for a body the runtime cannot hold (as one buffer
 * or one string), what the body failed with otherwise (a reset, an abort: {@link readFailure} makes it an
 * `HttpClientError`). Callbacks rather than a promise: the caller waits on the runtime's own promise.
 */
export const readWhole = (
  web: Response,
  limit: number,
  decode: TextDecoding,
  onText: (text: string) => void,
  onFailure: (error: unknown) => void,
): void => {
  const failed = (cause: unknown) => onFailure(wholeFailure(limit, cause))
  if (textReadsCheaper && decode === utf8Text) return void web.text().then(onText, failed)
  web.arrayBuffer().then((buffer) => {
    let text: string
    try {
      text = decodeOrLimit(new Uint8Array(buffer), limit, decode)
    } catch (error) {
      return onFailure(error)
    }
    onText(text)
  }, failed)
}

/** A whole read's failure: a body the runtime cannot hold (`RangeError`) is over the limit, anything else as it came. */
const wholeFailure = (limit: number, cause: unknown): unknown =>
  cause instanceof RangeError ? new LimitExceeded(limit, "the body does not fit in memory on this runtime") : cause

/** A web `Response`'s body read through its own reader: one promise per chunk, no Effect stream per chunk. */
const readWebWithin = (
  response: HttpClientResponse.HttpClientResponse,
  web: Response,
  limit: number,
): Effect.Effect<Uint8Array, HttpClientError.HttpClientError | LimitExceeded> =>
  Effect.callback((resume) => {
    const body = web.body
    if (body === null) return resume(Effect.succeed(new Uint8Array(0)))
    const declared = declaredBodyLength(web.headers.get("content-encoding"), web.headers.get("content-length"))
    if (declared !== undefined && declared > limit) {
      body.cancel().catch(constVoid)
      return resume(Effect.fail(new LimitExceeded(limit, `its Content-Length is ${declared} bytes`)))
    }
    const reader = body.getReader()
    const chunks: Array<Uint8Array> = []
    let total = 0
    let done = false
    const next = (): void => {
      reader.read().then((result) => {
        if (done) return
        if (result.done) {
          done = true
          return resume(Effect.succeed(concat(chunks, total)))
        }
        total += result.value.byteLength
        if (total > limit) {
          done = true
          reader.cancel().catch(constVoid)
          return resume(Effect.fail(new LimitExceeded(limit, `more than ${limit} bytes arrived`)))
        }
        chunks.push(result.value)
        next()
      }, (cause: unknown) => {
        if (done) return
        done = true
        resume(Effect.fail(readFailure(response, cause)))
      })
    }
    next()
    return Effect.sync(() => {
      if (done) return
      done = true
      reader.cancel().catch(constVoid)
    })
  })

/** A body that failed mid-way (a reset, an abort), as `HttpClientResponse#stream` reports it. */
export const readFailure = (response: HttpClientResponse.HttpClientResponse, cause: unknown) =>
  new HttpClientError.HttpClientError({
    reason: new HttpClientError.DecodeError({ request: response.request, response, cause }),
  })

/** The body of any other `HttpClientResponse`, through its Effect `stream`. */
const readStreamWithin = (
  response: HttpClientResponse.HttpClientResponse,
  limit: number,
): Effect.Effect<Uint8Array, HttpClientError.HttpClientError | LimitExceeded> =>
  Effect.suspend(() => {
    const headers = response.headers
    const declared = declaredBodyLength(headers["content-encoding"], headers["content-length"])
    if (declared !== undefined && declared > limit) {
      // Open the stream and close it without reading: its finalizer aborts the request. (The channel's own pull in
      // a scope closed at once: `Stream.toPull` would add a semaphore, and its module to every bundle.)
      return Effect.andThen(
        Effect.scopedWith((scope) => Channel.toPullScoped(Stream.toChannel(response.stream), scope)),
        Effect.fail(new LimitExceeded(limit, `its Content-Length is ${declared} bytes`)),
      )
    }
    // An empty body (Content-Length: 0) is read too: node:http gives a keep-alive socket back only once it has read
    // the response's end, so one left unread would hold its connection for good.
    const chunks: Array<Uint8Array> = []
    let total = 0
    return Stream.runForEach(response.stream, (chunk) => {
      total += chunk.byteLength
      if (total > limit) return Effect.fail(new LimitExceeded(limit, `more than ${limit} bytes arrived`))
      chunks.push(chunk)
      return Effect.void
    }).pipe(
      Effect.map(() => concat(chunks, total)),
      // A body the transport reports as absent (a 204, a HEAD) is an empty body. (`Effect.catch` rather than
      // `catchIf`, which brings its own family into every bundle.)
      Effect.catch((error) =>
        error._tag === "HttpClientError" && error.reason._tag === "EmptyBodyError"
          ? Effect.succeed(new Uint8Array(0))
          : Effect.fail(error)
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

/** The bytes as text (`decode`), or a {@link LimitExceeded} thrown for bytes the runtime cannot hold as one string. */
const decodeOrLimit = (bytes: Uint8Array, limit: number, decode: TextDecoding): string => {
  try {
    return decode(bytes)
  } catch {
    throw new LimitExceeded(limit, `${bytes.byteLength} bytes do not fit in a string on this runtime`)
  }
}

/**
 * The bytes as text (`decode`, by default UTF-8). A body the runtime cannot hold as one string (past V8's longest
 * string) is a {@link LimitExceeded}, not a defect.
 */
export const decodeText = (
  bytes: Uint8Array,
  limit: number,
  decode: TextDecoding = utf8Text,
): Effect.Effect<string, LimitExceeded> =>
  Effect.try({
    try: () => decodeOrLimit(bytes, limit, decode),
    catch: (error) => error as LimitExceeded,
  })

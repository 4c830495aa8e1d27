// The limits the fetch client puts on every request, so a broken or hostile server can never make it wait or grow
// without bound: a timeout over the whole exchange (the request, the response head and the whole body), and a cap on
// the response body's size, counted as it arrives.
import { declaredBodyLength } from "./wire/index.ts"

/**
 * What an operation's success body is: `"binary"` for a file (`assets.serve`), `"json"` for every other operation.
 * The body of an error status is always held to the JSON limit.
 */
export type SuccessKind = "json" | "binary"

/** The limits, resolved (the defaults are the wire rules `defaultTimeoutMillis` and `defaultMaxResponseBytes`). */
export interface BoundedFetchOptions {
  /** Milliseconds a request may take, its body read included; `Infinity` for no limit. */
  readonly timeoutMs: number
  /** Most bytes a response body may have: a JSON body, and any other (a file from `assets.serve`). */
  readonly maxResponseBytes: { readonly json: number; readonly binary: number }
}

// statuses whose response has no body, which a `Response` cannot be made with one (0: a browser's opaque redirect)
const bodyless = (status: number) => status < 200 || status === 204 || status === 205 || status === 304

/** The error of a body over its limit; the connection is let go (the body stream cancelled). */
const tooLarge = (limit: number) =>
  new RangeError(`Beeper Desktop's response body is larger than maxResponseBytes (${limit} bytes); it was not read`)

/** The ways a body is read whole: each ends the wait (`done`) once it settled. */
const readers = ["text", "json", "arrayBuffer", "blob", "bytes", "formData"] as const

/**
 * `body` handed over chunk by chunk — the same chunks, never copied — counted against `limit`: `done` is called once it
 * ended, failed, went past `limit` (the source is then cancelled: the connection let go) or was cancelled by its
 * reader. A plain pull source rather than a TransformStream, whose `cancel` some runtimes never call. `body`'s reader
 * is only taken on the first read, so a stream made but never read leaves `body` to the response's own readers.
 * `abort` (the request's timeout or its caller's signal) fails the stream at once, whatever the body does: fetch's
 * abort should fail a pending read, but on Deno a read of a body of unknown length sometimes never settles after it
 * (1 call in 20–60 of a dripping body hung for good).
 */
const watched = (
  body: ReadableStream<Uint8Array>,
  limit: number,
  done: () => void,
  abort?: AbortSignal | undefined,
): ReadableStream<Uint8Array> => {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  let seen = 0
  let onAbort: (() => void) | undefined
  const end = () => {
    if (onAbort !== undefined) abort?.removeEventListener("abort", onAbort)
    done()
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (abort === undefined) return
      onAbort = () => {
        end()
        controller.error(abort.reason)
        void (reader ?? body).cancel(abort.reason).catch(() => undefined)
      }
      if (abort.aborted) onAbort()
      else abort.addEventListener("abort", onAbort, { once: true })
    },
    async pull(controller) {
      try {
        reader ??= body.getReader()
        const next = await reader.read()
        if (next.done) {
          end()
          return controller.close()
        }
        seen += next.value.byteLength
        if (seen <= limit) return controller.enqueue(next.value)
        end()
        const error = tooLarge(limit)
        void reader.cancel(error).catch(() => undefined)
        controller.error(error)
      } catch (error) {
        // the body failed: a reset, or the timeout or the caller's signal aborting the request (or the stream was
        // failed by `abort` already, and this read came after)
        end()
        controller.error(error)
      }
    },
    cancel(reason) {
      end()
      return (reader ?? body).cancel(reason)
    },
  }, { highWaterMark: 0 })
}

/**
 * `response` with its body bounded by `limit`; `done` is called once the body ended, failed, was cancelled or was
 * refused (or at once when there is none). A body that declares its length (`Content-Length`, what Desktop sends) and
 * is not coded cannot grow past it, so it is only refused when that is over the limit, and read as it is — no stream
 * in between, a third of a send's cost on workerd and Deno — with its whole-body readers ending the wait; its `body`
 * (`parseAs: "stream"`), made on first use, is a stream that ends the wait as it ends. A body without one, or a coded
 * one (its length is the coded bytes', not what fetch decodes), is counted as it arrives.
 */
const capped = (response: Response, limit: number, done: () => void, abort?: AbortSignal): Response => {
  const body = response.body
  if (body === null || bodyless(response.status)) {
    done()
    return response
  }
  // only an identity body's length bounds what fetch hands over (a coded one counts the compressed bytes)
  const length = declaredBodyLength(response.headers.get("content-encoding"), response.headers.get("content-length"))
  if (length !== undefined && length > limit) {
    // refused unread, the connection let go; the response itself is handed on (its status and headers say what
    // Desktop answered), with a body whose first read fails, as a body counted past its limit does
    done()
    void body.cancel().catch(() => undefined)
    return withBody(response, refused(tooLarge(limit)))
  }
  // an empty body: nothing to wait for (the client does not even read it)
  if (length === 0) {
    done()
    return response
  }
  if (length !== undefined) {
    for (const name of readers) {
      const read = response[name] as (() => Promise<unknown>) | undefined
      if (typeof read !== "function") continue
      Object.defineProperty(response, name, { value: () => read.call(response).finally(done), configurable: true })
    }
    // the body read as a stream: its end, failure or cancelling ends the wait too (read directly, nothing would)
    let stream: ReadableStream<Uint8Array> | undefined
    Object.defineProperty(response, "body", { get: () => (stream ??= watched(body, length, done, abort)), configurable: true })
    return response
  }
  return withBody(response, watched(body, limit, done, abort))
}

/** A body whose first read fails with `error`. */
const refused = (error: Error): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(error) }, { highWaterMark: 0 })

/**
 * `response` with `body` in place of its own: the same status, headers and — what a new `Response` cannot be given —
 * where it came from (`url`, `redirected`, `type`).
 */
export const withBody = (response: Response, body: ReadableStream<Uint8Array>): Response =>
  Object.defineProperties(
    new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }),
    {
      url: { value: response.url },
      redirected: { value: response.redirected },
      type: { value: response.type },
    },
  )

const maxTimerMs = 2 ** 31 - 1

/**
 * `base` bounded by `options`, for operations whose success body is `success`: each request gets the timeout beside
 * its own signal — a timer cleared once the body was read, not `AbortSignal.timeout` (its timer runs its whole course:
 * thousands of requests would hold thousands of timers, and workerd allows 10,000) — and each response its size cap:
 * the binary limit for a 2xx of a `"binary"` operation, the JSON limit for any other response, whatever its
 * `Content-Type` says (a file may well be served as `application/json`, and a JSON answer mislabelled).
 */
export const boundedFetch = (base: () => typeof fetch, options: BoundedFetchOptions, success: SuccessKind): typeof fetch =>
  async (input, init) => {
    const own = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    const { json, binary } = options.maxResponseBytes
    const limitOf = (response: Response) => (success === "binary" && response.ok ? binary : json)
    // beyond what a timer can hold (2^31 − 1 ms, ~24.8 days: a longer one fires at once), no timer at all
    if (!(options.timeoutMs <= maxTimerMs)) {
      const response = await base()(input, init)
      return capped(response, limitOf(response), () => undefined)
    }
    const timeout = new AbortController()
    const timer = setTimeout(
      () => timeout.abort(new DOMException(`No complete response within ${options.timeoutMs} ms`, "TimeoutError")),
      options.timeoutMs,
    )
    // the caller's own signal aborts the request too: forwarded to ours (cheaper than `AbortSignal.any`, which a
    // Request's ever-present signal would make for every request)
    const forward = () => timeout.abort(own!.reason)
    if (own !== undefined && own !== null) {
      if (own.aborted) forward()
      else own.addEventListener("abort", forward, { once: true })
    }
    const done = () => {
      clearTimeout(timer)
      own?.removeEventListener("abort", forward)
    }
    let response: Response
    try {
      response = await base()(input, { ...init, signal: timeout.signal })
    } catch (error) {
      done()
      throw error
    }
    return capped(response, limitOf(response), done, timeout.signal)
  }

/** Why a limit cannot be meant, or `undefined`. */
export const limitProblem = (name: string, value: unknown): string | undefined =>
  typeof value === "number" && value > 0 ? undefined : `${name} must be a positive number (got ${String(value)})`

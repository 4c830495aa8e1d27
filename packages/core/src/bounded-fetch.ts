// The limits the fetch client puts on every request, so a broken or hostile server can never make it wait or grow
// without bound: a timeout over the whole exchange (the request, the response head and the whole body), and a cap on
// the response body's size, counted as it arrives.

/** The defaults of {@link BoundedFetchOptions}: those of `@beeper-kit/effect`'s layers. */
export const defaultLimits = {
  timeoutMs: 30_000,
  maxResponseBytes: { json: 32 * 1024 * 1024, binary: 256 * 1024 * 1024 },
} as const

/** The limits, resolved. */
export interface BoundedFetchOptions {
  /** Milliseconds a request may take, its body read included; `Infinity` for no limit. */
  readonly timeoutMs: number
  /** Most bytes a response body may have: a JSON body, and any other (a file from `assets.serve`). */
  readonly maxResponseBytes: { readonly json: number; readonly binary: number }
}

// statuses whose response has no body, which a `Response` cannot be made with one (0: a browser's opaque redirect)
const bodyless = (status: number) => status < 200 || status === 204 || status === 205 || status === 304

const isJson = (contentType: string | null) => contentType !== null && /[/+]json\s*(?:;|$)/i.test(contentType)

/** The error of a body over its limit; the connection is let go (the body stream cancelled). */
const tooLarge = (limit: number) =>
  new RangeError(`Beeper Desktop's response body is larger than maxResponseBytes (${limit} bytes); it was not read`)

/** `response` with its body counted as it is read: reading fails once it passes `limit`. */
const capped = (response: Response, limit: number): Response => {
  const body = response.body
  if (body === null || bodyless(response.status)) return response
  const length = Number(response.headers.get("content-length") ?? Number.NaN)
  if (length > limit) {
    void body.cancel().catch(() => undefined)
    throw tooLarge(limit)
  }
  let seen = 0
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength
        if (seen > limit) controller.error(tooLarge(limit))
        else controller.enqueue(chunk)
      },
    }),
  )
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers })
}

/** `base` bounded by `options`: each request gets the timeout beside its own signal, each response its size cap. */
export const boundedFetch = (base: () => typeof fetch, options: BoundedFetchOptions): typeof fetch =>
  async (input, init) => {
    const own = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    const signal = Number.isFinite(options.timeoutMs)
      ? (own === undefined || own === null
        ? AbortSignal.timeout(options.timeoutMs)
        : AbortSignal.any([own, AbortSignal.timeout(options.timeoutMs)]))
      : own
    const response = await base()(input, signal === undefined || signal === null ? init : { ...init, signal })
    const { json, binary } = options.maxResponseBytes
    return capped(response, isJson(response.headers.get("content-type")) ? json : binary)
  }

/** Why a limit cannot be meant, or `undefined`. */
export const limitProblem = (name: string, value: unknown): string | undefined =>
  typeof value === "number" && value > 0 && !Number.isNaN(value) ? undefined : `${name} must be a positive number (got ${String(value)})`

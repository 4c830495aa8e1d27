// createBeeperClient: the generated SDK, wired to one Beeper Desktop (base URL, bearer token, fetch) and to the
// wire rules of ./wire (query arrays, path segments).
import { type ApiErrorBody, BeeperApiError } from "./api-error.ts"
import { createClient, createConfig, type Client } from "./generated/http/client/index.ts"
import { boundedFetch, limitProblem, withBody } from "./bounded-fetch.ts"
import { BeeperClient } from "./generated/http/sdk.gen.ts"
import {
  accessTokenProblem,
  baseUrlProblem,
  cleartextTokenRefusal,
  declaredBodyLength,
  defaultBaseUrl,
  defaultMaxResponseBytes,
  defaultTimeoutMillis,
  isTokenTransportAllowed,
  notJsonReason,
  pathSegmentMessage,
  pathSegmentProblem,
  queryArrayStyle,
  type Scrub,
  scrubDeep,
  tokenScrubber,
  trimBaseUrl,
} from "./wire/index.ts"

/** The hey-api fetch client {@link createBeeperHttpClient} returns (interceptors, `get({ url })`, ...). */
export type BeeperHttpClient = Client

/** How to reach one Beeper Desktop. */
export interface BeeperClientOptions {
  /**
   * Origin of the Desktop API, without `/v1`: `http://` or `https://`, a path prefix allowed, no credentials, query or
   * fragment (a `TypeError` when the client is created). Default {@link defaultBaseUrl}.
   */
  readonly baseUrl?: string | undefined
  /**
   * Access token, sent as `Authorization: Bearer <token>` on every request. Only the public endpoints
   * (`info.retrieve`, the `app.setup` sign-in steps) work without one.
   */
  readonly accessToken?: string | undefined
  /**
   * Send the token in clear text (`http://`) to a host that is not this machine. Default `false`: the client is not
   * created (a `TypeError`) rather than let the token cross a network unencrypted; use `https://`, or set this
   * when the network between you and Desktop is trusted. Loopback hosts (`localhost`, `127.x.x.x`, `::1`) never need it.
   */
  readonly allowInsecureToken?: boolean | undefined
  /** The fetch to send requests with. Default `globalThis.fetch`, looked up when a request is sent. */
  readonly fetch?: typeof fetch | undefined
  /**
   * Milliseconds a request may take — sending it, the response head and reading its whole body — before it is aborted
   * (`error` is then a `TimeoutError`). Default 30,000; `Infinity` (or anything past 2^31 − 1, ~24.8 days, what a
   * timer can hold) for none. A call's own `signal` aborts it as well.
   */
  readonly timeout?: number | undefined
  /**
   * Most bytes a response body may have, counted as it arrives: `binary` for the file `assets.serve` answers (default
   * 256 MiB), `json` for every other operation's answer and any error status's body (default 32 MiB) — by the
   * operation, whatever the `Content-Type`. Past it, reading stops, the connection is let go, and `error` is a
   * `RangeError`: an endless body is never held whole.
   */
  readonly maxResponseBytes?: { readonly json?: number | undefined; readonly binary?: number | undefined } | undefined
}

/**
 * The hey-api fetch client configured for one Desktop: base URL, bearer token, custom fetch, query arrays as
 * repeated keys (`accountIDs=a&accountIDs=b`), path parameters that can never name another route, redirects never
 * followed (`redirect: "manual"`: a 3xx is an error response), and every request bounded in time and response size
 * (`timeout`, `maxResponseBytes`).
 * Use it for interceptors (`client.interceptors.request.use`) or to call `client.get({ url })` directly.
 */
export const createBeeperHttpClient = (options: BeeperClientOptions = {}): BeeperHttpClient => {
  const tokenGiven = options.accessToken as unknown
  if (tokenGiven !== undefined && typeof tokenGiven !== "string") {
    // never shown: it may be the token in some other wrapping
    throw new TypeError(`Beeper Desktop accessToken must be a string, got ${tokenGiven === null ? "null" : typeof tokenGiven}`)
  }
  const token = tokenGiven?.trim()
  // an empty token (a variable set to "") would be sent as `Authorization: Bearer ` and answered with Unauthorized;
  // without a token, leave `accessToken` out (only the public endpoints answer)
  const tokenProblem = token === undefined
    ? undefined
    : token === ""
    ? "is empty: give the token (Beeper Desktop → Settings → Developers), or leave accessToken out for the public endpoints only"
    : accessTokenProblem(token)
  // thrown here, before any Headers sees it: a runtime's own message would quote the header value, token and all
  if (tokenProblem !== undefined) throw new TypeError(`Beeper Desktop accessToken ${tokenProblem}`)
  const url = parseBaseUrl(options.baseUrl ?? defaultBaseUrl)
  // the URL as parsed, not as given: the parser drops surrounding whitespace (a pasted value's newline) and normalises
  // the rest, which the paths are then appended to
  const baseUrl = trimBaseUrl(url.href)
  if (token !== undefined && !isTokenTransportAllowed(url, options.allowInsecureToken === true)) {
    // only the origin is named: never credentials, a query or the token
    throw new TypeError(cleartextTokenRefusal(url.origin, "https://", "allowInsecureToken: true"))
  }
  const limitsGiven = options.maxResponseBytes as unknown
  if (limitsGiven !== undefined && (typeof limitsGiven !== "object" || limitsGiven === null)) {
    // a bare number (`maxResponseBytes: 1024`) would read as "no limits given" and leave the defaults
    throw new TypeError(`Beeper Desktop client: maxResponseBytes must be an object { json?, binary? } of byte limits, got ${String(limitsGiven)}`)
  }
  const limits = {
    timeoutMs: options.timeout ?? defaultTimeoutMillis,
    maxResponseBytes: {
      json: options.maxResponseBytes?.json ?? defaultMaxResponseBytes.json,
      binary: options.maxResponseBytes?.binary ?? defaultMaxResponseBytes.binary,
    },
  }
  const limitError = limitProblem("timeout", limits.timeoutMs) ??
    limitProblem("maxResponseBytes.json", limits.maxResponseBytes.json) ??
    limitProblem("maxResponseBytes.binary", limits.maxResponseBytes.binary)
  if (limitError !== undefined) throw new TypeError(`Beeper Desktop client: ${limitError}`)
  const given = options.fetch
  // the given fetch, or the global one as it is when a request is sent (a test may replace it); one bounded by the
  // JSON limit, and one for the operations whose success body is a file
  const jsonFetch = boundedFetch(() => given ?? globalThis.fetch, limits, "json")
  const fileFetch = boundedFetch(() => given ?? globalThis.fetch, limits, "binary")
  const client = createClient(
    createConfig({
      baseUrl,
      fetch: jsonFetch,
      ...(token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } }),
      querySerializer: { array: queryArrayStyle },
      requestValidator: refuseUnsendableRequest,
      // Redirects are never followed: a redirected send would be sent twice, and the token could follow it to
      // another origin. A 3xx comes back as an error response with its status (0 in a browser: opaque).
      redirect: "manual",
    }),
  )
  // The first request interceptor (a caller's run after it): a call that reads its body as a file is sent with the
  // fetch bounded by the binary limit. `fetch` is read from the call's options after the request interceptors ran; a
  // call given its own `fetch` keeps it, bounded by the same limits.
  client.interceptors.request.use((request, call) => {
    const kind = readsFile(call.parseAs) ? "binary" : "json"
    if (call.fetch === jsonFetch) {
      if (kind === "binary") call.fetch = fileFetch
    } else if (call.fetch !== fileFetch && call.fetch !== undefined) {
      const theirs = call.fetch
      call.fetch = boundedFetch(() => theirs, limits, kind)
    }
    return request
  })
  client.interceptors.response.use(settleSuccessBody)
  keepLast(client.interceptors.response, settleSuccessBody)
  // the API's error body as `error`, the token scrubbed out of it; thrown (`throwOnError`), an Error carrying it with
  // the status
  const scrub = tokenScrubber(token ?? "")
  client.interceptors.error.use((error, response, _request, call) => {
    const body = errorBodyOf(error, response, call, scrub)
    const throwing = call.throwOnError ?? client.getConfig().throwOnError
    return throwing === true && response !== undefined && !response.ok && !(body instanceof Error)
      ? new BeeperApiError(body as ApiErrorBody, response, scrub)
      : body
  })
  return client
}

/**
 * Keeps `fn` the last of `interceptors` (a caller's added later run before it): the empty-body refusal throws, and
 * hey-api's client skips the interceptors after one that threw, so a caller's logging or repairing one would miss the
 * responses it refuses — some of them (a `204`), not others (an empty chunked body, refused as it is read). The ids
 * `use` returns stay the caller's interceptors' indexes.
 */
const keepLast = <F>(interceptors: { fns: Array<F | null>; use: (fn: F) => number }, fn: F): void => {
  const use = interceptors.use.bind(interceptors)
  interceptors.use = (added) => {
    const last = interceptors.fns.at(-1) === fn
    if (last) interceptors.fns.pop()
    const id = use(added)
    if (last) interceptors.fns.push(fn)
    return id
  }
}

/**
 * The operations whose success the spec answers without a body (a `204`), as `METHOD /path/{param}`: every other
 * operation answers JSON (or, `assets.serve`, a file). Kept equal to spec/openapi.yaml by test/empty-body.test.ts.
 */
export const operationsWithoutBody: ReadonlyArray<string> = [
  "POST /v1/app/setup/email",
  "POST /v1/chats/{chatID}/archive",
  "DELETE /v1/chats/{chatID}/messages/{messageID}",
  "POST /v1/chats/{chatID}/reminders",
  "DELETE /v1/chats/{chatID}/reminders",
]

/**
 * `operationsWithoutBody` as patterns of the URL a call is given: the SDK's template (`/v1/chats/{chatID}/archive`) or
 * a path a caller wrote out (`/v1/chats/c1/archive`) both match.
 */
const withoutBody: ReadonlyArray<{ readonly method: string; readonly url: RegExp }> = operationsWithoutBody.map((it) => {
  const [method, path] = it.split(" ") as [string, string]
  const pattern = path.split(/\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/?#]+")
  // a query or fragment a raw call wrote into its URL does not change the operation
  return { method, url: new RegExp(`^${pattern}/?(?:[?#].*)?$`) }
})

/** What {@link settleSuccessBody} reads of a call's options (the template the SDK gives as `url`, its method, `parseAs`). */
interface Call {
  readonly method?: string | undefined
  readonly url?: string | undefined
  readonly parseAs?: string | undefined
}

/**
 * Whether a call reads its success body as JSON: `parseAs` `"json"`, or `"auto"`, the default (whatever the
 * `Content-Type` then says, the spec says JSON). A call that asks for text, a file or a stream reads what came.
 */
const readsJson = (call: Call): boolean => call.parseAs === undefined || call.parseAs === "auto" || call.parseAs === "json"

/** Whether a call is one of {@link operationsWithoutBody}. */
const answersWithoutBody = (call: Call): boolean => {
  const method = (call.method ?? "GET").toUpperCase()
  const url = call.url ?? ""
  return withoutBody.some((operation) => operation.method === method && operation.url.test(url))
}

/** A body that ends at once. */
const noBody = (): ReadableStream<Uint8Array> => new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })

/** The errors this client makes of a 2xx whose body is not the JSON its operation answers. */
const ownSyntaxErrors = new WeakSet<Error>()

/** The error of a 2xx that came with `what` (`an empty body`), where its operation answers JSON. */
const notJsonError = (status: number, call: Call, what: string) => {
  const error = new SyntaxError(
    `Beeper Desktop answered ${status} with ${what}, where ${(call.method ?? "GET").toUpperCase()} ${call.url ?? ""} ` +
      "answers JSON",
  )
  ownSyntaxErrors.add(error)
  return error
}

/** The error of a 2xx that came without the JSON body its operation answers. */
const emptyBodyError = (status: number, call: Call) => notJsonError(status, call, "an empty body")

/**
 * The body of a 2xx as its operation answers it, for a call that reads JSON ({@link readsJson}). An operation the spec
 * answers without a body ({@link operationsWithoutBody}) gets none, whatever came. Any other (but a `HEAD`) answers
 * JSON, and its 2xx is refused when its body is empty: hey-api's client reads
 * an empty body (a `204`, `Content-Length: 0`, or a body that ends before its first byte) as `{}`, a success whose
 * fields are all missing — a send without its `pendingMessageID`. A `204`/`205` or a declared length of 0 is refused
 * at once (`error` is a `SyntaxError`, `response` the answer); a body of unknown length is handed on as it is read, and
 * fails with the same `SyntaxError` if it ends having had no byte.
 */
const settleSuccessBody = (response: Response, _request: Request, call: Call): Response => {
  if (!response.ok || !readsJson(call)) return response
  if (answersWithoutBody(call)) {
    if (response.body === null) return response
    // the operation answers nothing: whatever came (a Desktop's `OK` labelled JSON) is not read — it would fail
    // as JSON, and the call, whose work was done, would report an error
    void response.body.cancel().catch(() => undefined)
    return withBody(response, noBody())
  }
  if ((call.method ?? "GET").toUpperCase() === "HEAD") return response
  const body = response.body
  const length = declaredBodyLength(response.headers.get("content-encoding"), response.headers.get("content-length"))
  if (body === null || response.status === 204 || response.status === 205 || length === 0) {
    void body?.cancel().catch(() => undefined)
    throw emptyBodyError(response.status, call)
  }
  if (length !== undefined) return response
  return withBody(response, nonEmpty(body, () => emptyBodyError(response.status, call)))
}

/** `body` as it is read (the same chunks), failing with `empty()` instead of ending when it had no byte at all. */
const nonEmpty = (body: ReadableStream<Uint8Array>, empty: () => Error): ReadableStream<Uint8Array> => {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  let seen = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        reader ??= body.getReader()
        const next = await reader.read()
        if (next.done) return seen ? controller.close() : controller.error(empty())
        seen ||= next.value.byteLength > 0
        controller.enqueue(next.value)
      } catch (error) {
        controller.error(error)
      }
    },
    cancel(reason) {
      return (reader ?? body).cancel(reason)
    },
  }, { highWaterMark: 0 })
}

/**
 * Whether a call reads its success body as a file: the `parseAs` the generated SDK gives the operations whose success
 * body is not JSON (`"blob"`: `assets.serve`, per the spec), or one a caller asks a file for instead (`"stream"`,
 * `"arrayBuffer"`). Every other call (`"auto"`, the default; `"json"`, `"text"`, `"formData"`) reads JSON, or at least
 * text, and is held to the JSON limit.
 */
const readsFile = (parseAs: string | undefined): boolean =>
  parseAs === "blob" || parseAs === "stream" || parseAs === "arrayBuffer"

/**
 * The base URL as a `URL`; throws a `TypeError` when it is not one, or is one the API's paths cannot be appended to
 * (the wire rule `baseUrlProblem`). The message never repeats the value: a URL may hold credentials or a token.
 */
const parseBaseUrl = (baseUrl: string): URL => {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined
  const problem = url === undefined ? "is not a URL" : baseUrlProblem(url)
  if (url === undefined || problem !== undefined) {
    throw new TypeError(`Beeper Desktop baseUrl ${problem}: give Desktop's origin, e.g. ${defaultBaseUrl}`)
  }
  return url
}

/**
 * The Beeper Desktop SDK: one method per operation, grouped as the API's resources are
 * (`beeper.chats.list()`, `beeper.chats.messages.reactions.add(...)`, `beeper.search(...)`).
 *
 * @example
 * const beeper = createBeeperClient({ accessToken: process.env.BEEPER_ACCESS_TOKEN })
 * const { data, error } = await beeper.chats.list({ query: { limit: 10 } })
 */
export const createBeeperClient = (options: BeeperClientOptions = {}): BeeperClient =>
  new BeeperClient({ client: createBeeperHttpClient(options) })

/**
 * Refuses, before anything is sent, a request that cannot be meant: a path parameter that would address a different
 * route (the rule of ./wire, `pathSegmentProblem`), or one that is not a string or a number at all (`undefined` from
 * a typo in plain JavaScript would otherwise leave the literal `{chatID}` in the URL); an upload's `file` that a form
 * cannot send as a file.
 */
const refuseUnsendableRequest = async (request: unknown): Promise<void> => {
  const path = (request as { readonly path?: Readonly<Record<string, unknown>> }).path ?? {}
  for (const [name, value] of Object.entries(path)) {
    if (typeof value !== "string" && typeof value !== "number") {
      throw new TypeError(`path parameter "${name}" must be a string (got ${value === null ? "null" : typeof value})`)
    }
    const problem = typeof value === "string" ? pathSegmentProblem(value) : undefined
    if (problem !== undefined) throw new TypeError(pathSegmentMessage(name, problem))
  }
  const file = ((request as { readonly body?: unknown }).body as { readonly file?: unknown } | undefined)?.file
  if (file !== undefined && typeof file === "object" && file !== null && !isFileContent(file)) {
    // a Node ReadStream, a Response, ...: the form would send its text ("[object Object]") as a field, not a file
    throw new TypeError(
      "body.file must be a Blob (a File, Bun.file(path), await fs.openAsBlob(path) on Node, await response.blob()) " +
        `or bytes (a Uint8Array, an ArrayBuffer); got ${file.constructor?.name ?? "an object"}`,
    )
  }
}

/** What a multipart body can send as a file: a Blob (a File is one) or bytes. */
const isFileContent = (value: object): boolean =>
  value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)

/** How much of a body that is not the API's `Error` is kept as the `message` of the one made for it. */
const maxErrorText = 1000

/**
 * The `error` of a non-2xx response as the API's `Error` body (`{ code, message }`), whatever came, with every form of
 * the token `scrub` knows taken out of it (a server may echo what it was sent): a body that is one is kept as it is;
 * an empty body, a proxy's HTML page or JSON of another shape becomes `{ code: "HTTP_<status>", message, details }`
 * (the message is the body's text, cut, or the status text; the body itself is `details`). A 2xx body that is not
 * JSON is a `SyntaxError` saying so and where, never quoting the body (the parser's message does: a token at its
 * start would be cut there, too short to scrub). Errors without a response (the network, an abort) and a failure
 * reading any body (its size cap, the timeout) are left as they were thrown.
 */
const errorBodyOf = (error: unknown, response: Response | undefined, call: Call, scrub: Scrub): unknown => {
  if (response === undefined) return error
  if (error instanceof Error) {
    return response.ok && error instanceof SyntaxError && !ownSyntaxErrors.has(error)
      ? notJsonError(response.status, call, `a body that is ${notJsonReason(error)}`)
      : error
  }
  if (response.ok) return error
  const body = scrubDeep(error, scrub) as { readonly code?: unknown; readonly message?: unknown } | string | null | undefined
  if (typeof body === "object" && body !== null && typeof body.code === "string" && typeof body.message === "string") {
    return body
  }
  // scrubbed before it is cut: a token across the cut would leave a prefix no scrubber knows
  const text = typeof body === "string" ? body.trim() : ""
  const message = typeof body === "object" && body !== null && typeof body.message === "string"
    ? body.message
    : text !== ""
    ? text.slice(0, maxErrorText)
    : response.statusText !== "" ? scrub(response.statusText) : `HTTP ${response.status}`
  const isEmpty = body === "" || (typeof body === "object" && body !== null && Object.keys(body).length === 0)
  return { code: `HTTP_${response.status}`, message, ...(isEmpty ? {} : { details: body }) }
}

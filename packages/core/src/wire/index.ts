// The HTTP wire rules of the Beeper Desktop API, written once: where Desktop listens, how a path parameter becomes
// one URL segment, how a query value becomes query pairs. Both clients follow them — the fetch SDK (../client.ts)
// and @beeper-kit/effect's request builder — so a request means the same on the wire whichever one sends it.
// (The WebSocket protocol codec is ../ws.) Web-standard APIs only.

/**
 * Where Beeper Desktop serves its API on the local machine (the origin; the API is under `/v1`).
 * @since 1.0.0
 * @category Config
 */
export const defaultBaseUrl = "http://localhost:23373"

/** A base URL ready for an API path (`/v1/...`) to be appended: its trailing slashes removed (a path prefix is kept). */
export const trimBaseUrl = (baseUrl: string): string => baseUrl.replace(/\/+$/, "")

/**
 * What makes `url` unfit to be the base URL the API's paths are appended to, or `undefined` when it is fit: a scheme
 * other than `http:` or `https:`; credentials (`user:pass@`: `fetch` refuses them, with an error that repeats them);
 * a query or a fragment, even an empty one (every request's path would land after it). The text names the problem,
 * never the URL, which may hold a secret. Both clients and the CLI follow it.
 * @since 1.0.0
 * @category Config
 */
export const baseUrlProblem = (url: URL): string | undefined => {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `must start with http:// or https:// (its scheme is ${JSON.stringify(url.protocol)})`
  }
  if (url.username !== "" || url.password !== "") return "must not contain credentials; pass the access token instead"
  // `search` and `hash` are "" for a bare `?` or `#`, which `href` keeps
  if (/[?#]/.test(url.href)) return "must not have a query or fragment (the API's paths are appended to it)"
  return undefined
}

/** An API path (`/v1/...`, the leading slash optional) appended to a base URL {@link trimBaseUrl} has trimmed. */
export const appendApiPath = (trimmedBaseUrl: string, path: string): string =>
  `${trimmedBaseUrl}${path.startsWith("/") ? path : `/${path}`}`

/**
 * Why a path parameter value cannot be sent, or `undefined` when it can. Values are percent-encoded into one
 * segment (`a/b?x=1` stays one segment), but `""`, `.` and `..` survive encoding and make a URL parser resolve a
 * different route (`/v1/chats/{chatID}/messages` with chatID `..` is `/v1/messages`): those are refused.
 */
export const pathSegmentProblem = (text: string): string | undefined =>
  text === "" ? "must not be empty" : text === "." || text === ".." ? `must not be "${text}"` : undefined

/** The message of a refused path parameter: `path parameter "chatID" must not be "..": it would address ...`. */
export const pathSegmentMessage = (name: string, problem: string): string =>
  `path parameter "${name}" ${problem}: it would address a different route`

/**
 * A path parameter value as one URL segment (percent-encoded; check {@link pathSegmentProblem} first). Throws
 * `URIError` for a lone UTF-16 surrogate, which has no UTF-8 form. A hand-written fast path for Matrix chat IDs (each
 * `:` written as `%3A`) made it ~45 instead of ~130 ns on Bun but no send measurably cheaper over a socket, and cost
 * each edge bundle 0.1 KB gzip: not kept (tooling/bench/README.md, sends on Bun).
 */
export const encodePathSegment = (text: string): string => encodeURIComponent(text)

/** How long a request may take, by default, in milliseconds — both clients' default `timeout`: 30 s. */
export const defaultTimeoutMillis = 30_000

/**
 * The response body limits, by default — both clients' default `maxResponseBytes`: 32 MiB for a JSON body (and the
 * body of an error status), 256 MiB for any other (a file of `assets.serve`).
 */
export const defaultMaxResponseBytes = { json: 32 * 2 ** 20, binary: 256 * 2 ** 20 } as const

/**
 * Why an access token (trimmed) cannot be sent as `Authorization: Bearer <token>`, or `undefined` when it can: a space
 * or a control character (a pasted `Bearer ` prefix, a line break) has no place in a header value. The message never
 * repeats the token.
 */
export const accessTokenProblem = (trimmed: string): string | undefined =>
  /[^\x21-\x7e\x80-\xff]/.test(trimmed)
    ? "contains a space or a control character; it cannot be sent in a header"
    : undefined

/**
 * How query arrays are sent unless a parameter says otherwise: OpenAPI `style: form`, `explode: true` — repeated
 * keys (`accountIDs=a&accountIDs=b`). A parameter with `explode: false` is sent comma-joined (`ids=a,b`).
 */
export const queryArrayStyle = { style: "form", explode: true } as const

/** A parameter value as wire text: strings as they are, objects as JSON, everything else through `String`. */
export const wireText = (value: unknown): string =>
  typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value)

/**
 * The query pairs of one parameter: none for `undefined`/`null`, one for a scalar, and for an array one per item
 * (`explode`, the default) or one comma-joined pair.
 */
export const queryPairs = (
  name: string,
  value: unknown,
  explode: boolean = queryArrayStyle.explode,
): Array<[string, string]> => {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return [[name, wireText(value)]]
  if (!explode) return [[name, value.map(wireText).join(",")]]
  return value.map((item): [string, string] => [name, wireText(item)])
}

/**
 * A response body's length as its `Content-Length` declares it, when that is the length of what a reader receives:
 * only for an identity body (no `Content-Encoding`, or `identity`). A coded (compressed) body's header counts the
 * bytes on the wire, not the decoded ones the transport hands over — a small gzip can decode to gigabytes —, so it
 * bounds nothing: `undefined`, as for a missing or malformed length. Given the two headers' values.
 */
export const declaredBodyLength = (encoding: string | null | undefined, length: string | null | undefined): number | undefined => {
  if (encoding !== undefined && encoding !== null && encoding.trim().toLowerCase() !== "identity") return undefined
  if (length === undefined || length === null || !/^\s*\d+\s*$/.test(length)) return undefined
  return Number(length)
}

export { baseUrlVariables, environmentVariables, flagOf, flagProblem, flagWords } from "./environment.ts"
export { oneLine } from "./oneLine.ts"
export { plainText } from "./richText.ts"
export {
  maxScrubbedDepth,
  notJsonReason,
  redacted,
  type Scrub,
  scrubDeep,
  tokenScrubber,
  tooDeep,
  wholeWordBelow,
} from "./scrub.ts"
export { cleartextTokenRefusal, isEncryptedScheme, isLoopbackHost, isTokenTransportAllowed } from "./tokenTransport.ts"

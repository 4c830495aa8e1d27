/**
 * How to reach Beeper Desktop: base URL, access token (always `Redacted`) and the cleartext opt-in.
 * Shared by the HTTP service (`BeeperDesktop`) and the live events service (`BeeperEvents`).
 *
 * @module
 */
import { defaultBaseUrl, trimBaseUrl } from "@beeper-kit/core"
import { Config, Effect, Redacted } from "effect"
import type { InsecureTransport } from "./BeeperError.ts"
import { ensureTokenTransportAllowed } from "./TokenGuard.ts"

/** Where Beeper Desktop listens by default (core's wire rule: `http://localhost:23373`). */
export { defaultBaseUrl }

/** Connection settings as a user gives them. */
export interface ConnectionOptions {
  /** Beeper Desktop's address, e.g. `http://localhost:23373` (the default). A path prefix is kept. */
  readonly baseUrl?: string | URL | undefined
  /**
   * The access token (Beeper Desktop → Settings → Developers). Wrap it with `Redacted.make`. Surrounding whitespace
   * (a trailing newline of a token file) is trimmed.
   */
  readonly accessToken: Redacted.Redacted<string>
  /**
   * Allow sending the token over cleartext `http://`/`ws://` to a host that is not loopback. Off by default:
   * anyone on the network path could read the token.
   */
  readonly allowInsecureToken?: boolean | undefined
}

/**
 * How responses and live events are read. Shared by `BeeperDesktop` and `BeeperEvents`: a Desktop newer or older
 * than this SDK may send compatible data the spec does not describe (a new enum value, a new field, ...).
 */
export interface ReadingOptions {
  /**
   * Refuse compatible drift instead of tolerating it (default `false`): an unknown enum value or an undeclared field
   * becomes a `DecodeError` (for events, what the events service does with a refused frame). For CI against a
   * given Desktop version. Every tolerance is reported either way (a Warning log once, the metric
   * `beeper_kit_drift_total` every time).
   */
  readonly strict?: boolean | undefined
}

/**
 * The most bytes a response body may have, counted after decompression as the body arrives; past it the call fails
 * with `ResponseTooLarge` and the connection is closed. Each must be a positive integer.
 */
export interface MaxResponseBytes {
  /**
   * JSON bodies, and the body of every error response (default 32 MiB). At most {@link maxStringBytes}: a JSON
   * body is read as one string.
   */
  readonly json?: number | undefined
  /** Binary bodies, e.g. `assets.serve` (default 256 MiB). */
  readonly binary?: number | undefined
}

/** Response body limits with every value given (what {@link resolveMaxResponseBytes} returns). */
export interface ResponseLimits {
  readonly json: number
  readonly binary: number
}

/** The default response body limits: 32 MiB for JSON (and error) bodies, 256 MiB for binary ones. */
export const defaultMaxResponseBytes: ResponseLimits = { json: 32 * 2 ** 20, binary: 256 * 2 ** 20 }

/**
 * The largest JSON body limit: V8's longest string (2^29 − 24 UTF-16 code units; a UTF-8 byte decodes to at most
 * one), so no body the limit lets through is too long to become a string.
 */
export const maxStringBytes = 2 ** 29 - 24

/**
 * The body limits of `maxResponseBytes`, defaults filled in. A limit that is not a positive integer, or a JSON
 * limit over {@link maxStringBytes}, is a defect (like a malformed `baseUrl`): the layer does not build.
 */
export const resolveMaxResponseBytes = (limits: MaxResponseBytes | undefined): ResponseLimits => {
  const json = limits?.json ?? defaultMaxResponseBytes.json
  const binary = limits?.binary ?? defaultMaxResponseBytes.binary
  for (const [name, value] of [["json", json], ["binary", binary]] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TypeError(`maxResponseBytes.${name} must be a positive integer, got ${String(value)}`)
    }
  }
  if (json > maxStringBytes) {
    throw new TypeError(`maxResponseBytes.json must be at most ${maxStringBytes} (the longest string), got ${json}`)
  }
  return { json, binary }
}

/** Connection settings after validation: a parsed base URL and the token-transport check passed. */
export interface Connection {
  /** The base URL, without a trailing slash. Request paths (`/v1/...`) are appended to it. */
  readonly baseUrl: URL
  readonly accessToken: Redacted.Redacted<string>
  readonly allowInsecureToken: boolean
}

/**
 * The connection settings read through Effect `Config`:
 * `BEEPER_ACCESS_TOKEN` (required, read as `Redacted`), `BEEPER_DESKTOP_URL` (default `http://localhost:23373`)
 * and `BEEPER_ALLOW_INSECURE_TOKEN` (default `false`).
 */
export const config: Config.Config<ConnectionOptions> = Config.all({
  accessToken: Config.Redacted("BEEPER_ACCESS_TOKEN"),
  baseUrl: Config.URL("BEEPER_DESKTOP_URL").pipe(Config.withDefault(new URL(defaultBaseUrl))),
  allowInsecureToken: Config.Boolean("BEEPER_ALLOW_INSECURE_TOKEN").pipe(Config.withDefault(false)),
})

/** Strict reading ({@link ReadingOptions.strict}) through Effect `Config`: `BEEPER_STRICT` (default `false`). */
export const strict: Config.Config<boolean> = Config.Boolean("BEEPER_STRICT").pipe(Config.withDefault(false))

/** The `strict` of options when given, else {@link strict} from `Config` (what the `layerConfig`s use). */
export const strictOf = (options: ReadingOptions): Config.Config<boolean> =>
  options.strict === undefined ? strict : Config.succeed(options.strict)

/**
 * Validates connection options: parses the base URL (a malformed URL is a defect, like any invalid literal) and
 * refuses a cleartext, non-loopback URL unless `allowInsecureToken` is set.
 */
export const resolve = (options: ConnectionOptions): Effect.Effect<Connection, InsecureTransport> =>
  Effect.suspend(() => {
    const baseUrl = parseBaseUrl(options.baseUrl ?? defaultBaseUrl)
    const allowInsecureToken = options.allowInsecureToken === true
    const accessToken = trimToken(options.accessToken)
    return ensureTokenTransportAllowed(baseUrl, allowInsecureToken).pipe(
      Effect.as({ baseUrl, accessToken, allowInsecureToken }),
    )
  })

/** The full URL of an API path (e.g. `/v1/chats`) under the connection's base URL, keeping any path prefix. */
export const urlOf = (connection: Connection, path: string): string =>
  `${trimBaseUrl(connection.baseUrl.href)}${path.startsWith("/") ? path : `/${path}`}`

/** The WebSocket URL of an API path (`http:` → `ws:`, `https:` → `wss:`), e.g. `websocketUrl(c, "/v1/ws")`. */
export const websocketUrl = (connection: Connection, path: string): URL => {
  const url = new URL(urlOf(connection, path))
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:"
  return url
}

/**
 * The token without surrounding whitespace (a token read from a file or pasted usually ends with a newline, which no
 * HTTP client can send in a header). A token with a character a header cannot hold inside it is a defect at layer
 * build, like a malformed base URL: it could never be sent.
 */
const trimToken = (token: Redacted.Redacted<string>): Redacted.Redacted<string> => {
  const value = Redacted.value(token)
  const trimmed = value.trim()
  if (/[^\x21-\x7e\x80-\xff]/.test(trimmed)) {
    throw new TypeError("Beeper Desktop accessToken contains a space or a control character; it cannot be sent in a header")
  }
  return trimmed === value ? token : Redacted.make(trimmed)
}

const parseBaseUrl = (input: string | URL): URL => {
  const url = new URL(input)
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`Beeper Desktop baseUrl must be http:// or https://, got ${url.protocol}`)
  }
  if (url.username !== "" || url.password !== "") {
    throw new TypeError("Beeper Desktop baseUrl must not contain credentials; pass accessToken instead")
  }
  url.search = ""
  url.hash = ""
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`
  return url
}

/**
 * How to reach Beeper Desktop: base URL, access token (always `Redacted`) and the cleartext opt-in.
 * Shared by the HTTP service (`BeeperDesktop`) and the live events service (`BeeperEvents`).
 *
 * @module
 */
import {
  accessTokenProblem,
  appendApiPath,
  baseUrlProblem,
  baseUrlVariables,
  defaultBaseUrl,
  environmentVariables,
  flagOf,
  flagProblem,
  defaultMaxResponseBytes as wireMaxResponseBytes,
  trimBaseUrl,
} from "@beeper-kit/core/wire"
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import { ConfigurationError, InsecureTransport } from "./BeeperError.ts"
import { scrubberOf } from "./internal/scrub.ts"
import { ensureTokenTransportAllowed } from "./TokenGuard.ts"

/** Where Beeper Desktop listens by default (core's wire rule: `http://localhost:23373`). */
export { defaultBaseUrl }

/**
 * Connection settings as a user gives them.
 * @since 1.0.0
 * @category Config
 */
export interface ConnectionOptions {
  /** Beeper Desktop's address, e.g. `http://localhost:23373` (the default). A path prefix is kept. */
  readonly baseUrl?: string | URL | undefined
  /**
   * The access token (Beeper Desktop → Settings → Developers). Wrap it with `Redacted.make`: a plain string is
   * refused with a `TypeError` at layer build, and so is a `Redacted` holding no string (`Redacted.make(undefined)`
   * from an unset variable) or an empty one. Surrounding whitespace (a trailing newline of a token file) is trimmed.
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
 * @since 1.0.0
 * @category Config
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
 * @since 1.0.0
 * @category Config
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

/**
 * Response body limits with every value given (what {@link resolveMaxResponseBytes} returns).
 * @since 1.0.0
 * @category Config
 */
export interface ResponseLimits {
  readonly json: number
  readonly binary: number
}

/**
 * The default response body limits: 32 MiB for JSON (and error) bodies, 256 MiB for binary ones (core's wire rule,
 * which `@beeper-kit/core`'s client follows too).
 * @since 1.0.0
 * @category Config
 */
export const defaultMaxResponseBytes: ResponseLimits = wireMaxResponseBytes

/**
 * The largest JSON body limit: V8's longest string (2^29 − 24 UTF-16 code units; a UTF-8 byte decodes to at most
 * one), so no body the limit lets through is too long to become a string.
 * @since 1.0.0
 * @category Config
 */
export const maxStringBytes = 2 ** 29 - 24

/**
 * The body limits of `maxResponseBytes`, defaults filled in. A limit that is not a positive integer, or a JSON
 * limit over {@link maxStringBytes}, is a defect (like a malformed `baseUrl`): the layer does not build.
 * @since 1.0.0
 * @category Config
 */
export const resolveMaxResponseBytes = (limits: MaxResponseBytes | undefined): ResponseLimits => {
  // a bare number (`maxResponseBytes: 1024`) would otherwise read as "no limits given" and leave the defaults
  if (limits !== undefined && (typeof limits !== "object" || limits === null)) {
    throw new TypeError(`maxResponseBytes must be an object { json?, binary? } of byte limits, got ${String(limits)}`)
  }
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

/**
 * Connection settings after validation: a parsed base URL and the token-transport check passed.
 * @since 1.0.0
 * @category Config
 */
export interface Connection {
  /** The base URL, without a trailing slash. Request paths (`/v1/...`) are appended to it. */
  readonly baseUrl: URL
  readonly accessToken: Redacted.Redacted<string>
  readonly allowInsecureToken: boolean
}

/**
 * The environment variables the `layerConfig`s read (from Effect's current `ConfigProvider`): `accessToken`
 * (`BEEPER_ACCESS_TOKEN`), `baseUrl` (`BEEPER_DESKTOP_URL`), `baseUrlAlias` (`BEEPER_BASE_URL`), `allowInsecureToken`
 * (`BEEPER_ALLOW_INSECURE_TOKEN`), `strict` (`BEEPER_STRICT`) — core's `environmentVariables`, which the CLI and
 * `pnpm spec:update` read too.
 * @since 1.0.0
 * @category Config
 */
export const variables = environmentVariables

/**
 * Where an access token comes from: said by every error about a missing or unusable one.
 * @since 1.0.0
 * @category Config
 */
export const whereToGetAToken = "Create one in Beeper Desktop → Settings → Developers"

/**
 * An environment variable as the current `ConfigProvider` holds it — what `Config.String(variable)` reads, unset and
 * empty variables both absent — or its failure as a {@link ConfigurationError} naming it. Read from the provider, not
 * through `Config`: the `layerConfig`s are static members of the service classes, so whatever they reach is in every
 * bundle that uses a service, and `Config`'s Schema-driven reading is ~2.5 KB gzip of it (tooling/bench/README.md).
 */
const readVariable = (variable: string): Effect.Effect<Option.Option<string>, ConfigurationError> =>
  Effect.flatMap(Effect.service(ConfigProvider.ConfigProvider), (provider) => provider.load([variable])).pipe(
    Effect.mapError((error) =>
      new ConfigurationError({ variable, message: `${variable} could not be read (${error.message.replace(/\s+/g, " ")})` })
    ),
    Effect.flatMap((node) =>
      node === undefined
        ? Effect.succeed(Option.none())
        : node.value === undefined
        ? Effect.fail(new ConfigurationError({ variable, message: `${variable} could not be read (it holds no value of its own)` }))
        : Effect.succeed(Option.some(node.value))
    ),
  )

/** A boolean variable, read as `Config.Boolean(variable).pipe(Config.withDefault(false))` reads it. */
const readFlag = (variable: string): Effect.Effect<boolean, ConfigurationError> =>
  Effect.flatMap(readVariable(variable), (value) => {
    if (Option.isNone(value)) return Effect.succeed(false)
    const flag = flagOf(value.value)
    if (flag !== undefined) return Effect.succeed(flag)
    return Effect.fail(new ConfigurationError({ variable, message: flagProblem(variable, value.value)! }))
  })

/** The base URL's variable and value: `BEEPER_DESKTOP_URL` when set, else `BEEPER_BASE_URL`, else none. */
const readBaseUrl: Effect.Effect<Option.Option<readonly [variable: string, value: string]>, ConfigurationError> =
  /*#__PURE__*/ Effect.gen(function*() {
    for (const variable of baseUrlVariables) {
      const value = yield* readVariable(variable)
      if (Option.isSome(value)) return Option.some([variable, value.value] as const)
    }
    return Option.none()
  })

/**
 * The connection settings from the environment, checked, each problem a {@link ConfigurationError} naming its
 * variable (or `InsecureTransport` for a cleartext URL to a host that is not loopback): `BEEPER_ACCESS_TOKEN`
 * (required, not empty; read as `Redacted`), `BEEPER_DESKTOP_URL` — or, when it is not set, `BEEPER_BASE_URL` (the
 * official SDK's name) — (default `http://localhost:23373`) and `BEEPER_ALLOW_INSECURE_TOKEN` (default `false`).
 * @since 1.0.0
 * @category Config
 */
export const fromEnvironment: Effect.Effect<ConnectionOptions, ConfigurationError | InsecureTransport> = /*#__PURE__*/ Effect.gen(
  function*() {
    const token = yield* readVariable(variables.accessToken)
    const accessToken = Option.isSome(token) ? Redacted.make(token.value) : undefined
    if (accessToken === undefined || Redacted.value(accessToken).trim() === "") {
      return yield* new ConfigurationError({
        variable: variables.accessToken,
        // an empty variable reads as unset (Effect's environment provider): the message says both
        message: `${variables.accessToken} is ${accessToken === undefined ? "not set (or is empty)" : "empty"}: Beeper Desktop ` +
          `needs an access token. ${whereToGetAToken}, then set ${variables.accessToken} to it.`,
      })
    }
    const tokenProblem = tokenProblemOf(Redacted.value(accessToken).trim())
    if (tokenProblem !== undefined) {
      return yield* new ConfigurationError({
        variable: variables.accessToken,
        message: `${variables.accessToken} ${tokenProblem}. Copy the token again from Beeper Desktop → Settings → Developers.`,
      })
    }
    const baseUrl = yield* readBaseUrl
    const allowInsecureToken = yield* readFlag(variables.allowInsecureToken)
    if (Option.isNone(baseUrl)) return { accessToken, allowInsecureToken }
    const [variable, value] = baseUrl.value
    // The value goes into the message without what could hold a secret (credentials, query, fragment), and the
    // message through the token's scrubber (a token pasted into the URL's path).
    const scrub = scrubberOf(accessToken)
    const shown = `${variable}=${JSON.stringify(shownUrl(value))}`
    const parsed = baseUrlOf(value)
    if (Result.isFailure(parsed)) {
      return yield* new ConfigurationError({
        variable,
        message: scrub(
          `${shown} ${parsed.failure}: give Beeper Desktop's address, e.g. ${variable}=${defaultBaseUrl} (the ` +
            `default when it is not set).`,
        ),
      })
    }
    yield* transportAllowedAs(shown, parsed.success, allowInsecureToken, scrub)
    return { accessToken, baseUrl: value, allowInsecureToken }
  },
)

/**
 * Refuses a cleartext URL to another machine as {@link resolve} does, the message starting with `shown` (where the URL
 * came from and what it was, without its secrets: `BEEPER_DESKTOP_URL="…"`, `baseUrl="…"`), scrubbed of the token.
 */
const transportAllowedAs = (
  shown: string,
  url: URL,
  allowInsecureToken: boolean,
  scrub: (text: string) => string,
): Effect.Effect<void, InsecureTransport> =>
  ensureTokenTransportAllowed(url, allowInsecureToken).pipe(
    Effect.mapError((error) => new InsecureTransport({ url: scrub(error.url), message: scrub(`${shown}: ${error.message}`) })),
  )

/**
 * A `Config` that reads as `build()`'s does, built the first time it is read rather than when the module is
 * imported: each of Effect's `Config.String`, `Config.Boolean`, `Config.Redacted` compiles its Schema's decoder when
 * made, which cost ~3 ms of CPU at import on Bun for {@link config} and {@link strict} (tooling/bench/README.md,
 * "Cold start"), paid by every program although the `layerConfig`s read the environment without them.
 */
const builtOnFirstRead = <A>(build: () => Config.Config<A>): Config.Config<A> => {
  let built: Config.Config<A> | undefined
  return Config.succeed(undefined).pipe(Config.flatMap(() => built ??= build()))
}

/**
 * The connection settings as an Effect `Config` (unchecked; see {@link fromEnvironment} for what the `layerConfig`s
 * read and check): `BEEPER_ACCESS_TOKEN` (required, read as `Redacted`), `BEEPER_DESKTOP_URL` — or `BEEPER_BASE_URL`
 * when it is not set — (default `http://localhost:23373`) and `BEEPER_ALLOW_INSECURE_TOKEN` (default `false`).
 * Pass a `Config` of your own as the `config` option of a `layerConfig` to read them elsewhere.
 * @since 1.0.0
 * @category Config
 */
export const config: Config.Config<ConnectionOptions> = /*#__PURE__*/ builtOnFirstRead(() =>
  Config.all({
    accessToken: Config.Redacted(variables.accessToken),
    desktopUrl: Config.option(Config.String(variables.baseUrl)),
    baseUrlAlias: Config.option(Config.String(variables.baseUrlAlias)),
    allowInsecureToken: Config.Boolean(variables.allowInsecureToken).pipe(Config.withDefault(false)),
  }).pipe(Config.map(({ accessToken, allowInsecureToken, baseUrlAlias, desktopUrl }) => ({
    accessToken,
    baseUrl: Option.getOrElse(Option.orElse(desktopUrl, () => baseUrlAlias), () => defaultBaseUrl),
    allowInsecureToken,
  })))
)

/**
 * The connection settings of a `layerConfig`: {@link fromEnvironment} without a `config` of its own; with one, what
 * it reads, checked the same way — each problem a {@link ConfigurationError} naming the option (`accessToken`,
 * `baseUrl`).
 * @since 1.0.0
 * @category Config
 */
export const load = (
  source: Config.Config<ConnectionOptions> | undefined,
): Effect.Effect<ConnectionOptions, ConfigurationError | InsecureTransport> =>
  source === undefined ? fromEnvironment : Effect.gen(function*() {
    const options = yield* Effect.mapError(source, (error) =>
      new ConfigurationError({
        variable: "config",
        message: `the Beeper Desktop connection settings could not be read: ${error.message.replace(/\s+/g, " ")}`,
      }))
    if (!Redacted.isRedacted(options.accessToken)) {
      return yield* new ConfigurationError({
        variable: "accessToken",
        message: "the access token must be a Redacted value: read it with Config.Redacted, or wrap it with Redacted.make",
      })
    }
    const raw: unknown = Redacted.value(options.accessToken)
    if (typeof raw !== "string") {
      return yield* new ConfigurationError({
        variable: "accessToken",
        message: `the access token must hold a string, got ${raw === null ? "null" : typeof raw} inside Redacted`,
      })
    }
    const token = raw.trim()
    const tokenProblem = token === "" ? "is empty" : tokenProblemOf(token)
    if (tokenProblem !== undefined) {
      return yield* new ConfigurationError({
        variable: "accessToken",
        message: `the access token ${tokenProblem}. ${whereToGetAToken}.`,
      })
    }
    const baseUrl = options.baseUrl ?? defaultBaseUrl
    const parsed = baseUrlOf(baseUrl)
    if (Result.isFailure(parsed)) {
      return yield* new ConfigurationError({ variable: "baseUrl", message: `the baseUrl ${parsed.failure}` })
    }
    const shown = `baseUrl=${JSON.stringify(shownUrl(typeof baseUrl === "string" ? baseUrl : baseUrl.href))}`
    yield* transportAllowedAs(shown, parsed.success, options.allowInsecureToken === true, scrubberOf(options.accessToken))
    return options
  })

/**
 * Strict reading ({@link ReadingOptions.strict}) as an Effect `Config`: `BEEPER_STRICT` (default `false`).
 * @since 1.0.0
 * @category Config
 */
export const strict: Config.Config<boolean> = /*#__PURE__*/ builtOnFirstRead(() =>
  Config.Boolean(variables.strict).pipe(Config.withDefault(false))
)

/**
 * The `strict` of options when given, else `BEEPER_STRICT` from the current `ConfigProvider`, read as {@link strict}
 * reads it (what the `layerConfig`s use); a value that is not a boolean is a {@link ConfigurationError}.
 * @since 1.0.0
 * @category Config
 */
export const strictOf = (options: ReadingOptions): Effect.Effect<boolean, ConfigurationError> =>
  options.strict === undefined ? readFlag(variables.strict) : Effect.succeed(options.strict)

/**
 * What a `layerConfig` reads: the connection ({@link load}) and `strict` ({@link strictOf}).
 * @since 1.0.0
 * @category Config
 */
export const loadAll = (
  options: ReadingOptions & { readonly config?: Config.Config<ConnectionOptions> | undefined },
): Effect.Effect<ConnectionOptions & { readonly strict: boolean }, ConfigurationError | InsecureTransport> =>
  Effect.flatMap(load(options.config), (connection) => Effect.map(strictOf(options), (strict) => ({ ...connection, strict })))

/**
 * Validates connection options: parses the base URL (a malformed URL is a defect, like any invalid literal) and
 * refuses a cleartext, non-loopback URL unless `allowInsecureToken` is set.
 * @since 1.0.0
 * @category Config
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

/**
 * The full URL of an API path (e.g. `/v1/chats`) under the connection's base URL, keeping any path prefix.
 * @since 1.0.0
 * @category Config
 */
export const urlOf = (connection: Connection, path: string): string =>
  appendApiPath(trimBaseUrl(connection.baseUrl.href), path)

/**
 * The WebSocket URL of an API path (`http:` → `ws:`, `https:` → `wss:`), e.g. `websocketUrl(c, "/v1/ws")`.
 * @since 1.0.0
 * @category Config
 */
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
  // a plain string (from plain JavaScript, or a cast) would fail in `Redacted.value` without naming the option; the
  // message never shows the value
  if (!Redacted.isRedacted(token)) {
    throw new TypeError(
      `Beeper Desktop accessToken must be a Redacted value, got ${token === null ? "null" : typeof token}: ` +
        "wrap the token with Redacted.make(token)",
    )
  }
  // `Redacted.make(env.BEEPER_ACCESS_TOKEN)` with the variable unset holds `undefined`; an empty token would be sent as
  // `Authorization: Bearer ` and answered with Unauthorized
  const value: unknown = Redacted.value(token)
  if (typeof value !== "string") {
    throw new TypeError(
      `Beeper Desktop accessToken must hold a string, got ${value === null ? "null" : typeof value} inside Redacted: ` +
        "is the variable it was read from set?",
    )
  }
  const trimmed = value.trim()
  const problem = trimmed === "" ? `is empty: Beeper Desktop needs an access token. ${whereToGetAToken}.` : tokenProblemOf(trimmed)
  if (problem !== undefined) throw new TypeError(`Beeper Desktop accessToken ${problem}`)
  return trimmed === value ? token : Redacted.make(trimmed)
}

/**
 * What makes an access token (surrounding whitespace trimmed) unsendable, if anything: a character a header cannot
 * hold — a space (a pasted `Bearer ` prefix), a line break inside it, a control character. The text never holds the
 * token. For a tool that takes a token from its user and wants to say so before building a layer (which refuses such
 * a token as a defect). The rule is core's wire rule `accessTokenProblem`, which `@beeper-kit/core`'s client follows too.
 * @since 1.0.0
 * @category Config
 */
export const tokenProblemOf: (trimmed: string) => string | undefined = accessTokenProblem

/**
 * A URL as an error message shows it: without its credentials, query and fragment (where a token or a password
 * could be), marked `…` where something was left out. Also for a value that does not parse as a URL.
 */
const shownUrl = (value: string): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // not a URL: cut at the first `?` or `#`, and leave out anything up to an `@` in what would be the authority
    const withoutTail = value.replace(/[?#][\s\S]*$/, "")
    const withoutUserinfo = withoutTail.replace(/^([^:/?#]*:\/\/)[^/?#]*@/, "$1…@")
    return withoutTail === value ? withoutUserinfo : `${withoutUserinfo}…`
  }
  const userinfo = url.username !== "" || url.password !== ""
  const tail = url.search !== "" || url.hash !== ""
  if (!userinfo && !tail) return value
  url.username = ""
  url.password = ""
  url.search = ""
  url.hash = ""
  return `${userinfo ? url.href.replace("://", "://…@") : url.href}${tail ? "…" : ""}`
}

/**
 * The base URL, or what is wrong with it: not a URL, or one the API's paths cannot be appended to — not `http(s)://`,
 * with credentials, a query or a fragment (core's wire rule {@link baseUrlProblemOf}).
 */
const baseUrlOf = (input: string | URL): Result.Result<URL, string> => {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return Result.fail("is not a URL")
  }
  const problem = baseUrlProblem(url)
  if (problem !== undefined) return Result.fail(problem)
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`
  return Result.succeed(url)
}

/**
 * What makes a URL unfit to be the base URL, or `undefined` when it is fit: a scheme other than `http:`/`https:`,
 * credentials, a query or a fragment (the API's paths are appended to it). The text never repeats the URL. For a tool
 * that takes a URL from its user and wants to say so before building a layer. The rule is core's wire rule
 * `baseUrlProblem`, which `@beeper-kit/core`'s client follows too.
 * @since 1.0.0
 * @category Config
 */
export const baseUrlProblemOf: (url: URL) => string | undefined = baseUrlProblem

/** The base URL; a malformed one is a defect (an invalid literal in the caller's code). */
const parseBaseUrl = (input: string | URL): URL => {
  const url = baseUrlOf(input)
  if (Result.isFailure(url)) throw new TypeError(`Beeper Desktop baseUrl ${url.failure}`)
  return url.success
}

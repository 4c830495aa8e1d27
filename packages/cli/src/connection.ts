/**
 * Where Beeper Desktop is and the token to use: the `--url` / `--token` flags, falling back to
 * `BEEPER_DESKTOP_URL` (else `BEEPER_BASE_URL`) / `BEEPER_ACCESS_TOKEN`, and the layers of the SDK's services for them.
 *
 * @module
 */
import { baseUrlVariables, flagOf, flagProblem } from "@beeper-kit/core/wire"
import { BeeperConfig, type BeeperDesktop, type BeeperEvents, type InsecureTransport } from "@beeper-kit/effect"
import { BeeperNode } from "@beeper-kit/node"
import { Config, Effect, Layer, Option, Redacted } from "effect"
import { CliFailure, ExitCode, tokenMissing } from "./failure.ts"

/** A validated connection: the base URL as the user gave it (for messages) and the token. */
export interface Connection {
  readonly url: string
  readonly token: Redacted.Redacted<string>
  /** `BEEPER_ALLOW_INSECURE_TOKEN=true`: allow the token over cleartext http:// to a non-loopback host. */
  readonly allowInsecureToken: boolean
}

/** The connection flags as parsed: `--url` alone (see {@link desktopUrlOf}), `--token` or `BEEPER_ACCESS_TOKEN`. */
export interface ConnectionFlags {
  readonly url: Option.Option<string>
  readonly token: Option.Option<Redacted.Redacted<string>>
}

const usage = (message: string) => new CliFailure({ code: ExitCode.usage, message })

/** An environment variable (unset or empty: none), a failure to read it said as a usage error naming it. */
const variable = (name: string): Effect.Effect<Option.Option<string>, CliFailure> =>
  Config.option(Config.String(name)).pipe(Effect.mapError((error) => usage(`${name} could not be read: ${error.message}`)))

/**
 * The Desktop URL and where it came from, for the messages about it: `--url`, else the first set of core's
 * `baseUrlVariables` (`BEEPER_DESKTOP_URL`, then `BEEPER_BASE_URL`: the SDK's order), else the default.
 */
const desktopUrlOf = (flag: Option.Option<string>): Effect.Effect<{ readonly url: string; readonly source: string }, CliFailure> =>
  Effect.gen(function*() {
    if (Option.isSome(flag)) return { url: flag.value, source: "--url" }
    for (const name of baseUrlVariables) {
      const value = yield* variable(name)
      if (Option.isSome(value)) return { url: value.value, source: name }
    }
    return { url: BeeperConfig.defaultBaseUrl, source: "the default" }
  })

/** `BEEPER_ALLOW_INSECURE_TOKEN` (default false); another value is refused with the SDK's message (core's rule). */
const allowInsecure: Effect.Effect<boolean, CliFailure> = Effect.flatMap(
  variable(BeeperConfig.variables.allowInsecureToken),
  (value) => {
    if (Option.isNone(value)) return Effect.succeed(false)
    const flag = flagOf(value.value)
    return flag === undefined
      ? Effect.fail(usage(flagProblem(BeeperConfig.variables.allowInsecureToken, value.value)!))
      : Effect.succeed(flag)
  },
)

/** Validates the flags: a URL that parses (default `http://localhost:23373`) and a token (required). */
export const resolveConnection = (flags: ConnectionFlags): Effect.Effect<Connection, CliFailure> =>
  Effect.gen(function*() {
    const desktop = yield* desktopUrlOf(flags.url)
    const url = desktop.url.replace(/\/+$/, "")
    const parsed = URL.canParse(url) ? new URL(url) : undefined
    // the value itself is never repeated: a URL can carry a token (credentials, a query) that a terminal or a CI log
    // would then show. Where it came from is named: a BEEPER_BASE_URL left over is not found by looking at --url.
    // The SDK's rule: http(s)://, no credentials (the token goes with --token), no query or fragment (the API's paths
    // are appended to the URL).
    const problem = parsed === undefined ? "is not a URL" : BeeperConfig.baseUrlProblemOf(parsed)
    if (problem !== undefined) {
      return yield* usage(`the Desktop URL (${desktop.source}) ${problem}: give Desktop's address, e.g. ${BeeperConfig.defaultBaseUrl}`)
    }
    // an empty token (`BEEPER_ACCESS_TOKEN=`) is none: the layer refuses it, and Desktop would answer it with a 401
    if (Option.isNone(flags.token) || Redacted.value(flags.token.value).trim() === "") {
      return yield* new CliFailure({ code: ExitCode.auth, message: tokenMissing })
    }
    // a token no header can hold (a pasted "Bearer " prefix, a line break): said here, not as the layer's defect
    const tokenProblem = BeeperConfig.tokenProblemOf(Redacted.value(flags.token.value).trim())
    if (tokenProblem !== undefined) {
      return yield* new CliFailure({
        code: ExitCode.auth,
        message: `the access token ${tokenProblem} (give the token alone, without "Bearer ")`,
      })
    }
    const allowInsecureToken = yield* allowInsecure
    return { url, token: flags.token.value, allowInsecureToken }
  })

/**
 * The CLI's transport: the Node adapter's (`node:http` for HTTP, `ws` for the live events). Both are quicker to load
 * than Node's `fetch`, whose undici internals (JavaScript and a WebAssembly parser) cost a command ~50 ms of start-up.
 * The SDK's rules (timeouts, retries, body caps, no redirects followed) are the same over any client.
 */
const transport = BeeperNode

/** The SDK's services for a connection: `BeeperDesktop` (HTTP) and `BeeperEvents` (live). */
export const beeperLayer = (
  connection: Connection,
): Layer.Layer<BeeperDesktop | BeeperEvents, InsecureTransport> =>
  transport.layer({
    baseUrl: connection.url,
    accessToken: connection.token,
    allowInsecureToken: connection.allowInsecureToken,
  })

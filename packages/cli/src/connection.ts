/**
 * Where Beeper Desktop is and the token to use: the `--url` / `--token` flags, falling back to
 * `BEEPER_DESKTOP_URL` / `BEEPER_ACCESS_TOKEN`, and the layers of the SDK's services for them.
 *
 * @module
 */
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

/** The connection flags as parsed (each already falls back to its environment variable). */
export interface ConnectionFlags {
  readonly url: Option.Option<string>
  readonly token: Option.Option<Redacted.Redacted<string>>
}

const allowInsecure = Config.Boolean(BeeperConfig.variables.allowInsecureToken).pipe(
  Config.withDefault(false),
  Effect.mapError((error) =>
    new CliFailure({ code: ExitCode.usage, message: `${BeeperConfig.variables.allowInsecureToken}: ${error.message}` })
  ),
)

const usage = (message: string) => new CliFailure({ code: ExitCode.usage, message })

/** Validates the flags: a URL that parses (default `http://localhost:23373`) and a token (required). */
export const resolveConnection = (flags: ConnectionFlags): Effect.Effect<Connection, CliFailure> =>
  Effect.gen(function*() {
    const url = Option.getOrElse(flags.url, () => BeeperConfig.defaultBaseUrl).replace(/\/+$/, "")
    const parsed = URL.canParse(url) ? new URL(url) : undefined
    // the value itself is never repeated: a URL can carry a token (credentials, a query) that a terminal or a CI log
    // would then show
    if (parsed === undefined) return yield* usage("the Desktop URL (--url, BEEPER_DESKTOP_URL) is not a URL")
    // the SDK's rule: http(s)://, no credentials (the token goes with --token), no query or fragment (the API's paths
    // are appended to the URL)
    const problem = BeeperConfig.baseUrlProblemOf(parsed)
    if (problem !== undefined) {
      return yield* usage(`the Desktop URL (--url, BEEPER_DESKTOP_URL) ${problem}: give Desktop's address, e.g. ${BeeperConfig.defaultBaseUrl}`)
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

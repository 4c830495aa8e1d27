/**
 * Exit codes and the one line a shell user reads when a command fails: every error the SDK can raise is mapped
 * here, in one place.
 *
 * @module
 */
import { Data, Duration } from "effect"

/**
 * The exit codes of `beeper-kit`: 0 success, 1 the API refused or failed, 2 usage (bad flags or arguments),
 * 3 authentication (no token, or the token was refused), 4 Beeper Desktop cannot be reached, 130 interrupted.
 */
export const ExitCode = { ok: 0, failed: 1, usage: 2, auth: 3, unreachable: 4, interrupted: 130 } as const

/** One of {@link ExitCode}'s values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

/** A failure as the CLI reports it: a message (printed after `beeper-kit: `) and an exit code. */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly code: ExitCode
  readonly message: string
}> {}

/** Reads `_tag` and a few fields of an SDK error without depending on its class. */
interface TaggedLike {
  readonly _tag: string
  readonly message?: string
  readonly status?: number
  readonly operationId?: string
  readonly field?: string
  readonly code?: string
  readonly timeout?: Duration.Duration
  readonly waited?: Duration.Duration
  readonly pendingMessageID?: string
  readonly retryAfter?: Duration.Duration
}

const isTagged = (u: unknown): u is TaggedLike =>
  typeof u === "object" && u !== null && typeof (u as { _tag?: unknown })._tag === "string"

/** The message the user should see for a refused token. */
export const tokenRefused = "the access token was refused (401). Set BEEPER_ACCESS_TOKEN or pass --token."

/** The message the user should see when there is no token at all. */
export const tokenMissing =
  "no access token. Set BEEPER_ACCESS_TOKEN or pass --token (Beeper Desktop → Settings → Developers)."

/** The message the user should see when nothing answers at `url`. */
export const unreachable = (url: string): string => `cannot reach Beeper Desktop at ${url} — is it running?`

/** Maps any failure of a command to what the user reads and the exit code. `url` is where Desktop was expected. */
export const toCliFailure = (error: unknown, url: string): CliFailure => {
  if (error instanceof CliFailure) return error
  if (!isTagged(error)) return new CliFailure({ code: ExitCode.failed, message: String(error) })
  const detail = error.message ?? error._tag
  switch (error._tag) {
    case "Unauthorized":
      return new CliFailure({ code: ExitCode.auth, message: tokenRefused })
    case "Forbidden":
      return new CliFailure({
        code: ExitCode.auth,
        message: `the access token is not allowed to do this (403): ${detail}`,
      })
    case "TransportError":
    case "ConnectionLost":
      return new CliFailure({ code: ExitCode.unreachable, message: unreachable(url) })
    case "Timeout":
      return new CliFailure({
        code: ExitCode.failed,
        message: `Beeper Desktop at ${url} did not answer within ${
          error.timeout === undefined ? "the timeout" : Duration.format(error.timeout)
        }`,
      })
    case "NotFound":
      return new CliFailure({ code: ExitCode.failed, message: `not found (404): ${detail}` })
    case "InvalidRequest":
    case "InvalidSubscription":
      return new CliFailure({ code: ExitCode.usage, message: detail })
    case "InsecureTransport":
      return new CliFailure({ code: ExitCode.usage, message: detail })
    case "RateLimited":
      return new CliFailure({
        code: ExitCode.failed,
        message: `Beeper Desktop is rate limiting requests (429)${
          error.retryAfter === undefined ? "" : `; retry in ${Duration.format(error.retryAfter)}`
        }`,
      })
    case "SendFailed":
      return new CliFailure({ code: ExitCode.failed, message: `the message was not sent: ${detail}` })
    case "SendUnconfirmed":
      return new CliFailure({
        code: ExitCode.failed,
        message: `the message was sent but not confirmed${
          error.waited === undefined ? "" : ` within ${Duration.format(error.waited)}`
        } (pending ID ${error.pendingMessageID ?? "unknown"}); it may still arrive`,
      })
    case "DecodeError":
      return new CliFailure({
        code: ExitCode.failed,
        message: `unexpected response from Beeper Desktop${error.field === undefined ? "" : ` at ${error.field}`}: ${detail}`,
      })
    default:
      return new CliFailure({
        code: ExitCode.failed,
        message: error.status === undefined ? detail : `${detail} (${error.status})`,
      })
  }
}

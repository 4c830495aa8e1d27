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
  readonly delivery?: string
  readonly method?: string
  readonly cause?: unknown
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

/**
 * The one-line reason of a failed TLS handshake in a transport error's text, or undefined when it is no TLS failure:
 * OpenSSL's reason (`wrong version number`, out of `EPROTO: write EPROTO …:error:0A00010B:SSL routines:…:wrong version
 * number:file:line:`), else the runtime's own words.
 */
const tlsFailure = (text: string): string | undefined => {
  const openssl = /SSL routines:[^:\n]*:([^:\n]+)/.exec(text)
  if (openssl !== null) return openssl[1]!.trim()
  const other = /(TLS handshake failed[^\n]*|received corrupt message[^\n]*)/i.exec(text)
  return other === null ? undefined : other[1]!.trim()
}

/**
 * The reason a server's TLS certificate was refused, in a transport error's text (Node's and undici's words, Deno's
 * `invalid peer certificate: …`), or undefined when it is no certificate failure.
 */
const certificateFailure = (text: string): string | undefined =>
  /(self[- ]signed certificate(?: in certificate chain)?|certificate has expired|certificate is not yet valid|unable to (?:get|verify) [^;\n]*certificate[^;\n]*|Hostname\/IP does not match certificate's altnames[^;\n]*|invalid peer certificate: [^;\n]*|certificate verify failed)/i
    .exec(text)?.[1]?.trim()

/** The message the user should see when the server at `url` answered with a certificate that was refused. */
export const certificateRefused = (url: string, reason: string): string =>
  `cannot reach Beeper Desktop at ${url}: its TLS certificate was refused (${reason}); nothing was sent`

/** Reasons a TLS handshake fails with when the server speaks plain HTTP on that port. */
const plainHttpPeer = /wrong version number|unknown protocol|packet length too long|corrupt message|speak TLS/i

/**
 * The message the user should see when a TLS handshake with `url` failed (nothing was sent): the reason, and for an
 * `https://` URL whose server does not speak TLS, the likely fix.
 */
export const tlsFailed = (url: string, reason: string): string =>
  `cannot reach Beeper Desktop at ${url}: the TLS handshake failed (${reason})${
    url.startsWith("https:") && plainHttpPeer.test(reason) ? " — is it http:// rather than https://?" : ""
  }`

/**
 * The message the user should see when stdout cannot be written (a full disk, an I/O error — anything but a reader
 * that went away, which ends the command quietly): the system's reason, e.g. `ENOSPC: no space left on device, write`.
 */
export const cannotWriteOutput = (error: Error): string => `cannot write the output: ${error.message}`

/** The message the user should see when a send failed in a way that may have delivered the message anyway. */
export const maybeSent = "the message may have been sent — check the chat before sending again"

/**
 * The message the user should see when Desktop accepted a send (`pendingMessageID`) but it was not confirmed — the
 * wait ran out, a lookup failed, or Ctrl-C ended the wait. `why` follows "not confirmed" (" within 30s", ...).
 */
export const sentUnconfirmed = (pendingMessageID: string, why = ""): string =>
  `the message was sent but not confirmed${why} (pending ID ${pendingMessageID}); check the chat before sending again`

/**
 * What to tell the user when a request may have reached Desktop before failing (a reset or timeout after it was
 * written): for a send, that the message may have been sent; for another change, that it may have been made; for a
 * read, `read` (reading again is harmless).
 */
const mayHaveReached = (error: TaggedLike, what: string, read: string): CliFailure => {
  if (error.operationId === "messages.send") {
    return new CliFailure({ code: ExitCode.failed, message: `${maybeSent} (${what})` })
  }
  if (error.method !== undefined && error.method !== "GET") {
    return new CliFailure({ code: ExitCode.failed, message: `the change may have been made (${what}) — check before trying again` })
  }
  return new CliFailure({ code: ExitCode.failed, message: read })
}

/** Maps any failure of a command to what the user reads and the exit code. `url` is where Desktop was expected. */
export const toCliFailure = (error: unknown, url: string): CliFailure => {
  if (error instanceof CliFailure) return error
  if (!isTagged(error)) return new CliFailure({ code: ExitCode.failed, message: String(error) })
  // one line: a runtime's text can end with a newline (OpenSSL's does)
  const detail = (error.message ?? error._tag).trim()
  switch (error._tag) {
    case "Unauthorized":
      return new CliFailure({ code: ExitCode.auth, message: tokenRefused })
    case "Forbidden":
      return new CliFailure({
        code: ExitCode.auth,
        message: `the access token is not allowed to do this (403): ${detail}`,
      })
    case "TransportError": {
      // Only a request that never left ("not-sent": refused, DNS, TLS) means Desktop cannot be reached; a reset
      // after the request was written must not invite sending again.
      const tls = error.delivery === "not-sent" ? tlsFailure(detail) : undefined
      const certificate = error.delivery === "not-sent" && tls === undefined ? certificateFailure(detail) : undefined
      return error.delivery === "not-sent"
        ? new CliFailure({
          code: ExitCode.unreachable,
          message: tls !== undefined
            ? tlsFailed(url, tls)
            : certificate !== undefined
            ? certificateRefused(url, certificate)
            : unreachable(url),
        })
        : mayHaveReached(
          error,
          `the connection was closed before an answer: ${detail}`,
          `Beeper Desktop at ${url} closed the connection before answering: ${detail}`,
        )
    }
    case "ConnectionLost":
      return new CliFailure({ code: ExitCode.unreachable, message: unreachable(url) })
    case "Timeout": {
      const within = error.timeout === undefined ? "the timeout" : Duration.format(error.timeout)
      return mayHaveReached(error, `no answer within ${within}`, `Beeper Desktop at ${url} did not answer within ${within}`)
    }
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
    case "SendUnconfirmed": {
      const cause = isTagged(error.cause) ? `: looking it up failed with ${error.cause._tag}` : ""
      return new CliFailure({
        code: ExitCode.failed,
        message: sentUnconfirmed(
          error.pendingMessageID ?? "unknown",
          `${isTagged(error.cause) || error.waited === undefined ? "" : ` within ${Duration.format(error.waited)}`}${cause}`,
        ),
      })
    }
    case "DecodeError": {
      const at = error.field === undefined || error.field === "" ? "" : ` at ${error.field}`
      // Desktop answered the send with a success it could not be read from: the message was taken
      return error.operationId === "messages.send"
        ? new CliFailure({ code: ExitCode.failed, message: `${maybeSent} (Desktop's answer could not be read${at}: ${detail})` })
        : new CliFailure({ code: ExitCode.failed, message: `unexpected response from Beeper Desktop${at}: ${detail}` })
    }
    case "ResponseTooLarge":
      // the same for a send's success answer too large to read (a 2xx: `delivery: "maybe-sent"`)
      if (error.operationId === "messages.send" && error.delivery === "maybe-sent") {
        return new CliFailure({ code: ExitCode.failed, message: `${maybeSent} (Desktop's answer could not be read: ${detail})` })
      }
      return new CliFailure({ code: ExitCode.failed, message: `${detail} (${error.status})` })
    default:
      return new CliFailure({
        code: ExitCode.failed,
        message: error.status === undefined ? detail : `${detail} (${error.status})`,
      })
  }
}

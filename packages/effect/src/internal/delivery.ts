// Whether a failed HTTP request may have reached the server: read from the failure's causes (error codes, names and
// messages of undici / fetch, Deno, Bun, workerd). Unknown causes count as "maybe-sent": the claim a user acts on must
// never be "nothing was sent" when something may have been.
import type * as HttpClientError from "effect/http/HttpClientError"
import type { Delivery } from "../BeeperError.ts"

/**
 * Error codes that mean the request never left the client: the connection was refused or could not be opened (DNS,
 * routing, connect timeout, TLS certificate; a failed handshake is read from its message, see tlsHandshakeMessage), or
 * the client refused the request itself (an invalid header, a host the runtime's permissions do not allow).
 */
const notSentCodes: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "EAI_NODATA",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_INVALID_ARG",
  "ERR_INVALID_ARG_VALUE",
  "ERR_INVALID_HTTP_TOKEN",
  "ERR_INVALID_CHAR",
  "ERR_INVALID_URL",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "ConnectionRefused", // Bun
  "FailedToOpenSocket", // Bun
])

/** Code prefixes of TLS and certificate failures (all before the request is written). */
const notSentPrefixes = ["CERT_", "ERR_TLS_", "ERR_SSL_", "ERR_CERT_"]

/**
 * Messages of the same failures where a runtime gives no code (Deno's "tcp connect error: Connection refused"), and
 * fetch refusing a header of the request before sending it — as each runtime words it: `Headers.append: "…" is an
 * invalid header value.` (Node), `Invalid header value: "…"` (Deno), `Header 'x' has invalid value` (Bun), a value
 * that is no ByteString. Not a malformed header of the *response* ("Response does not match the HTTP/1.1 protocol
 * (Invalid header value char)", "Parse Error: Invalid header value char", "invalid HTTP header parsed"): that comes
 * after the server read the request.
 * A port fetch refuses to connect to (undici's "bad port", Deno's "Requests to port 1 are blocked") is not sent either.
 * A failed TLS handshake is read by tlsHandshakeMessage.
 */
const notSentMessage =
  /connection refused|tcp connect error|dns error|failed to lookup address|name or service not known|getaddrinfo|is an invalid header (value|name)|invalid header (value|name): |header '[^']*' has invalid value|not a valid ByteString|convert argument to a ByteString|invalid certificate|invalid peer certificate|certificate verify failed|unknownissuer|bad port|requests to port \d+ are blocked/i

/**
 * Names of errors the runtime throws when it refuses the request itself: Deno's permissions (`NotCapable` since
 * Deno 2, `PermissionDenied` before) for a host outside `--allow-net`. Nothing was sent.
 */
const notSentNames: ReadonlySet<string> = new Set(["NotCapable", "PermissionDenied"])

/**
 * A TLS handshake that failed, as each runtime says it: the request is only written once the handshake is done, so it
 * never left. node:http gives OpenSSL's text under `EPROTO` (`write EPROTO …:error:0A00010B:SSL routines:…:wrong
 * version number:…` — an `https://` URL to a plain-HTTP port); only OpenSSL's reasons of a peer that does not speak
 * TLS, or refuses the handshake, count: another `EPROTO` (a bad record after the handshake) stays maybe-sent. Bun:
 * `EPROTO: The TLS handshake failed. …`; workerd: `Network connection failed: TLS handshake failed: …`; Deno, in its
 * connect stage's words (hyper's connector, TCP and TLS, before any byte of the request): `client error (Connect):
 * invalid peer certificate: …`, `… (Connect): received corrupt message of type …` (https:// to a plain-HTTP port).
 * Not a TLS error without "handshake": a TLS connection may fail after the request went out.
 */
const tlsHandshakeMessage =
  /SSL routines:[^\n]*:(wrong version number|unknown protocol|packet length too long|unsupported protocol|no protocols available|[a-z0-9]+ alert (handshake failure|protocol version))|TLS handshake failed|client error \(Connect\)/i

const isNotSentCode = (code: string): boolean =>
  notSentCodes.has(code) || notSentPrefixes.some((prefix) => code.startsWith(prefix))

/**
 * Whether the request of a failed `HttpClientError` may have reached the server. A failure on the response side (its
 * body could not be read) came after the server answered: `"maybe-sent"`. A request that could not be built
 * (`EncodeError`, `InvalidUrlError`) never left: `"not-sent"`. A transport failure is `"not-sent"` only when one of
 * its causes says the connection was never made or the request was refused by the client; a reset, "other side
 * closed", a broken pipe or anything unrecognised is `"maybe-sent"`.
 */
export const deliveryOf = (error: HttpClientError.HttpClientError): Delivery => {
  const reason = error.reason
  switch (reason._tag) {
    case "EncodeError":
    case "InvalidUrlError":
      return "not-sent"
    case "TransportError":
      return causesSayNotSent(reason.cause) ? "not-sent" : "maybe-sent"
    default:
      return "maybe-sent"
  }
}

/** Walks a cause chain (at most a few levels, and `AggregateError`s' errors) looking for a not-sent code or message. */
const causesSayNotSent = (cause: unknown, depth = 0): boolean => {
  if (depth > 5 || typeof cause !== "object" || cause === null) return false
  const { code, message, errors, name } = cause as { code?: unknown; message?: unknown; errors?: unknown; name?: unknown }
  if (typeof code === "string" && isNotSentCode(code)) return true
  if (typeof name === "string" && notSentNames.has(name)) return true
  if (typeof message === "string" && (notSentMessage.test(message) || tlsHandshakeMessage.test(message))) return true
  // Node's happy-eyeballs connect gives an AggregateError of one ECONNREFUSED per address.
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => causesSayNotSent(inner, depth + 1))) {
    return true
  }
  return causesSayNotSent((cause as { cause?: unknown }).cause, depth + 1)
}

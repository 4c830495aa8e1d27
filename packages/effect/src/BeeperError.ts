/**
 * The typed errors of @beeper-kit/effect. Every failure of a Beeper Desktop call is one of these tagged errors,
 * in the error channel of the method that produced it.
 *
 * Each error carries the `operationId`, the HTTP `method` and the `path` *template* (e.g.
 * `/v1/chats/{chatID}/messages`, never the filled-in URL) and, where a response was received, its `status`.
 * No error ever holds the access token, the request object or its headers: they are built from plain strings only,
 * so printing, logging or serialising an error cannot leak a secret.
 *
 * Each class's `extends` and the calls in its fields are annotated `#__PURE__`: a call there is a side effect to a
 * bundler, which would otherwise keep every error class (and what its fields reach) in a bundle that never uses it.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"

/** Fields every request error carries: which operation failed, and how it was addressed. */
const requestFields = {
  /** The spec's operationId, e.g. `chats.messages.reactions.add`. */
  operationId: Schema.String,
  /** The HTTP method, upper case. */
  method: Schema.String,
  /** The path template of the operation, e.g. `/v1/chats/{chatID}`. */
  path: Schema.String,
}

/** Fields of an error built from a non-2xx response with the shared `Error` body. */
const responseFields = {
  ...requestFields,
  /** The HTTP status code of the response. */
  status: Schema.Number,
  /** Machine-readable error code from the response body, when the body had one. */
  code: /*#__PURE__*/ Schema.optional(Schema.String),
  /** Human-readable description (the server's message when it sent one). */
  message: Schema.String,
  /** The `details` of the response body, when present (validation issues, context...). */
  details: /*#__PURE__*/ Schema.optional(Schema.Unknown),
}

/**
 * 400 — the server refused the request parameters.
 * @since 1.0.0
 * @category Errors
 */
export class BadRequest extends /*#__PURE__*/ Schema.TaggedError<BadRequest>()("BadRequest", responseFields) {}

/**
 * 401 — the access token is missing or invalid.
 * @since 1.0.0
 * @category Errors
 */
export class Unauthorized extends /*#__PURE__*/ Schema.TaggedError<Unauthorized>()("Unauthorized", responseFields) {}

/**
 * 403 — the access token lacks the required scope.
 * @since 1.0.0
 * @category Errors
 */
export class Forbidden extends /*#__PURE__*/ Schema.TaggedError<Forbidden>()("Forbidden", responseFields) {}

/**
 * 404 — the addressed resource does not exist.
 * @since 1.0.0
 * @category Errors
 */
export class NotFound extends /*#__PURE__*/ Schema.TaggedError<NotFound>()("NotFound", responseFields) {}

/**
 * 409 — the request conflicts with the current state of the resource.
 * @since 1.0.0
 * @category Errors
 */
export class Conflict extends /*#__PURE__*/ Schema.TaggedError<Conflict>()("Conflict", responseFields) {}

/**
 * 422 — the request was well-formed but semantically invalid (see `details` for validation issues).
 * @since 1.0.0
 * @category Errors
 */
export class Unprocessable extends /*#__PURE__*/ Schema.TaggedError<Unprocessable>()("Unprocessable", responseFields) {}

/**
 * 429 — too many requests. `retryAfter` is the server's `Retry-After`, when it sent one.
 * @since 1.0.0
 * @category Errors
 */
export class RateLimited extends /*#__PURE__*/ Schema.TaggedError<RateLimited>()("RateLimited", {
  ...responseFields,
  /** How long the server asked the client to wait (from `Retry-After`, seconds or HTTP date). */
  retryAfter: /*#__PURE__*/ Schema.optional(Schema.Duration),
}) {}

/**
 * 5xx — the server failed to handle the request.
 * @since 1.0.0
 * @category Errors
 */
export class ServerError extends /*#__PURE__*/ Schema.TaggedError<ServerError>()("ServerError", responseFields) {}

/**
 * A non-2xx status the API does not document (e.g. 405, 408, 410, a 3xx that was not followed).
 * Kept separate so that the documented errors above stay exact.
 * @since 1.0.0
 * @category Errors
 */
export class UnexpectedStatus extends /*#__PURE__*/ Schema.TaggedError<UnexpectedStatus>()("UnexpectedStatus", responseFields) {}

/**
 * Whether a failed request may have reached Beeper Desktop — what a user needs to know before sending again:
 *
 * - `"not-sent"`: nothing left the client (connection refused, DNS or TLS failure, the request refused by the
 *   client itself). Sending again cannot duplicate anything.
 * - `"maybe-sent"`: the request may have been written, and acted on, before the failure (a reset or a timeout after
 *   the request was written, a body cut mid-response), or the server accepted it with a 2xx whose body could not be
 *   read (a `DecodeError` or `ResponseTooLarge` of a 2xx). For a message send: the message may have been sent —
 *   check the chat before sending again.
 * @since 1.0.0
 * @category Errors
 */
export const Delivery = /*#__PURE__*/ Schema.Literals(["not-sent", "maybe-sent"])

/** See {@link Delivery}. */
export type Delivery = typeof Delivery.Type

/** `delivery` of errors raised by the SDK; a caller constructing one without it claims the least: `"maybe-sent"`. */
const deliveryField = Delivery.pipe(/*#__PURE__*/ Schema.withConstructorDefault(/*#__PURE__*/ Effect.succeed("maybe-sent" as const)))

/**
 * The request never produced a (complete) response: connection refused or reset, DNS or TLS failure, a body cut
 * mid-response. `delivery` says whether the request may have reached the server (see {@link Delivery}).
 * @since 1.0.0
 * @category Errors
 */
export class TransportError extends /*#__PURE__*/ Schema.TaggedError<TransportError>()("TransportError", {
  ...requestFields,
  /** What went wrong, e.g. `ECONNREFUSED` or `fetch failed: other side closed`. Never contains the token. */
  message: Schema.String,
  /** `"not-sent"` (refused, DNS, TLS: safe to send again) or `"maybe-sent"` (reset after the request was written). */
  delivery: deliveryField,
}) {}

/**
 * No response within the per-request timeout (or, for `sendAndConfirm`, no confirmation in time). Always
 * `delivery: "maybe-sent"`: the request may have been written and acted on before the timeout.
 * @since 1.0.0
 * @category Errors
 */
export class Timeout extends /*#__PURE__*/ Schema.TaggedError<Timeout>()("Timeout", {
  ...requestFields,
  /** The timeout that elapsed. */
  timeout: Schema.Duration,
  message: Schema.String,
  /** Whether the request may have reached the server (see {@link Delivery}); `"maybe-sent"` for a timeout. */
  delivery: deliveryField,
}) {}

/**
 * Whether an error says the request may have reached the server: a `TransportError` or `Timeout` with
 * `delivery: "maybe-sent"`, a `DecodeError` or `ResponseTooLarge` of a 2xx response (the server accepted the
 * request; only its answer could not be read), and `sendAndConfirm`'s `SendUnconfirmed` (Desktop accepted the send,
 * only its confirmation did not come). For a non-repeatable request such as a message send, this is the outcome to
 * show a user as "the message may have been sent — check the chat before sending again", never as "cannot connect"
 * or "not sent".
 * @since 1.0.0
 * @category Errors
 */
export const mayHaveBeenSent = (error: unknown): boolean =>
  Predicate.hasProperty(error, "_tag") && typeof error._tag === "string" &&
  (error._tag === "SendUnconfirmed" ||
    (carriesDelivery.has(error._tag) && Predicate.hasProperty(error, "delivery") && error.delivery === "maybe-sent"))

/** The errors whose `delivery` {@link mayHaveBeenSent} reads. */
const carriesDelivery: ReadonlySet<string> = new Set(["TransportError", "Timeout", "DecodeError", "ResponseTooLarge"])

/**
 * A cursor Stream (`.stream` / `.pages`) whose server walks in circles: it returned a cursor this stream already
 * followed (`reason: "repeated-cursor"`), or `maxEmptyPages` empty pages in a row that each announced more
 * (`"empty-pages"`). Without this the stream would request pages forever. `cursor` is the offending cursor (scrubbed,
 * cut to 200 characters), `pages` the pages read by this stream (the last one, which revealed the loop, is emitted
 * before this error, and its cursor is never requested).
 * @since 1.0.0
 * @category Errors
 */
export class PaginationLoop extends /*#__PURE__*/ Schema.TaggedError<PaginationLoop>()("PaginationLoop", {
  ...requestFields,
  reason: /*#__PURE__*/ Schema.Literals(["repeated-cursor", "empty-pages"]),
  cursor: Schema.String,
  pages: Schema.Number,
  message: Schema.String,
}) {}

/**
 * One problem of a body: the path of the offending value and what is wrong, the message starting with the path.
 * @since 1.0.0
 * @category Errors
 */
export const DecodeIssue = /*#__PURE__*/ Schema.Struct({
  /** Path of the offending field in the body (`items[3].participants.total`), `""` for the body itself. */
  field: Schema.String,
  message: Schema.String,
})

/** One problem of a body (see {@link DecodeError}). */
export type DecodeIssue = typeof DecodeIssue.Type

/**
 * How many problems a {@link DecodeError} lists in `issues` at most; `issueCount` counts them all.
 * @since 1.0.0
 * @category Errors
 */
export const maxDecodeIssues = 10

/**
 * A response (or live event) whose body does not match the spec: a required field missing or a wrong type — or,
 * with the `strict` option, any drift the reader would otherwise tolerate (an unknown enum value, an undeclared
 * field). `field` and `message` describe the first problem, e.g. `items[3].participants.total`; `issues` lists the
 * first {@link maxDecodeIssues} and `issueCount` counts them all (the message ends with "… and N more").
 * @since 1.0.0
 * @category Errors
 */
export class DecodeError extends /*#__PURE__*/ Schema.TaggedError<DecodeError>()("DecodeError", {
  ...requestFields,
  status: /*#__PURE__*/ Schema.optional(Schema.Number),
  /** Path of the first offending field in the body, `""` for the body itself. */
  field: Schema.String,
  message: Schema.String,
  /** The first {@link maxDecodeIssues} problems, in body order (set by the SDK on every DecodeError it raises). */
  issues: /*#__PURE__*/ Schema.Array(DecodeIssue).pipe(/*#__PURE__*/ Schema.withConstructorDefault(/*#__PURE__*/ Effect.succeed([]))),
  /** How many problems the body has in all (at least `issues.length`). */
  issueCount: Schema.Number.pipe(/*#__PURE__*/ Schema.withConstructorDefault(/*#__PURE__*/ Effect.succeed(0))),
  /**
   * `"maybe-sent"` when the body came with a 2xx status: the server accepted the request, only its answer could not
   * be read — for a message send, the message may well be in the chat (see {@link mayHaveBeenSent}). Absent for
   * an error status's body and for a live event.
   */
  delivery: /*#__PURE__*/ Schema.optional(Delivery),
}) {}

/**
 * Input that cannot be valid, refused before anything was sent. `field` is the path of the offending input.
 * @since 1.0.0
 * @category Errors
 */
export class InvalidRequest extends /*#__PURE__*/ Schema.TaggedError<InvalidRequest>()("InvalidRequest", {
  ...requestFields,
  /** Path of the offending field in the input, `""` for the input itself. */
  field: Schema.String,
  message: Schema.String,
}) {}

/**
 * The access token would travel in clear text (`http://` or `ws://`) to a host that is not loopback.
 * Refused unless the caller opts in with `allowInsecureToken: true` (or `BEEPER_ALLOW_INSECURE_TOKEN=true`).
 * @since 1.0.0
 * @category Errors
 */
export class InsecureTransport extends /*#__PURE__*/ Schema.TaggedError<InsecureTransport>()("InsecureTransport", {
  /** The URL the token would have been sent to (origin only, no credentials). */
  url: Schema.String,
  message: Schema.String,
}) {}

/**
 * The connection settings a `layerConfig` read cannot be used: the access token is missing or empty, the URL is
 * malformed or not `http(s)://`, or a variable does not parse. `variable` is the environment variable (or, for a
 * `config` of your own, the option) at fault; `message` says what is wrong and what to do — printed as is by
 * `Effect.runPromise` and `NodeRuntime.runMain`. Nothing was sent.
 * @since 1.0.0
 * @category Errors
 */
export class ConfigurationError extends /*#__PURE__*/ Schema.TaggedError<ConfigurationError>()("ConfigurationError", {
  /** e.g. `BEEPER_ACCESS_TOKEN`, `BEEPER_DESKTOP_URL`; `accessToken`/`baseUrl` for a `config` of your own. */
  variable: Schema.String,
  message: Schema.String,
}) {}

/**
 * `sendAndConfirm`: the network reported the send as failed (`sendStatus.status` `FAIL_RETRIABLE`/`FAIL_PERMANENT`).
 * @since 1.0.0
 * @category Errors
 */
export class SendFailed extends /*#__PURE__*/ Schema.TaggedError<SendFailed>()("SendFailed", {
  chatID: Schema.String,
  pendingMessageID: Schema.String,
  /** The failed send status: `FAIL_RETRIABLE` (sending again may work) or `FAIL_PERMANENT`. */
  status: /*#__PURE__*/ Schema.Literals(["FAIL_RETRIABLE", "FAIL_PERMANENT"]),
  /** Machine-readable failure reason, when the bridge gave one. */
  reason: /*#__PURE__*/ Schema.optional(Schema.String),
  message: Schema.String,
}) {}

/**
 * A response body larger than the layer's limit (`maxResponseBytes`: 32 MiB for JSON and error bodies, 256 MiB for
 * binary ones by default), counted after decompression as the bytes arrive — or, beyond the limit being checked, too
 * large for the runtime to hold as a string. Reading stopped at the limit and the connection was closed; the body
 * was never held in full. Not retried: the same server would send the same body again.
 * @since 1.0.0
 * @category Errors
 */
export class ResponseTooLarge extends /*#__PURE__*/ Schema.TaggedError<ResponseTooLarge>()("ResponseTooLarge", {
  ...requestFields,
  /** The HTTP status code of the response whose body was too large. */
  status: Schema.Number,
  /** The limit that was exceeded, in bytes. */
  limit: Schema.Number,
  message: Schema.String,
  /**
   * `"maybe-sent"` when the status was 2xx: the server accepted the request (see {@link DecodeError}'s `delivery`).
   */
  delivery: /*#__PURE__*/ Schema.optional(Delivery),
}) {}

/**
 * `sendAndConfirm`: the send was accepted (it has a `pendingMessageID`) but the message was not confirmed — no
 * confirmation within the wait bound, or looking it up kept failing. It may well have been sent: do not send it again;
 * look it up later with `messages.retrieve({ chatID, messageID: pendingMessageID })` or check the chat.
 * `cause` is the last lookup's error when lookups failed (a 401 or 403 ends the wait at once; a 5xx, a reset or a
 * timeout is tried again until the bound).
 * @since 1.0.0
 * @category Errors
 */
export class SendUnconfirmed extends /*#__PURE__*/ Schema.TaggedError<SendUnconfirmed>()("SendUnconfirmed", {
  chatID: Schema.String,
  pendingMessageID: Schema.String,
  /** How long the helper waited. */
  waited: Schema.Duration,
  message: Schema.String,
  /** The error of the last lookup of the pending message, when lookups failed (absent when they merely found it pending). */
  cause: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Union([
      BadRequest,
      Unauthorized,
      Forbidden,
      NotFound,
      Conflict,
      Unprocessable,
      RateLimited,
      ServerError,
      UnexpectedStatus,
      TransportError,
      Timeout,
      DecodeError,
      InvalidRequest,
      ResponseTooLarge,
    ]),
  ),
}) {}

/**
 * Errors a request built from an HTTP response status can fail with.
 * @since 1.0.0
 * @category Errors
 */
export type StatusError =
  | BadRequest
  | Unauthorized
  | Forbidden
  | NotFound
  | Conflict
  | Unprocessable
  | RateLimited
  | ServerError
  | UnexpectedStatus

/**
 * Every error a `BeeperDesktop` operation can fail with.
 * @since 1.0.0
 * @category Errors
 */
export type RequestError =
  | StatusError
  | TransportError
  | Timeout
  | DecodeError
  | InvalidRequest
  | ResponseTooLarge

/**
 * Every error the Stream forms of a paginated operation (`.stream`, `.pages`) can fail with.
 * @since 1.0.0
 * @category Errors
 */
export type PaginationError = RequestError | PaginationLoop

/**
 * Every error `sendAndConfirm` can fail with.
 * @since 1.0.0
 * @category Errors
 */
export type SendAndConfirmError = RequestError | SendFailed | SendUnconfirmed

/**
 * Every error of the HTTP service layer.
 * @since 1.0.0
 * @category Errors
 */
export type BeeperError = SendAndConfirmError | PaginationLoop | InsecureTransport

const requestErrorTags: ReadonlySet<string> = new Set([
  "BadRequest",
  "Unauthorized",
  "Forbidden",
  "NotFound",
  "Conflict",
  "Unprocessable",
  "RateLimited",
  "ServerError",
  "UnexpectedStatus",
  "TransportError",
  "Timeout",
  "DecodeError",
  "InvalidRequest",
  "ResponseTooLarge",
])

/**
 * Whether `u` is one of the errors a `BeeperDesktop` operation fails with.
 * @since 1.0.0
 * @category Errors
 */
export const isRequestError = (u: unknown): u is RequestError =>
  Predicate.hasProperty(u, "_tag") && typeof u._tag === "string" && requestErrorTags.has(u._tag) &&
  Predicate.hasProperty(u, "operationId")

/**
 * What identifies a request in an error: operation, method and path template.
 * @since 1.0.0
 * @category Errors
 */
export interface RequestContext {
  readonly operationId: string
  readonly method: string
  readonly path: string
}

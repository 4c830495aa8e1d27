/**
 * The typed errors of the live events service. A 401 on the WebSocket upgrade is the package-wide `Unauthorized`
 * (from `BeeperError`, like the layer's `InsecureTransport`), so one `catchTag` handles it for HTTP and events
 * alike. No error holds the access token.
 *
 * @module
 */
import * as Schema from "effect/Schema"
import type { Forbidden, Unauthorized } from "../BeeperError.ts"

/**
 * A subscription that cannot be valid (`"*"` mixed with chat IDs, or an empty chat ID), refused before sending.
 * @since 1.0.0
 * @category Errors
 */
export class InvalidSubscription extends /*#__PURE__*/ Schema.TaggedError<InvalidSubscription>()("InvalidSubscription", {
  /** The chat IDs that were refused. */
  chatIDs: /*#__PURE__*/ Schema.Array(Schema.String),
  message: Schema.String,
}) {}

/**
 * The server answered a `subscriptions.set` with an `error` frame.
 * @since 1.0.0
 * @category Errors
 */
export class SubscriptionRejected extends /*#__PURE__*/ Schema.TaggedError<SubscriptionRejected>()("SubscriptionRejected", {
  /** The server's error code, e.g. `INVALID_PAYLOAD`. */
  code: Schema.String,
  /** The server's message. */
  message: Schema.String,
  /** The chat IDs that were asked for. */
  chatIDs: /*#__PURE__*/ Schema.Array(Schema.String),
}) {}

/**
 * The server sent `error` frames repeatedly (`count` in a row, across reconnects, with no event or
 * acknowledgement in between). Terminal: reconnecting would only repeat them.
 * @since 1.0.0
 * @category Errors
 */
export class RepeatedServerErrors extends /*#__PURE__*/ Schema.TaggedError<RepeatedServerErrors>()("RepeatedServerErrors", {
  count: Schema.Number,
  /** Code of the last error frame. */
  code: Schema.String,
  /** Message of the last error frame. */
  message: Schema.String,
}) {}

/**
 * The events buffer was full and the overflow strategy is `"fail"`.
 * @since 1.0.0
 * @category Errors
 */
export class BufferOverflow extends /*#__PURE__*/ Schema.TaggedError<BufferOverflow>()("BufferOverflow", {
  capacity: Schema.Number,
  message: Schema.String,
}) {}

/**
 * The reconnect schedule gave up: the connection could not be (re)established. Also at once, without reconnecting,
 * when the runtime refuses to open the WebSocket at all (Deno's permissions: a host outside `--allow-net`).
 * @since 1.0.0
 * @category Errors
 */
export class ConnectionLost extends /*#__PURE__*/ Schema.TaggedError<ConnectionLost>()("ConnectionLost", {
  /**
   * Connection attempts made since the last stable connection (one that stayed up for `stableAfter`): a connection
   * that opened, then dropped sooner, counts as an attempt.
   */
  attempts: Schema.Number,
  /** What ended the last attempt, e.g. `connection refused` or `closed with code 1006`. */
  message: Schema.String,
}) {}

/**
 * The server did not acknowledge a `setSubscriptions` within `subscriptionTimeout`. The requested set stays the
 * desired one: it is still sent (again on every reconnect), and the stream carries `subscriptions.updated` if the
 * server acknowledges it later.
 * @since 1.0.0
 * @category Errors
 */
export class SubscriptionTimeout extends /*#__PURE__*/ Schema.TaggedError<SubscriptionTimeout>()("SubscriptionTimeout", {
  /** The chat IDs that were asked for. */
  chatIDs: /*#__PURE__*/ Schema.Array(Schema.String),
  /** How long the acknowledgement was waited for, in milliseconds. */
  waitedMillis: Schema.Number,
  message: Schema.String,
}) {}

/**
 * `setSubscriptions` was called while no events stream of this service was running.
 * @since 1.0.0
 * @category Errors
 */
export class NotStreaming extends /*#__PURE__*/ Schema.TaggedError<NotStreaming>()("NotStreaming", {
  message: Schema.String,
}) {}

/**
 * A frame that is not valid JSON, or whose shape does not match the protocol. Delivered inside a
 * `frame.malformed` signal; the stream continues.
 * @since 1.0.0
 * @category Errors
 */
export class MalformedFrame extends /*#__PURE__*/ Schema.TaggedError<MalformedFrame>()("MalformedFrame", {
  /** The frame's text (the access token scrubbed out first), cut to its first 1,000 characters. */
  frame: Schema.String,
  message: Schema.String,
}) {}

/**
 * Every error an events `Stream` can fail with. All are terminal; everything else is reconnected.
 * @since 1.0.0
 * @category Errors
 */
export type EventsStreamError =
  | Unauthorized
  | Forbidden
  | InvalidSubscription
  | SubscriptionRejected
  | RepeatedServerErrors
  | BufferOverflow
  | ConnectionLost

/**
 * Every error `setSubscriptions` can fail with.
 * @since 1.0.0
 * @category Errors
 */
export type SetSubscriptionsError = InvalidSubscription | SubscriptionRejected | SubscriptionTimeout | NotStreaming

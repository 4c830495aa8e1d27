/**
 * Send a message and wait until it is confirmed. A send answers with a `pendingMessageID` only; this helper waits
 * (bounded) until that ID resolves to the real Message — woken by live events when a `BeeperEvents` layer is
 * present, by polling `messages.retrieve` otherwise — and fails with `SendFailed` if the network rejects it.
 *
 * The send itself is never retried (see {@link RetryPolicy}): no duplicate messages.
 *
 * @module
 */
import { Deferred, Duration, Effect, Option, Queue, Stream } from "effect"
import { BeeperDesktop, type BeeperDesktopApi } from "./BeeperDesktop.ts"
import { type RequestError, SendFailed, SendUnconfirmed } from "./BeeperError.ts"
import { BeeperEvents } from "./BeeperEvents.ts"
import type { MessagesSendInput } from "./generated/endpoints.ts"
import type { Message, MessageSendResponse } from "./generated/schemas.ts"
import type { CallOptions } from "./CallOptions.ts"

/** Options of {@link sendAndConfirm}. */
export interface SendAndConfirmOptions extends CallOptions {
  /** How long to wait for the confirmation after the send succeeded (default 30 seconds). */
  readonly within?: Duration.Input | undefined
  /**
   * How often to look the message up (default 500 ms without live events; with live events, lookups happen on
   * each `message.upserted` of the chat and, as a safety net, every 5 seconds).
   */
  readonly pollInterval?: Duration.Input | undefined
}

/** Default bound of the wait for confirmation. */
export const defaultWithin: Duration.Duration = Duration.seconds(30)

/** Default interval between lookups when polling. */
const defaultPollInterval: Duration.Duration = Duration.millis(500)

/**
 * Sends a message (`messages.send`) and waits until its `pendingMessageID` resolves to the confirmed Message.
 * Fails with `SendFailed` for a `FAIL_RETRIABLE`/`FAIL_PERMANENT` send status, with `SendUnconfirmed` when no
 * confirmation arrives `within` the bound (the message may still arrive later), or with the send's own error.
 */
export const sendAndConfirm = (
  input: MessagesSendInput,
  options: SendAndConfirmOptions = {},
): Effect.Effect<Message, RequestError | SendFailed | SendUnconfirmed, BeeperDesktop> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const events = yield* Effect.serviceOption(BeeperEvents)
    return yield* Option.isSome(events)
      ? withLiveEvents(beeper, events.value, input, options)
      : beeper.messages.send(input, options).pipe(
        Effect.flatMap((sent) => awaitConfirmation(beeper, sent, options, Effect.never)),
      )
  }).pipe(Effect.withSpan("messages.sendAndConfirm", { attributes: { "beeper.operation_id": "messages.send" } }))

/** Subscribes to the chat first (so no upsert is missed), sends, then waits, woken by the chat's upserts. */
const withLiveEvents = (
  beeper: BeeperDesktopApi,
  events: BeeperEvents["Service"],
  input: MessagesSendInput,
  options: SendAndConfirmOptions,
): Effect.Effect<Message, RequestError | SendFailed | SendUnconfirmed> =>
  Effect.scoped(Effect.gen(function*() {
    const subscribed = yield* Deferred.make<void>()
    // Wake-ups coalesce: one pending wake-up is enough to trigger the next lookup.
    const wakeUps = yield* Queue.dropping<void>(1)
    // The first element acknowledges the subscription; each later `message.upserted` of the chat is a wake-up.
    // A failing or ending event stream only means falling back to polling.
    yield* events.events([input.chatID]).pipe(
      Stream.runForEach((event) =>
        event.type === "connected"
          ? Deferred.succeed(subscribed, undefined)
          : event.type === "message.upserted"
          ? Queue.offer(wakeUps, undefined)
          : Effect.void
      ),
      Effect.ignore,
      Effect.forkScoped,
    )
    // Never wait long for the subscription: without it, polling still confirms the message.
    yield* Deferred.await(subscribed).pipe(Effect.timeoutOption("5 seconds"))
    const sent = yield* beeper.messages.send(input, options)
    // A send to a merged chat is routed to a member chat, whose events this subscription does not see:
    // then polling at the normal pace does the work.
    const routedElsewhere = sent.chatID !== input.chatID
    return yield* awaitConfirmation(
      beeper,
      sent,
      { ...options, pollInterval: options.pollInterval ?? (routedElsewhere ? defaultPollInterval : "5 seconds") },
      Queue.take(wakeUps),
    )
  }))

/**
 * Looks the pending message up until it is confirmed or failed: right away, then after each poll interval or
 * `wake`-up, whichever comes first. Bounded by `options.within`.
 */
const awaitConfirmation = (
  beeper: BeeperDesktopApi,
  sent: MessageSendResponse,
  options: SendAndConfirmOptions,
  wake: Effect.Effect<unknown>,
): Effect.Effect<Message, RequestError | SendFailed | SendUnconfirmed> => {
  const within = options.within === undefined ? defaultWithin : Duration.fromInputUnsafe(options.within)
  const interval = Duration.fromInputUnsafe(options.pollInterval ?? defaultPollInterval)
  const next = Effect.raceFirst(Effect.sleep(interval), wake)
  const loop: Effect.Effect<Message, RequestError | SendFailed> = Effect.gen(function*() {
    while (true) {
      const found = yield* lookUpOnce(beeper, sent, options)
      if (Option.isSome(found)) return found.value
      yield* next
    }
  })
  return loop.pipe(
    Effect.timeoutOrElse({
      duration: within,
      orElse: () =>
        Effect.fail(
          new SendUnconfirmed({
            chatID: sent.chatID,
            pendingMessageID: sent.pendingMessageID,
            waited: within,
            message: `message ${sent.pendingMessageID} was not confirmed within ${Duration.format(within)}`,
          }),
        ),
    }),
  )
}

/** A failed send status (the type is an open enum, which `===` alone does not narrow). */
const isFailedStatus = (status: string | undefined): status is SendFailed["status"] =>
  status === "FAIL_RETRIABLE" || status === "FAIL_PERMANENT"

/** One lookup: `Some(message)` when confirmed, `None` while pending (or not yet visible), `SendFailed` on failure. */
const lookUpOnce = (
  beeper: BeeperDesktopApi,
  sent: MessageSendResponse,
  options: CallOptions,
): Effect.Effect<Option.Option<Message>, RequestError | SendFailed> =>
  beeper.messages.retrieve({ chatID: sent.chatID, messageID: sent.pendingMessageID }, options).pipe(
    Effect.map(Option.some),
    Effect.catchTag("NotFound", () => Effect.succeed(Option.none<Message>())),
    Effect.flatMap((found) => {
      if (Option.isNone(found)) return Effect.succeed(Option.none<Message>())
      const message = found.value
      const status = message.sendStatus?.status
      if (isFailedStatus(status)) {
        return Effect.fail(
          new SendFailed({
            chatID: sent.chatID,
            pendingMessageID: sent.pendingMessageID,
            status,
            ...(message.sendStatus?.reason === undefined ? {} : { reason: message.sendStatus.reason }),
            message: message.sendStatus?.message ?? `the network reported ${status}`,
          }),
        )
      }
      const confirmed = status === "SUCCESS" || (status === undefined && message.id !== sent.pendingMessageID)
      return Effect.succeed(confirmed ? Option.some(message) : Option.none<Message>())
    }),
  )

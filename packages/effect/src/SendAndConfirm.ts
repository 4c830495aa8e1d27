/**
 * Send a message and wait until it is confirmed. A send answers with a `pendingMessageID` only; this helper waits
 * (bounded) until that ID resolves to the real Message — woken by live events when a `BeeperEvents` layer is
 * present, by polling `messages.retrieve` otherwise — and fails with `SendFailed` if the network rejects it.
 *
 * The send itself is never retried (see {@link RetryPolicy}): no duplicate messages.
 *
 * @module
 */
import * as Cause from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Result from "effect/Result"
import * as Stream from "effect/Stream"
import { BeeperDesktop, type BeeperDesktopApi } from "./BeeperDesktop.ts"
import { InvalidRequest, type RequestError, SendFailed, SendUnconfirmed } from "./BeeperError.ts"
import { BeeperEvents } from "./BeeperEvents.ts"
import type { MessagesSendInput } from "./generated/endpoints.ts"
import type { Message, MessageSendResponse } from "./generated/schemas.ts"
import type { CallOptions } from "./CallOptions.ts"
import { contextOf } from "./internal/issues.ts"
import { callableOption, callOptionKeys, callOptionsOf, firstProblem, optionsArgumentProblem, positiveDuration } from "./internal/options.ts"
import { scrubberOfService } from "./internal/scrub.ts"
import { isFailedSendStatus } from "./internal/sendStatus.ts"
import { isTransientRead } from "./RetryPolicy.ts"

/**
 * Options of {@link sendAndConfirm}.
 * @since 1.0.0
 * @category Sending
 */
export interface SendAndConfirmOptions extends CallOptions {
  /** How long to wait for the confirmation after the send succeeded (default 30 seconds). */
  readonly within?: Duration.Input | undefined
  /**
   * How often to look the message up (default 500 ms without live events; with live events, lookups happen on
   * each `message.upserted` of the chat and, as a safety net, every 5 seconds — back to 500 ms while the event stream
   * is not connected: a refused upgrade (401, 404, 502...), a drop, an upgrade with no answer for 5 s, a stream that
   * failed or ended).
   */
  readonly pollInterval?: Duration.Input | undefined
  /**
   * Runs as soon as Desktop accepted the send, with its answer (the `pendingMessageID`), before the wait for
   * confirmation: what a caller interrupted during that wait (Ctrl-C) needs to say the message was sent. It may
   * return an Effect (run), a Promise (awaited) or nothing. It cannot undo the send: should it throw, fail, die or
   * reject, that is logged at Warning and the wait for confirmation goes on. A value that is not a function is
   * refused with `InvalidRequest` (`field: "options.onSent"`) before anything is sent.
   */
  readonly onSent?: ((sent: MessageSendResponse) => Effect.Effect<void> | PromiseLike<void> | void) | undefined
  /**
   * Runs just before the send request goes out — after the wait for the live subscription, when there is one: from
   * then on, a caller interrupted before Desktop answered must say the message may have been sent, where before it
   * nothing was. Same shape and tolerance as {@link SendAndConfirmOptions.onSent}: an Effect (run), a Promise
   * (awaited) or nothing; a failure is logged at Warning and the send goes on; a value that is not a function is
   * refused with `InvalidRequest` (`field: "options.onSending"`) before anything is sent.
   */
  readonly onSending?: (() => Effect.Effect<void> | PromiseLike<void> | void) | undefined
}

/**
 * Default bound of the wait for confirmation.
 * @since 1.0.0
 * @category Sending
 */
export const defaultWithin: Duration.Duration = Duration.seconds(30)

/** The options {@link sendAndConfirm} reads: its own and the call options of the send and the lookups. */
const sendAndConfirmOptionKeys: ReadonlyArray<string> = [...callOptionKeys, "within", "pollInterval", "onSent", "onSending"]

/** Default interval between lookups when polling. */
const defaultPollInterval: Duration.Duration = Duration.millis(500)

/**
 * Sends a message (`messages.send`) and waits until its `pendingMessageID` resolves to the confirmed Message.
 * Fails with `SendFailed` for a `FAIL_RETRIABLE`/`FAIL_PERMANENT` send status; with `SendUnconfirmed` (keeping the
 * `pendingMessageID`, and the lookup's error as `cause`) when the send was accepted but no confirmation arrives
 * `within` the bound or looking the message up fails; with `InvalidRequest` (nothing sent) for an option that cannot
 * be meant (`within`/`pollInterval` not longer than zero); or with the send's own error — where one for which
 * `mayHaveBeenSent` holds (a `TransportError` or `Timeout` with `delivery: "maybe-sent"`, or a 2xx answer that could
 * not be read: `DecodeError` / `ResponseTooLarge`, which has no `pendingMessageID` to confirm) means the message may
 * have been sent: check the chat before sending again.
 * @since 1.0.0
 * @category Sending
 */
export const sendAndConfirm = (
  input: MessagesSendInput,
  given?: SendAndConfirmOptions,
): Effect.Effect<Message, RequestError | SendFailed | SendUnconfirmed, BeeperDesktop> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    // Options that cannot be meant are refused before anything is sent (`null` is none, as plain JavaScript writes it).
    const optionsProblem = optionsArgumentProblem("the options of sendAndConfirm (the second argument)", given, sendAndConfirmOptionKeys)
    if (optionsProblem !== undefined) {
      return yield* new InvalidRequest({ ...contextOf(beeper.endpoints["messages.send"]), ...optionsProblem })
    }
    const options: SendAndConfirmOptions = given ?? {}
    const within = positiveDuration("the option within", options.within, defaultWithin)
    const pollInterval = positiveDuration("the option pollInterval", options.pollInterval, defaultPollInterval)
    const onSent = callableOption("the option onSent", options.onSent)
    const onSending = callableOption("the option onSending", options.onSending)
    const problem = firstProblem(within, pollInterval, onSent, onSending)
    if (problem !== undefined) {
      const field = Result.isFailure(within)
        ? "options.within"
        : Result.isFailure(pollInterval)
        ? "options.pollInterval"
        : Result.isFailure(onSent)
        ? "options.onSent"
        : "options.onSending"
      return yield* new InvalidRequest({ ...contextOf(beeper.endpoints["messages.send"]), field, message: problem })
    }
    const events = yield* Effect.serviceOption(BeeperEvents)
    return yield* Option.isSome(events)
      ? withLiveEvents(beeper, events.value, input, options)
      : Effect.andThen(runOnSending(options), beeper.messages.send(input, callOptionsOf(options))).pipe(
        Effect.tap((sent) => runOnSent(options, sent)),
        Effect.flatMap((sent) => awaitConfirmation(beeper, sent, options, Effect.never)),
      )
  }).pipe(Effect.withSpan("messages.sendAndConfirm", { attributes: { "beeper.operation_id": "messages.send" } }))

/**
 * The caller's `onSent`, run tolerantly ({@link runTolerantly}): the message is sent by now, so a callback cannot turn
 * it into a defect (and lose its `pendingMessageID`).
 */
const runOnSent = (options: SendAndConfirmOptions, sent: MessageSendResponse): Effect.Effect<void> => {
  const onSent = options.onSent
  return onSent === undefined
    ? Effect.void
    : runTolerantly(() => onSent(sent), "sendAndConfirm's onSent failed; the message was sent, its confirmation is still awaited")
}

/** The caller's `onSending`, run tolerantly ({@link runTolerantly}) just before the send goes out. */
const runOnSending = (options: SendAndConfirmOptions): Effect.Effect<void> => {
  const onSending = options.onSending
  return onSending === undefined
    ? Effect.void
    : runTolerantly(onSending, "sendAndConfirm's onSending failed; the message is sent all the same")
}

/**
 * A caller's callback, run tolerantly: its Effect is run, its Promise (any thenable) awaited, anything else ignored;
 * whatever goes wrong in it — a throw, a failure, a defect, a rejection — is logged at Warning (`failed`) and the
 * send goes on. An interruption stays one.
 */
const runTolerantly = (callback: () => unknown, failed: string): Effect.Effect<void> =>
  Effect.suspend(() => {
    const result: unknown = callback()
    if (Effect.isEffect(result)) return result as Effect.Effect<unknown, unknown>
    if (isThenable(result)) return Effect.tryPromise(() => Promise.resolve(result))
    return Effect.void
  }).pipe(
    Effect.catchCause((cause) =>
      Cause.hasInterruptsOnly(cause)
        ? Effect.failCause(cause as Cause.Cause<never>)
        : Effect.logWarning(`beeper-kit: ${failed}`, cause)
    ),
    Effect.asVoid,
  )

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"

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
    /** Whether the subscription is live now (`connected`, and no drop or failed attempt since). */
    let live = false
    /** Not live: stops the wait for the subscription, and the lookups go at polling's pace from the next one on. */
    const notLive = () => {
      live = false
      Deferred.doneUnsafe(subscribed, Effect.void)
      Queue.offerUnsafe(wakeUps, undefined)
    }
    // The first element acknowledges the subscription; each later `message.upserted` of the chat is a wake-up.
    // An event stream that is not connected only means falling back to polling: an attempt that failed (a refused
    // upgrade — 401, 404, 502 — or no answer), a drop, or the stream failing or ending (a runtime that cannot send
    // the token on it, reconnects given up) stops the wait for the subscription at once, and the lookups go at
    // polling's pace until the subscription is live again.
    yield* events.events([input.chatID], { onAttempt: (attempt) => attempt.previous === undefined ? undefined : notLive() })
      .pipe(
        Stream.runForEach((event) =>
          Effect.sync(() => {
            if (event.type === "connected") {
              live = true
              Deferred.doneUnsafe(subscribed, Effect.void)
            } else if (event.type === "disconnected") notLive()
            else if (event.type === "message.upserted") Queue.offerUnsafe(wakeUps, undefined)
          })
        ),
        Effect.ignore,
        Effect.ensuring(Effect.sync(notLive)),
        Effect.forkScoped,
      )
    // Never wait long for the subscription (an upgrade that gets no answer): without it, polling confirms the message.
    yield* Deferred.await(subscribed).pipe(Effect.timeoutOption("5 seconds"))
    yield* runOnSending(options)
    const sent = yield* beeper.messages.send(input, callOptionsOf(options))
    yield* runOnSent(options, sent)
    // A send to a merged chat is routed to a member chat, whose events this subscription does not see:
    // then polling at the normal pace does the work.
    const routedElsewhere = sent.chatID !== input.chatID
    // Without live events (not subscribed, dropped, a failed attempt, or the stream has ended), lookups go at the
    // polling pace: a `pollInterval` of the caller's own stands, else the default.
    const polling = options.pollInterval === undefined ? Effect.sleep(defaultPollInterval) : Effect.never
    return yield* awaitConfirmation(
      beeper,
      sent,
      { ...options, pollInterval: options.pollInterval ?? (routedElsewhere ? defaultPollInterval : "5 seconds") },
      Effect.suspend(() => live ? Queue.take(wakeUps) : polling),
    )
  }))

/**
 * Looks the pending message up until it is confirmed or failed: right away, then after each poll interval or
 * `wake`-up, whichever comes first. Bounded by `options.within`. A lookup failing with a transient error (5xx, 429,
 * a reset, a timeout) is tried again at the next turn; any other lookup error (401, 403, a body that does not decode)
 * ends the wait. Either way the outcome is `SendUnconfirmed` with the lookup's error as `cause`: the send was
 * accepted, and its `pendingMessageID` is what the caller needs, not the lookup's error.
 */
const awaitConfirmation = (
  beeper: BeeperDesktopApi,
  sent: MessageSendResponse,
  options: SendAndConfirmOptions,
  wake: Effect.Effect<unknown>,
): Effect.Effect<Message, SendFailed | SendUnconfirmed> =>
  Effect.gen(function*() {
    const within = options.within === undefined ? defaultWithin : Duration.fromInputUnsafe(options.within)
    const interval = Duration.fromInputUnsafe(options.pollInterval ?? defaultPollInterval)
    const next = Effect.raceFirst(Effect.sleep(interval), wake)
    const started = yield* Clock.currentTimeMillis
    let lastError: RequestError | undefined
    // The IDs come from the send's success body, which is not scrubbed: take the token out before they go into errors.
    const { chatID, pendingMessageID } = shownIDs(beeper, sent)
    const unconfirmed = (waited: Duration.Duration, reason: string) =>
      new SendUnconfirmed({
        chatID,
        pendingMessageID,
        waited,
        message: `message ${pendingMessageID} was sent but not confirmed: ${reason}${
          lastError === undefined ? "" : ` (last lookup: ${lastError._tag}: ${lastError.message})`
        }; check the chat before sending it again`,
        ...(lastError === undefined ? {} : { cause: lastError }),
      })
    const loop: Effect.Effect<Message, SendFailed | SendUnconfirmed> = Effect.gen(function*() {
      while (true) {
        const lookup = yield* Effect.result(lookUpOnce(beeper, sent, options))
        if (Result.isSuccess(lookup)) {
          if (Option.isSome(lookup.success)) return lookup.success.value
        } else if (lookup.failure._tag === "SendFailed") {
          return yield* lookup.failure
        } else {
          lastError = lookup.failure
          if (!isTransientRead(lastError)) {
            const now = yield* Clock.currentTimeMillis
            return yield* unconfirmed(Duration.millis(now - started), "looking it up failed")
          }
        }
        yield* next
      }
    })
    return yield* loop.pipe(
      Effect.timeoutOrElse({
        duration: within,
        orElse: () => Effect.fail(unconfirmed(within, `no confirmation within ${Duration.format(within)}`)),
      }),
    )
  })

/**
 * The chat ID and pending message ID of a send as its errors show them: the layer's token scrubbed out (they come
 * from a success body, which is the caller's data and not scrubbed; an error is printed and logged).
 */
const shownIDs = (
  beeper: BeeperDesktopApi,
  sent: MessageSendResponse,
): { readonly chatID: string; readonly pendingMessageID: string } => {
  const scrub = scrubberOfService(beeper)
  return { chatID: scrub(sent.chatID), pendingMessageID: scrub(sent.pendingMessageID) }
}

/** One lookup: `Some(message)` when confirmed, `None` while pending (or not yet visible), `SendFailed` on failure. */
const lookUpOnce = (
  beeper: BeeperDesktopApi,
  sent: MessageSendResponse,
  options: CallOptions,
): Effect.Effect<Option.Option<Message>, RequestError | SendFailed> =>
  beeper.messages.retrieve({ chatID: sent.chatID, messageID: sent.pendingMessageID }, callOptionsOf(options)).pipe(
    Effect.map(Option.some),
    Effect.catchTag("NotFound", () => Effect.succeed(Option.none<Message>())),
    Effect.flatMap((found) => {
      if (Option.isNone(found)) return Effect.succeed(Option.none<Message>())
      const message = found.value
      const status = message.sendStatus?.status
      if (isFailedSendStatus(status)) {
        // The texts come from a success body, which is not scrubbed: take the token out of them here.
        const scrub = scrubberOfService(beeper)
        return Effect.fail(
          new SendFailed({
            ...shownIDs(beeper, sent),
            status,
            ...(message.sendStatus?.reason === undefined ? {} : { reason: scrub(message.sendStatus.reason) }),
            message: scrub(message.sendStatus?.message ?? `the network reported ${status}`),
          }),
        )
      }
      const confirmed = status === "SUCCESS" || (status === undefined && message.id !== sent.pendingMessageID)
      return Effect.succeed(confirmed ? Option.some(message) : Option.none<Message>())
    }),
  )

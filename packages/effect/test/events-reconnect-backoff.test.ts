/**
 * What restarts the reconnect schedule (README "Reconnects and gaps"): only a connection that stayed live for
 * `stableAfter`. A server that accepts, acknowledges and drops every connection meets the growing backoff — here a
 * finite schedule, so it shows as `ConnectionLost` after the schedule's count rather than as timing — not a
 * reconnect loop at the schedule's first delay. Real sockets, under the TestClock: how long a connection was live is
 * virtual time, moved only by the test, so a loaded machine cannot make a brief connection look stable.
 */
import { assert, describe, it } from "@effect/vitest"
import { type Duration, Effect, Layer, Redacted, Schedule, Stream } from "effect"
import { TestClock } from "effect/testing"
import { BeeperEvents, type LiveEvent } from "../src/BeeperEvents.ts"
import { acknowledge, type FakeDesktop, fakeDesktop, layerWsConstructor, type SubscribeHandler } from "./events-support.ts"

/** More dials than any schedule here allows: reaching it means the schedule restarted after a brief connection. */
const loopGuard = 20

/** Resolves once `condition` holds (checked on every turn of the event loop). */
const until = (condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setImmediate(check))
      check()
    })
  )

/**
 * Follows `"*"` against a server acknowledging each connection's subscription and then doing what `afterAck` says
 * with it; ends with the stream's error, or fails once the server has seen `loopGuard` connections.
 */
const runAgainst = (
  afterAck: (connectionIndex: number, close: () => void) => void,
  options: { readonly reconnectSchedule: Schedule.Schedule<unknown, unknown>; readonly stableAfter: Duration.Input },
  onEvent: (event: LiveEvent) => Effect.Effect<void> = () => Effect.void,
) =>
  Effect.gen(function*() {
    let connections = 0
    const onSubscribe: SubscribeHandler = (connection, frame) => {
      acknowledge(connection, frame)
      const index = connections++
      if (index < loopGuard) afterAck(index, () => connection.ws.close(1000))
    }
    const desktop: FakeDesktop = yield* fakeDesktop({ onSubscribe })
    const layer = BeeperEvents.layer({
      baseUrl: desktop.baseUrl,
      accessToken: Redacted.make(desktop.token),
      ...options,
    }).pipe(Layer.provide(layerWsConstructor))
    const ended = Effect.gen(function*() {
      const live = yield* BeeperEvents
      return yield* Stream.runForEach(live.events("*"), onEvent)
    }).pipe(Effect.flip, Effect.provide(layer))
    const looping = Effect.andThen(
      until(() => connections >= loopGuard),
      Effect.sync(() => assert.fail(`redialled ${loopGuard} times: the schedule restarted after brief connections`)),
    )
    const error = yield* Effect.raceFirst(ended, looping)
    return { error, connections }
  })

describe("the reconnect schedule restarts only after a stable connection", () => {
  it.effect("a server that acknowledges then drops every connection at once ends the schedule: ConnectionLost", () =>
    Effect.gen(function*() {
      const { error, connections } = yield* runAgainst((_, close) => close(), {
        reconnectSchedule: Schedule.recurs(3),
        stableAfter: "1 second",
      })
      assert.strictEqual(error._tag, "ConnectionLost")
      if (error._tag === "ConnectionLost") assert.strictEqual(error.attempts, 4)
      // the first dial and the schedule's three: each connection was live, but never for stableAfter
      assert.strictEqual(connections, 4)
    }), 60_000)

  it.effect("a connection live past stableAfter restarts the schedule", () =>
    Effect.gen(function*() {
      // One redial per schedule: connection 1 is brief (its redial spends the schedule), 2 stays live for
      // stableAfter (the schedule restarts: one redial again), 3 is brief and ends it. Connection 2 is closed once
      // the stream has seen it connected and the clock has moved past stableAfter.
      let closeSecond: (() => void) | undefined
      const { error, connections } = yield* runAgainst(
        (index, close) => index === 1 ? (closeSecond = close) : close(),
        { reconnectSchedule: Schedule.recurs(1), stableAfter: "1 second" },
        (event) =>
          event.type === "connected" && event.connection === 2
            ? Effect.andThen(TestClock.adjust("1 second"), Effect.sync(() => closeSecond?.()))
            : Effect.void,
      )
      assert.strictEqual(error._tag, "ConnectionLost")
      if (error._tag === "ConnectionLost") assert.strictEqual(error.attempts, 2)
      // (without the restart: ConnectionLost after connection 2, the schedule spent on connection 1)
      assert.strictEqual(connections, 3)
    }), 60_000)
})

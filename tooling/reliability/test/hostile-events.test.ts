/**
 * Live events against a hostile or broken Desktop (issue 15, the events side): a flood into a stalled or slow
 * consumer on Node's built-in WebSocket (memory bounded, throughput not pathological), a `drop-oldest` flood of
 * 200,000 events (O(1) per drop, the gap reaches the consumer with the right chats), the token echoed in every
 * place a server can put it (never surfaced), a subscription never acknowledged (a typed timeout), and a server
 * that accepts and drops every connection (the backoff is not reset by a brief connection). Bounded by counts;
 * every wait is on an event, with the suite's hang guard as the only clock.
 */
import { BeeperEvents, type LiveEvent } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Fiber, Layer, Redacted, Schedule, Stream } from "effect"
import * as TestClock from "effect/testing/TestClock"
import { type HostileDesktop, type HostileScript, eventFrame, push, startHostileDesktop } from "./support/hostile-desktop.ts"
import { heapAfterGc } from "@beeper-kit/testkit/memory"
import { wsConstructor } from "./support/transport.ts"

const hostile = (script: HostileScript = {}) =>
  Effect.acquireRelease(Effect.promise(() => startHostileDesktop(script)), (desktop) =>
    Effect.promise(() => desktop.close()))

/** Resolves once `condition` holds (checked on every turn of the event loop). */
const until = (condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setImmediate(check))
      check()
    })
  )

const layerFor = (desktop: HostileDesktop, options: Omit<Parameters<typeof BeeperEvents.layer>[0], "accessToken"> = {}) =>
  BeeperEvents.layer({ baseUrl: desktop.baseUrl, accessToken: Redacted.make(desktop.token), ...options })

const isEvent = (event: LiveEvent) => event.type === "message.deleted"

describe("hostile live events: a flood on Node's built-in WebSocket (no pause)", () => {
  it.live("suspend, consumer stalled: memory stays bounded while the server pushes 200,000 events of 1 KB; the client stops reading, then reconnects with a gap", () =>
    Effect.gen(function*() {
      const desktop = yield* hostile()
      const baseline = heapAfterGc()
      const gate = yield* Deferred.make<void>()
      const collected: Array<LiveEvent> = []
      const fiber = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        yield* live.events("*").pipe(
          Stream.tap((event) => {
            collected.push(event)
            return collected.length === 1 ? Deferred.await(gate) : Effect.void
          }),
          Stream.takeUntil((event) => event.type === "gap"),
          Stream.runDrain,
        )
      }).pipe(Effect.provide(layerFor(desktop)), Effect.forkScoped)

      yield* until(() => (desktop.connections[0]?.subscriptions.length ?? 0) >= 1)
      const first = desktop.connections[0]!
      const sent = yield* Effect.promise(() => push(first, 200_000, (i) => eventFrame(i, `chat-${i % 8}`, 1000)))
      const grownMiB = heapAfterGc() - baseline
      // 200,000 × 1 KB is ~200 MB: the client holds its buffer (1,024 events) and up to socketHighWaterMark (1 MiB)
      assert.isBelow(grownMiB, 48, `heap grew by ${grownMiB.toFixed(1)} MiB`)
      assert.isBelow(sent, 20_000, "the client stopped reading long before the flood was through")
      const close = yield* Effect.promise(() => first.closed)
      assert.strictEqual(close.code, 4000)

      // the consumer resumes: what was read is delivered in order, then the session reconnects and signals the gap
      yield* Deferred.succeed(gate, undefined)
      yield* until(() => (desktop.connections[1]?.subscriptions.length ?? 0) >= 1)
      yield* Fiber.join(fiber)
      const seqs = collected.flatMap((e) => (e.type === "message.deleted" ? [e.seq] : []))
      assert.deepStrictEqual(seqs, Array.from({ length: seqs.length }, (_, i) => i + 1))
      assert.isAtLeast(seqs.length, 1024)
      assert.deepStrictEqual(collected.slice(-3).map((e) => e.type), ["disconnected", "connected", "gap"])
      const gap = collected[collected.length - 1]!
      assert.strictEqual(gap.type === "gap" ? gap.reason : undefined, "reconnect")
    }), { timeout: 120_000 })

  it.live("suspend, slow consumer: each connection delivers at least socketHighWaterMark's worth before the client stops reading it, and those reconnects restart the backoff", () =>
    Effect.gen(function*() {
      const desktop = yield* hostile({
        onSubscribe: (connection, request) => {
          connection.ack(request)
          if (connection.subscriptions.length === 1) {
            void push(connection, 50_000, (i) => eventFrame(i, `chat-${i % 8}`, 1000))
          }
        },
      })
      const wanted = 1_500
      const collected: Array<LiveEvent> = []
      yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        let events = 0
        yield* live.events("*").pipe(
          // slow: a pause after every event (at most 1,000 events/s, far below what the socket delivers)
          Stream.tap((event) => {
            collected.push(event)
            if (!isEvent(event)) return Effect.void
            events++
            return Effect.sleep("1 millis")
          }),
          Stream.takeUntil(() => events >= wanted),
          Stream.runDrain,
        )
      }).pipe(
        // three connections at most unless a reconnect after falling behind restarts the schedule; a small buffer
        // and mark, so that the consumer falls behind many times
        Effect.provide(layerFor(desktop, {
          reconnectSchedule: Schedule.recurs(2),
          bufferCapacity: 64,
          socketHighWaterMark: 64 * 1024,
        })),
        Effect.scoped,
      )
      // per connection: the events delivered before the next `connected`
      const perConnection: Array<number> = []
      for (const event of collected) {
        if (event.type === "connected") perConnection.push(0)
        else if (isEvent(event)) perConnection[perConnection.length - 1]!++
      }
      // each connection carried a socketHighWaterMark's worth (64 KiB, ~59 of these frames) or more: the client
      // stops reading only once that much is unread, and redials as soon as the consumer made room
      assert.isAtLeast(perConnection.length, 6, `connections: ${perConnection.join(", ")}`)
      for (const delivered of perConnection.slice(0, -1)) assert.isAtLeast(delivered, 55, perConnection.join(", "))
      // every reconnect is followed by its gap signal
      const reconnects = collected.filter((e) => e.type === "connected" && e.connection > 1).length
      const gaps = collected.filter((e) => e.type === "gap" && e.reason === "reconnect").length
      assert.strictEqual(gaps, reconnects)
    }), { timeout: 120_000 })
})

describe("hostile live events: drop-oldest under a flood", () => {
  it.live("200,000 events in 200,000 chats into a stalled consumer: O(1) per drop, one gap naming exactly the dropped chats", () =>
    Effect.gen(function*() {
      const total = 200_000
      const desktop = yield* hostile()
      const gate = yield* Deferred.make<void>()
      const fiber = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        let first = true
        return yield* live.events("*", { overflowStrategy: "drop-oldest" }).pipe(
          Stream.tap(() => {
            if (!first) return Effect.void
            first = false
            return Deferred.await(gate)
          }),
          Stream.takeUntil((event) => event.type === "disconnected"),
          Stream.runCollect,
        )
      }).pipe(
        Effect.provide(layerFor(desktop).pipe(Layer.provide(wsConstructor()))),
        Effect.forkScoped,
      )
      yield* until(() => (desktop.connections[0]?.subscriptions.length ?? 0) >= 1)
      const first = desktop.connections[0]!
      assert.strictEqual(yield* Effect.promise(() => push(first, total, (i) => eventFrame(i, `c${i}`))), total)
      first.ws.close(1000)
      yield* Deferred.succeed(gate, undefined)
      const events = yield* Fiber.join(fiber)

      const delivered = events.flatMap((e) => (e.type === "message.deleted" ? [e.seq] : []))
      const gaps = events.flatMap((e) => (e.type === "gap" ? [e] : []))
      const dropped = gaps.reduce((n, g) => n + g.dropped, 0)
      assert.strictEqual(delivered.length + dropped, total)
      assert.isAbove(dropped, total / 2)
      assert.deepStrictEqual(delivered, [...delivered].sort((a, b) => a - b))
      assert.strictEqual(delivered[delivered.length - 1], total)
      // the gaps name exactly the chats whose events were not delivered
      const deliveredSet = new Set(delivered)
      const gapChats = new Set(gaps.flatMap((g) => g.chatIDs))
      assert.strictEqual(gapChats.size, dropped)
      for (let i = 1; i <= total; i++) {
        if (deliveredSet.has(i) === gapChats.has(`c${i}`)) assert.fail(`event ${i}: delivered and in a gap, or neither`)
      }
      assert.isTrue(gaps.every((g) => g.reason === "overflow" && !g.allChats))
    }), { timeout: 120_000 })
})

describe("hostile live events: the token echoed back", () => {
  it.live("in an error frame, a malformed frame (also cut at 1,000 characters), an unknown event, a close reason and a rejected resubscription: never in an element or an error", () =>
    Effect.gen(function*() {
      let token = ""
      const desktop = yield* hostile({
        onSubscribe: (connection, request) => {
          if (connection.index === 1) {
            connection.ack(request)
            connection.send({ type: "error", code: `BAD_${token}`, message: `token ${token} is wrong` })
            connection.send(`{not json ${token}`)
            connection.send(`${"x".repeat(995)}${token}{`)
            connection.send({ type: "x.echo", seq: 1, secret: token })
            connection.ws.close(4001, `go away ${token}`)
          } else {
            connection.send({ type: "error", requestID: request.requestID, code: "INVALID_PAYLOAD", message: `no ${token}` })
          }
        },
      })
      token = desktop.token
      const collected: Array<LiveEvent> = []
      const exit = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        yield* live.events("*").pipe(Stream.runForEach((event) => Effect.sync(() => collected.push(event))))
      }).pipe(
        Effect.provide(layerFor(desktop, { reconnectSchedule: Schedule.recurs(3) })),
        Effect.scoped,
        Effect.exit,
      )
      assert.isTrue(Exit.isFailure(exit))
      const types = collected.map((e) => e.type)
      for (const type of ["server.error", "frame.malformed", "unknown", "disconnected"]) assert.include(types, type)
      assert.strictEqual(collected.filter((e) => e.type === "frame.malformed").length, 2)
      const surfaced = JSON.stringify(collected, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message } : v)) +
        JSON.stringify(exit, (_k, v: unknown) => (v instanceof Error ? { ...v, message: v.message } : v))
      assert.include(surfaced, "<redacted>")
      assert.notInclude(surfaced, token.slice(0, 8))
      const error = Exit.isFailure(exit) ? String(exit.cause) : ""
      assert.include(error, "SubscriptionRejected")
    }), { timeout: 60_000 })
})

describe("hostile live events: bounded waits and reconnects", () => {
  it.effect("setSubscriptions without an acknowledgement fails with SubscriptionTimeout after subscriptionTimeout (TestClock)", () =>
    Effect.gen(function*() {
      // acknowledges each connection's handshake, never a change
      const desktop = yield* hostile({
        onSubscribe: (connection, request) => {
          if (connection.subscriptions.length === 1) connection.ack(request)
        },
      })
      const connected = yield* Deferred.make<void>()
      const live = yield* BeeperEvents.pipe(Effect.provide(layerFor(desktop)))
      yield* live.events("*").pipe(
        Stream.runForEach((event) => event.type === "connected" ? Deferred.succeed(connected, undefined) : Effect.void),
        Effect.forkScoped,
      )
      yield* Deferred.await(connected)
      const change = yield* live.setSubscriptions(["chat-a"]).pipe(Effect.flip, Effect.forkScoped)
      yield* until(() => (desktop.connections[0]?.subscriptions.length ?? 0) >= 2)
      yield* TestClock.adjust("9 seconds")
      assert.isUndefined(change.pollUnsafe())
      yield* TestClock.adjust("1 second")
      const error = yield* Fiber.join(change)
      assert.strictEqual(error._tag, "SubscriptionTimeout")
      assert.deepStrictEqual(error._tag === "SubscriptionTimeout" ? error.chatIDs : [], ["chat-a"])
    }), { timeout: 60_000 })

  it.live("a server that never acknowledges the handshake (but is not silent) is dropped after subscriptionTimeout, and redialled on the schedule", () =>
    Effect.gen(function*() {
      const desktop = yield* hostile({
        onSubscribe: (connection) => connection.send(eventFrame(1, "chat-a")),
      })
      const exit = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        yield* live.events("*").pipe(Stream.runDrain)
      }).pipe(
        Effect.provide(layerFor(desktop, {
          subscriptionTimeout: "200 millis",
          // the silence watchdog stays out of it: only the handshake bound can end these connections
          idleTimeout: "1 hour",
          reconnectSchedule: Schedule.recurs(1),
        })),
        Effect.scoped,
        Effect.exit,
      )
      assert.isTrue(Exit.isFailure(exit))
      const cause = String(Exit.isFailure(exit) ? exit.cause : "")
      assert.include(cause, "ConnectionLost")
      assert.include(cause, "not acknowledged within")
      assert.strictEqual(desktop.connections.length, 2)
    }), { timeout: 60_000 })

  it.live("a server that accepts, acknowledges and drops every connection meets the schedule's end: a brief connection does not restart it", () =>
    Effect.gen(function*() {
      const desktop = yield* hostile({
        onSubscribe: (connection, request) => {
          connection.ack(request)
          connection.ws.close(1011, "bye")
        },
      })
      let connected = 0
      const exit = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        // hang guard: before the fix every connection restarted the schedule, and this went on forever
        yield* live.events("*").pipe(
          Stream.filter((event) => event.type === "connected"),
          Stream.tap(() => Effect.sync(() => connected++)),
          Stream.take(40),
          Stream.runDrain,
        )
      }).pipe(Effect.provide(layerFor(desktop, { reconnectSchedule: Schedule.recurs(5) })), Effect.scoped, Effect.exit)
      assert.isTrue(Exit.isFailure(exit), `ended after ${connected} connections without failing`)
      const error = Exit.isFailure(exit) ? exit.cause : undefined
      assert.include(String(error), "ConnectionLost")
      assert.strictEqual(desktop.connections.length, 6)
      assert.strictEqual(connected, 6)
    }), { timeout: 60_000 })

  it.live("a connection that stayed live for stableAfter restarts the schedule", () =>
    Effect.gen(function*() {
      const desktop = yield* hostile({
        onSubscribe: (connection, request) => {
          connection.ack(request)
          // the third connection stays up well past stableAfter (a lower bound: it can only last longer)
          if (connection.index === 3) setTimeout(() => connection.ws.close(1011, "bye"), 1_500)
          else connection.ws.close(1011, "bye")
        },
      })
      const exit = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        yield* live.events("*").pipe(Stream.take(100), Stream.runDrain)
      }).pipe(
        Effect.provide(layerFor(desktop, { reconnectSchedule: Schedule.recurs(2), stableAfter: "100 millis" })),
        Effect.scoped,
        Effect.exit,
      )
      assert.isTrue(Exit.isFailure(exit))
      // 3 connections (the first and 2 recurrences), the schedule restarts after the third, 2 more (without the
      // restart: 3 in all)
      assert.strictEqual(desktop.connections.length, 5)
      assert.include(String(Exit.isFailure(exit) ? exit.cause : ""), "ConnectionLost")
    }), { timeout: 60_000 })
})

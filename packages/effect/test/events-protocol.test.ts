/**
 * Protocol conformance of BeeperEvents against a scripted server: the handshake (`ready` → `subscriptions.set`
 * with a requestID → `subscriptions.updated`), subscription changes correlated by requestID, pause with `[]`,
 * `*` mixed with IDs refused before sending, server error codes, unknown and malformed frames.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Exit, Fiber, Layer, Queue, Redacted, Schedule, type Scope, Stream } from "effect"
import { BeeperEvents, type LiveEvent } from "../src/BeeperEvents.ts"
import {
  acknowledge,
  type FakeDesktop,
  fakeDesktop,
  type FakeDesktopOptions,
  layerWsConstructor,
  type ServerConnection,
} from "./events-support.ts"

const layerFor = (desktop: FakeDesktop, options: { idleTimeout?: Duration.Input } = {}) =>
  BeeperEvents.layer({
    baseUrl: desktop.baseUrl,
    accessToken: Redacted.make(desktop.token),
    reconnectSchedule: Schedule.spaced("5 millis"),
    ...options,
  }).pipe(Layer.provide(layerWsConstructor))

/** Runs `events(subscription)` in the background; `next` takes the next element, `fiber` ends with the stream. */
const follow = (subscription: "*" | ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const live = yield* BeeperEvents
    const queue = yield* Queue.unbounded<LiveEvent>()
    const fiber = yield* live.events(subscription).pipe(
      Stream.runForEach((event) => Queue.offer(queue, event)),
      Effect.forkScoped,
    )
    return { live, next: Queue.take(queue), fiber }
  })

const setFrames = (desktop: FakeDesktop, connection = 1) =>
  desktop.connections[connection - 1]!.received.filter((f) => f["type"] === "subscriptions.set")

/** Runs `body` with a stand-in server and the events layer. */
const withDesktop = <A, E>(
  options: FakeDesktopOptions,
  body: (desktop: FakeDesktop) => Effect.Effect<A, E, BeeperEvents | Scope.Scope>,
  layerOptions: { idleTimeout?: Duration.Input } = {},
) =>
  Effect.gen(function*() {
    const desktop = yield* fakeDesktop(options)
    return yield* body(desktop).pipe(Effect.provide(layerFor(desktop, layerOptions)))
  })

/** Resolves once `condition` holds (checked on every turn of the event loop): a wait on the server's side. */
const until = (condition: () => boolean) =>
  Effect.promise(() =>
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setImmediate(check))
      check()
    })
  )

/** The next element is the stream's `connected` on the first connection, for `chatIDs` (within a 20 s hang guard). */
const connectedNext = (next: Effect.Effect<LiveEvent>, chatIDs: ReadonlyArray<string>) =>
  Effect.map(next.pipe(Effect.timeoutOption("20 seconds")), (connected) =>
    assert.deepStrictEqual(connected._tag === "Some" ? connected.value : undefined, { type: "connected", connection: 1, chatIDs }))

/** The server's refusal of a `subscriptions.set`: what Desktop answers for a chat it does not have. */
const refuse = (connection: ServerConnection, frame: Record<string, unknown>) =>
  connection.send({ type: "error", requestID: frame["requestID"], code: "CHAT_NOT_FOUND", message: "no such chat" })

/** A server refusing every set that holds "forbidden", acknowledging the others. */
const refusingForbidden: FakeDesktopOptions = {
  onSubscribe: (connection, frame) =>
    (frame["chatIDs"] as Array<string>).includes("forbidden") ? refuse(connection, frame) : acknowledge(connection, frame),
}

describe("BeeperEvents protocol", () => {
  it.live("subscribes after `ready` with a requestID and reports the set the server acknowledged", () =>
    withDesktop({
      // the server normalises the set: what the client reports must be the server's answer
      onSubscribe: (connection, frame) => {
        connection.subscriptions = ["c2", "c1"]
        connection.send({ type: "subscriptions.updated", requestID: frame["requestID"], chatIDs: ["c2", "c1"] })
      },
    }, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow(["c1", "c2", "c1"])
        assert.deepStrictEqual(yield* next, { type: "connected", connection: 1, chatIDs: ["c2", "c1"] })
        const [frame, ...rest] = setFrames(desktop)
        assert.strictEqual(rest.length, 0)
        assert.strictEqual(frame?.["type"], "subscriptions.set")
        assert.deepStrictEqual(frame?.["chatIDs"], ["c1", "c2"]) // each chat once
        assert.isString(frame?.["requestID"])
        assert.strictEqual(desktop.connections[0]?.received.length, 1)
      })))

  it.live("accepts acknowledgements that do not echo the requestID (answered in order)", () =>
    withDesktop({
      onSubscribe: (connection, frame) => {
        connection.subscriptions = frame["chatIDs"] as Array<string>
        connection.send({ type: "subscriptions.updated", chatIDs: frame["chatIDs"] })
      },
    }, () =>
      Effect.gen(function*() {
        const { live, next } = yield* follow(["c1"])
        assert.deepStrictEqual(yield* next, { type: "connected", connection: 1, chatIDs: ["c1"] })
        assert.deepStrictEqual(yield* live.setSubscriptions(["c2"]), ["c2"])
      })))

  it.live("never subscribes before `ready`: a server that stays silent is dropped, unsubscribed", () =>
    withDesktop({ sendReady: false }, (desktop) =>
      Effect.gen(function*() {
        yield* follow("*")
        // the client gives up on the silent connection and dials again
        yield* Effect.promise(() =>
          new Promise<void>((resolve) => {
            const check = () => (desktop.connections.length >= 2 ? resolve() : setImmediate(check))
            check()
          })
        )
        assert.deepStrictEqual(desktop.connections[0]?.received, [])
      }), { idleTimeout: "50 millis" }))

  it.live("setSubscriptions completes with the acknowledgement of its own requestID", () =>
    withDesktop({
      onSubscribe: (connection, frame) => {
        const isChange = connection.received.filter((f) => f["type"] === "subscriptions.set").length > 1
        // an acknowledgement of some other request first: it must not complete the call
        if (isChange) connection.send({ type: "subscriptions.updated", requestID: "someone-else", chatIDs: ["x"] })
        acknowledge(connection, frame)
      },
    }, (desktop) =>
      Effect.gen(function*() {
        const { live, next } = yield* follow("*")
        assert.strictEqual((yield* next).type, "connected")
        const effective = yield* live.setSubscriptions(["c7", "c8"])
        assert.deepStrictEqual(effective, ["c7", "c8"])
        assert.deepStrictEqual(yield* next, { type: "subscriptions.updated", chatIDs: ["c7", "c8"] })
        const [handshake, change] = setFrames(desktop)
        assert.deepStrictEqual(change?.["chatIDs"], ["c7", "c8"])
        assert.notStrictEqual(change?.["requestID"], handshake?.["requestID"])
        assert.deepStrictEqual(desktop.connections[0]?.subscriptions, ["c7", "c8"])
      })))

  it.live("pauses with [] and resumes with \"*\"", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { live, next } = yield* follow(["c1"])
        yield* next
        assert.deepStrictEqual(yield* live.setSubscriptions([]), [])
        assert.deepStrictEqual(desktop.connections[0]?.subscriptions, [])
        assert.deepStrictEqual(yield* live.setSubscriptions("*"), ["*"])
        assert.deepStrictEqual(setFrames(desktop).map((f) => f["chatIDs"]), [["c1"], [], ["*"]])
      })))

  it.live("a chat listed twice is subscribed, reported and named in a reconnect gap once", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow(["c1", "c2", "c1"])
        assert.deepStrictEqual(yield* next, { type: "connected", connection: 1, chatIDs: ["c1", "c2"] })
        assert.deepStrictEqual(setFrames(desktop).map((f) => f["chatIDs"]), [["c1", "c2"]])
        desktop.connections[0]!.ws.close(1012, "restarting")
        assert.strictEqual((yield* next).type, "disconnected")
        assert.strictEqual((yield* next).type, "connected")
        const gap = yield* next
        assert.deepStrictEqual(gap.type === "gap" ? gap.chatIDs : gap, ["c1", "c2"])
      })))

  it.live("refuses \"*\" mixed with chat IDs before sending anything", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const live = yield* BeeperEvents
        const refusedStream = yield* live.events(["*", "c1"]).pipe(Stream.runCollect, Effect.flip)
        assert.strictEqual(refusedStream._tag, "InvalidSubscription")
        assert.strictEqual(desktop.connections.length, 0)

        const { next } = yield* follow(["c1"])
        yield* next
        const refusedChange = yield* live.setSubscriptions(["c1", "*"]).pipe(Effect.flip)
        assert.strictEqual(refusedChange._tag, "InvalidSubscription")
        // a valid change afterwards: the server saw it, and never the refused one
        yield* live.setSubscriptions(["c2"])
        assert.deepStrictEqual(setFrames(desktop).map((f) => f["chatIDs"]), [["c1"], ["c2"]])
      })))

  it.live("fails setSubscriptions with the server's error code; the stream goes on with the previous set", () =>
    withDesktop(refusingForbidden, (desktop) =>
      Effect.gen(function*() {
        const { live, next } = yield* follow(["c1"])
        yield* next
        const error = yield* live.setSubscriptions(["forbidden"]).pipe(Effect.flip)
        assert.strictEqual(error._tag, "SubscriptionRejected")
        assert.strictEqual(error._tag === "SubscriptionRejected" ? error.code : "", "CHAT_NOT_FOUND")
        desktop.connections[0]!.emit({ type: "message.deleted", chatID: "c1", ids: ["m1"] })
        const event = yield* next
        assert.strictEqual(event.type, "message.deleted")
        assert.deepStrictEqual(desktop.connections[0]?.subscriptions, ["c1"])
      })))

  it.live("after a rejected setSubscriptions, a new stream for chats already subscribed is connected and gets its events", () =>
    withDesktop(refusingForbidden, (desktop) =>
      Effect.gen(function*() {
        const first = yield* follow(["c1"])
        yield* first.next
        const error = yield* first.live.setSubscriptions(["forbidden"]).pipe(Effect.flip)
        assert.strictEqual(error._tag, "SubscriptionRejected")
        // the union does not change (c1): nothing is sent, and the kept set already covers the new stream (before,
        // it waited for an acknowledgement of the rejected change that never comes: no `connected`, no events)
        const second = yield* follow(["c1"])
        yield* connectedNext(second.next, ["c1"])
        desktop.connections[0]!.emit({ type: "message.deleted", chatID: "c1", ids: ["m1"] })
        assert.strictEqual((yield* first.next).type, "message.deleted")
        assert.strictEqual((yield* second.next).type, "message.deleted")
        assert.deepStrictEqual(setFrames(desktop).map((f) => f["chatIDs"]), [["c1"], ["forbidden"]])
      })))

  it.live("a stream still waiting to be covered when a setSubscriptions is rejected is covered by the set kept", () => {
    // The server holds its answer to the union of a joining stream until the rejected change arrives, then answers
    // both in order: the join's union acknowledged, the change refused.
    let held: { readonly connection: ServerConnection; readonly frame: Record<string, unknown> } | undefined
    return withDesktop({
      onSubscribe: (connection, frame) => {
        const chatIDs = frame["chatIDs"] as Array<string>
        if (chatIDs.includes("c2")) {
          held = { connection, frame }
          return
        }
        if (chatIDs.includes("forbidden")) {
          if (held !== undefined) acknowledge(held.connection, held.frame)
          return refuse(connection, frame)
        }
        acknowledge(connection, frame)
      },
    }, (desktop) =>
      Effect.gen(function*() {
        const first = yield* follow(["c1"])
        yield* first.next
        const second = yield* follow(["c2"])
        yield* until(() => held !== undefined)
        const error = yield* first.live.setSubscriptions(["forbidden"]).pipe(Effect.flip)
        assert.strictEqual(error._tag, "SubscriptionRejected")
        yield* connectedNext(second.next, ["c2"])
        desktop.connections[0]!.emit({ type: "message.deleted", chatID: "c2", ids: ["m2"] })
        assert.strictEqual((yield* second.next).type, "message.deleted")
      }))
  })

  describe("a change rejected when no one waits any more, or by the next connection", () => {
    /** The next element, within a 20 s hang guard (`undefined` when none came). */
    const within = (next: Effect.Effect<LiveEvent>) =>
      Effect.map(next.pipe(Effect.timeoutOption("20 seconds")), (element) => element._tag === "Some" ? element.value : undefined)

    /** An event of `chat` sent on `connection` is the stream's next element (it was dropped when the stream's own set was wrong). */
    const deliversEventOf = (connection: ServerConnection, next: Effect.Effect<LiveEvent>, chat: string) =>
      Effect.gen(function*() {
        connection.emit({ type: "message.deleted", chatID: chat, ids: ["m1"] })
        const event = yield* within(next)
        assert.deepStrictEqual(event?.type === "message.deleted" ? event.chatID : event, chat)
      })

    /** Each change fails with `SubscriptionRejected`. */
    const allRejected = (changes: ReadonlyArray<Fiber.Fiber<{ readonly _tag: string }, ReadonlyArray<string>>>) =>
      Effect.forEach(changes, (change) => Effect.map(Fiber.join(change), (error) => assert.strictEqual(error._tag, "SubscriptionRejected")))

    /** Whether a `subscriptions.set` asks for a chat these tests' Desktop refuses (a "bad…" one). */
    const asksForBad = (frame: Record<string, unknown>) =>
      (frame["chatIDs"] as Array<string>).some((chatID) => chatID.startsWith("bad"))

    /** Two changes to refused chats ("bad1", then "bad2"), both in flight at once: their fibers, in that order. */
    const twoBadChanges = (live: BeeperEvents["Service"]) =>
      Effect.forEach(["bad1", "bad2"], (chatID) => Effect.forkChild(Effect.flip(live.setSubscriptions([chatID]))))

    it.live("a change rejected after its caller stopped waiting leaves the stream on the set kept, with its events", () => {
      let held: { readonly connection: ServerConnection; readonly frame: Record<string, unknown> } | undefined
      return withDesktop({
        onSubscribe: (connection, frame) => {
          if ((frame["chatIDs"] as Array<string>).includes("forbidden")) held = { connection, frame }
          else acknowledge(connection, frame)
        },
      }, (desktop) =>
        Effect.gen(function*() {
          const { live, next } = yield* follow(["c1"])
          yield* connectedNext(next, ["c1"])
          const change = yield* Effect.forkChild(live.setSubscriptions(["forbidden"]))
          yield* until(() => held !== undefined)
          yield* Fiber.interrupt(change) // the caller gives up (as a timeout does)
          refuse(held!.connection, held!.frame)
          // before, the stream's own filter stayed on the rejected set: every event of c1 was dropped, for good
          yield* deliversEventOf(desktop.connections[0]!, next, "c1")
        }))
    })

    it.live("a change the next connection's handshake rejects fails the change, not the stream, which goes on with the set kept", () => {
      let first: ServerConnection | undefined
      return withDesktop({
        onSubscribe: (connection, frame) => {
          first ??= connection
          if (!(frame["chatIDs"] as Array<string>).includes("forbidden")) return acknowledge(connection, frame)
          // the first connection drops with the change in flight; the next one refuses it in its handshake
          if (connection === first) return connection.ws.close(1001)
          refuse(connection, frame)
        },
      }, (desktop) =>
        Effect.gen(function*() {
          const { live, next, fiber } = yield* follow(["c1"])
          yield* connectedNext(next, ["c1"])
          const error = yield* live.setSubscriptions(["forbidden"]).pipe(Effect.flip)
          // before: NotStreaming, the whole stream failed with SubscriptionRejected
          assert.strictEqual(error._tag, "SubscriptionRejected")
          assert.strictEqual((yield* within(next))?.type, "disconnected")
          assert.deepStrictEqual(yield* within(next), { type: "connected", connection: 2, chatIDs: ["c1"] })
          assert.deepStrictEqual(yield* within(next), {
            type: "gap",
            reason: "reconnect",
            chatIDs: ["c1"],
            allChats: false,
            dropped: 0,
          })
          assert.deepStrictEqual(setFrames(desktop, 2).map((f) => f["chatIDs"]), [["forbidden"], ["c1"]])
          yield* deliversEventOf(desktop.connections[1]!, next, "c1")
          assert.isUndefined(fiber.pollUnsafe())
        }))
    })

    it.live("two changes in flight, both rejected: the stream stays on the set the server kept, with its events", () => {
      const held: Array<{ readonly connection: ServerConnection; readonly frame: Record<string, unknown> }> = []
      return withDesktop({
        onSubscribe: (connection, frame) => {
          if (asksForBad(frame)) held.push({ connection, frame })
          else acknowledge(connection, frame)
        },
      }, (desktop) =>
        Effect.gen(function*() {
          const { live, next } = yield* follow(["c1"])
          yield* connectedNext(next, ["c1"])
          const changes = yield* twoBadChanges(live)
          yield* until(() => held.length === 2)
          for (const { connection, frame } of held) refuse(connection, frame)
          yield* allRejected(changes)
          // before, the second rejection put the stream back on "bad1", the first change, which the server never had
          yield* deliversEventOf(desktop.connections[0]!, next, "c1")
        }))
    })

    it.live("two changes dropped in flight, the next handshake rejecting them: the gap and events are of the set kept", () => {
      let seen = 0
      return withDesktop({
        onSubscribe: (connection, frame) => {
          if (!asksForBad(frame)) return acknowledge(connection, frame)
          if (connection.index === 1) {
            if (++seen === 2) connection.ws.close(1001)
            return
          }
          refuse(connection, frame)
        },
      }, (desktop) =>
        Effect.gen(function*() {
          const { live, next } = yield* follow(["c1"])
          yield* connectedNext(next, ["c1"])
          const changes = yield* twoBadChanges(live)
          yield* allRejected(changes)
          assert.strictEqual((yield* within(next))?.type, "disconnected")
          assert.deepStrictEqual(yield* within(next), { type: "connected", connection: 2, chatIDs: ["c1"] })
          assert.deepStrictEqual(yield* within(next), { type: "gap", reason: "reconnect", chatIDs: ["c1"], allChats: false, dropped: 0 })
          yield* deliversEventOf(desktop.connections[1]!, next, "c1")
        }))
    })

    it.live("what a new connection sends before the stream's `connected` is not the stream's; an unknown event goes by its chat", () => {
      let connections = 0
      return withDesktop({
        onSubscribe: (connection, frame) => {
          if (connection.index > 1 && connections++ === 0) {
            // before acknowledging the handshake: an unknown event of another chat, and one about no chat
            connection.send({ type: "reaction.added", seq: 1, chatID: "z", key: "👍" })
            connection.send({ type: "app.state.updated", seq: 2, appState: { state: "ready" } })
          }
          acknowledge(connection, frame)
        },
      }, (desktop) =>
        Effect.gen(function*() {
          const { next } = yield* follow(["c1"])
          yield* connectedNext(next, ["c1"])
          desktop.connections[0]!.ws.close(1001)
          assert.strictEqual((yield* within(next))?.type, "disconnected")
          // before, both came here: between `disconnected` and `connected`, the first about a chat never asked for
          assert.deepStrictEqual(yield* within(next), { type: "connected", connection: 2, chatIDs: ["c1"] })
          assert.strictEqual((yield* within(next))?.type, "gap")
          const live = desktop.connections[1]!
          live.send({ type: "reaction.added", seq: 3, chatID: "z", key: "👍" })
          live.send({ type: "reaction.added", seq: 4, chatID: "c1", key: "👍" })
          const unknown = yield* within(next)
          assert.deepStrictEqual(unknown?.type === "unknown" ? unknown.frame : unknown, { type: "reaction.added", seq: 4, chatID: "c1", key: "👍" })
        }))
    })
  })

  describe("two streams joining at once, the server refusing a chat of one of them", () => {
    // The server holds its answer to the first join's union until the second join's union (which holds the first
    // one's chats too) arrives, then refuses both: what a server that answers in order does with an unknown chat.
    const refusingTogether = (refuses: (chatID: string) => boolean) => {
      let held: { readonly connection: ServerConnection; readonly frame: Record<string, unknown> } | undefined
      return {
        onSubscribe: (connection: ServerConnection, frame: Record<string, unknown>) => {
          const chatIDs = frame["chatIDs"] as Array<string>
          if (!chatIDs.some(refuses)) return acknowledge(connection, frame)
          if (held === undefined && chatIDs.length === 2) {
            held = { connection, frame }
            return
          }
          if (held !== undefined) refuse(held.connection, held.frame)
          held = undefined
          refuse(connection, frame)
        },
      }
    }

    /** A stream live on ["a"], then two joining: the second while the server still holds the first one's union. */
    const joinTogether = (desktop: FakeDesktop, earlierChats: ReadonlyArray<string>, laterChats: ReadonlyArray<string>) =>
      Effect.gen(function*() {
        const first = yield* follow(["a"])
        yield* first.next
        const earlier = yield* follow(earlierChats)
        yield* until(() => setFrames(desktop).length >= 2)
        const later = yield* follow(laterChats)
        return { first, earlier, later }
      })

    it.live("the stream whose own chats are fine is connected; the other one fails with SubscriptionRejected", () =>
      withDesktop(refusingTogether((chatID) => chatID === "bad"), (desktop) =>
        Effect.gen(function*() {
          const { earlier: bad, later: good } = yield* joinTogether(desktop, ["bad"], ["c"])
          const badExit = yield* Fiber.await(bad.fiber)
          assert.isTrue(Exit.isFailure(badExit) && String(badExit.cause).includes("SubscriptionRejected"))
          yield* connectedNext(good.next, ["c"])
          desktop.connections[0]!.emit({ type: "message.deleted", chatID: "c", ids: ["m1"] })
          assert.strictEqual((yield* good.next).type, "message.deleted")
          assert.deepStrictEqual(desktop.connections[0]?.subscriptions, ["a", "c"])
        })))

    it.live("a stream whose own chat is refused too still fails, after the union without the other one is refused", () =>
      withDesktop(refusingTogether((chatID) => chatID.startsWith("bad")), (desktop) =>
        Effect.gen(function*() {
          const { first, earlier: bad1, later: bad2 } = yield* joinTogether(desktop, ["bad1"], ["bad2"])
          for (const stream of [bad1, bad2]) {
            const exit = yield* Fiber.await(stream.fiber)
            assert.isTrue(Exit.isFailure(exit) && String(exit.cause).includes("SubscriptionRejected"))
          }
          // the first stream goes on with its own chat
          desktop.connections[0]!.emit({ type: "message.deleted", chatID: "a", ids: ["m1"] })
          assert.strictEqual((yield* first.next).type, "message.deleted")
        })))
  })

  it.live("fails setSubscriptions with NotStreaming when no events stream runs", () =>
    withDesktop({}, () =>
      Effect.gen(function*() {
        const live = yield* BeeperEvents
        const error = yield* live.setSubscriptions("*").pipe(Effect.flip)
        assert.strictEqual(error._tag, "NotStreaming")
      })))

  it.live("delivers unknown event types as `unknown`, malformed frames as signals, and keeps going", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow("*")
        yield* next
        const server = desktop.connections[0]!
        server.emit({ type: "chat.typing", chatID: "c1", ids: ["u1"] })
        server.sendRaw("{not json")
        server.send({ type: "message.upserted", seq: "one", chatID: "c1", ids: [] })
        const full = {
          id: "m1",
          accountID: "a",
          chatID: "c1",
          senderID: "@u:b",
          sortKey: "1",
          timestamp: "2026-01-01T00:00:00.000Z",
          text: "hi",
        }
        // the reference's abbreviated entry is not a valid Message: it is left out, its ID stays
        server.emit({ type: "message.upserted", chatID: "c1", ids: ["m1", "m2"], entries: [full, { id: "m2", reactions: [] }] })

        const unknown = yield* next
        assert.strictEqual(unknown.type, "unknown")
        assert.strictEqual(unknown.type === "unknown" ? unknown.eventType : "", "chat.typing")
        const notJson = yield* next
        assert.strictEqual(notJson.type, "frame.malformed")
        assert.strictEqual(notJson.type === "frame.malformed" ? notJson.error._tag : "", "MalformedFrame")
        const badShape = yield* next
        assert.strictEqual(badShape.type, "frame.malformed")
        const upserted = yield* next
        assert.strictEqual(upserted.type, "message.upserted")
        if (upserted.type === "message.upserted") {
          assert.deepStrictEqual(upserted.ids, ["m1", "m2"])
          assert.deepStrictEqual(upserted.entries, [full])
          assert.strictEqual(upserted.seq, 2)
        }
      })))

  it.live("an event whose seq is repeated, goes backwards or is negative is a frame.malformed signal, not an event", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow("*")
        yield* connectedNext(next, ["*"])
        const server = desktop.connections[0]!
        const deleted = (seq: number, extra: Record<string, unknown> = {}) => ({
          type: "message.deleted",
          seq,
          ts: 1_700_000_000_000,
          chatID: "c1",
          ids: [`m${seq}`],
          ...extra,
        })
        // exact frames, and one the reader tolerates (an unknown field: not on the batch fast path)
        for (const seq of [1, 2, 2, 1, -5, 3]) server.send(deleted(seq))
        server.send(deleted(3, { extra: true }))
        server.send(deleted(7))
        server.send({ type: "done" })
        const seen: Array<string> = []
        while (true) {
          const element = yield* next
          if (element.type === "unknown") break
          if (element.type === "message.deleted") seen.push(`event ${element.seq}`)
          else if (element.type === "frame.malformed") {
            seen.push(element.error.message)
            // the frame is kept, as for any frame that breaks the protocol
            assert.strictEqual(JSON.parse(element.error.frame).type, "message.deleted")
          } else seen.push(element.type)
        }
        assert.deepStrictEqual(seen, [
          "event 1",
          "event 2",
          "message.deleted: seq 2 not after 2 (repeated)",
          "message.deleted: seq 1 not after 2 (backwards)",
          "message.deleted: seq -5 is negative",
          "event 3",
          "message.deleted: seq 3 not after 3 (repeated)",
          "event 7",
        ])
        // seq restarts on every connection: the next one may begin at 1 again
        server.ws.terminate()
        const again = yield* Effect.promise(() => desktop.whenSubscribed(2))
        yield* next // disconnected
        yield* next // connected
        yield* next // gap
        again.send(deleted(1))
        const first = yield* next
        assert.strictEqual(first.type === "message.deleted" ? first.seq : first.type, 1)
      })))

  it.live("a ready after the handshake (the server reset the session) is a drop: redialled, resubscribed, a gap", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow(["c1"])
        yield* connectedNext(next, ["c1"])
        const server = desktop.connections[0]!
        server.emit({ type: "message.deleted", chatID: "c1", ids: ["m1"] })
        server.send({ type: "ready", version: 1, chatIDs: [] })
        assert.strictEqual((yield* next).type, "message.deleted")
        const disconnected = yield* next
        assert.strictEqual(disconnected.type, "disconnected")
        assert.include(disconnected.type === "disconnected" ? disconnected.message : "", "the server reset the session")
        assert.deepStrictEqual(yield* next, { type: "connected", connection: 2, chatIDs: ["c1"] })
        assert.deepStrictEqual(yield* next, { type: "gap", reason: "reconnect", chatIDs: ["c1"], allChats: false, dropped: 0 })
        assert.deepStrictEqual(setFrames(desktop, 2).map((f) => f["chatIDs"]), [["c1"]])
      })))

  it.live("an unsolicited subscriptions.updated that contradicts the set is a drop; one that repeats it is ignored", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow(["c1"])
        yield* connectedNext(next, ["c1"])
        const server = desktop.connections[0]!
        server.send({ type: "subscriptions.updated", chatIDs: ["c1"] }) // the same set, answering nothing: harmless
        server.emit({ type: "message.deleted", chatID: "c1", ids: ["m1"] })
        server.send({ type: "subscriptions.updated", requestID: "r999", chatIDs: [] })
        assert.strictEqual((yield* next).type, "message.deleted")
        const disconnected = yield* next
        assert.include(
          disconnected.type === "disconnected" ? disconnected.message : disconnected.type,
          "the server changed the subscription unasked",
        )
        assert.strictEqual((yield* next).type, "connected")
        assert.strictEqual((yield* next).type, "gap")
        assert.strictEqual(desktop.connections.length, 2)
      })))

  it.live("the chats a \"*\" reconnect gap lists are bounded: the 1,000 seen most recently, none with an overlong ID", () =>
    withDesktop({}, (desktop) =>
      Effect.gen(function*() {
        const { next } = yield* follow("*")
        yield* connectedNext(next, ["*"])
        const server = desktop.connections[0]!
        const long = `!${"x".repeat(600)}:beeper.local`
        const chats = [...Array.from({ length: 1_002 }, (_, i) => `chat-${i}`), long]
        for (const chatID of chats) server.emit({ type: "message.deleted", chatID, ids: ["m"] })
        for (let i = 0; i < chats.length; i++) yield* next
        server.ws.terminate()
        assert.strictEqual((yield* next).type, "disconnected")
        assert.strictEqual((yield* next).type, "connected")
        const gap = yield* next
        assert.strictEqual(gap.type, "gap")
        if (gap.type === "gap") {
          assert.isTrue(gap.allChats)
          assert.deepStrictEqual(gap.chatIDs, chats.slice(2, 1_002))
        }
      })))

  it.live("a connection whose server never sends `ready` ends saying so (no subscription was ever sent)", () =>
    Effect.gen(function*() {
      const desktop = yield* fakeDesktop({ sendReady: false })
      const layer = BeeperEvents.layer({
        baseUrl: desktop.baseUrl,
        accessToken: Redacted.make(desktop.token),
        reconnectSchedule: Schedule.recurs(0),
        subscriptionTimeout: "100 millis",
      }).pipe(Layer.provide(layerWsConstructor))
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* Stream.runDrain(live.events("*"))
      }).pipe(Effect.flip, Effect.provide(layer))
      assert.strictEqual(error._tag, "ConnectionLost")
      assert.include(error.message, "the server sent no ready frame within")
      assert.notInclude(error.message, "subscription")
      assert.deepStrictEqual(desktop.connections[0]?.received, [])
    }))

  it.live("a ready frame that breaks the protocol is reported to the stream that is not live yet, not redialled silently", () =>
    withDesktop({
      onConnection: (connection) => connection.send({ type: "ready", version: "1" }), // no chatIDs, version a string
      sendReady: false,
    }, () =>
      Effect.gen(function*() {
        const { next } = yield* follow("*")
        const first = yield* next.pipe(Effect.timeoutOption("20 seconds")) // a hang guard
        assert.strictEqual(first._tag === "Some" ? first.value.type : "nothing", "frame.malformed")
      })))

  it.live("ends with SubscriptionRejected when the server rejects the subscription itself (no reconnect loop)", () =>
    withDesktop({
      onSubscribe: (connection, frame) =>
        connection.send({ type: "error", requestID: frame["requestID"], code: "INVALID_PAYLOAD", message: "bad" }),
    }, (desktop) =>
      Effect.gen(function*() {
        const { fiber } = yield* follow(["c1"])
        const exit = yield* Fiber.await(fiber)
        assert.isTrue(Exit.isFailure(exit))
        const error = yield* Fiber.join(fiber).pipe(Effect.flip)
        assert.strictEqual(error._tag, "SubscriptionRejected")
        assert.strictEqual(desktop.connections.length, 1)
      })))

  it.live("ends with RepeatedServerErrors after 3 error frames in a row, across reconnects", () =>
    withDesktop({
      onConnection: (connection) => {
        connection.send({ type: "error", code: "INTERNAL", message: "database is locked" })
        connection.ws.close(1011)
      },
      sendReady: false,
    }, (desktop) =>
      Effect.gen(function*() {
        const { next, fiber } = yield* follow("*")
        for (let i = 0; i < 3; i++) {
          assert.deepStrictEqual(yield* next, { type: "server.error", code: "INTERNAL", message: "database is locked" })
        }
        const error = yield* Fiber.join(fiber).pipe(Effect.flip)
        assert.strictEqual(error._tag, "RepeatedServerErrors")
        assert.strictEqual(desktop.connections.length, 3)
      })))
})

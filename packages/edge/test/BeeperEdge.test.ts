/**
 * The Workers WebSocket wired into `BeeperEvents`: a refused fetch upgrade becomes `Unauthorized`, the token on the
 * upgrade request. The edge layers against the mock server are checked with every adapter's from one table
 * (tooling/conformance/test/adapters.test.ts); the Workers layer for real, in workerd, runs in the conformance
 * matrix and the README example.
 */
import { BeeperEvents, type LiveEvent } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted, Schedule, Stream } from "effect"
import { vi } from "vitest"
import { BeeperEdge } from "../src/index.ts"
import { AcceptedSocket, upgraded } from "./support/acceptedSocket.ts"

describe("BeeperEdge", () => {
  it.live("layer: an upgrade refused with 401 ends the events stream with Unauthorized", () =>
    Effect.gen(function*() {
      const calls: Array<{ url: string; headers: Record<string, string> }> = []
      vi.stubGlobal("fetch", (url: string, init: { headers: Record<string, string> }) => {
        calls.push({ url, headers: init.headers })
        return Promise.resolve(new Response("no", { status: 401 }))
      })
      yield* Effect.addFinalizer(() => Effect.sync(() => vi.unstubAllGlobals()))
      const error = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runDrain, Effect.flip)
      }).pipe(
        // the events layer alone: without BeeperDesktop the stream relies on the status the upgrade reported
        Effect.provide(
          BeeperEvents.layer({ baseUrl: "http://127.0.0.1:9", accessToken: Redacted.make("t") }).pipe(
            Layer.provide(BeeperEdge.layerWebSocketConstructor),
          ),
        ),
      )
      assert.strictEqual(error._tag, "Unauthorized")
      assert.strictEqual(calls[0]?.url, "http://127.0.0.1:9/v1/ws")
      assert.strictEqual(calls[0]?.headers["Authorization"], "Bearer t")
      assert.strictEqual(calls[0]?.headers["Upgrade"], "websocket")
    }))

  it.live("a frame workerd refuses itself (over its 32 MiB message limit): disconnected names that limit and the size", () =>
    Effect.gen(function*() {
      // each dial: a socket that says ready and acknowledges the subscription; on the first, workerd then refuses a
      // 33 MiB message with the error it really gives
      const sockets: Array<AcceptedSocket> = []
      vi.stubGlobal("fetch", () => {
        const socket = new AcceptedSocket()
        const first = sockets.length === 0
        sockets.push(socket)
        socket.send = (data: unknown) => {
          const command = JSON.parse(String(data)) as { type: string; requestID?: string; chatIDs: Array<string> }
          if (command.type !== "subscriptions.set") return
          const reply = { type: "subscriptions.updated", requestID: command.requestID, chatIDs: command.chatIDs }
          queueMicrotask(() => {
            socket.dispatch("message", { data: JSON.stringify(reply) } as never)
            if (!first) return
            const message = "WebSocket protocol error; protocolError.statusCode = 1009; protocolError.description = " +
              "Message is too large: 34603008 > 33554432"
            socket.dispatch("error", { type: "error", message: `Uncaught Error: ${message}`, error: new Error(message) } as never)
          })
        }
        setTimeout(() => socket.dispatch("message", { data: JSON.stringify({ type: "ready", version: 1, chatIDs: [] }) } as never), 0)
        return upgraded(socket)
      })
      yield* Effect.addFinalizer(() => Effect.sync(() => vi.unstubAllGlobals()))
      const seen = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(
          Stream.filter((event: LiveEvent) => event.type === "connected" || event.type === "disconnected"),
          Stream.take(3),
          Stream.runCollect,
        )
      }).pipe(
        Effect.provide(
          BeeperEvents.layer({
            baseUrl: "http://127.0.0.1:9",
            accessToken: Redacted.make("t"),
            reconnectSchedule: Schedule.spaced("10 millis"),
          }).pipe(Layer.provide(BeeperEdge.layerWebSocketConstructor)),
        ),
      )
      assert.deepStrictEqual(seen.map((event) => event.type), ["connected", "disconnected", "connected"])
      const disconnected = seen[1]
      assert.strictEqual(
        disconnected?.type === "disconnected" ? disconnected.message : undefined,
        "closed with code 1009 (a frame of 33 MiB was over this runtime's WebSocket message limit (32 MiB): not read, " +
          "the connection is closed)",
      )
    }))
})

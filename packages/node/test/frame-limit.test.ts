// The Node adapter's `ws` refuses a frame over `maxFrameBytes` (its `maxPayload`) from the frame's header, before
// reading it: the events stream says so in its `disconnected` signal (not "An error occurred during Read") and goes on.
import { BeeperEvents, type LiveEvent } from "@beeper-kit/effect"
import { Effect, Layer, Queue, Redacted, Schedule, Stream } from "effect"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import { WebSocketServer } from "ws"
import { BeeperNode } from "../src/index.ts"

const MiB = 1024 * 1024

describe("live events over ws: maxFrameBytes", () => {
  it("a frame over the limit is refused by ws (maxPayload) and reported as such; the stream goes on", async () => {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 })
    await new Promise((resolve) => server.once("listening", resolve))
    let connections = 0
    server.on("connection", (socket) => {
      const number = ++connections
      socket.send(JSON.stringify({ type: "ready", version: 1, chatIDs: [] }))
      socket.on("message", (data) => {
        const frame = JSON.parse(String(data))
        if (frame.type !== "subscriptions.set") return
        socket.send(JSON.stringify({ type: "subscriptions.updated", requestID: frame.requestID, chatIDs: frame.chatIDs }))
        // 2 MiB: under ws's own 100 MiB, over the 1 MiB given
        if (number === 1) socket.send(`{"type":"message.deleted","seq":1,"ts":1,"chatID":"c","ids":[],"pad":"${"a".repeat(2 * MiB)}"}`)
      })
    })
    try {
      const { port } = server.address() as AddressInfo
      const layer = BeeperEvents.layer({
        baseUrl: `http://127.0.0.1:${port}`,
        accessToken: Redacted.make("frame-limit-token"),
        maxFrameBytes: MiB,
        reconnectSchedule: Schedule.spaced("10 millis"),
      }).pipe(Layer.provide(BeeperNode.layerWebSocketConstructor))
      const seen = await Effect.gen(function*() {
        const live = yield* BeeperEvents
        const queue = yield* Queue.unbounded<LiveEvent>()
        yield* live.events("*").pipe(Stream.runForEach((event) => Queue.offer(queue, event)), Effect.forkScoped)
        const seen: Array<LiveEvent> = []
        while (!seen.some((event) => event.type === "connected" && event.connection === 2)) seen.push(yield* Queue.take(queue))
        return seen
      }).pipe(Effect.provide(layer), Effect.scoped, Effect.runPromise)
      expect(seen.map((event) => event.type)).toEqual(["connected", "disconnected", "connected"])
      // "a frame was over" (no size): ws refused it from its header; FrameSocket's own check would have read it whole
      expect(seen[1]).toMatchObject({
        type: "disconnected",
        message: "closed with code 1009 (a frame was over maxFrameBytes (1 MiB): not read, the connection is closed)",
      })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  }, 60_000)
})

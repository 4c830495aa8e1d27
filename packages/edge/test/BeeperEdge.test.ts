/**
 * The Workers WebSocket wired into `BeeperEvents`: a refused fetch upgrade becomes `Unauthorized`, the token on the
 * upgrade request. The edge layers against the mock server are checked with every adapter's from one table
 * (tooling/conformance/test/adapters.test.ts); the Workers layer for real, in workerd, runs in the conformance
 * matrix and the README example.
 */
import { BeeperEvents } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Redacted, Stream } from "effect"
import { vi } from "vitest"
import { BeeperEdge } from "../src/index.ts"

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
})

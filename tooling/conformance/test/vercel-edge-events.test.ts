/**
 * Live events asked of Vercel's Edge runtime (`@edge-runtime/vm`, the sandbox `next dev` runs Edge code in): its
 * `WebSocket` cannot carry the `Authorization` header and its `fetch` does not upgrade, so a `BeeperEvents` stream over
 * `BeeperEdge.layer` must end at once with `ConnectionLost` saying so and what to use instead — not dial and fail for
 * ever, reconnecting with back-off, which a user reads as a hang.
 */
import { withMockServer } from "@beeper-kit/testkit/mock-server"
import { describe, expect, it } from "vitest"
import { runInEdgeRuntime } from "./support/edge-runtime.ts"
import { programFile } from "./support/program-file.ts"

const program = `
import { BeeperEdge } from "@beeper-kit/edge"
import { BeeperEvents } from "@beeper-kit/effect"
import { Effect, Redacted, Stream } from "effect"

/** How the stream ended: its error's tag and message, or "still running" when it had not ended within 30 s. */
export const run = (env: Record<string, string>): Promise<string> =>
  Effect.gen(function*() {
    const live = yield* BeeperEvents
    yield* live.events("*").pipe(Stream.runDrain)
    return "ended without an error"
  }).pipe(
    Effect.provide(BeeperEdge.layer({ baseUrl: env["url"]!, accessToken: Redacted.make(env["token"]!) })),
    Effect.timeoutOrElse({ duration: "30 seconds", orElse: () => Effect.succeed("still running") }),
    Effect.catch((error) => Effect.succeed(JSON.stringify({ tag: error._tag, message: error.message }))),
    Effect.runPromise,
  )
`

describe("live events on Vercel Edge", () => {
  it("end with ConnectionLost naming the runtime's limit, without a dial", async () => {
    await withMockServer({ seed: 3 }, async (server) => {
      const file = programFile("vercel-edge-events", "events", program)
      const outcome = await runInEdgeRuntime(file, { url: server.url, token: server.token })
      expect(outcome).not.toBe("still running")
      const { tag, message } = JSON.parse(outcome) as { tag: string; message: string }
      expect(tag).toBe("ConnectionLost")
      expect(message).toContain("Vercel Edge cannot open a WebSocket that carries the access token")
      expect(message).toContain("BeeperEdge.layerDesktop")
      expect(message).not.toContain(server.token)
    })
  }, 120_000)
})

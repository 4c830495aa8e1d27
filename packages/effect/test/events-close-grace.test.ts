/**
 * A peer that never answers the close, on Node's built-in WebSocket (undici, which has no `terminate()` and whose
 * `close()` waits for the peer without a time limit): the socket is still cut after the close grace, so neither the
 * process nor the TCP connection outlives the streams (README, "Lifetime"). Bounded by events, not by timing: each
 * test waits for what must happen (the child exits by itself, the server sees the connection end) and only the test
 * timeout guards against a hang.
 */
import { spawnProcess } from "@beeper-kit/testkit/process"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted, Schedule, Stream } from "effect"
import { fileURLToPath } from "node:url"
import { BeeperEvents } from "../src/BeeperEvents.ts"
import { type RawWsServer, startRawWsServer } from "./support/rawWsServer.ts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

const rawServer = (afterAck?: Parameters<typeof startRawWsServer>[0]) =>
  Effect.acquireRelease(Effect.promise(() => startRawWsServer(afterAck)), (server: RawWsServer) =>
    Effect.promise(() => server.close()))

const event = (seq: number) => JSON.stringify({ type: "message.deleted", seq, ts: 1739320000000, chatID: "c1", ids: ["m1"] })

/** A fresh Node process reading one event over the global WebSocket, then printing `done`. */
const childProgram = `
import { Effect, Redacted, Stream } from "effect"
import { BeeperEvents } from ${JSON.stringify(new URL("../src/BeeperEvents.ts", import.meta.url).href)}
await Effect.runPromise(Effect.gen(function*() {
  const live = yield* BeeperEvents
  yield* live.events("*").pipe(Stream.filter((e) => e.type === "message.deleted"), Stream.take(1), Stream.runDrain)
}).pipe(Effect.provide(BeeperEvents.layer({ baseUrl: process.env.BASE_URL, accessToken: Redacted.make("close-grace-token") }))))
console.log("done")
`

describe("BeeperEvents close grace on Node's built-in WebSocket", () => {
  it.live("a process that read one event from a server that never answers the close exits by itself", () =>
    Effect.gen(function*() {
      const server = yield* rawServer((connection) => connection.send(event(1)))
      const finished = yield* Effect.promise(() =>
        spawnProcess(
          process.execPath,
          ["--conditions=@beeper-kit/source", "--input-type=module-typescript", "-e", childProgram],
          // a hang guard only: the process is killed (code null) if it is still alive by then
          { cwd: packageDir, env: { BASE_URL: server.baseUrl }, timeoutMs: 60_000 },
        ).exited
      )
      assert.include(finished.stdout, "done", finished.output)
      assert.strictEqual(finished.code, 0, `the process did not exit by itself:\n${finished.output}`)
      // the client cut its connection (the server never answered the close)
      yield* Effect.promise(() => server.connections[0]!.whenEnded)
    }), { timeout: 90_000 })

  it.live("a frozen peer's connection, dropped by the idle check, is cut while the stream goes on", () =>
    Effect.gen(function*() {
      // acknowledges, then goes silent: no answer to the liveness check, none to the close
      const server = yield* rawServer()
      const fiber = yield* Effect.gen(function*() {
        const live = yield* BeeperEvents
        return yield* live.events("*").pipe(Stream.runDrain, Effect.forkScoped)
      }).pipe(Effect.provide(BeeperEvents.layer({
        baseUrl: server.baseUrl,
        accessToken: Redacted.make("close-grace-token"),
        idleTimeout: "200 millis",
        reconnectSchedule: Schedule.spaced("50 millis"),
      })))
      // the idle check gave up on the first connection and dialled a second one
      const first = yield* Effect.promise(() => server.whenAcknowledged(1))
      yield* Effect.promise(() => server.whenAcknowledged(2))
      // the first one's TCP connection ends although its peer never answered the close
      yield* Effect.promise(() => first.whenEnded)
      assert.isTrue(first.ended)
      assert.isUndefined(fiber.pollUnsafe(), "the stream is still running")
    }).pipe(Effect.scoped), { timeout: 60_000 })
})

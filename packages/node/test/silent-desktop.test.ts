// A Desktop that stops answering without closing the connection (a sleeping machine, a frozen process: here the mock
// server's process stopped with SIGSTOP) never sends the close frame a closing WebSocket waits for. When the events
// stream ends, the program must still end: `ws` alone would hold the socket, and the process, for its 30 s close
// timeout. Runs the build a user installs, in a plain `node` process that starts (and at exit resumes and ends) its own
// mock server.
import { fileURLToPath } from "node:url"
import { runNodeModule } from "@beeper-kit/testkit/process"
import { describe, expect, it } from "vitest"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const mockBin = fileURLToPath(new URL("../../mock-server/bin/beeper-mock-server.js", import.meta.url))

const program = `
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
const [{ BeeperNode }, { BeeperEvents }, Effect, Stream, Redacted] = await Promise.all([
  import("@beeper-kit/node"), import("@beeper-kit/effect"), import("effect/Effect"), import("effect/Stream"),
  import("effect/Redacted"),
])
const token = "silent-desktop-token-7f3a9c"
const mock = spawn(process.execPath, [process.env.MOCK_BIN, "--port", "0", "--token", token], { stdio: ["ignore", "pipe", "inherit"] })
const url = await new Promise((resolve) => {
  const lines = createInterface({ input: mock.stdout })
  lines.on("line", (line) => { const m = /^listening on (\\S+)/.exec(line); if (m) resolve(m[1]) })
})
mock.stdout.resume()
// the mock's process and its output pipe are the harness's: neither may keep this process alive
mock.stdout.unref()
mock.unref()
process.on("exit", () => { try { process.kill(mock.pid, "SIGCONT"); process.kill(mock.pid, "SIGTERM") } catch {} })
await Effect.runPromise(Effect.gen(function*() {
  const live = yield* BeeperEvents
  yield* live.events("*").pipe(
    // connected: now Desktop freezes, the connection left open
    Stream.tap((event) => Effect.sync(() => { if (event.type === "connected") process.kill(mock.pid, "SIGSTOP") })),
    Stream.take(1),
    Stream.runDrain,
  )
}).pipe(Effect.provide(BeeperNode.layer({ baseUrl: url, accessToken: Redacted.make(token) }))))
console.log("stream ended")
`

describe("a Desktop that stops answering", () => {
  it("the events stream ends and the process exits by itself, not held by the socket until ws's 30 s close timeout", { timeout: 90_000 }, async () => {
    const { code, stdout, output } = await runNodeModule(program, {
      cwd: packageDir,
      env: { MOCK_BIN: mockBin },
      // a hang guard well under ws's 30 s close timeout (the process needs ~1 s once the stream has ended)
      timeoutMs: 20_000,
    })
    expect(stdout, output).toContain("stream ended")
    expect(code, output).toBe(0)
  })
})

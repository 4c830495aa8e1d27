/**
 * A Desktop that stops answering without closing the connection (its process stopped with SIGSTOP: a sleeping
 * machine, a frozen process) never sends the close frame a closing WebSocket waits for. On Bun, as with `ws` on Node
 * (packages/node/test/silent-desktop.test.ts), the runtime would hold the socket, and the process, for its own close
 * timeout (~36 s) after the events stream ended; the stream's close cuts it instead. (Deno's WebSocket cannot be cut:
 * packages/deno/README.md.)
 */
import { bunBinary, repoRoot, sourceCondition } from "@beeper-kit/testkit/binaries"
import { runProcess } from "@beeper-kit/testkit/process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { programFile } from "./support/program-file.ts"
import { packageDir } from "./support/workerd.ts"

const program = [
  `import { BeeperEvents } from "@beeper-kit/effect"`,
  `import { BeeperBun } from "@beeper-kit/bun"`,
  `import { Effect, Redacted, Stream } from "effect"`,
  `import { spawn } from "node:child_process"`,
  `import { createInterface } from "node:readline"`,
  ``,
  `const token = "silent-desktop-token-7f3a9c"`,
  `const mock = spawn(process.execPath, [process.env.MOCK_BIN!, "--port", "0", "--token", token], { stdio: ["ignore", "pipe", "inherit"] })`,
  `const url = await new Promise<string>((resolve) => {`,
  `  createInterface({ input: mock.stdout! }).on("line", (line) => { const m = /^listening on (\\S+)/.exec(line); if (m) resolve(m[1]!) })`,
  `})`,
  `// the mock's process and its output pipe are the harness's: neither may keep this process alive`,
  `mock.stdout!.unref?.()`,
  `mock.unref()`,
  `process.on("exit", () => { try { process.kill(mock.pid!, "SIGCONT"); process.kill(mock.pid!, "SIGTERM") } catch {} })`,
  `await Effect.runPromise(Effect.gen(function*() {`,
  `  const live = yield* BeeperEvents`,
  `  yield* live.events("*").pipe(`,
  `    Stream.tap((event) => Effect.sync(() => { if (event.type === "connected") process.kill(mock.pid!, "SIGSTOP") })),`,
  `    Stream.take(1),`,
  `    Stream.runDrain,`,
  `  )`,
  `}).pipe(Effect.provide(BeeperBun.layer({ baseUrl: url, accessToken: Redacted.make(token) }))))`,
  `console.log("stream ended")`,
  ``,
].join("\n")

describe("a Desktop that stops answering, on Bun", () => {
  it("the events stream ends and the process exits by itself, not held by the socket until Bun's close timeout", { timeout: 90_000 }, async () => {
    const main = programFile("silent-desktop", "main-bun", program)
    // the program, and the mock server it starts (its process.execPath), run under Bun
    const { code, output } = await runProcess(bunBinary(), [sourceCondition, main], {
      cwd: packageDir,
      env: { MOCK_BIN: join(repoRoot, "packages/mock-server/bin/beeper-mock-server.js") },
      // a hang guard well under Bun's ~36 s close timeout (the process needs ~1 s once the stream has ended)
      timeoutMs: 20_000,
    })
    expect(output).toContain("stream ended")
    expect(code, output).toBe(0)
  })
})

// The adapter inside a user's bundle (esbuild, CommonJS for Node, as a Lambda or a single-file deploy is built): its
// WebSocket must still open. `ws` is loaded when the first WebSocket is made (NodeWebSocket.ts); the bundle has to
// carry it, run from a folder with no node_modules at all.
import { build } from "esbuild"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { runProcess } from "@beeper-kit/testkit/process"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { WebSocketServer } from "ws"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

let server: WebSocketServer
let port = 0
let dir = ""
beforeAll(async () => {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 })
  await new Promise<void>((resolve) => server.once("listening", resolve))
  port = (server.address() as { port: number }).port
  dir = await mkdtemp(join(tmpdir(), "beeper-kit-node-bundle-"))
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await rm(dir, { recursive: true, force: true })
})

const program = `
import { BeeperNode } from "@beeper-kit/node"
import * as Socket from "effect/socket/Socket"
import * as Effect from "effect/Effect"
const opened = Effect.gen(function*() {
  const make = yield* Socket.WebSocketConstructor
  const ws = make(process.argv[2])
  yield* Effect.callback((resume) => {
    ws.addEventListener("open", () => resume(Effect.void))
    ws.addEventListener("error", (event) => resume(Effect.die(event)))
  })
  ws.close()
  console.log("open")
})
Effect.runPromise(Effect.provide(opened, BeeperNode.layerWebSocketConstructor)).catch((error) => {
  console.error(String(error))
  process.exit(1)
})
`

describe("the adapter bundled into a user's program", () => {
  it("a CommonJS bundle for Node opens its WebSocket (ws bundled with it)", async () => {
    const outfile = join(dir, "app.cjs")
    await build({
      stdin: { contents: program, resolveDir: packageDir, loader: "ts" },
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      logLevel: "silent",
    })
    await writeFile(join(dir, "package.json"), "{}")
    const { code, output } = await runProcess(process.execPath, [outfile, `ws://127.0.0.1:${port}/`], { cwd: dir })
    expect(output).toContain("open")
    expect(code).toBe(0)
  })
})

// What a Node program pays to start with the adapter: importing `@beeper-kit/node` and making a request loads none
// of Node's undici (its `fetch` stack: JavaScript plus a WebAssembly HTTP parser, ~50 ms of start-up), which an ES
// `import` of `node:http` would load through its module facade (NodeHttpClient.ts); nor `ws` (~30 ms), loaded with
// the first WebSocket (NodeWebSocket.ts); nor Effect's barrels (~100 ms): every module is deep-imported. Runs the build a user installs
// (turbo builds the package before its tests), in a plain `node` process.
import { readdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { runNodeModule } from "@beeper-kit/testkit/process"
import { describe, expect, it } from "vitest"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const mock = mockServerForFile({ seed: 5 })

// From the package's folder, Node resolves the package's own name through its `exports`, as from node_modules.
const program = `
const [{ BeeperNode }, { BeeperDesktop }, Effect, Redacted] = await Promise.all([
  import("@beeper-kit/node"), import("@beeper-kit/effect"), import("effect/Effect"), import("effect/Redacted"),
])
const layer = BeeperNode.layer({ baseUrl: process.env.URL, accessToken: Redacted.make(process.env.TOKEN) })
const accounts = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.accounts.list()).pipe(Effect.provide(layer)),
)
const { createRequire } = await import("node:module")
console.log(JSON.stringify({
  accounts: accounts.length,
  undici: process.moduleLoadList.filter((name) => name.includes("undici")),
  ws: Object.keys(createRequire(import.meta.url).cache).filter((path) => /[\\/]ws[\\/]/.test(path)),
}))
`

describe("starting a Node program with the adapter", () => {
  it("a request over BeeperNode.layer loads none of Node's undici, nor the ws package (no WebSocket was made)", async () => {
    const server = mock.current
    const { code, stdout, stderr } = await runNodeModule(program, {
      cwd: packageDir,
      env: { URL: server.url, TOKEN: server.token },
      timeoutMs: 120_000,
    })
    expect(stderr).toBe("")
    expect(code).toBe(0)
    const loaded = JSON.parse(stdout) as {
      readonly accounts: number
      readonly undici: ReadonlyArray<string>
      readonly ws: ReadonlyArray<string>
    }
    expect(loaded.accounts).toBeGreaterThan(0)
    expect(loaded.undici).toEqual([])
    expect(loaded.ws).toEqual([])
  })

  it("the adapter imports Effect module by module, never through a barrel (`effect`, `effect/http`: every module)", async () => {
    const dist = join(packageDir, "dist")
    const files = (await readdir(dist)).filter((file) => file.endsWith(".js"))
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const text = await readFile(join(dist, file), "utf8")
      // statements only (a doc comment may show `import { Effect } from "effect"` to the reader)
      expect(text, file).not.toMatch(/^(?:import|export)\b[^\n]*["']effect(?:\/(?:http|socket|schema|persistence))?["']/m)
      expect(text, file).not.toMatch(/\bimport\(\s*["']effect(?:\/(?:http|socket|schema|persistence))?["']\s*\)/)
    }
  })
})

// What a Node program pays to start with the adapter: importing `@beeper-kit/node` and making a request loads none
// of Node's undici (its `fetch` stack: JavaScript plus a WebAssembly HTTP parser, ~50 ms of start-up), which an ES
// `import` of `node:http` would load through its module facade (NodeHttpClient.ts). Runs the build a user installs
// (turbo builds the package before its tests), in a plain `node` process.
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
console.log(JSON.stringify({
  accounts: accounts.length,
  undici: process.moduleLoadList.filter((name) => name.includes("undici")),
}))
`

describe("starting a Node program with the adapter", () => {
  it("a request over BeeperNode.layer loads none of Node's undici", async () => {
    const server = mock.current
    const { code, stdout, stderr } = await runNodeModule(program, {
      cwd: packageDir,
      env: { URL: server.url, TOKEN: server.token },
      timeoutMs: 120_000,
    })
    expect(stderr).toBe("")
    expect(code).toBe(0)
    const loaded = JSON.parse(stdout) as { readonly accounts: number; readonly undici: ReadonlyArray<string> }
    expect(loaded.accounts).toBeGreaterThan(0)
    expect(loaded.undici).toEqual([])
  })
})

/**
 * Every adapter README's example, verbatim (the code block after `<!-- example -->`), run as a user would run it —
 * on its own runtime, configured only through `BEEPER_ACCESS_TOKEN` / `BEEPER_DESKTOP_URL` — against the mock
 * server. The Node, Deno and Bun examples send and confirm a message, then print three live events (the test has a
 * contact write once `connected` is printed); the Worker example answers the confirmed message's ID. And
 * `@beeper-kit/effect`'s "From `async` code" example (after `<!-- example: async -->`), on Node: it sends and exits
 * once its runtime is disposed, and with a wrong token its `catch` gets the typed error.
 */
import { sourceCondition, toolchainBin, workspaceBin } from "@beeper-kit/testkit/binaries"
import { withMockServer } from "@beeper-kit/testkit/mock-server"
import { runProcess } from "@beeper-kit/testkit/process"
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { describe, expect, it } from "vitest"
import { programFile } from "./support/program-file.ts"
import { bundleWorker, fetchFromWorker, packageDir } from "./support/workerd.ts"

/** The code block that follows `marker` (by default `<!-- example -->`) in a package's README. */
const exampleOf = (pkg: string, marker = "<!-- example -->"): string =>
  codeBlockAfter(new URL(`../../../packages/${pkg}/README.md`, import.meta.url), marker)

/** Writes an example inside this package (so its imports resolve here) and returns the path. */
const exampleFile = (name: string, source: string): string => programFile("examples", name, source)

const processExamples = [
  { runtime: "Node 22", pkg: "node", command: toolchainBin("node22"), args: [sourceCondition] },
  { runtime: "Node 24", pkg: "node", command: toolchainBin("node"), args: [sourceCondition] },
  { runtime: "Node 26", pkg: "node", command: toolchainBin("node26"), args: [sourceCondition] },
  {
    runtime: "Deno",
    pkg: "deno",
    command: workspaceBin("deno"),
    // the permissions the README gives, with the mock server's address
    args: (host: string) => ["run", "--no-prompt", sourceCondition, `--allow-net=${host}`, "--allow-env"],
  },
  { runtime: "Bun", pkg: "bun", command: workspaceBin("bun"), args: [sourceCondition] },
] as const

describe("README examples", () => {
  for (const example of processExamples) {
    it(`packages/${example.pkg}/README.md runs on ${example.runtime}`, () =>
      withMockServer({ seed: 11 }, async (server) => {
        const file = exampleFile(`${example.pkg}-${example.runtime.replace(" ", "")}`, exampleOf(example.pkg))
        const args = typeof example.args === "function" ? example.args(new URL(server.url).host) : example.args
        let wrote = false
        const { output, code } = await runProcess(example.command, [...args, file], {
          cwd: packageDir,
          env: { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url },
          timeoutMs: 150_000,
          onOutput: (output) => {
            if (!wrote && /^connected$/m.test(output)) {
              wrote = true
              server.simulate.incomingMessage({ text: "hello from the README test" })
            }
          },
        })
        expect(code, output).toBe(0)
        expect(output).toMatch(/^confirmed \S+$/m)
        expect(output).toMatch(/^connected\nmessage\.upserted\n/m)
      }), 180_000)
  }

  // @beeper-kit/effect's "From `async` code": a ManagedRuntime, two awaited calls, a typed rejection, dispose.
  const runAsyncExample = (env: Record<string, string>) =>
    runProcess(toolchainBin("node"), [sourceCondition, exampleFile("effect-async", exampleOf("effect", "<!-- example: async -->"))], {
      cwd: packageDir,
      env,
      timeoutMs: 60_000,
    })

  it("packages/effect/README.md's async example sends, then disposes its runtime and exits", () =>
    withMockServer({ seed: 11 }, async (server) => {
      const sent: Array<string> = []
      server.onChange((event) => {
        if (event.type === "message.upserted") sent.push(...event.ids)
      })
      const { output, code } = await runAsyncExample({ BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url })
      expect(code, output).toBe(0)
      expect(output).toMatch(/^pending \S+$/m)
      expect(output).not.toMatch(/failed:/)
      expect(sent.length, "the mock server stored the message").toBeGreaterThan(0)
    }), 90_000)

  it("packages/effect/README.md's async example catches a call's typed error", () =>
    withMockServer({ seed: 11 }, async (server) => {
      const { output, code } = await runAsyncExample({ BEEPER_ACCESS_TOKEN: "not-the-token", BEEPER_DESKTOP_URL: server.url })
      expect(code, output).toBe(0)
      expect(output).toMatch(/failed:.*Unauthorized/s)
      expect(output).not.toMatch(/^pending/m)
      expect(output).not.toContain(server.token)
    }), 90_000)

  it("packages/edge/README.md runs as a Cloudflare Worker in workerd", () =>
    withMockServer({ seed: 11 }, async (server) => {
      const upserted = new Set<string>()
      server.onChange((event) => {
        if (event.type === "message.upserted") for (const id of event.ids) upserted.add(id)
      })
      const script = await bundleWorker({ source: exampleOf("edge") })
      const response = await fetchFromWorker(
        script,
        { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url },
        150_000,
      )
      const body = await response.text()
      expect(response.status, body).toBe(200)
      const { confirmed } = JSON.parse(body) as { confirmed: string }
      // the ID the Worker answers is the confirmed message the server stored
      expect(upserted).toContain(confirmed)
    }), 180_000)
})

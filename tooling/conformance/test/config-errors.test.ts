/**
 * The first errors a new user meets, as each runtime prints them: a program written as the READMEs write it
 * (`BeeperNode`/`BeeperDeno`/`BeeperBun.layerConfig()` then `Effect.runPromise`, and `NodeRuntime.runMain` on Node),
 * run without a token, with an empty one, with a malformed or refused `BEEPER_DESKTOP_URL` / `BEEPER_BASE_URL`, and
 * against a port where nothing listens. The printed text must name the variable, say what is wrong and, for the
 * token, where to get one — never `[object Object]` nor an untyped `TypeError`.
 */
import { sourceCondition, toolchainBin, workspaceBin } from "@beeper-kit/testkit/binaries"
import { closedPort } from "@beeper-kit/testkit/ports"
import { runProcess } from "@beeper-kit/testkit/process"
import { describe, expect, it } from "vitest"
import { programFile } from "./support/program-file.ts"
import { packageDir } from "./support/workerd.ts"

/** A program as the READMEs write it: one call over the adapter's `layerConfig`, run by `run`. */
const programOf = (adapter: { readonly pkg: string; readonly name: string }, run: "runPromise" | "runMain") =>
  [
    `import { BeeperDesktop } from "@beeper-kit/effect"`,
    `import { ${adapter.name} } from "@beeper-kit/${adapter.pkg}"`,
    run === "runMain" ? `import { NodeRuntime } from "@effect/platform-node"` : "",
    `import { Effect } from "effect"`,
    ``,
    `const program = Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.accounts.list())`,
    run === "runMain"
      ? `program.pipe(Effect.provide(${adapter.name}.layerConfig()), NodeRuntime.runMain)`
      : `program.pipe(Effect.provide(${adapter.name}.layerConfig()), Effect.runPromise)`,
    ``,
  ].join("\n")

const token = "Create one in Beeper Desktop → Settings → Developers"

/** A misconfiguration and what its printed form must say. */
interface Case {
  readonly name: string
  readonly env: () => Promise<Record<string, string>>
  readonly printed: ReadonlyArray<string | RegExp>
}

/** A token no printed text holds by chance (a token is scrubbed from every error's server text). */
const anyToken = "conformance-config-token"

const cases: ReadonlyArray<Case> = [
  {
    name: "no token",
    env: async () => ({}),
    printed: ["ConfigurationError", "BEEPER_ACCESS_TOKEN is not set", token],
  },
  {
    name: "an empty token",
    env: async () => ({ BEEPER_ACCESS_TOKEN: "" }),
    printed: ["ConfigurationError", "BEEPER_ACCESS_TOKEN is not set (or is empty)", token],
  },
  {
    name: 'BEEPER_DESKTOP_URL="not a url"',
    env: async () => ({ BEEPER_ACCESS_TOKEN: anyToken, BEEPER_DESKTOP_URL: "not a url" }),
    printed: ["ConfigurationError", 'BEEPER_DESKTOP_URL="not a url" is not a URL', "http://localhost:23373"],
  },
  {
    name: "BEEPER_BASE_URL=localhost:1 (no scheme)",
    env: async () => ({ BEEPER_ACCESS_TOKEN: anyToken, BEEPER_BASE_URL: "localhost:1" }),
    printed: ["ConfigurationError", 'BEEPER_BASE_URL="localhost:1" must start with http:// or https://'],
  },
  {
    name: "a cleartext URL off loopback",
    env: async () => ({ BEEPER_ACCESS_TOKEN: anyToken, BEEPER_DESKTOP_URL: "http://192.0.2.1:23373" }),
    printed: ["InsecureTransport", 'BEEPER_DESKTOP_URL="http://192.0.2.1:23373"', "BEEPER_ALLOW_INSECURE_TOKEN=true"],
  },
  {
    name: "nothing listening",
    env: async () => ({ BEEPER_ACCESS_TOKEN: anyToken, BEEPER_DESKTOP_URL: `http://localhost:${await closedPort()}` }),
    // the runtime's own words for a refused connection (Deno's fetch says "Connection refused"), then what it most
    // often means and what to check (before: the runtime's words alone)
    printed: ["TransportError", /ECONNREFUSED|Connection refused/, /nothing answers at http:\/\/localhost:\d+: is Beeper Desktop running, with its API on \(Settings → Developers\), and BEEPER_DESKTOP_URL its address\?/],
  },
]

const runtimes = [
  { runtime: "Node 24", adapter: { pkg: "node", name: "BeeperNode" }, command: toolchainBin("node"), args: [sourceCondition] },
  // Node 22 and 26 print an uncaught rejection as Node 24 does: a few cases suffice
  ...(["node22", "node26"] as const).map((bin) => ({
    runtime: `Node ${bin.slice("node".length)}`,
    adapter: { pkg: "node", name: "BeeperNode" },
    command: toolchainBin(bin),
    args: [sourceCondition],
    only: ["no token", 'BEEPER_DESKTOP_URL="not a url"', "nothing listening"],
  })),
  {
    runtime: "Deno",
    adapter: { pkg: "deno", name: "BeeperDeno" },
    command: workspaceBin("deno"),
    args: ["run", "--no-prompt", sourceCondition, "--allow-env", "--allow-net=localhost,127.0.0.1"],
  },
  { runtime: "Bun", adapter: { pkg: "bun", name: "BeeperBun" }, command: workspaceBin("bun"), args: [sourceCondition] },
] as const

/** Runs `file` with `args` under the misconfiguration of `env`; what it printed, and its exit code. */
const runWith = async (command: string, args: ReadonlyArray<string>, file: string, env: Record<string, string>) =>
  runProcess(command, [...args, file], { cwd: packageDir, env, timeoutMs: 120_000 }) // a hang guard, not a speed check

describe("configuration errors, as each runtime prints them", () => {
  for (const { runtime, adapter, command, args, ...rest } of runtimes) {
    const file = programFile("config-errors", `${adapter.pkg}-${runtime.replace(" ", "")}-runPromise`, programOf(adapter, "runPromise"))
    const only = "only" in rest ? rest.only as ReadonlyArray<string> : undefined
    for (const misconfiguration of cases.filter((c) => only === undefined || only.includes(c.name))) {
      it(`${runtime}, Effect.runPromise: ${misconfiguration.name}`, async () => {
        const { code, output } = await runWith(command, args, file, await misconfiguration.env())
        expect(code, output).not.toBe(0)
        for (const text of misconfiguration.printed) expect(output).toMatch(text)
        expect(output).not.toContain("[object Object]")
        expect(output).not.toMatch(/\bTypeError\b/)
      }, 150_000)
    }
  }

  const runMain = programFile("config-errors", "node-runMain", programOf({ pkg: "node", name: "BeeperNode" }, "runMain"))
  for (const misconfiguration of cases) {
    it(`Node 24, NodeRuntime.runMain: ${misconfiguration.name}`, async () => {
      const { code, output } = await runWith(toolchainBin("node"), [sourceCondition], runMain, await misconfiguration.env())
      expect(code, output).not.toBe(0)
      for (const text of misconfiguration.printed) expect(output).toMatch(text)
      expect(output).not.toContain("[object Object]")
      expect(output).not.toMatch(/\bTypeError\b/)
    }, 150_000)
  }
})

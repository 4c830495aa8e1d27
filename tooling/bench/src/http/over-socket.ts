// The HTTP clients' CPU per call over a real local socket, side by side in ONE process: raw `fetch` + `JSON.parse`,
// `@beeper-kit/effect` over the web adapters' default transport, and (with `--against`) the same client from another
// copy of packages/effect's sources. Blocks of calls alternate between the clients, in an order rotated each round,
// and each client's figure is the median over the rounds of its block's CPU over raw's block of that round: on a
// shared machine CPU per call moves with the load by 2× from one minute to the next, and a ratio of neighbouring
// blocks moves far less. What in-memory.ts cannot show (it answers `fetch` from memory): what a real socket adds —
// the abort signal the runtime's fetch wires up, the fiber's wake-ups on I/O, objects kept alive across waits.
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/over-socket.ts [--runtimes=node,deno,bun]
//     [--calls=150] [--rounds=15] [--workloads=send-64,send-1,list-1] [--against=DIR] [--official]
//
// `--against=DIR`: a directory inside packages/effect holding another revision's `src` (so that `effect` resolves as
// for this one), e.g. `mkdir -p packages/effect/.against && git archive <rev> src -C packages/effect | tar -x -C
// packages/effect/.against` → `--against=packages/effect/.against`. A child (`--child`) is the same file under the
// runtime measured. `--official`: the official SDK (`@beeper/desktop-api`) side by side too — it changes the
// others' figures (on Bun `Response#text` blocks cost ~1.3× more beside its `Response#json` ones): compare two
// revisions without it. A profiling tool (tooling/bench/README.md, "What the profiles show"), not a section of
// `pnpm bench`.
import { join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads } from "../payloads.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { benchToken } from "../servers/token.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"
import type { BenchClient } from "./clients.ts"
import { cpuPerCall, interleavedCpuPerCall } from "./cpu-per-call.ts"

type EffectModule = typeof import("@beeper-kit/effect")

/** One client's figures in one workload: median CPU per call, median ratio to raw's neighbouring block. */
interface Row {
  readonly cpuUs: number
  readonly ratio: number
  /** For `effect` with `--against`: the median ratio of its blocks to the other revision's. */
  readonly overAgainst?: number
}

/** `@beeper-kit/effect`'s client (`BeeperServices.adapter()`: `WebHttpClient`) from `module`, in a ManagedRuntime. */
const effectClient = async (module: EffectModule, baseUrl: string, chatID: string): Promise<BenchClient> => {
  const { Effect, ManagedRuntime, Redacted } = await import("effect")
  const layer = module.BeeperServices.adapter().layer({ baseUrl, accessToken: Redacted.make(benchToken) })
  const runtime = ManagedRuntime.make(layer)
  const beeper = await runtime.runPromise(Effect.service(module.BeeperDesktop))
  return {
    list: () => runtime.runPromise(Effect.map(beeper.chats.list({ limit: 25 }), (page) => page.items.length)),
    send: () => runtime.runPromise(Effect.map(beeper.messages.send({ chatID, text: "Benchmark message" }), (sent) => sent.pendingMessageID)),
  }
}

const child = async (options: Map<string, string>) => {
  const baseUrl = options.get("url")!
  const { chatID } = loadPayloads()
  const { makeClient } = await import("./clients.ts")
  const clients = new Map<string, BenchClient>()
  clients.set("raw", await makeClient("raw", baseUrl, chatID, () => Promise.reject(new Error("raw has no layer"))))
  clients.set("effect", await effectClient(await import("@beeper-kit/effect"), baseUrl, chatID))
  if (options.has("official")) {
    clients.set("official", await makeClient("official", baseUrl, chatID, () => Promise.reject(new Error("no layer"))))
  }
  const against = options.get("against")
  if (against !== undefined && against !== "") {
    const module = (await import(pathToFileURL(join(against, "src/index.ts")).href)) as EffectModule
    clients.set("against", await effectClient(module, baseUrl, chatID))
  }
  const names = [...clients.keys()]
  for (const client of clients.values()) for (const op of [client.list, client.send]) await cpuPerCall(op, 8, 500)
  const calls = Number(options.get("calls") ?? 150)
  const rounds = Number(options.get("rounds") ?? 15)
  const results: Record<string, Record<string, Row>> = {}
  for (const workload of (options.get("workloads") ?? "send-64,send-1,list-1").split(",")) {
    const [call, concurrency] = workload.split("-") as ["list" | "send", string]
    const ops = new Map(names.map((name) => [name, clients.get(name)![call]]))
    const samples = await interleavedCpuPerCall(ops, rounds, Number(concurrency), calls)
    const raw = samples.get("raw")!
    const previous = samples.get("against")
    results[workload] = Object.fromEntries(names.map((name) => {
      const cpu = samples.get(name)!
      const row = { cpuUs: median(cpu), ratio: median(cpu.map((us, i) => us / raw[i]!)) }
      // this revision over --against's, block by block
      return [name, name === "effect" && previous !== undefined ? { ...row, overAgainst: median(cpu.map((us, i) => us / previous[i]!)) } : row]
    }))
  }
  report({ results })
  // the clients keep sockets (and an Effect runtime) alive: the figures are out
  process.exit(0)
}

const parent = async (options: Map<string, string>) => {
  await withFixtureServer("over-socket", async ({ server, payloadsFile: payloads }) => {
    process.env["BENCH_PAYLOADS"] = payloads
    const file = fileURLToPath(import.meta.url)
    const passed = ["calls", "rounds", "workloads", "official"].flatMap((name) => options.has(name) ? [`--${name}=${options.get(name)}`] : [])
    const against = options.get("against")
    if (against !== undefined) passed.push(`--against=${resolve(against)}`)
    for (const runtime of (options.get("runtimes") ?? "node,deno,bun").split(",")) {
      const [command, args] = await sourceCommand(runtime as ProcessRuntime, file, ["--child", `--url=${server.url}`, ...passed])
      const { value } = await runChild<{ results: Record<string, Record<string, Row>> }>(
        command,
        args,
        { env: { BENCH_PAYLOADS: payloads }, timeoutMs: 900_000 },
      )
      console.log(`\n${runtime}: client CPU µs per call (median of per-round ratios to raw fetch + JSON.parse)`)
      for (const [workload, row] of Object.entries(value.results)) {
        console.log(`  ${workload}: ${Object.entries(row).map(([name, r]) => `${name} ${r.cpuUs.toFixed(0)} (${r.ratio.toFixed(2)}×${r.overAgainst === undefined ? "" : `, ${r.overAgainst.toFixed(2)}× against`})`).join("   ")}`)
      }
    }
  })
}

const options = commandFlags()
if (options.has("child")) await child(options)
else await parent(options)

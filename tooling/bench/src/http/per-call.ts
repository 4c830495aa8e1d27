// What one send costs the client, in figures the machine's load does not move: bytes allocated per call (V8's
// sampling heap profiler, counting the objects young and full collections freed too) and which functions allocated
// them, then CPU µs per call in interleaved blocks. Raw `fetch` + `JSON.parse`, `@beeper-kit/effect` over the web
// adapters' default transport (`BeeperServices.adapter()`: `WebHttpClient`), and with `--against` the same client
// from another copy of packages/effect's sources, all in ONE process (as over-socket.ts), `fetch` answered from
// memory (in-memory.ts's method: the client's own work) or, with `--socket`, by the bench's fixture server.
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/per-call.ts [--runtimes=deno,node] [--socket]
//     [--workloads=send-1,send-64] [--calls=2000] [--cpu-calls=N] [--rounds=15] [--top=25] [--alloc=false]
//     [--profile=DIR] [--against=DIR]
//
// `--calls`: per allocation profile (three per client) and per CPU block unless `--cpu-calls`; `--profile=DIR` writes
// each client's first allocation profile (`.heapprofile`, for Chrome DevTools). `--against=DIR` as over-socket.ts (a directory inside packages/effect holding another revision's `src`).
// Allocation is measured on V8 runtimes (Node, Deno: `node:inspector`'s HeapProfiler); on Bun only CPU. A profiling
// tool (tooling/bench/README.md, "What the profiles show"), not a section of `pnpm bench`.
import { join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads } from "../payloads.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { benchToken } from "../servers/token.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"
import { drive, interleavedCpuPerCall } from "./cpu-per-call.ts"

type EffectModule = typeof import("@beeper-kit/effect")
type Send = () => Promise<unknown>

const text = "Benchmark message"
const inMemoryUrl = "http://127.0.0.1:23373"

/** Replaces the global `fetch` by one answering every request with the send answer, from memory. */
const answerFromMemory = (): void => {
  const bytes = new TextEncoder().encode(loadPayloads().sendResponse)
  const headers = { "content-type": "application/json", "content-length": String(bytes.byteLength) }
  globalThis.fetch = (() => Promise.resolve(new Response(bytes, { status: 200, headers }))) as unknown as typeof fetch
}

const rawSend = (baseUrl: string, chatID: string): Send => {
  const url = `${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`
  const authorization = `Bearer ${benchToken}`
  return async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({ text }),
    })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return (JSON.parse(await response.text()) as { pendingMessageID: string }).pendingMessageID
  }
}

const effectSend = async (module: EffectModule, baseUrl: string, chatID: string): Promise<Send> => {
  const { Effect, ManagedRuntime, Redacted } = await import("effect")
  const runtime = ManagedRuntime.make(module.BeeperServices.adapter().layerDesktop({ baseUrl, accessToken: Redacted.make(benchToken) }))
  const beeper = await runtime.runPromise(Effect.service(module.BeeperDesktop))
  return () => runtime.runPromise(Effect.map(beeper.messages.send({ chatID, text }), (sent) => sent.pendingMessageID))
}

interface ProfileNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly selfSize: number
  readonly children: ReadonlyArray<ProfileNode>
}

/** Bytes allocated per call over `calls` calls, and the functions that allocated them (bytes per call, largest first). */
const allocationPerCall = async (send: Send, concurrency: number, calls: number, save?: string) => {
  const { Session } = await import("node:inspector")
  const session = new Session()
  session.connect()
  const post = <A>(method: string, params: object = {}) =>
    new Promise<A>((resolve, reject) => session.post(method, params, (error, result) => error ? reject(error) : resolve(result as A)))
  await post("HeapProfiler.enable")
  await post("HeapProfiler.startSampling", {
    samplingInterval: 64,
    includeObjectsCollectedByMinorGC: true,
    includeObjectsCollectedByMajorGC: true,
  })
  await drive(send, concurrency, calls)
  const { profile } = await post<{ profile: { head: ProfileNode } }>("HeapProfiler.stopSampling")
  session.disconnect()
  if (save !== undefined) (await import("node:fs")).writeFileSync(save, JSON.stringify(profile))
  const byFunction = new Map<string, number>()
  let total = 0
  const visit = (node: ProfileNode): void => {
    total += node.selfSize
    if (node.selfSize > 0) {
      const { functionName, url, lineNumber } = node.callFrame
      const where = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(packages|node_modules|ext|tooling)\//, "$1/")}:${lineNumber + 1}`
      byFunction.set(where, (byFunction.get(where) ?? 0) + node.selfSize)
    }
    for (const child of node.children) visit(child)
  }
  visit(profile.head)
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).map(([where, bytes]) => [where, Math.round(bytes / calls)] as const)
  return { bytes: total / calls, top }
}

const runtimeName = (): string =>
  "Deno" in globalThis ? "deno" : "Bun" in globalThis ? "bun" : "node"

const spread = (values: ReadonlyArray<number>): [number, number] => [Math.min(...values), Math.max(...values)]

const child = async (options: Map<string, string>) => {
  const socketUrl = options.get("url")
  if (socketUrl === undefined) answerFromMemory()
  const baseUrl = socketUrl ?? inMemoryUrl
  const { chatID } = loadPayloads()
  const clients = new Map<string, Send>()
  clients.set("raw", rawSend(baseUrl, chatID))
  clients.set("effect", await effectSend(await import("@beeper-kit/effect"), baseUrl, chatID))
  const against = options.get("against")
  if (against !== undefined && against !== "") {
    clients.set("against", await effectSend((await import(pathToFileURL(join(against, "src/index.ts")).href)) as EffectModule, baseUrl, chatID))
  }
  const names = [...clients.keys()]
  for (const send of clients.values()) await drive(send, 8, 3000)
  const calls = Number(options.get("calls") ?? 2000)
  const rounds = Number(options.get("rounds") ?? 15)
  // CPU blocks long enough that a scheduler's tick (and the machine's other load) is a small part of each
  const cpuCalls = Number(options.get("cpu-calls") ?? calls)
  const top = Number(options.get("top") ?? 0)
  const v8 = typeof (globalThis as { Bun?: unknown }).Bun === "undefined" && options.get("alloc") !== "false"
  const results: Record<string, unknown> = {}
  for (const workload of (options.get("workloads") ?? "send-1,send-64").split(",")) {
    const concurrency = Number(workload.split("-")[1])
    const allocation: Record<string, unknown> = {}
    if (v8) {
      for (const name of names) {
        // three profiles, the median's figures: a collection's timing moves a little of what is counted
        const runs = []
        const dir = options.get("profile")
        for (let i = 0; i < 3; i++) {
          const save = dir === undefined || i > 0 ? undefined : join(dir, `${runtimeName()}-${workload}-${name}.heapprofile`)
          runs.push(await allocationPerCall(clients.get(name)!, concurrency, calls, save))
        }
        const mid = runs.sort((a, b) => a.bytes - b.bytes)[1]!
        allocation[name] = { bytes: Math.round(mid.bytes), spread: spread(runs.map((run) => Math.round(run.bytes))), top: name === "raw" ? [] : mid.top.slice(0, top) }
      }
    }
    const samples = await interleavedCpuPerCall(clients, rounds, concurrency, cpuCalls)
    const raw = samples.get("raw")!
    const previous = samples.get("against")
    const cpu = Object.fromEntries(names.map((name) => {
      const us = samples.get(name)!
      const ratios = us.map((value, i) => value / raw[i]!)
      const overAgainst = name === "effect" && previous !== undefined ? us.map((value, i) => value / previous[i]!) : undefined
      return [name, {
        us: median(us),
        ratio: median(ratios),
        ratioSpread: spread(ratios),
        ...(overAgainst === undefined ? {} : { overAgainst: median(overAgainst), overAgainstSpread: spread(overAgainst) }),
      }]
    }))
    results[workload] = { allocation, cpu }
  }
  report({ results })
  process.exit(0)
}

const parent = async (options: Map<string, string>) => {
  const passed = ["calls", "cpu-calls", "rounds", "workloads", "top", "alloc"].flatMap((name) => options.has(name) ? [`--${name}=${options.get(name)}`] : [])
  const against = options.get("against")
  if (against !== undefined) passed.push(`--against=${resolve(against)}`)
  const profile = options.get("profile")
  if (profile !== undefined) passed.push(`--profile=${resolve(profile)}`)
  const run = async (payloads: string, url: string | undefined) => {
    const file = fileURLToPath(import.meta.url)
    for (const runtime of (options.get("runtimes") ?? "deno,node").split(",")) {
      const [command, args] = await sourceCommand(runtime as ProcessRuntime, file, ["--child", ...(url === undefined ? [] : [`--url=${url}`]), ...passed])
      const { value } = await runChild<{ results: Record<string, { allocation: Record<string, any>; cpu: Record<string, any> }> }>(
        command,
        args,
        { env: { BENCH_PAYLOADS: payloads }, timeoutMs: 900_000 },
      )
      console.log(`\n${runtime} (${url === undefined ? "fetch answered from memory" : "over a socket"}):`)
      for (const [workload, { allocation, cpu }] of Object.entries(value.results)) {
        console.log(`  ${workload}`)
        for (const [name, row] of Object.entries(cpu)) {
          const bytes = allocation[name]
          const against = row.overAgainst === undefined ? "" : `, ${row.overAgainst.toFixed(2)}× against (${row.overAgainstSpread.map((x: number) => x.toFixed(2)).join("–")})`
          console.log(`    ${name.padEnd(8)} ${bytes === undefined ? "" : `${bytes.bytes} B/call (${bytes.spread.join("–")})  `}${row.us.toFixed(1)} µs CPU/call, ${row.ratio.toFixed(2)}× raw (${row.ratioSpread.map((x: number) => x.toFixed(2)).join("–")})${against}`)
        }
        for (const [name, bytes] of Object.entries(allocation)) {
          if (bytes.top.length === 0) continue
          console.log(`    ${name}: bytes per call by allocating function`)
          for (const [where, perCall] of bytes.top) console.log(`      ${String(perCall).padStart(6)}  ${where}`)
        }
      }
    }
  }
  if (options.has("socket")) {
    await withFixtureServer("per-call", ({ server, payloadsFile }) => run(payloadsFile, server.url))
  } else {
    const { mkdtempSync, rmSync } = await import("node:fs")
    const { tmpdir } = await import("node:os")
    const [{ buildPayloads }, { savePayloads }] = await Promise.all([import("../fixtures.ts"), import("../payloads.ts")])
    const scratch = mkdtempSync(join(tmpdir(), "bench-per-call-"))
    try {
      await run(savePayloads(scratch, await buildPayloads()), undefined)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
}

const options = commandFlags()
if (options.has("child")) await child(options)
else await parent(options)

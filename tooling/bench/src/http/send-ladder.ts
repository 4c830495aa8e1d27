// A send built up from raw `fetch` one step at a time, over the bench's fixture server, side by side in ONE process:
// each rung adds one thing to the one before, so the CPU it adds over raw's neighbouring block is that thing's cost
// over a real socket (blocks interleaved in an order rotated each round, medians of per-round ratios, as
// over-socket.ts). The rungs:
//   raw             the bench's raw client: `fetch` + `Response#text` + `JSON.parse`
//   signal          + what ours' fetch carries: a fresh `AbortController`'s signal, `redirect: "manual"`, `accept`
//   fiber           that fetch inside one `Effect.callback` (an interrupt aborts it), run by
//                   `Effect.runPromiseWith(context)`: the fiber per call
//   fiber-managed   the same run by `ManagedRuntime#runPromise` (what the bench's `effect` variant calls)
//   ours            `BeeperDesktop` `messages.send` (`BeeperServices.adapter()`), run by `Effect.runPromiseWith`
//   ours-managed    the same by `ManagedRuntime#runPromise`: the bench's `effect` variant
//   ours-program    the same sends as fibers of one Effect program (`Effect.forEach` at the concurrency, each fiber
//                   sending in a loop; one `ManagedRuntime#runPromise` per block): what code written in Effect pays
// `--gc-log=RUNG` (Bun only) runs that rung alone, 64 at a time, under JavaScriptCore's GC log (`BUN_JSC_logGC`) and
// sums its collections: what a rung leaves for the GC, which CPU per call alone does not show (tooling/bench/README.md,
// "What the profiles show"). With `--memory`, `fetch` is answered from memory (in-memory.ts's method): then every
// collection is one the allocations asked for, and the bytes they counted, summed, are the rung's bytes per call (over
// the socket Bun also collects on a timer, and those collections do not say what was allocated).
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/send-ladder.ts [--runtimes=bun,deno,node]
//     [--calls=1000] [--rounds=21] [--concurrency=64,1] [--gc-log=RUNG [--memory]]
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { childEnv, report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads } from "../payloads.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { benchToken } from "../servers/token.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"
import { cpuPerCall, interleavedCpuPerCall, type Op } from "./cpu-per-call.ts"

const text = "Benchmark message"
/** Sends under the GC log: from memory more, so the last collection's unfinished count is a small part of the sum. */
const gcCallsOf = (options: Map<string, string>): number => options.has("memory") ? 200_000 : 40_000

const rungsOf = async (baseUrl: string): Promise<Map<string, Op>> => {
  const { chatID } = loadPayloads()
  const url = `${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`
  const authorization = `Bearer ${benchToken}`
  const answerOf = (response: Response): Promise<string> => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return response.text()
  }
  const withSignal = (controller: AbortController) =>
    fetch(url, {
      method: "POST",
      headers: { authorization, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ text }),
      signal: controller.signal,
      redirect: "manual",
    })
  const { Effect, ManagedRuntime, Redacted } = await import("effect")
  const { BeeperDesktop, BeeperServices } = await import("@beeper-kit/effect")
  const runtime = ManagedRuntime.make(BeeperServices.adapter().layer({ baseUrl, accessToken: Redacted.make(benchToken) }))
  const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
  const runWith = Effect.runPromiseWith(await runtime.context())
  const fiber = () =>
    Effect.callback<string>((resume) => {
      const controller = new AbortController()
      withSignal(controller).then(answerOf).then(
        (body) => resume(Effect.succeed((JSON.parse(body) as { pendingMessageID: string }).pendingMessageID)),
        (error: unknown) => resume(Effect.die(error)),
      )
      return Effect.sync(() => controller.abort())
    })
  const ours = () => Effect.map(beeper.messages.send({ chatID, text }), (sent) => sent.pendingMessageID)
  return new Map<string, Op>([
    ["raw", async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ text }),
      })
      return (JSON.parse(await answerOf(response)) as { pendingMessageID: string }).pendingMessageID
    }],
    ["signal", async () => (JSON.parse(await answerOf(await withSignal(new AbortController()))) as { pendingMessageID: string }).pendingMessageID],
    ["fiber", () => runWith(fiber())],
    ["fiber-managed", () => runtime.runPromise(fiber())],
    ["ours", () => runWith(ours())],
    ["ours-managed", () => runtime.runPromise(ours())],
    ["ours-program", {
      drive: (concurrency: number, calls: number) => {
        let left = calls
        const sender = Effect.whileLoop({ while: () => left-- > 0, body: ours, step: () => {} })
        return runtime.runPromise(Effect.forEach(Array.from({ length: concurrency }), () => sender, { concurrency, discard: true }))
      },
    }],
  ])
}

const child = async (options: Map<string, string>) => {
  if (options.has("memory")) {
    const bytes = new TextEncoder().encode(loadPayloads().sendResponse)
    const headers = { "content-type": "application/json", "content-length": String(bytes.byteLength) }
    globalThis.fetch = (() => Promise.resolve(new Response(bytes, { status: 200, headers }))) as unknown as typeof fetch
  }
  const rungs = await rungsOf(options.get("url")!)
  const gcRung = options.get("gc-log")
  if (gcRung !== undefined) {
    const send = rungs.get(gcRung)
    if (send === undefined) throw new Error(`no rung ${gcRung}: ${[...rungs.keys()].join(", ")}`)
    await cpuPerCall(send, 64, 5000)
    console.error("=== measured")
    const cpuUs = await cpuPerCall(send, 64, gcCallsOf(options))
    console.error("=== done")
    report({ cpuUs })
    process.exit(0)
  }
  const names = [...rungs.keys()]
  for (const send of rungs.values()) await cpuPerCall(send, 8, 500)
  const calls = Number(options.get("calls") ?? 1000)
  const rounds = Number(options.get("rounds") ?? 21)
  const results: Record<string, Record<string, { cpuUs: number; ratio: number }>> = {}
  for (const concurrency of (options.get("concurrency") ?? "64,1").split(",").map(Number)) {
    const samples = await interleavedCpuPerCall(rungs, rounds, concurrency, calls)
    const raw = samples.get("raw")!
    results[`send-${concurrency}`] = Object.fromEntries(names.map((name) => {
      const cpu = samples.get(name)!
      return [name, { cpuUs: median(cpu), ratio: median(cpu.map((us, i) => us / raw[i]!)) }]
    }))
  }
  report({ results })
  // the clients keep sockets (and an Effect runtime) alive: the figures are out
  process.exit(0)
}

/** The measured span of a JavaScriptCore GC log: collections, GC time per call, the heap after each collection. */
const summarizeGcLog = (log: string, cpuUs: number, gcCalls: number): string => {
  const measured = log.slice(log.indexOf("=== measured"), log.indexOf("=== done"))
  const collections = [...measured.matchAll(/=> (Eden|Full)Collection/g)].map((match) => match[1])
  const cycles = [...measured.matchAll(/cycle ([0-9.]+)ms/g)].reduce((sum, match) => sum + Number(match[1]), 0)
  const after = [...measured.matchAll(/=> ([0-9]+)kb, p=/g)].map((match) => `${(Number(match[1]) / 1024).toFixed(1)}`)
  const eden = collections.filter((kind) => kind === "Eden").length
  const allocated = [...measured.matchAll(/bytes allocated this cycle: ([0-9]+)/g)].reduce((sum, match) => sum + Number(match[1]), 0)
  return `${cpuUs.toFixed(1)} µs CPU/call; ${Math.round(allocated / gcCalls)} B/call allocated (counted by the collections ` +
    `the allocations asked for); ${eden} eden and ${collections.length - eden} full collections, ` +
    `${(cycles * 1000 / gcCalls).toFixed(2)} µs of GC cycles per call; heap after each (MB): ${after.join(" ")}`
}

/** Runs the child of `--gc-log` under Bun with the GC log on (it goes to stderr, the figures to stdout). */
const gcLogged = (command: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv, gcCalls: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const process = spawn(command, args, { env: childEnv({ ...env, BUN_JSC_logGC: "1" }), stdio: ["ignore", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    process.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    process.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    process.on("error", reject)
    process.on("close", (code) => {
      if (code !== 0) return reject(new Error(`${command} exited ${code}:\n${stderr.slice(-4000)}`))
      const { cpuUs } = JSON.parse(stdout.trim().split("\n").at(-1)!) as { cpuUs: number }
      resolve(summarizeGcLog(stderr, cpuUs, gcCalls))
    })
  })

const parent = async (options: Map<string, string>) => {
  await withFixtureServer("send-ladder", async ({ server, payloadsFile: payloads }) => {
    process.env["BENCH_PAYLOADS"] = payloads
    const file = fileURLToPath(import.meta.url)
    const passed = ["calls", "rounds", "concurrency", "gc-log"].flatMap((name) => options.has(name) ? [`--${name}=${options.get(name)}`] : [])
    if (options.has("memory")) passed.push("--memory")
    const gcRung = options.get("gc-log")
    if (gcRung !== undefined) {
      const [command, args] = await sourceCommand("bun", file, ["--child", `--url=${server.url}`, ...passed])
      const where = options.has("memory") ? "answered from memory" : "over the socket"
      const gcCalls = gcCallsOf(options)
      console.log(`bun, ${gcRung}, ${gcCalls} sends 64 at a time ${where}: ${await gcLogged(command, args, { BENCH_PAYLOADS: payloads }, gcCalls)}`)
      return
    }
    for (const runtime of (options.get("runtimes") ?? "bun").split(",")) {
      const [command, args] = await sourceCommand(runtime as ProcessRuntime, file, ["--child", `--url=${server.url}`, ...passed])
      const { value } = await runChild<{ results: Record<string, Record<string, { cpuUs: number; ratio: number }>> }>(
        command,
        args,
        { env: { BENCH_PAYLOADS: payloads }, timeoutMs: 900_000 },
      )
      console.log(`\n${runtime}: client CPU µs per send (median of per-round ratios to raw fetch + JSON.parse)`)
      for (const [workload, rows] of Object.entries(value.results)) {
        console.log(`  ${workload}: ${Object.entries(rows).map(([name, row]) => `${name} ${row.cpuUs.toFixed(1)} (${row.ratio.toFixed(2)}×)`).join("   ")}`)
      }
    }
  })
}

const options = commandFlags()
if (options.has("child")) await child(options)
else await parent(options)

// Where one-at-a-time calls spend wall time beyond their CPU: seq-steps.ts's ladder — raw `fetch` + `JSON.parse`,
// raw with `Response#json()` / `arrayBuffer()` + `TextDecoder`, + an abort signal and `redirect: "manual"`, + an
// attempt timer, + an Effect fiber around it, then `@beeper-kit/effect` through the runtime's adapter (and with
// `--official` the official SDK) — blocks of sequential calls interleaved in one process (a Worker on workerd),
// each block's wall time and CPU per call, and their medians' ratios to raw's neighbouring block. `idle` is wall −
// CPU: the server's time and every wake-up. A profiling tool (tooling/bench/README.md, "What the profiles show").
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/seq-latency.ts [--runtimes=workerd,deno,node,bun]
//     [--calls=list,send] [--rounds=15] [--block=200] [--warmup=300] [--concurrency=1] [--official]
//
// `--concurrency=64`: the blocks' calls 64 at a time (the bench's c64 workloads); then read CPU per call, not idle.
// `--profile=PREFIX` (workerd): a CPU profile of the Worker's whole ladder, `PREFIX-<call>.cpuprofile` (DevTools).
import { closedPort } from "@beeper-kit/testkit/ports"
import { Miniflare } from "miniflare"
import { writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads } from "../payloads.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { makeSteps, runLadder, type StepRow } from "./seq-steps.ts"
import type { SeqConfig } from "./seq-latency-worker.ts"
import { cpuOf, findWorkerd } from "./workerd-cpu.ts"

type Rows = Record<string, StepRow>

const settings = (options: Map<string, string>) => ({
  rounds: Number(options.get("rounds") ?? 15),
  calls: Number(options.get("block") ?? 200),
  warmup: Number(options.get("warmup") ?? 300),
  concurrency: Number(options.get("concurrency") ?? 1),
})

const child = async (options: Map<string, string>) => {
  const runtime = options.get("runtime")!
  const layerOf = runtime === "deno"
    ? (await import("@beeper-kit/deno")).BeeperDeno.layer
    : runtime === "bun"
    ? (await import("@beeper-kit/bun")).BeeperBun.layer
    : (await import("@beeper-kit/effect")).BeeperServices.adapter().layer
  const steps = await makeSteps(options.get("call") as "list" | "send", options.get("url")!, loadPayloads().chatID, layerOf, options.has("official"), options.get("steps")?.split(","))
  const rows = await runLadder(steps, settings(options), () => performance.now(), async () => {
    const { user, system } = process.cpuUsage()
    return user + system
  })
  report(rows)
  process.exit(0)
}

const onWorkerd = async (call: "list" | "send", baseUrl: string, options: Map<string, string>): Promise<Rows> => {
  const { bundleForRuntime } = await import("@beeper-kit/testkit/bundle")
  const script = await bundleForRuntime({
    runtime: "workerd",
    entry: { file: new URL("./seq-latency-worker.ts", import.meta.url).pathname },
    target: "es2023",
  })
  let workerd = 0
  const driver = createServer((_req, res) => res.end(String(cpuOf(workerd))))
  await new Promise<void>((resolve) => driver.listen(0, "127.0.0.1", resolve))
  const config: SeqConfig = {
    call,
    baseUrl,
    chatID: loadPayloads().chatID,
    ...settings(options),
    official: options.has("official"),
    ...(options.has("steps") ? { steps: options.get("steps")!.split(",") } : {}),
    driverUrl: `http://127.0.0.1:${(driver.address() as AddressInfo).port}`,
  }
  const profile = options.get("profile")
  const inspectorPort = profile === undefined ? undefined : await closedPort()
  const miniflare = new Miniflare({
    modules: true,
    script,
    compatibilityDate: "2025-09-01",
    bindings: { SEQ_CONFIG: JSON.stringify(config) },
    ...(inspectorPort === undefined ? {} : { inspectorPort }),
  })
  try {
    await miniflare.ready
    workerd = findWorkerd()
    const profiler = inspectorPort === undefined ? undefined : await startProfiler(inspectorPort)
    const response = await miniflare.dispatchFetch("http://localhost/")
    if (profiler !== undefined) writeFileSync(`${profile}-${call}.cpuprofile`, JSON.stringify(await profiler.stop()))
    const body = await response.text()
    if (!response.ok) throw new Error(`the Worker failed (${response.status}): ${body}`)
    return JSON.parse(body) as Rows
  } finally {
    await miniflare.dispose()
    driver.close()
  }
}

/** A CPU profile of the Worker, through workerd's inspector (the DevTools protocol's `Profiler`), from now to `stop`. */
const startProfiler = async (port: number): Promise<{ stop: () => Promise<unknown> }> => {
  const { default: WebSocket } = await import("ws")
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{ title: string; webSocketDebuggerUrl: string }>
  // miniflare's own Workers are listed too; ours is the one it names `core:user:`
  const target = targets.find((t) => t.title.includes("core:user")) ?? targets[0]!
  const socket = new WebSocket(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject))
  const waiting = new Map<number, (result: unknown) => void>()
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown }
    if (message.id !== undefined) waiting.get(message.id)?.(message.result)
  })
  let id = 0
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      waiting.set(++id, resolve)
      socket.send(JSON.stringify({ id, method, params }))
    })
  await send("Profiler.enable")
  await send("Profiler.start")
  return {
    stop: async () => {
      const { profile } = (await send("Profiler.stop")) as { profile: unknown }
      socket.close()
      return profile
    },
  }
}

const inProcess = async (runtime: string, call: "list" | "send", baseUrl: string, options: Map<string, string>): Promise<Rows> => {
  const file = fileURLToPath(import.meta.url)
  const passed = ["--child", `--runtime=${runtime}`, `--call=${call}`, `--url=${baseUrl}`, ...["rounds", "block", "warmup", "concurrency", "official", "steps"]
    .flatMap((name) => options.has(name) ? [`--${name}=${options.get(name)}`] : [])]
  const [command, args] = await sourceCommand(runtime as ProcessRuntime, file, passed)
  return (await runChild<Rows>(command, args, { env: { BENCH_PAYLOADS: process.env["BENCH_PAYLOADS"] }, timeoutMs: 900_000 })).value
}

const parent = async (options: Map<string, string>) => {
  await withFixtureServer("seq-latency", async ({ server, payloadsFile }) => {
    process.env["BENCH_PAYLOADS"] = payloadsFile
    for (const runtime of (options.get("runtimes") ?? "workerd,deno").split(",")) {
      for (const call of (options.get("calls") ?? "list,send").split(",") as Array<"list" | "send">) {
        const rows = runtime === "workerd" ? await onWorkerd(call, server.url, options) : await inProcess(runtime, call, server.url, options)
        const how = settings(options).concurrency === 1 ? "one at a time" : `${settings(options).concurrency} at a time`
        console.log(`\n${runtime} ${call}, ${how}: per call wall / CPU / wall − CPU (µs), median ratio to raw's neighbouring block (wall, CPU)`)
        for (const [name, row] of Object.entries(rows)) {
          console.log(`  ${name.padEnd(18)} ${row.wallUs.toFixed(0).padStart(6)} / ${row.cpuUs.toFixed(0).padStart(5)} / ${row.idleUs.toFixed(0).padStart(5)}   ${row.wallRatio.toFixed(2)}× ${row.cpuRatio.toFixed(2)}×`)
        }
      }
    }
  })
}

const options = commandFlags()
if (options.has("child")) await child(options)
else await parent(options)

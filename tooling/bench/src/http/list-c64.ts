// One workload under the magnifier: `GET /v1/chats` (the 25-chat page) 64 requests at a time against the bench
// server, each client in its own process, rounds interleaved. Prints per client the CPU time per request (user and
// system apart: the system share is where large allocations show on Node, see README "What the profiles show"), and
// on Node the garbage collections per request and their time (`PerformanceObserver`, by kind: minor / major /
// incremental marking). `--profile=DIR` writes a CPU profile of each measured phase (Node, through `node:inspector`).
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/list-c64.ts [--runtimes=node,deno] \
//     [--variants=raw,official,effect,effect-node] [--rounds=3] [--seconds=3] [--profile=DIR]
//
// A child (`--child=<variant>`) is the same file under the runtime measured. A profiling tool, not a section of
// `pnpm bench` (whose HTTP tables measure the same workload among the others).
import { join } from "node:path"
import process from "node:process"
import { fileURLToPath } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads } from "../payloads.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { type EffectLayer, makeClient, type Variant } from "./clients.ts"

interface Figures {
  readonly variant: string
  readonly opsPerSec: number
  readonly cpuUs: number
  readonly userUs: number
  readonly systemUs: number
  readonly gcPerOp?: number
  readonly gcUsPerOp?: number
  readonly gcByKind?: Record<string, { count: number; ms: number }>
}

const gcKinds: Record<string, string> = { "1": "minor", "2": "minor-ms", "4": "major", "8": "incremental", "16": "weak" }

const child = async (runtime: string, variant: string, baseUrl: string, seconds: number, profileDir: string | undefined) => {
  const layerOf: EffectLayer = async (kind, options) => {
    if (kind === "effect-node") return (await import("@beeper-kit/node")).BeeperNode.layer(options)
    if (runtime === "deno") return (await import("@beeper-kit/deno")).BeeperDeno.layer(options)
    if (runtime === "bun") return (await import("@beeper-kit/bun")).BeeperBun.layer(options)
    return (await import("@beeper-kit/effect")).BeeperServices.adapter().layer(options)
  }
  const client = await makeClient(variant as Variant, baseUrl, loadPayloads().chatID, layerOf)
  const gc = { on: false, count: 0, ms: 0, byKind: {} as Record<string, { count: number; ms: number }> }
  if (runtime === "node") {
    const { PerformanceObserver } = await import("node:perf_hooks")
    new PerformanceObserver((list) => {
      if (!gc.on) return
      for (const entry of list.getEntries()) {
        const kind = gcKinds[String((entry as { detail?: { kind?: number } }).detail?.kind)] ?? "other"
        gc.count++
        gc.ms += entry.duration
        const byKind = (gc.byKind[kind] ??= { count: 0, ms: 0 })
        byKind.count++
        byKind.ms += entry.duration
      }
    }).observe({ entryTypes: ["gc"] })
  }
  const run = async (ms: number) => {
    const deadline = performance.now() + ms
    let ops = 0
    await Promise.all(Array.from({ length: 64 }, async () => {
      while (performance.now() < deadline) {
        await client.list()
        ops++
      }
    }))
    return ops
  }
  for (let i = 0; i < 500; i++) await client.list()
  await run(1000)
  const profiler = profileDir !== undefined && runtime === "node" ? await startProfiler() : undefined
  gc.on = true
  const cpu = process.cpuUsage()
  const started = performance.now()
  const ops = await run(seconds * 1000)
  const elapsed = performance.now() - started
  const used = process.cpuUsage(cpu)
  // GC entries are delivered after the collection: let the last ones arrive
  await new Promise((resolve) => setTimeout(resolve, 50))
  gc.on = false
  if (profiler !== undefined) await profiler.stop(join(profileDir!, `${variant}-${process.pid}.cpuprofile`))
  const figures: Figures = {
    variant,
    opsPerSec: (ops / elapsed) * 1000,
    cpuUs: (used.user + used.system) / ops,
    userUs: used.user / ops,
    systemUs: used.system / ops,
    ...(runtime === "node" ? { gcPerOp: gc.count / ops, gcUsPerOp: (gc.ms * 1000) / ops, gcByKind: gc.byKind } : {}),
  }
  report(figures)
  process.exit(0)
}

const startProfiler = async () => {
  const { Session } = await import("node:inspector/promises")
  const { writeFileSync } = await import("node:fs")
  const session = new Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.start")
  return {
    stop: async (file: string) => {
      const { profile } = await session.post("Profiler.stop")
      writeFileSync(file, JSON.stringify(profile))
    },
  }
}

const parent = async (flags: Map<string, string>) => {
  const runtimes = (flags.get("runtimes") ?? "node").split(",")
  const variants = (flags.get("variants") ?? "raw,official,effect,effect-node").split(",")
  const rounds = Number(flags.get("rounds") ?? 3)
  const seconds = flags.get("seconds") ?? "3"
  const profile = flags.get("profile")
  await withFixtureServer("list-c64", async ({ server, payloadsFile: payloads }) => {
    for (const runtime of runtimes) {
      const rows: Record<string, Array<Figures>> = {}
      for (let round = 0; round < rounds; round++) {
        for (const variant of runtime === "node" ? variants : variants.filter((v) => v !== "effect-node")) {
          const args = [`--child=${variant}`, `--runtime=${runtime}`, `--url=${server.url}`, `--seconds=${seconds}`]
          if (profile !== undefined) args.push(`--profile=${profile}`)
          const [command, commandArgs] = await sourceCommand(runtime as ProcessRuntime, fileURLToPath(import.meta.url), args)
          const { value } = await runChild<Figures>(command, commandArgs, { env: { BENCH_PAYLOADS: payloads } })
          ;(rows[variant] ??= []).push(value)
        }
      }
      console.log(`\n${runtime}: list, 64 at a time — per request, each round (load ${(await import("node:os")).loadavg()[0]!.toFixed(1)})`)
      for (const [variant, figures] of Object.entries(rows)) {
        const cells = figures.map((f) =>
          `${f.cpuUs.toFixed(0)} µs CPU (sys ${f.systemUs.toFixed(0)}), ${f.opsPerSec.toFixed(0)}/s` +
          (f.gcPerOp === undefined ? "" : `, ${f.gcPerOp.toFixed(3)} GC ${f.gcUsPerOp!.toFixed(0)} µs [${
            Object.entries(f.gcByKind!).map(([kind, k]) => `${kind} ${k.count}`).join(" ")
          }]`)
        )
        console.log(`${variant.padEnd(20)} ${cells.join(" | ")}`)
      }
    }
  })
}

const flags = commandFlags()
const variant = flags.get("child")
if (variant !== undefined) {
  await child(flags.get("runtime")!, variant, flags.get("url")!, Number(flags.get("seconds")), flags.get("profile"))
} else {
  await parent(flags)
}

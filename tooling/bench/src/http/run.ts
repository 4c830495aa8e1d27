// The HTTP section: every (runtime × variant) in its own process — Node, Deno and Bun run http/worker.ts, workerd
// runs http/workerd-worker.ts driven by http/workerd.ts — rounds interleaved (variants of one runtime back to back,
// in an order rotated each round, so a runtime's ratios come from the same minute), rounds pooled.
import { bunBinary, denoBinary } from "@beeper-kit/testkit/binaries"
import { join } from "node:path"
import { runChild } from "../child.ts"
import { median } from "../stats.ts"
import { type Runtime, runtimes, runtimeVariants, type Variant } from "./clients.ts"
import type { PhaseSettings, WorkloadResult } from "./workloads.ts"

/** Figures per runtime, variant and workload. */
export type HttpResults = Record<string, Record<string, Record<string, WorkloadResult>>>

const source = "--conditions=@beeper-kit/source"
const file = (name: string) => new URL(`./${name}`, import.meta.url).pathname
const benchDir = new URL("../../", import.meta.url).pathname

/** The command that runs `variant` on `runtime`. */
const command = (runtime: Runtime, variant: Variant, url: string, settings: PhaseSettings, scratch: string): [string, Array<string>] => {
  const phases = [String(settings.phaseMs), String(settings.warmupMs), String(settings.warmupCalls)]
  const worker = [file("worker.ts"), runtime, variant, url, ...phases]
  switch (runtime) {
    case "node":
      return [process.execPath, [source, ...worker]]
    case "deno":
      return [denoBinary(), ["run", "-A", "--node-modules-dir=manual", source, ...worker]]
    case "bun":
      return [bunBinary(), [source, ...worker]]
    case "workerd":
      return [process.execPath, [source, file("workerd.ts"), variant, url, ...phases, join(scratch, "workerd-bench.js")]]
  }
}

/** Pools rounds: ops/s and CPU per request over every round's phases, latencies the median of the rounds'. */
const pool = (rounds: ReadonlyArray<WorkloadResult>): WorkloadResult => {
  const ops = rounds.reduce((sum, r) => sum + r.ops, 0)
  const elapsed = rounds.reduce((sum, r) => sum + (r.elapsedMs ?? (r.ops / r.opsPerSec) * 1000), 0)
  const cpu = rounds.reduce((sum, r) => sum + (r.cpuUs ?? (r.cpuUsPerOp ?? Number.NaN) * r.ops), 0)
  return {
    ops,
    opsPerSec: (ops / elapsed) * 1000,
    cpuUsPerOp: cpu / ops,
    elapsedMs: elapsed,
    cpuUs: cpu,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
  }
}

/** Measures every runtime's variants, `rounds` times, against the server at `url`. */
export const measureHttp = async (options: {
  readonly url: string
  readonly rounds: number
  readonly settings: PhaseSettings
  readonly scratch: string
  readonly env: NodeJS.ProcessEnv
  readonly runtimes?: ReadonlyArray<Runtime> | undefined
  readonly log: (line: string) => void
}): Promise<HttpResults> => {
  const rounds: Record<string, Record<string, Record<string, Array<WorkloadResult>>>> = {}
  for (let round = 0; round < options.rounds; round++) {
    for (const runtime of options.runtimes ?? runtimes) {
      const variants = runtimeVariants[runtime]
      // rotate the order each round, so no variant always runs first or last
      const order = variants.map((_, i) => variants[(i + round) % variants.length]!)
      for (const variant of order) {
        options.log(`http round ${round + 1}/${options.rounds}: ${runtime} ${variant}`)
        const [cmd, args] = command(runtime, variant, options.url, options.settings, options.scratch)
        const { value } = await runChild<{ results: Record<string, WorkloadResult> }>(cmd, args, { cwd: benchDir, env: options.env })
        for (const [workload, result] of Object.entries(value.results)) {
          ;(((rounds[runtime] ??= {})[variant] ??= {})[workload] ??= []).push(result)
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(rounds).map(([runtime, variants]) => [
    runtime,
    Object.fromEntries(Object.entries(variants).map(([variant, workloads]) => [
      variant,
      Object.fromEntries(Object.entries(workloads).map(([workload, results]) => [workload, pool(results)])),
    ])),
  ]))
}

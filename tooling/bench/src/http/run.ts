// The HTTP section. Every (runtime × variant) is its own long-lived process — Node, Deno and Bun run http/worker.ts,
// workerd runs http/workerd-worker.ts driven by http/workerd.ts — started and warmed up once, then driven phase by
// phase (driven.ts). Each round measures, runtime by runtime and workload by workload, every variant of the runtime
// back to back (in an order rotated each round and workload), so a variant and the raw fetch it is compared with
// are measured about a second apart and a burst of other load rarely hits one and not the other. Idle processes only
// wait on stdin. The rounds are kept: the report takes each round's ratios and their median (http/ratios.ts).
import { join } from "node:path"
import { type DrivenChild, startDriven } from "../driven.ts"
import { sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"
import { type Runtime, runtimes, runtimeVariants, type Variant } from "./clients.ts"
import { workerdBundle } from "./workerd-bundle.ts"
import { type PhaseCommand, type PhaseSettings, type WorkloadId, type WorkloadResult, workloads } from "./workloads.ts"

/** Figures per runtime, variant and workload: the rounds pooled, with each round's phase in `rounds`. */
export type HttpResults = Record<string, Record<string, Record<string, WorkloadResult>>>

const file = (name: string) => new URL(`./${name}`, import.meta.url).pathname
const benchDir = new URL("../../", import.meta.url).pathname

const workerdBundleFile = (scratch: string) => join(scratch, "workerd-bench.js")

/** The command that runs `variant` on `runtime`, warmed up with `warmupCalls` of each call. */
const command = (runtime: Runtime, variant: Variant, url: string, warmupCalls: number, scratch: string): Promise<[string, Array<string>]> =>
  runtime === "workerd"
    ? sourceCommand("node", file("workerd.ts"), [variant, url, String(warmupCalls), workerdBundleFile(scratch)])
    : sourceCommand(runtime, file("worker.ts"), [runtime, variant, url, String(warmupCalls)])

/** One measured phase of a round. */
export interface Step {
  readonly round: number
  readonly runtime: Runtime
  readonly workload: WorkloadId
  readonly variant: Variant
}

/**
 * The phases of `rounds` rounds, in the order they run: round by round, runtime by runtime, workload by workload,
 * the runtime's variants back to back, rotated by the round and the workload so that no variant always runs first
 * or last, nor always just before or after raw.
 */
export const schedule = (rounds: number, runtimeList: ReadonlyArray<Runtime>): Array<Step> =>
  Array.from({ length: rounds }, (_, round) =>
    runtimeList.flatMap((runtime) => {
      const variants = runtimeVariants[runtime]
      return workloads.flatMap((w, index) =>
        variants.map((_, i) => ({ round, runtime, workload: w.id, variant: variants[(i + round + index) % variants.length]! }))
      )
    })).flat()

/** Pools rounds: ops/s and CPU per request over every round's phases, latencies the median of the rounds'. */
export const poolRounds = (rounds: ReadonlyArray<WorkloadResult>): WorkloadResult => {
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
    rounds,
  }
}

/** Measures every runtime's variants, `rounds` rounds of short phases, against the server at `url`. */
export const measureHttp = async (options: {
  readonly url: string
  readonly rounds: number
  readonly phase: PhaseSettings
  /** Calls of each kind every process makes once, before its first phase. */
  readonly warmupCalls: number
  readonly scratch: string
  readonly env: NodeJS.ProcessEnv
  readonly runtimes?: ReadonlyArray<Runtime> | undefined
  readonly log: (line: string) => void
}): Promise<HttpResults> => {
  const runtimeList = options.runtimes ?? runtimes
  const children = new Map<string, DrivenChild>()
  const key = (runtime: Runtime, variant: Variant) => `${runtime}/${variant}`
  const phases: Record<string, Record<string, Record<string, Array<WorkloadResult>>>> = {}
  const started = performance.now()
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0)
  try {
    // start-up and warm-up of every process at once (nothing is measured meanwhile): on a machine shared with other
    // work, more processes get more of its CPU, and start-up is the longest part of the section there
    if (runtimeList.includes("workerd")) await workerdBundle(workerdBundleFile(options.scratch))
    options.log(`http: starting and warming up ${runtimeList.map((runtime) => `${runtime} (${runtimeVariants[runtime].join(", ")})`).join("; ")}`)
    const starts = await Promise.allSettled(runtimeList.flatMap((runtime) =>
      runtimeVariants[runtime].map(async (variant) => {
        const [cmd, args] = await command(runtime, variant, options.url, options.warmupCalls, options.scratch)
        children.set(key(runtime, variant), await startDriven(cmd, args, { cwd: benchDir, env: options.env, readyTimeoutMs: 300_000 }))
      })
    ))
    // every start has settled (so the `finally` below closes each child that did start) before one failure throws
    const failed = starts.find((s) => s.status === "rejected")
    if (failed !== undefined) throw failed.reason
    options.log(`http: ${children.size} processes ready (${seconds()} s in)`)
    let round = -1
    for (const step of schedule(options.rounds, runtimeList)) {
      if (step.round !== round) options.log(`http round ${(round = step.round) + 1}/${options.rounds} (${seconds()} s in)`)
      const phase: PhaseCommand = { type: "phase", workload: step.workload, ...options.phase }
      const result = await children.get(key(step.runtime, step.variant))!.request<WorkloadResult>(phase)
      ;(((phases[step.runtime] ??= {})[step.variant] ??= {})[step.workload] ??= []).push(result)
    }
    options.log(`http: ${options.rounds} round(s) measured (${seconds()} s in)`)
  } finally {
    await Promise.all([...children.values()].map((child) => child.close()))
  }
  return Object.fromEntries(Object.entries(phases).map(([runtime, variants]) => [
    runtime,
    Object.fromEntries(Object.entries(variants).map(([variant, byWorkload]) => [
      variant,
      Object.fromEntries(Object.entries(byWorkload).map(([workload, results]) => [workload, poolRounds(results)])),
    ])),
  ]))
}

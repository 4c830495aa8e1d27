// The HTTP measurement itself, runtime-neutral (Node, Deno, Bun, and inside a Worker on workerd): the client is
// warmed up on both calls, then each workload is warmed up again and run for a fixed time. Yields ops/s, the
// latency samples' p50/p99 and the client's CPU time per request (read through `cpuMicros`, which each runtime
// supplies: `process.cpuUsage()` in a process, the workerd process's CPU read by the driver for a Worker).
import { percentile } from "../stats.ts"
import type { BenchClient } from "./clients.ts"
import { type PhaseSettings, type WorkloadResult, workloads } from "./workloads.ts"

/** The CPU time (user + system, µs) the client's process has used so far. */
export type CpuClock = () => Promise<number>

const run = async (op: () => Promise<unknown>, concurrency: number, durationMs: number, cpuMicros: CpuClock, samples?: Array<number>) => {
  const deadline = performance.now() + durationMs
  let ops = 0
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      await op()
      samples?.push(performance.now() - started)
      ops++
    }
  }
  const cpu = await cpuMicros()
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const elapsed = performance.now() - started
  return { ops, elapsed, cpuUs: (await cpuMicros()) - cpu }
}

/** Makes `calls` calls of `op`, `concurrency` at a time. */
const repeat = async (op: () => Promise<unknown>, concurrency: number, calls: number) => {
  let left = calls
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await op()
  }))
}

/** Measures every workload of {@link workloads} on `client`. */
export const measureClient = async (
  client: BenchClient,
  settings: PhaseSettings,
  cpuMicros: CpuClock,
): Promise<Record<string, WorkloadResult>> => {
  if ((await client.list()) !== 25) throw new Error("expected 25 chats")
  // Warm the whole client first (both calls, some concurrency), so the first workload measured is not also the
  // one that pays for JIT compilation: a client with more code (Effect) needs more calls before it is optimised.
  for (const op of [client.list, client.send]) await repeat(op, 8, settings.warmupCalls)
  const results: Record<string, WorkloadResult> = {}
  for (const workload of workloads) {
    const op = workload.call === "list" ? client.list : client.send
    await run(op, workload.concurrency, settings.warmupMs, cpuMicros)
    const samples: Array<number> = []
    const { ops, elapsed, cpuUs } = await run(op, workload.concurrency, settings.phaseMs, cpuMicros, samples)
    results[workload.id] = {
      ops,
      opsPerSec: (ops / elapsed) * 1000,
      cpuUsPerOp: cpuUs / ops,
      elapsedMs: elapsed,
      cpuUs,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
    }
  }
  return results
}

// The HTTP measurement itself, runtime-neutral (Node, Deno, Bun, and inside a Worker on workerd): the client is
// warmed up once on both calls, then each phase the parent asks for runs one workload without a pause: a short
// warm-up, then a measured window of fixed length. A phase yields ops/s, the latency samples' p50/p99 and the client's CPU time per request (read
// through `cpuMicros`, which each runtime supplies: `process.cpuUsage()` in a process, the workerd process's CPU
// read by the driver for a Worker).
import { percentile } from "../stats.ts"
import type { BenchClient } from "./clients.ts"
import { type PhaseSettings, type WorkloadId, type WorkloadResult, workloads } from "./workloads.ts"

/** The CPU time (user + system, µs) the client's process has used so far. */
export type CpuClock = () => Promise<number>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `call` of `client`, `concurrency` at a time, without a pause: `warmupMs` of warm-up, then a measured window of
 * `phaseMs`, then the calls in flight finish (not counted). The window counts the calls that complete inside it (and
 * their latencies) and the CPU time used inside it — steady state, with no ramp-up or drain in the figures. The calls
 * are made from `async` loops, or by the client itself when it drives them (`BenchClient.drive`).
 */
const run = async (
  client: BenchClient,
  call: "list" | "send",
  concurrency: number,
  warmupMs: number,
  phaseMs: number,
  cpuMicros: CpuClock,
) => {
  let from = Number.POSITIVE_INFINITY
  let until = Number.POSITIVE_INFINITY
  let stopped = false
  let ops = 0
  const samples: Array<number> = []
  const completed = (started: number, ended: number) => {
    if (ended >= from && ended <= until) {
      ops++
      samples.push(ended - started)
    }
  }
  const op = client[call]
  const loop = async () => {
    while (!stopped) {
      const started = performance.now()
      await op()
      completed(started, performance.now())
    }
  }
  const loops = client.drive !== undefined
    ? client.drive(call, concurrency, { stopped: () => stopped, completed })
    : Promise.all(Array.from({ length: concurrency }, loop))
  loops.catch(() => {}) // a failed call is thrown by `await loops` below, not reported as unhandled meanwhile
  await sleep(warmupMs)
  from = performance.now()
  const cpuFrom = await cpuMicros()
  await sleep(phaseMs)
  until = performance.now()
  const cpuUntil = await cpuMicros()
  stopped = true
  await loops
  return { ops, elapsed: until - from, cpuUs: cpuUntil - cpuFrom, samples }
}

/** Makes `calls` calls of `op`, `concurrency` at a time. */
const repeat = async (op: () => Promise<unknown>, concurrency: number, calls: number) => {
  let left = calls
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await op()
  }))
}

/**
 * Warms the whole client up (both calls, 8 at a time, `calls` each), so the first workload measured is not also the
 * one that pays for JIT compilation: a client with more code (Effect) needs more calls before it is optimised.
 */
export const warmUp = async (client: BenchClient, calls: number): Promise<void> => {
  if ((await client.list()) !== 25) throw new Error("expected 25 chats")
  for (const op of [client.list, client.send]) await repeat(op, 8, calls)
}

/** One phase of `workload` on a warmed-up client: `phase.warmupMs` of warm-up, then `phase.phaseMs` measured. */
export const measureWorkload = async (
  client: BenchClient,
  workload: WorkloadId,
  phase: PhaseSettings,
  cpuMicros: CpuClock,
): Promise<WorkloadResult> => {
  const { call, concurrency } = workloads.find((w) => w.id === workload) ?? { call: undefined, concurrency: 0 }
  if (call === undefined) throw new Error(`no workload ${workload}`)
  const { ops, elapsed, cpuUs, samples } = await run(client, call, concurrency, phase.warmupMs, phase.phaseMs, cpuMicros)
  return {
    ops,
    opsPerSec: (ops / elapsed) * 1000,
    cpuUsPerOp: cpuUs / ops,
    elapsedMs: elapsed,
    cpuUs,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
  }
}

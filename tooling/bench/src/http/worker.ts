// One HTTP variant in its own process: the client is warmed up on both calls, then sequential and concurrency-64
// `GET /v1/chats` and `POST` send, each warmed up again and run for a fixed time. Prints ops/s, the latency
// samples' p50/p99 and the client's CPU time per request.
//   node http/worker.ts <variant> <baseUrl> <phaseMs> <warmupMs> <warmupCalls>
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import { percentile } from "../stats.ts"
import { makeClient, type Variant } from "./clients.ts"
import { type WorkloadResult, workloads } from "./workloads.ts"

const run = async (op: () => Promise<unknown>, concurrency: number, durationMs: number, samples?: Array<number>) => {
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
  const started = performance.now()
  const cpu = process.cpuUsage()
  await Promise.all(Array.from({ length: concurrency }, loop))
  const used = process.cpuUsage(cpu)
  return { ops, elapsed: performance.now() - started, cpuUs: used.user + used.system }
}

/** Makes `calls` calls of `op`, `concurrency` at a time. */
const repeat = async (op: () => Promise<unknown>, concurrency: number, calls: number) => {
  let left = calls
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await op()
  }))
}

const main = async () => {
  const [variant, baseUrl, phaseMs = "1000", warmupMs = "300", warmupCalls = "1500"] = process.argv.slice(2)
  const payloads = loadPayloads()
  const client = await makeClient(variant as Variant, baseUrl!, payloads.chatID)
  if ((await client.list()) !== 25) throw new Error(`${variant}: expected 25 chats`)
  // Warm the whole client first (both calls, some concurrency), so the first workload measured is not also the
  // one that pays for JIT compilation: a client with more code (Effect) needs more calls before it is optimised.
  for (const op of [client.list, client.send]) await repeat(op, 8, Number(warmupCalls))
  const results: Record<string, WorkloadResult> = {}
  for (const workload of workloads) {
    const op = workload.call === "list" ? client.list : client.send
    await run(op, workload.concurrency, Number(warmupMs))
    const samples: Array<number> = []
    const { ops, elapsed, cpuUs } = await run(op, workload.concurrency, Number(phaseMs), samples)
    results[workload.id] = {
      ops,
      opsPerSec: (ops / elapsed) * 1000,
      cpuUsPerOp: cpuUs / ops,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
    }
  }
  report({ variant, results })
}

await main()

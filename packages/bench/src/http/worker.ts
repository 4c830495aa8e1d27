// One HTTP variant in its own process: sequential and concurrency-64 `GET /v1/chats` and `POST` send, each
// warmed up, then run for a fixed time. Prints ops/s and the latency samples' p50/p99.
//   node http/worker.ts <variant> <baseUrl> <phaseMs> <warmupMs>
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
  await Promise.all(Array.from({ length: concurrency }, loop))
  return { ops, elapsed: performance.now() - started }
}

const main = async () => {
  const [variant, baseUrl, phaseMs = "1000", warmupMs = "300"] = process.argv.slice(2)
  const payloads = loadPayloads()
  const client = await makeClient(variant as Variant, baseUrl!, payloads.chatID)
  if ((await client.list()) !== 25) throw new Error(`${variant}: expected 25 chats`)
  const results: Record<string, WorkloadResult> = {}
  for (const workload of workloads) {
    const op = workload.call === "list" ? client.list : client.send
    await run(op, workload.concurrency, Number(warmupMs))
    const samples: Array<number> = []
    const { ops, elapsed } = await run(op, workload.concurrency, Number(phaseMs), samples)
    results[workload.id] = {
      ops,
      opsPerSec: (ops / elapsed) * 1000,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
    }
  }
  report({ variant, results })
}

await main()

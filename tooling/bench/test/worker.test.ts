// An HTTP worker process (src/http/worker.ts on Node: raw fetch, raw `node:http`, and @beeper-kit/effect called from an Effect
// program, which drives its own calls) against the benchmark server serving the mock server's real responses: started
// and warmed up once, it answers phase commands with one phase's figures each, then ends when closed.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startDriven } from "../src/driven.ts"
import { buildPayloads } from "../src/fixtures.ts"
import type { PhaseCommand, WorkloadResult } from "../src/http/workloads.ts"
import { savePayloads } from "../src/payloads.ts"
import { type BenchServer, startBenchServer } from "../src/servers/spawn.ts"

const worker = new URL("../src/http/worker.ts", import.meta.url).pathname
let scratch: string
let payloads: string
let server: BenchServer

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bench-worker-test-"))
  // what `pnpm bench` serves: the mock server's responses, which the validated client accepts
  payloads = savePayloads(scratch, await buildPayloads())
  server = await startBenchServer(payloads)
})

afterAll(async () => {
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe("an HTTP worker", () => {
  it.each(["raw", "raw-node", "effect-program"])("%s: answers each phase command with that phase's requests, time, CPU and latencies", async (variant) => {
    const child = await startDriven(process.execPath, ["--conditions=@beeper-kit/source", worker, "node", variant, server.url, "5"], {
      env: { BENCH_PAYLOADS: payloads },
    })
    try {
      for (const workload of ["list-seq", "send-c64"] as const) {
        // A window counts the calls that complete inside it. However loaded the machine, one of up to ten 300 ms
        // windows sees a local request complete, unless the worker never reports one: then every window counts none.
        const command: PhaseCommand = { type: "phase", workload, warmupMs: 5, phaseMs: 300 }
        let result = await child.request<WorkloadResult>(command)
        for (let tries = 1; result.ops === 0 && tries < 10; tries++) result = await child.request<WorkloadResult>(command)
        expect(result.ops).toBeGreaterThan(0)
        expect(result.elapsedMs).toBeGreaterThanOrEqual(299)
        expect(result.opsPerSec).toBeCloseTo((result.ops / result.elapsedMs!) * 1000)
        expect(result.cpuUs).toBeGreaterThanOrEqual(0)
        expect(result.p50).toBeLessThanOrEqual(result.p99)
      }
      await expect(child.request({ type: "phase", workload: "nope", warmupMs: 1, phaseMs: 1 } as PhaseCommand | { type: string })).rejects.toThrow("no workload nope")
    } finally {
      await child.close()
    }
  })
})

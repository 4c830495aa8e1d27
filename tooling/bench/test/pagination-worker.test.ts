// The pagination worker (src/pagination/worker.ts) against the benchmark server: each client the memory section
// compares, Effect's floors included, follows the cursors through every page and reports its peak and young
// generation (the worker refuses a run that streamed a different number of messages than the server holds).
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { runChild } from "../src/child.ts"
import { floorSchemaModule } from "../src/coldstart/measure.ts"
import { buildPayloads } from "../src/fixtures.ts"
import type { PaginationRow } from "../src/report.ts"
import { savePayloads } from "../src/payloads.ts"
import { type BenchServer, startBenchServer } from "../src/servers/spawn.ts"

const worker = new URL("../src/pagination/worker.ts", import.meta.url).pathname
/** 12 pages of 20: enough for the cursors to be followed past the first page. */
const messages = 240
let scratch: string
let payloads: string
let pageSchema: string
let server: BenchServer

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "bench-pagination-test-"))
  payloads = savePayloads(scratch, await buildPayloads())
  pageSchema = floorSchemaModule("MessageListPage")
  server = await startBenchServer(payloads, { BENCH_MESSAGES: String(messages) })
}, 60_000)

afterAll(async () => {
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

describe("the pagination worker", () => {
  it.each(["raw", "raw-node", "effect", "effect-fetch", "floor-fetch", "floor-node"])("%s: streams every message and reports its peak", { timeout: 60_000 }, async (variant) => {
    const { value } = await runChild<PaginationRow>(
      process.execPath,
      ["--expose-gc", "--conditions=@beeper-kit/source", worker, variant, server.url, String(messages), "gc"],
      { env: { BENCH_PAYLOADS: payloads, BENCH_PAGE_SCHEMA: pageSchema } },
    )
    expect(value.variant).toBe(variant)
    expect(value.messages).toBe(messages)
    expect(value.peakGrowthMB).toBeGreaterThanOrEqual(0)
    expect(value.youngGenerationMB).toBeGreaterThan(0)
    expect(value.peakLiveMB).toBeTypeOf("number")
  })

  it("refuses a floor run without its page Schema", { timeout: 60_000 }, async () => {
    await expect(
      runChild(process.execPath, ["--expose-gc", worker, "floor-node", server.url, String(messages), "default"], { env: { BENCH_PAYLOADS: payloads } }),
    ).rejects.toThrow(/BENCH_PAGE_SCHEMA/)
  })
})

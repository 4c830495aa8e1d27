// The targets table and the sections that judge a client against a baseline over another transport: each judged
// pair is labelled with its transport, the same-transport figures sit beside the issue's, and what is measured but
// not judged says so.
import { describe, expect, it } from "vitest"
import { poolRounds } from "../src/http/run.ts"
import type { WorkloadResult } from "../src/http/workloads.ts"
import { type BenchResults, type ColdStartRow, type PaginationRow, paginationTargets, renderReport, targets } from "../src/report.ts"

const results = (fields: Partial<BenchResults>): BenchResults => ({
  command: "pnpm bench",
  date: "2026-12-05T12:00:00.000Z",
  machine: { cpu: "cpu", nproc: 2, memoryGiB: 8, os: "Linux", node: "24", deno: "2", bun: "1" },
  loadStart: "0 / 0 / 0",
  loadEnd: "0 / 0 / 0",
  wallMs: 1000,
  settings: { httpRounds: 3, httpPhaseMs: 250, httpWarmupMs: 100, httpWarmupCalls: 500, burstEvents: 1, pacedEvents: 1, pacedRate: 1, eventsRounds: 1, coldRuns: 7 },
  failures: {},
  ...fields,
})

/** A pagination run peaking at `peakGrowthMB` (`runs`: the median row of several). */
const pagination = (variant: string, peakGrowthMB: number, mode = "default", runs?: Array<number>): PaginationRow => ({
  variant,
  mode,
  messages: 100_000,
  ms: 2000,
  messagesPerSec: 50_000,
  baselineMB: 80,
  peakGrowthMB,
  retainedMB: 0,
  ...(runs === undefined ? {} : { runs: runs.map((peak) => ({ peakGrowthMB: peak })) }),
})

const byIssue = (r: BenchResults, issue: string) => targets(r).filter((t) => t.issue === issue)

describe("#18.5 pagination memory", () => {
  const rows = [
    pagination("official", 170),
    pagination("core", 160),
    pagination("raw", 110, "default", [110, 180, 100]),
    pagination("effect-fetch", 132, "default", [130, 132, 150]),
    pagination("raw-node", 17, "default", [17, 18, 16]),
    pagination("effect", 48, "default", [48, 50, 47]),
  ]

  it("judges ours against the raw loop over the same transport, the fetch pair (the issue's) first", () => {
    const [fetchPair, nodePair, ...rest] = paginationTargets(results({ pagination: rows }))
    expect(rest).toEqual([])
    expect(fetchPair!.what).toContain("over fetch")
    expect(fetchPair!.what).toContain("the pair the issue names")
    expect(fetchPair!.what).toContain("`BeeperServices.adapter()`")
    expect(fetchPair!.goal).toBe("≤ 1.10× the raw fetch loop")
    expect(fetchPair!.excess).toBeCloseTo(132 / 110 / 1.1)
    expect(fetchPair!.measured).toContain("132.0 MB vs 110.0 MB (1.20×), the median of 3 runs each")
    expect(nodePair!.what).toContain("over `node:http`")
    expect(nodePair!.what).toContain("`BeeperNode.layer`")
    expect(nodePair!.goal).toBe("≤ 1.10× the raw `node:http` loop")
    expect(nodePair!.excess).toBeCloseTo(48 / 17 / 1.1)
  })

  it("keeps the old cross-transport figure beside the node:http pair, not judged", () => {
    const nodePair = paginationTargets(results({ pagination: rows }))[1]!
    expect(nodePair.measured).toContain("against the raw fetch loop (another transport, not judged): 0.44×")
    const section = renderReport(results({ pagination: rows }))
    expect(section).toContain("Across transports (not judged): ours over `node:http` against the raw `fetch` loop")
    expect(section).toContain("| raw `node:http` loop (keep-alive `Agent` as `@beeper-kit/node`'s, `Buffer.concat` + `JSON.parse`) | `node:http` | 17.0 MB | 1.00× |")
    // official and core run over fetch: their ratio is to raw fetch
    expect(section).toContain("| official SDK `for await (… of client.messages.list(chatID))` | fetch | 170.0 MB | 1.55× |")
  })

  it("puts Effect's floor over each transport beside its pair, not judged, when the run has it", () => {
    const withFloors = [...rows, pagination("floor-fetch", 220, "default", [220, 230, 210]), pagination("floor-node", 32, "default", [32, 30, 33])]
    const [fetchPair, nodePair] = paginationTargets(results({ pagination: withFloors }))
    expect(fetchPair!.measured).toContain("Effect's floor over the same transport")
    expect(fetchPair!.measured).toContain("220.0 MB, 2.00× the raw loop: ours 0.60× the floor")
    expect(nodePair!.measured).toContain("32.0 MB, 1.88× the raw loop: ours 1.50× the floor")
    // the verdict stays ours against the raw loop
    expect(nodePair!.excess).toBeCloseTo(48 / 17 / 1.1)
    const section = renderReport(results({ pagination: withFloors }))
    expect(section).toContain("| Effect's floor, no SDK: deep-imported Effect + Stream + Schema, `Stream.paginate` over the raw loop's `node:http` request, each page decoded by its Schema | `node:http` | 32.0 MB | 1.88× |")
    expect(section).toContain("Effect's floor over the same transport 32.0 MB (ours 1.50× it)")
    // a run without the floors says nothing of them
    expect(paginationTargets(results({ pagination: rows }))[1]!.measured).not.toContain("floor")
  })

  it("gives a run from before the pairs its one row, labelled as two transports", () => {
    const legacy = paginationTargets(results({ pagination: [pagination("raw", 184), pagination("effect", 48)] }))
    expect(legacy).toHaveLength(1)
    expect(legacy[0]!.what).toContain("two transports")
    expect(legacy[0]!.excess).toBeCloseTo(48 / 184 / 1.1)
  })
})

/** An HTTP result of `rounds` rounds, each at `opsPerSec` with `cpuUsPerOp`. */
const http = (opsPerSec: number, cpuUsPerOp = 100, rounds = 3): Record<string, WorkloadResult> => {
  const phase: WorkloadResult = { ops: opsPerSec, opsPerSec, elapsedMs: 1000, cpuUs: cpuUsPerOp * opsPerSec, cpuUsPerOp, p50: 1, p99: 2 }
  const pooled = poolRounds(Array.from({ length: rounds }, () => phase))
  return { "list-seq": pooled, "list-c64": pooled, "send-seq": pooled, "send-c64": pooled }
}

describe("#18.1 HTTP on Node", () => {
  const node = { raw: http(1000), "raw-node": http(2000, 50), effect: http(900), "effect-node": http(1250, 80), official: http(800) }

  it("judges @beeper-kit/node against raw fetch, the issue's baseline, and gives its same-transport ratio beside", () => {
    const row = byIssue(results({ http: { node } }), "#18.1").find((t) => t.what.includes("`@beeper-kit/node`"))!
    expect(row.what).toContain("vs raw fetch (the issue's baseline, undici: another transport)")
    expect(row.excess).toBeCloseTo(0.8)
    expect(row.measured).toMatch(/^list-seq 0\.80×/)
    expect(row.measured).toContain("vs raw `node:http` + `JSON.parse` (the same transport, not judged): list-seq 1.60×")
  })

  it("calls raw fetch the issue's baseline, not the limit, and tabulates @beeper-kit/node against raw node:http", () => {
    const report = renderReport(results({ http: { node } }))
    const section = report.slice(report.indexOf("## 1. HTTP"), report.indexOf("## Closing note"))
    expect(section).not.toContain("the limit")
    expect(section).toContain("raw `fetch` + `JSON.parse` (the baseline issue 18 names)")
    expect(section).toContain("| time per request | 1.60× (1.60–1.60) | 1.60× (1.60–1.60) |")
    expect(section).toContain("| client CPU per request | 1.60× (1.60–1.60) | 1.60× (1.60–1.60) |")
    expect(section).toContain("| raw `node:http` vs raw fetch, time per request | 0.50× (0.50–0.50) | 0.50× (0.50–0.50) |")
  })

  it("leaves the same-transport figures out of a run without raw node:http", () => {
    const { "raw-node": _, ...older } = node
    const row = byIssue(results({ http: { node: older } }), "#18.1").find((t) => t.what.includes("`@beeper-kit/node`"))!
    expect(row.measured).not.toContain("node:http")
    expect(renderReport(results({ http: { node: older } }))).not.toContain("against its own transport")
  })
})

const cold = (totalMs: number, cpuMs = totalMs): ColdStartRow => ({ importMs: totalMs / 2, requestMs: totalMs / 2, totalMs, cpuMs, sinceStartMs: totalMs + 20 })

describe("#18.2 cold start", () => {
  const coldStart = {
    "node/raw": cold(40),
    "node/raw-node": cold(10),
    "node/official": cold(60),
    "node/effect": cold(220),
    "node/effect-node": cold(210),
    "node/effect-deep-floor": cold(200),
    "node/effect-deep-floor-undecoded": cold(195),
    "bun/effect": cold(100),
    "bun/effect-deep-floor": cold(95),
    "bun/effect-deep-floor-undecoded": cold(85),
  }

  it("judges both Node adapters, each labelled with its transport, against the same floor", () => {
    const rows = byIssue(results({ coldStart }), "#18.2")
    expect(rows.map((t) => t.what.split(": ")[0])).toEqual([
      "Cold start, Node over fetch (`BeeperServices.adapter()`)",
      "Cold start, Node with `@beeper-kit/node` (`node:http`)",
      "Cold start, Bun (`@beeper-kit/bun`)",
    ])
    expect(rows[0]!.excess).toBeCloseTo(220 / 200 / 1.1)
    expect(rows[1]!.excess).toBeCloseTo(210 / 200 / 1.1)
  })

  it("says what the floor does that ours does not, not judged: its decode, and on Node for node:http its fetch", () => {
    const [overFetch, overNodeHttp, bun] = byIssue(results({ coldStart }), "#18.2")
    expect(bun!.measured).toContain("the floor without its Schema decode (ours runs the generated check instead) 85.0 ms: 1.18×")
    expect(overFetch!.measured).not.toContain("fetch costs")
    expect(overNodeHttp!.measured).toContain("the floor's fetch costs its first request ~30.0 ms that `node:http` does not")
    expect(overNodeHttp!.measured).toContain(`against the floor less that, ${(210 / 170).toFixed(2)}× (not judged)`)
  })
})

describe("#18.3 edge bundle", () => {
  const sizes = (entries: Record<string, number>) =>
    Object.entries(entries).map(([id, kb]) => ({ id, bytes: kb * 3072, gzipBytes: kb * 1024, inputs: 100 }))
  const bundles = sizes({ effect: 94.5, "effect-lean": 80, "effect-http": 65, "effect-http-edge": 65.1, "http-only": 94.2, "effect-floor-deep": 47, "http-floor-deep": 42 })

  it("judges the tree-shakable workers, named exactly, and reports the convenience layers' forms beside, not judged", () => {
    const [events, httpOnly] = byIssue(results({ bundles }), "#18.3")
    expect(events!.what).toContain("`BeeperClient` + 2 operations imported by name, `BeeperEvents`, over `BeeperEdge.layerTransport`")
    expect(events!.measured).toBe("80.0 KB (deep-imported floor 47.0 KB); the same worker, not judged: through `BeeperEdge.layer` 94.5 KB")
    expect(httpOnly!.what).toContain("over Effect's `FetchHttpClient.layer` (no `@beeper-kit/edge`)")
    expect(httpOnly!.measured).toContain("over `BeeperEdge.layerHttpClient` 65.1 KB, through `BeeperEdge.layerDesktop` 94.2 KB")
    expect(httpOnly!.excess).toBeCloseTo(65 / 60)
  })

  it("marks the judged rows of the bundle table", () => {
    const report = renderReport(results({ bundles }))
    expect(report).toMatch(/\| HTTP-only worker, 3 operations [^|]*`FetchHttpClient.layer`[^|]* \| \*\*#18\.3\*\*: HTTP-only, 3 operations ≤ 60 KB \|/)
    expect(report).toMatch(/\| the same 3 operations through `BeeperDesktop` over `BeeperEdge.layerDesktop`[^|]* \| — \|/)
  })
})

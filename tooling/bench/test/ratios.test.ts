import { describe, expect, it } from "vitest"
import { formatRatio, perRoundRatios, roundRatio } from "../src/http/ratios.ts"
import { poolRounds } from "../src/http/run.ts"
import type { WorkloadResult } from "../src/http/workloads.ts"

/** One phase: `ops` requests in 1 s, `cpuUs` of CPU in all. */
const phase = (ops: number, cpuUs: number): WorkloadResult => ({ ops, opsPerSec: ops, elapsedMs: 1000, cpuUs, cpuUsPerOp: cpuUs / ops, p50: 1, p99: 2 })

describe("per-round ratios", () => {
  // raw does 1000 requests a round; ours 800, except in round 3, when a burst of other load hit ours alone
  const raw = poolRounds([phase(1000, 100_000), phase(1000, 100_000), phase(1000, 100_000), phase(500, 50_000), phase(1000, 100_000)])
  const ours = poolRounds([phase(800, 120_000), phase(800, 120_000), phase(200, 60_000), phase(400, 60_000), phase(800, 120_000)])

  it("compares round i of a client with round i of its base: time per request is base ops/s ÷ client ops/s", () => {
    expect(perRoundRatios(ours, raw, "time")).toEqual([1.25, 1.25, 5, 1.25, 1.25])
  })

  it("reports the median of the rounds' ratios with their spread, so one disturbed round does not move it", () => {
    expect(roundRatio(ours, raw)).toEqual({ median: 1.25, min: 1.25, max: 5, rounds: 5 })
    expect(formatRatio(roundRatio(ours, raw))).toBe("1.25× (1.25–5.00)")
    // pooling the rounds instead would have let the disturbed round move the figure
    expect(raw.opsPerSec / ours.opsPerSec).toBeCloseTo(4500 / 3000)
  })

  it("takes the CPU per request ratio round by round too", () => {
    const cpu = roundRatio(ours, raw, "cpu")
    expect(cpu.median).toBeCloseTo(1.5)
    expect(cpu.rounds).toBe(5)
  })

  it("gives a result without rounds (an older run's) its one pooled ratio, printed without a spread", () => {
    const { rounds: _raw, ...pooledRaw } = raw
    const { rounds: _ours, ...pooledOurs } = ours
    expect(roundRatio(pooledOurs, pooledRaw)).toMatchObject({ median: 1.5, rounds: 1 })
    expect(formatRatio(roundRatio(pooledOurs, pooledRaw))).toBe("1.50×")
  })

  it("counts a round where the client completed no call as its slowest, not as a round left out", () => {
    // stalled twice: left out, the three rounds it did complete would have given the median 1.00×
    const stalled = poolRounds([phase(1000, 100_000), phase(0, 0), phase(0, 0), phase(1000, 100_000), phase(900, 100_000)])
    expect(roundRatio(stalled, raw)).toEqual({ median: 1000 / 900, min: 0.5, max: Number.POSITIVE_INFINITY, rounds: 5 })
    const stalledMore = poolRounds([phase(0, 0), phase(0, 0), phase(0, 0), phase(1000, 100_000), phase(1000, 100_000)])
    expect(formatRatio(roundRatio(stalledMore, raw))).toBe("∞× (0.50–∞)")
  })

  it("has no ratio for a missing client", () => {
    expect(formatRatio(roundRatio(undefined, raw))).toBe("—")
  })
})

describe("pooled rounds", () => {
  it("sum requests, measured time and CPU over the rounds, and keep each round", () => {
    const pooled = poolRounds([phase(1000, 100_000), { ...phase(500, 100_000), p50: 3, p99: 9 }, phase(600, 60_000)])
    expect(pooled.ops).toBe(2100)
    expect(pooled.opsPerSec).toBeCloseTo(700)
    expect(pooled.cpuUsPerOp).toBeCloseTo(260_000 / 2100)
    expect(pooled.p50).toBe(1)
    expect(pooled.rounds).toHaveLength(3)
  })
})

import { describe, expect, it } from "vitest"
import { medianRun } from "../src/pagination/rounds.ts"
import type { PaginationRow } from "../src/report.ts"

const run = (peakGrowthMB: number, youngGenerationMB: number, ms = 1000): PaginationRow => ({
  variant: "raw",
  mode: "default",
  messages: 100_000,
  ms,
  messagesPerSec: 100_000 / (ms / 1000),
  baselineMB: 80,
  peakGrowthMB,
  retainedMB: 0,
  baselineYoungGenerationMB: 4,
  youngGenerationMB,
})

describe("the median pagination run", () => {
  it("is the run with the middle peak, listing every run's peak and young generation in the order they ran", () => {
    // raw fetch's young generation reached 128 MB in one run only: that run's peak is the outlier, not the figure
    const row = medianRun([run(116, 64, 1), run(186, 128, 2), run(121, 64, 3)])
    expect(row.peakGrowthMB).toBe(121)
    expect(row.ms).toBe(3)
    expect(row.runs).toEqual([
      { peakGrowthMB: 116, youngGenerationMB: 64 },
      { peakGrowthMB: 186, youngGenerationMB: 128 },
      { peakGrowthMB: 121, youngGenerationMB: 64 },
    ])
  })

  it("takes the lower middle run of an even count and the only run of one", () => {
    expect(medianRun([run(150, 128), run(120, 64)]).peakGrowthMB).toBe(120)
    expect(medianRun([run(150, 128)]).runs).toEqual([{ peakGrowthMB: 150, youngGenerationMB: 128 }])
  })

  it("refuses no runs", () => {
    expect(() => medianRun([])).toThrow("no pagination runs")
  })
})

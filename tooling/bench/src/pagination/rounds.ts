// Several runs of one pagination client folded into one row: one run's default-GC peak is a single draw of a figure
// that moves with when V8 grows its young generation (raw fetch's from ~115 to ~190 MB over 100,000 messages), so
// the report takes the median run and keeps every run's peak beside it.
import type { PaginationRow } from "../report.ts"

/**
 * The run with the median peak RSS growth (the lower middle one for an even count), with `runs` listing every run's
 * peak growth and young generation in the order they ran. Throws for no runs.
 */
export const medianRun = (runs: ReadonlyArray<PaginationRow>): PaginationRow => {
  if (runs.length === 0) throw new Error("no pagination runs")
  const sorted = [...runs].sort((a, b) => a.peakGrowthMB - b.peakGrowthMB)
  const middle = sorted[Math.floor((sorted.length - 1) / 2)]!
  return {
    ...middle,
    runs: runs.map((run) => ({ peakGrowthMB: run.peakGrowthMB, youngGenerationMB: run.youngGenerationMB })),
  }
}

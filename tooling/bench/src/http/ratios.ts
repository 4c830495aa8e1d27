// The HTTP ratios the report prints and judges: a variant's time (or CPU) per request relative to a base variant
// (raw fetch, the official SDK) on the same runtime, taken round by round from the two phases measured back to back
// in that round, then summarised by their median and spread. A burst of other load that slows one phase of a round
// moves that round's ratio only, and the median leaves it out.
import { median } from "../stats.ts"
import type { WorkloadResult } from "./workloads.ts"

/** What is compared: time per request (from ops/s) or client CPU per request. */
export type Figure = "time" | "cpu"

/** The median of the per-round ratios and their spread (the smallest and largest); NaN when nothing to compare. */
export interface RatioSummary {
  readonly median: number
  readonly min: number
  readonly max: number
  /** How many rounds the ratio was taken from (1 for results from before rounds were kept). */
  readonly rounds: number
}

/** `row`'s figure relative to `base`'s for one pair of phases: > 1 means `row` costs more per request. */
const ratioOf = (row: WorkloadResult, base: WorkloadResult, figure: Figure): number =>
  figure === "time" ? base.opsPerSec / row.opsPerSec : (row.cpuUsPerOp ?? Number.NaN) / (base.cpuUsPerOp ?? Number.NaN)

/**
 * The ratio of `row` to `base` in each round (round i of one with round i of the other). Results without rounds
 * (written before rounds were kept) give their one pooled ratio.
 */
export const perRoundRatios = (row: WorkloadResult | undefined, base: WorkloadResult | undefined, figure: Figure): Array<number> => {
  if (row === undefined || base === undefined) return []
  if (row.rounds === undefined || base.rounds === undefined) return [ratioOf(row, base, figure)]
  if (row.rounds.length !== base.rounds.length) throw new Error(`${row.rounds.length} rounds against ${base.rounds.length}`)
  return row.rounds.map((phase, i) => ratioOf(phase, base.rounds![i]!, figure))
}

/**
 * The median, smallest and largest of `ratios`. A round where a client completed no call inside its window (its
 * ratio ∞; 0 where raw completed none) is a round like any other, its slowest (fastest): leaving it out would move
 * the median towards the client that stalled. Only a round with nothing to compare (NaN) is left out.
 */
export const summarise = (ratios: ReadonlyArray<number>): RatioSummary => {
  const kept = ratios.filter((ratio) => !Number.isNaN(ratio))
  return kept.length === 0
    ? { median: Number.NaN, min: Number.NaN, max: Number.NaN, rounds: 0 }
    : { median: median(kept), min: Math.min(...kept), max: Math.max(...kept), rounds: kept.length }
}

/** `row` relative to `base`: the median of the per-round ratios, and their spread. */
export const roundRatio = (row: WorkloadResult | undefined, base: WorkloadResult | undefined, figure: Figure = "time"): RatioSummary =>
  summarise(perRoundRatios(row, base, figure))

/**
 * `1.21× (1.10–1.35)`: the median, then the spread over the rounds (left out for one round); `∞` for a round with no
 * call completed; `—` for none.
 */
export const formatRatio = (summary: RatioSummary): string => {
  if (Number.isNaN(summary.median)) return "—"
  const shown = (ratio: number) => (Number.isFinite(ratio) ? ratio.toFixed(2) : "∞")
  const spread = summary.rounds > 1 ? ` (${shown(summary.min)}–${shown(summary.max)})` : ""
  return `${shown(summary.median)}×${spread}`
}

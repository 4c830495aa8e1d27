// The workloads of the HTTP tables and what each yields.

/** The four workloads of the HTTP tables. */
export const workloads = [
  { id: "list-seq", call: "list", concurrency: 1, label: "`GET /v1/chats` (25 chats), sequential", short: "list seq" },
  { id: "list-c64", call: "list", concurrency: 64, label: "`GET /v1/chats` (25 chats), concurrency 64", short: "list c64" },
  { id: "send-seq", call: "send", concurrency: 1, label: "`POST` send, sequential", short: "send seq" },
  { id: "send-c64", call: "send", concurrency: 64, label: "`POST` send, concurrency 64", short: "send c64" },
] as const

/** A workload's id: `list-seq`, `list-c64`, `send-seq`, `send-c64`. */
export type WorkloadId = (typeof workloads)[number]["id"]

/** One workload's figures: one phase, or every round's phases pooled (with the rounds kept in `rounds`). */
export interface WorkloadResult {
  readonly ops: number
  readonly opsPerSec: number
  readonly p50: number
  readonly p99: number
  /** Client process CPU time (user + system) per request over the measured phase, in µs. */
  readonly cpuUsPerOp?: number | undefined
  /** The measured phase's length (ms) and the CPU time it used (µs): what rounds are pooled from. */
  readonly elapsedMs?: number | undefined
  readonly cpuUs?: number | undefined
  /** Pooled figures only: each round's phase, in round order (what the per-round ratios are taken from). */
  readonly rounds?: ReadonlyArray<WorkloadResult> | undefined
}

/** How long one HTTP phase runs: warm-up, then measured (ms). */
export interface PhaseSettings {
  readonly phaseMs: number
  readonly warmupMs: number
}

/** The commands an HTTP child (http/worker.ts, http/workerd.ts) answers over the driven-child protocol. */
export interface PhaseCommand extends PhaseSettings {
  readonly type: "phase"
  readonly workload: WorkloadId
}

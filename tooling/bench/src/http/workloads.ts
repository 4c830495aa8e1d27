// The workloads of the HTTP table and what each yields.

/** The four workloads of the HTTP table. */
export const workloads = [
  { id: "list-seq", call: "list", concurrency: 1, label: "`GET /v1/chats` (25 chats), sequential" },
  { id: "list-c64", call: "list", concurrency: 64, label: "`GET /v1/chats` (25 chats), concurrency 64" },
  { id: "send-seq", call: "send", concurrency: 1, label: "`POST` send, sequential" },
  { id: "send-c64", call: "send", concurrency: 64, label: "`POST` send, concurrency 64" },
] as const

/** One workload's figures. */
export interface WorkloadResult {
  readonly ops: number
  readonly opsPerSec: number
  readonly p50: number
  readonly p99: number
  /** Client process CPU time (user + system) per request over the measured phase, in µs. */
  readonly cpuUsPerOp?: number | undefined
}

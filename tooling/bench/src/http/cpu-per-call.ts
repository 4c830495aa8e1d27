// The in-process measure the profiling tools share (in-memory.ts, over-socket.ts, per-call.ts, send-ladder.ts): a
// client's CPU per call, `process.cpuUsage()` over a block of calls driven `concurrency` at a time — the figure the
// machine's other load moves least, compared block by block against raw fetch's in the same process.

/** Runs `calls` calls of `op`, `concurrency` at a time. */
export const drive = async (op: () => Promise<unknown>, concurrency: number, calls: number): Promise<void> => {
  let left = calls
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await op()
  }))
}

/** CPU µs (user + system) per call of `calls` calls of `op`, `concurrency` at a time. */
export const cpuPerCall = async (op: () => Promise<unknown>, concurrency: number, calls: number): Promise<number> => {
  const before = process.cpuUsage()
  await drive(op, concurrency, calls)
  const used = process.cpuUsage(before)
  return (used.user + used.system) / calls
}

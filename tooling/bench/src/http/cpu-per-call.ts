// The in-process measure the profiling tools share (in-memory.ts, over-socket.ts, per-call.ts, send-ladder.ts): a
// client's CPU per call, `process.cpuUsage()` over a block of calls driven `concurrency` at a time — the figure the
// machine's other load moves least, compared block by block against raw fetch's in the same process.

/**
 * What is measured: one call (a promise per call, driven from `async` loops), or a client that drives a block of
 * calls itself — e.g. as fibers of one Effect program, where no call is a promise of its own.
 */
export type Op = (() => Promise<unknown>) | { readonly drive: (concurrency: number, calls: number) => Promise<void> }

/** Runs `calls` calls of `op`, `concurrency` at a time. */
export const drive = async (op: Op, concurrency: number, calls: number): Promise<void> => {
  if (typeof op !== "function") return op.drive(concurrency, calls)
  let left = calls
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left-- > 0) await op()
  }))
}

/** CPU µs (user + system) per call of `calls` calls of `op`, `concurrency` at a time. */
export const cpuPerCall = async (op: Op, concurrency: number, calls: number): Promise<number> => {
  const before = process.cpuUsage()
  await drive(op, concurrency, calls)
  const used = process.cpuUsage(before)
  return (used.user + used.system) / calls
}

/**
 * CPU µs per call of each of `ops`, measured in `rounds` rounds of one block each (`calls` calls, `concurrency` at a
 * time), the order rotated every round so no client always follows the same neighbour: block i of one client and
 * block i of another were measured about a block apart, and their ratio is taken block by block.
 */
export const interleavedCpuPerCall = async (
  ops: ReadonlyMap<string, Op>,
  rounds: number,
  concurrency: number,
  calls: number,
): Promise<Map<string, Array<number>>> => {
  const names = [...ops.keys()]
  const samples = new Map(names.map((name) => [name, [] as Array<number>]))
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!
      samples.get(name)!.push(await cpuPerCall(ops.get(name)!, concurrency, calls))
    }
  }
  return samples
}

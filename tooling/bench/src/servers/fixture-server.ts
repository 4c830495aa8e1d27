// For the profiling tools (over-socket, list-c64, seq-latency, seq-syscalls, coldstart/compare): the fixture payloads
// built from the mock server and saved in a scratch folder, and the benchmark server serving them, for the length
// of one run — the server stopped and the folder removed however the run ends.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Payloads } from "../payloads.ts"
import type { BenchServer } from "./spawn.ts"

/** What a run gets: the server, the payloads and the file they are saved in (a child's `BENCH_PAYLOADS`). */
export interface FixtureServer {
  readonly server: BenchServer
  readonly payloads: Payloads
  readonly payloadsFile: string
}

/** Runs `use` with a fixture server (its scratch folder named after `name`), then stops it and removes the folder. */
export const withFixtureServer = async <A>(name: string, use: (fixture: FixtureServer) => Promise<A>): Promise<A> => {
  // imported here: the tools' child processes load the same modules and need neither the mock server nor a server
  const [{ buildPayloads }, { savePayloads }, { startBenchServer }] = await Promise.all([
    import("../fixtures.ts"),
    import("../payloads.ts"),
    import("./spawn.ts"),
  ])
  const scratch = mkdtempSync(join(tmpdir(), `bench-${name}-`))
  try {
    const payloads = await buildPayloads()
    const payloadsFile = savePayloads(scratch, payloads)
    const server = await startBenchServer(payloadsFile)
    try {
      return await use({ server, payloads, payloadsFile })
    } finally {
      await server.stop()
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

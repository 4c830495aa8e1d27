// One HTTP variant on workerd, driven from Node (its own process, like every other variant): bundles
// workerd-worker.ts for workerd (once; the bundle is kept at the path given), starts it in workerd through
// miniflare, serves the Worker's CPU clock — the workerd process's user + system time from /proc — and sends the
// Worker its one request. Prints `{ variant, results }`.
//   node http/workerd.ts <variant> <baseUrl> <phaseMs> <warmupMs> <warmupCalls> <bundleFile>
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { Miniflare } from "miniflare"
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import type { Variant } from "./clients.ts"
import type { WorkerdConfig } from "./workerd-worker.ts"

const [variant, baseUrl, phaseMs, warmupMs, warmupCalls, bundleFile] = process.argv.slice(2)

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux). */
const ticksPerSecond = 100

/** The workerd process miniflare started: our child whose command is `workerd`. */
const findWorkerd = (): number => {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"))
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      if (ppid === process.pid && comm.startsWith("workerd")) return Number(entry)
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error("no workerd process among this process's children")
}

/** User + system CPU time of `pid`, in µs. */
const cpuOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  // after the command: state(0) ppid(1) ... utime(11) stime(12)
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / ticksPerSecond
}

const script = existsSync(bundleFile!)
  ? readFileSync(bundleFile!, "utf8")
  : await bundleForRuntime({ runtime: "workerd", entry: { file: new URL("./workerd-worker.ts", import.meta.url).pathname }, target: "es2023" })
if (!existsSync(bundleFile!)) writeFileSync(bundleFile!, script)

let workerd = 0
const clock = createServer((_req, res) => res.end(String(cpuOf(workerd))))
await new Promise<void>((resolve) => clock.listen(0, "127.0.0.1", resolve))
const config: WorkerdConfig = {
  variant: variant as Variant,
  baseUrl: baseUrl!,
  chatID: loadPayloads().chatID,
  cpuUrl: `http://127.0.0.1:${(clock.address() as AddressInfo).port}/cpu`,
  phaseMs: Number(phaseMs),
  warmupMs: Number(warmupMs),
  warmupCalls: Number(warmupCalls),
}
const miniflare = new Miniflare({ modules: true, script, compatibilityDate: "2025-09-01", bindings: { BENCH_CONFIG: JSON.stringify(config) } })
try {
  await miniflare.ready
  workerd = findWorkerd()
  const response = await miniflare.dispatchFetch("http://localhost/", { signal: AbortSignal.timeout(110_000) })
  const body = await response.text()
  if (!response.ok) throw new Error(`the Worker failed (${response.status}): ${body}`)
  report(JSON.parse(body))
} finally {
  await miniflare.dispose()
  clock.close()
}

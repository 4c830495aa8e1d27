// `pnpm bench`: every benchmark of issue 9, side by side in one run, written to BENCHMARKS.md at the repository
// root. Each measurement runs in its own child process against a minimal local server (itself a separate
// process), so clients never share a process with each other or with the server.
//
//   pnpm bench [--quick] [--only=http,events,pagination,bundle,coldstart,generate] [--out=FILE]
//   pnpm bench --render      re-renders BENCHMARKS.md from the last run's .bench-results.json
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { measureBundles } from "./bundle/measure.ts"
import { runChild } from "./child.ts"
import { buildPayloads } from "./fixtures.ts"
import { timeGenerate } from "./generate.ts"
import { findUnvalidatedOption, variants as httpVariants } from "./http/clients.ts"
import type { WorkloadResult } from "./http/workloads.ts"
import { loadAverage, machineFacts } from "./machine.ts"
import { savePayloads } from "./payloads.ts"
import { type BenchResults, type ColdStartRow, type EventsRow, type PaginationRow, renderReport } from "./report.ts"
import { startBenchServer } from "./servers/spawn.ts"
import { median } from "./stats.ts"

const root = new URL("../../../", import.meta.url).pathname.replace(/\/$/, "")
const benchDir = new URL("../", import.meta.url).pathname
const binDir = join(root, "node_modules", ".bin")
const args = process.argv.slice(2)
const quick = args.includes("--quick")
const only = args.find((a) => a.startsWith("--only="))?.slice(7).split(",")
const out = args.find((a) => a.startsWith("--out="))?.slice(6) ?? join(root, "BENCHMARKS.md")
const enabled = (section: string) => only === undefined || only.includes(section)
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** Node with the workspace sources (type stripping), as the tests resolve them. */
const nodeSource = (script: string, ...rest: Array<string>): [string, Array<string>] => [
  process.execPath,
  ["--conditions=@beeper-kit/source", new URL(script, import.meta.url).pathname, ...rest],
]

const settings = {
  httpRounds: quick ? 1 : 3,
  httpPhaseMs: quick ? 400 : 800,
  httpWarmupMs: quick ? 150 : 300,
  httpWarmupCalls: quick ? 300 : 1500,
  eventsRounds: quick ? 1 : 2,
  burstEvents: quick ? 10_000 : 50_000,
  pacedEvents: quick ? 1_000 : 5_000,
  pacedRate: 2_000,
  messages: quick ? 20_000 : 100_000,
  coldRuns: quick ? 2 : 5,
}

/** Runs one section; a failure is recorded in the report (and the exit code), and the other sections still run. */
const section = async (results: BenchResults, name: string, run: () => Promise<void>): Promise<void> => {
  try {
    await run()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log(`${name} failed: ${message}`)
    results.failures[name] = message.split("\n").slice(0, 6).join(" ")
    process.exitCode = 1
  }
}

const main = async () => {
  if (args.includes("--render")) {
    // re-render BENCHMARKS.md from the last run's figures (after a change of wording, not of data)
    const saved = JSON.parse(readFileSync(join(benchDir, ".bench-results.json"), "utf8")) as BenchResults
    writeFileSync(out, renderReport(saved))
    log(`rendered ${out} from the run of ${saved.date}`)
    return
  }
  const started = performance.now()
  const loadStart = loadAverage()
  log(`load average at start: ${loadStart}`)
  const scratch = mkdtempSync(join(tmpdir(), "beeper-kit-bench-"))
  const results: BenchResults = {
    command: `pnpm bench${args.length > 0 ? ` ${args.join(" ")}` : ""}`,
    date: new Date().toISOString(),
    machine: machineFacts(binDir),
    loadStart,
    loadEnd: "",
    wallMs: 0,
    settings,
    failures: {},
  }
  try {
    if (enabled("coldstart")) {
      log("building @beeper-kit/core and @beeper-kit/effect (cold start imports the built packages)")
      try {
        execFileSync(join(binDir, "turbo"), ["run", "build", "--filter=@beeper-kit/effect", "--output-logs=errors-only"], {
          cwd: root,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
        })
      } catch (error) {
        log(`build failed (${String(error).split("\n")[0]}); cold start uses whatever dist/ exists`)
      }
    }
    log("serialising the fixture payloads from the mock server")
    const payloadsFile = savePayloads(scratch, await buildPayloads())
    const env = { BENCH_PAYLOADS: payloadsFile }
    const server = await startBenchServer(payloadsFile, { BENCH_MESSAGES: String(settings.messages) })
    try {
      const { chatID } = JSON.parse(readFileSync(payloadsFile, "utf8")) as { chatID: string }
      if (enabled("http")) await section(results, "http", async () => {
        const unvalidatedOption = await findUnvalidatedOption(server.url, chatID)
        if (unvalidatedOption !== undefined) results.unvalidatedOption = unvalidatedOption
        const pooled: Record<string, Record<string, Array<WorkloadResult>>> = {}
        for (let round = 0; round < settings.httpRounds; round++) {
          // rotate the order each round, so no variant always runs first or last
          const order = httpVariants.map((_, i) => httpVariants[(i + round) % httpVariants.length]!)
          for (const variant of order) {
            log(`http round ${round + 1}/${settings.httpRounds}: ${variant}`)
            const { value } = await runChild<{ results: Record<string, WorkloadResult> }>(
              ...nodeSource("./http/worker.ts", variant, server.url, String(settings.httpPhaseMs), String(settings.httpWarmupMs), String(settings.httpWarmupCalls)),
              { env },
            )
            for (const [workload, result] of Object.entries(value.results)) {
              ;((pooled[variant] ??= {})[workload] ??= []).push(result)
            }
          }
        }
        results.http = Object.fromEntries(
          Object.entries(pooled).map(([variant, workloads]) => [
            variant,
            Object.fromEntries(
              Object.entries(workloads).map(([workload, rounds]) => [workload, {
                ops: rounds.reduce((sum, r) => sum + r.ops, 0),
                opsPerSec: median(rounds.map((r) => r.opsPerSec)),
                p50: median(rounds.map((r) => r.p50)),
                p99: median(rounds.map((r) => r.p99)),
                cpuUsPerOp: median(rounds.map((r) => r.cpuUsPerOp ?? Number.NaN)),
              }]),
            ),
          ]),
        )
        log("decode cost of the payloads")
        results.decode = (await runChild<NonNullable<BenchResults["decode"]>>(...nodeSource("./decode/worker.ts"), { env })).value
      })
      if (enabled("events")) await section(results, "events", async () => {
        const rows: Record<string, Array<EventsRow>> = {}
        for (let round = 0; round < settings.eventsRounds; round++) {
          for (const variant of round % 2 === 0 ? ["raw", "effect"] : ["effect", "raw"]) {
            log(`events round ${round + 1}/${settings.eventsRounds}: ${variant}`)
            const burst = await runChild<EventsRow>(
              ...nodeSource("./events/worker.ts", variant, server.url, "burst", String(settings.burstEvents)),
              { env },
            )
            const paced = await runChild<EventsRow>(
              ...nodeSource("./events/worker.ts", variant, server.url, "paced", String(settings.pacedEvents), String(settings.pacedRate)),
              { env },
            )
            ;(rows[variant] ??= []).push({ ...burst.value, p50: paced.value.p50, p99: paced.value.p99 })
          }
        }
        results.events = Object.fromEntries(
          Object.entries(rows).map(([variant, rounds]) => [variant, {
            variant,
            mode: "burst+paced",
            events: rounds[0]!.events,
            eventsPerSec: median(rounds.map((r) => r.eventsPerSec)),
            p50: median(rounds.map((r) => r.p50)),
            p99: median(rounds.map((r) => r.p99)),
          }]),
        )
      })
      if (enabled("pagination")) await section(results, "pagination", async () => {
        const rows: Array<PaginationRow> = []
        for (const mode of ["default", "gc"]) {
          for (const variant of ["raw", "official", "core", "effect"]) {
            log(`pagination (${mode === "gc" ? "full GC every 250 pages" : "default GC"}): ${variant}`)
            const [command, childArgs] = nodeSource("./pagination/worker.ts", variant, server.url, String(settings.messages), mode)
            rows.push((await runChild<PaginationRow>(command, ["--expose-gc", ...childArgs], { env })).value)
          }
        }
        results.pagination = rows
      })
      if (enabled("coldstart")) await section(results, "coldstart", async () => {
        const runtimes = {
          node: (script: string) => [process.execPath, [script, server.url]] as const,
          deno: (script: string) => [join(binDir, "deno"), ["run", "-A", "--node-modules-dir=manual", script, server.url]] as const,
          bun: (script: string) => [join(binDir, "bun"), [script, server.url]] as const,
        }
        const scripts = ["empty", "raw", "official", "core", "effect", "effect-floor"]
        const samples: Record<string, Array<ColdStartRow>> = {}
        for (let run = 0; run < settings.coldRuns; run++) {
          for (const [runtime, command] of Object.entries(runtimes)) {
            for (const script of scripts) {
              const [file, childArgs] = command(new URL(`./coldstart/${script}.mjs`, import.meta.url).pathname)
              const { value, wallMs } = await runChild<ColdStartRow>(file, [...childArgs], { cwd: benchDir })
              ;(samples[`${runtime}/${script}`] ??= []).push({ ...value, wallMs })
            }
          }
          log(`cold start run ${run + 1}/${settings.coldRuns}`)
        }
        results.coldStart = Object.fromEntries(
          Object.entries(samples).map(([key, runs]) => [key, {
            importMs: median(runs.map((r) => r.importMs)),
            requestMs: median(runs.map((r) => r.requestMs)),
            totalMs: median(runs.map((r) => r.totalMs)),
            sinceStartMs: median(runs.map((r) => r.sinceStartMs)),
            wallMs: median(runs.map((r) => r.wallMs ?? Number.NaN)),
          }]),
        )
      })
    } finally {
      await server.stop()
    }
    if (enabled("bundle")) await section(results, "bundle", async () => {
      log("bundling the edge workers")
      results.bundles = await measureBundles()
    })
    if (enabled("generate")) await section(results, "generate", async () => {
      log("timing pnpm generate in a scratch copy")
      results.generate = timeGenerate(root)
    })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  results.loadEnd = loadAverage()
  results.wallMs = performance.now() - started
  writeFileSync(out, renderReport(results))
  writeFileSync(join(benchDir, ".bench-results.json"), JSON.stringify(results, null, 2))
  log(`wrote ${out} in ${(results.wallMs / 1000).toFixed(0)} s (load average at end: ${results.loadEnd})`)
}

await main()

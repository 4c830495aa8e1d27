// `pnpm bench`: every benchmark of issues 9 and 18 (and 17's install sizes and CLI cold start), side by side in one
// run, written to BENCHMARKS.md at the repository root. Each measurement runs in its own child process against a
// minimal local server (itself a separate process), so clients never share a process with each other or with the
// server.
//
//   pnpm bench [--quick] [--only=http,events,pagination,coldstart,cli,bundle,install,generate] [--runtimes=node,deno,bun,workerd] [--out=FILE]
//   pnpm bench --render      re-renders BENCHMARKS.md from the last run's .bench-results.json
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { measureBundles } from "./bundle/measure.ts"
import { runChild } from "./child.ts"
import { floorSchemaModule, measureCliColdStart, measureColdStart } from "./coldstart/measure.ts"
import { buildPayloads } from "./fixtures.ts"
import { timeGenerate } from "./generate.ts"
import { type EffectLayer, findUnvalidatedOption, type Runtime } from "./http/clients.ts"
import { measureHttp } from "./http/run.ts"
import { measureInstalls } from "./install/measure.ts"
import { loadAverage, machineFacts } from "./machine.ts"
import { medianRun } from "./pagination/rounds.ts"
import { paginationPairs } from "./pagination/variants.ts"
import { savePayloads } from "./payloads.ts"
import { type BenchResults, type EventsRow, type PaginationRow, renderReport } from "./report.ts"
import { startBenchServer } from "./servers/spawn.ts"
import { median } from "./stats.ts"

const root = new URL("../../../", import.meta.url).pathname.replace(/\/$/, "")
const benchDir = new URL("../", import.meta.url).pathname
const binDir = join(root, "node_modules", ".bin")
const args = process.argv.slice(2)
const quick = args.includes("--quick")
const only = args.find((a) => a.startsWith("--only="))?.slice(7).split(",")
const httpRuntimes = args.find((a) => a.startsWith("--runtimes="))?.slice(11).split(",") as Array<Runtime> | undefined
const out = args.find((a) => a.startsWith("--out="))?.slice(6) ?? join(root, "BENCHMARKS.md")
const enabled = (section: string) => only === undefined || only.includes(section)
const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** Node with the workspace sources (type stripping), as the tests resolve them. */
const nodeSource = (script: string, ...rest: Array<string>): [string, Array<string>] => [
  process.execPath,
  ["--conditions=@beeper-kit/source", new URL(script, import.meta.url).pathname, ...rest],
]

/**
 * Node with the built packages (`dist/`), as a user's process loads them: pagination memory, whose baseline holds
 * whatever loading the SDK left in V8's young generation (type-stripping the sources at load grows it further).
 */
const nodeBuilt = (script: string, ...rest: Array<string>): [string, Array<string>] => [
  process.execPath,
  [new URL(script, import.meta.url).pathname, ...rest],
]

/** The packages the built-package sections import, pack or run (pagination, cold start, the CLI, install sizes). */
const builtPackages = ["@beeper-kit/effect", "@beeper-kit/node", "@beeper-kit/deno", "@beeper-kit/bun", "@beeper-kit/edge", "@beeper-kit/cli"]

const settings = {
  httpRounds: quick ? 1 : 5,
  httpPhaseMs: quick ? 150 : 250,
  httpWarmupMs: quick ? 50 : 100,
  httpWarmupCalls: quick ? 200 : 500,
  eventsRounds: quick ? 1 : 2,
  burstEvents: quick ? 10_000 : 50_000,
  pacedEvents: quick ? 1_000 : 3_000,
  pacedRate: 2_000,
  messages: quick ? 20_000 : 100_000,
  paginationRounds: quick ? 1 : 3,
  coldRuns: quick ? 3 : 7,
  cliRuns: quick ? 3 : 11,
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
    sectionMs: {},
  }
  const timed = async (name: string, run: () => Promise<void>) => {
    const t0 = performance.now()
    await section(results, name, run)
    results.sectionMs![name] = performance.now() - t0
  }
  try {
    if (enabled("pagination") || enabled("coldstart") || enabled("cli") || enabled("install")) {
      log(`building ${builtPackages.join(", ")} (pagination, cold start, the CLI and install sizes use the built packages)`)
      const t0 = performance.now()
      try {
        execFileSync(join(binDir, "turbo"), ["run", "build", ...builtPackages.map((name) => `--filter=${name}`), "--output-logs=errors-only"], {
          cwd: root,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
        })
      } catch (error) {
        log(`build failed (${String(error).split("\n")[0]}); using whatever dist/ exists`)
      }
      results.sectionMs!["build"] = performance.now() - t0
    }
    log("serialising the fixture payloads from the mock server")
    const payloadsFile = savePayloads(scratch, await buildPayloads())
    const env = { BENCH_PAYLOADS: payloadsFile }
    const server = await startBenchServer(payloadsFile, { BENCH_MESSAGES: String(settings.messages) })
    try {
      const { chatID } = JSON.parse(readFileSync(payloadsFile, "utf8")) as { chatID: string }
      if (enabled("http")) await timed("http", async () => {
        const nodeFetch: EffectLayer = async (_kind, options) =>
          (await import("@beeper-kit/effect")).BeeperServices.adapter().layer(options)
        const unvalidatedOption = await findUnvalidatedOption(nodeFetch, server.url, chatID)
        if (unvalidatedOption !== undefined) results.unvalidatedOption = unvalidatedOption
        results.http = await measureHttp({
          url: server.url,
          rounds: settings.httpRounds,
          phase: { phaseMs: settings.httpPhaseMs, warmupMs: settings.httpWarmupMs },
          warmupCalls: settings.httpWarmupCalls,
          scratch,
          env,
          runtimes: httpRuntimes,
          log,
        })
        log("decode cost of the payloads")
        results.decode = (await runChild<NonNullable<BenchResults["decode"]>>(...nodeSource("./decode/worker.ts"), { env })).value
      })
      if (enabled("events")) await timed("events", async () => {
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
      if (enabled("pagination")) await timed("pagination", async () => {
        // the Effect floors' page Schema (pagination/worker.ts `effectFloor`)
        const pageSchema = floorSchemaModule("MessageListPage")
        const paginate = async (variant: string, mode: "default" | "gc", label: string): Promise<PaginationRow> => {
          log(`pagination (${mode === "gc" ? "full GC every 250 pages" : "default GC"}): ${variant}${label}`)
          const [command, childArgs] = nodeBuilt("./pagination/worker.ts", variant, server.url, String(settings.messages), mode)
          return (await runChild<PaginationRow>(command, ["--expose-gc", ...childArgs], { env: { ...env, BENCH_PAGE_SCHEMA: pageSchema } })).value
        }
        const rows: Array<PaginationRow> = []
        for (const variant of ["official", "core"]) rows.push(await paginate(variant, "default", ""))
        // The target's pairs (ours and the raw loop over the same transport: fetch, then node:http; default GC), each
        // with Effect's floor over that transport, several times, interleaved, the order flipped every round: one run's
        // peak is one draw of a figure that moves with when V8 grows its young generation; the median run counts.
        const paired = paginationPairs.flatMap((pair) => [pair.raw, pair.ours, pair.floor])
        const rounds: Record<string, Array<PaginationRow>> = Object.fromEntries(paired.map((variant) => [variant, []]))
        for (let round = 0; round < settings.paginationRounds; round++) {
          for (const variant of round % 2 === 0 ? paired : [...paired].reverse()) {
            rounds[variant]!.push(await paginate(variant, "default", ` (round ${round + 1}/${settings.paginationRounds})`))
          }
        }
        rows.push(...paired.map((variant) => medianRun(rounds[variant]!)))
        // the forced-GC mode (the peak live heap) only for the pairs: what the memory target compares (the floors are
        // there for their default-GC peak, which V8's young generation decides)
        for (const pair of paginationPairs) {
          for (const variant of [pair.raw, pair.ours]) rows.push(await paginate(variant, "gc", ""))
        }
        results.pagination = rows
      })
      if (enabled("coldstart")) await timed("coldstart", async () => {
        results.coldStart = await measureColdStart(server.url, settings.coldRuns, log)
      })
      if (enabled("cli")) await timed("cli", async () => {
        log("CLI cold start: beeper-kit accounts vs the official SDK's")
        results.cliColdStart = await measureCliColdStart(server.url, settings.cliRuns)
      })
    } finally {
      await server.stop()
    }
    if (enabled("bundle")) await timed("bundle", async () => {
      log("bundling the edge workers")
      results.bundles = await measureBundles()
    })
    if (enabled("install")) await timed("install", async () => {
      results.installs = await measureInstalls(scratch, log)
    })
    if (enabled("generate")) await timed("generate", async () => {
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

// Cold start: a fresh process per run, on Node, Deno and Bun — the built packages imported and the first request
// made (coldstart/*.mjs, each printing its own timings) — and the CLI's: `beeper-kit accounts` (the built
// packages/cli) against the same command written with the official SDK, timed from spawn to exit. Runs are
// interleaved (every script once per run, the order reversed every other run, after one untimed run of every
// script) and medians reported, of wall time and of the process's CPU time.
import { denoBinary, bunBinary } from "@beeper-kit/testkit/binaries"
import { readProcStat, ticksPerSecond } from "../proc-stat.ts"
import { join } from "node:path"
import { runChild, runProcess } from "../child.ts"
import { median } from "../stats.ts"
import { benchToken } from "../servers/token.ts"
import { writeFloorSchema } from "./floor-schema.ts"

/** Medians of one runtime × script cold start. */
export interface ColdStartRow {
  readonly importMs: number
  readonly requestMs: number
  readonly totalMs: number
  /** CPU time of the process (user + system, every thread) over import + first request. */
  readonly cpuMs?: number
  readonly sinceStartMs: number
  readonly wallMs?: number
}

/** The CLI cold start: process wall time (spawn to exit), medians of the runs. */
export interface CliColdStart {
  /** `beeper-kit accounts` (packages/cli/dist/bin.js). */
  readonly oursMs: number
  /** The same command with the official SDK (coldstart/cli-official.mjs). */
  readonly officialMs: number
  /** `node -e ""`: the runtime's own start, for reference. */
  readonly nodeMs: number
  /**
   * CPU time (user + system, every thread) per run, the mean of the runs, by command; absent off Linux. Moves far
   * less than wall time with the machine's other load.
   */
  readonly cpuMs?: { readonly ours: number; readonly official: number; readonly node: number }
  readonly runs: number
  /** The accounts table both printed (the first lines), to show it is the same output. */
  readonly sample: string
}

/**
 * The scripts of the cold start table, in report order; Node alone has @beeper-kit/node (and raw `node:http`, its
 * transport). `effect-deep-floor-undecoded` is the floor without its Schema decode (ours runs the generated fast check
 * instead): reported beside the floor, not judged.
 */
export const coldStartScripts = {
  node: ["empty", "raw", "raw-node", "official", "core", "effect", "effect-node", "effect-floor", "effect-deep-floor", "effect-deep-floor-undecoded"],
  deno: ["empty", "raw", "official", "core", "effect", "effect-floor", "effect-deep-floor", "effect-deep-floor-undecoded"],
  bun: ["empty", "raw", "official", "core", "effect", "effect-floor", "effect-deep-floor", "effect-deep-floor-undecoded"],
} as const

const benchDir = new URL("../../", import.meta.url).pathname
const root = new URL("../../../../", import.meta.url).pathname
/** A table name that is another script run with arguments: the floor without its decode is the floor's script. */
const scriptVariants: Readonly<Record<string, readonly [script: string, ...args: Array<string>]>> = {
  "effect-deep-floor-undecoded": ["effect-deep-floor", "undecoded"],
}
const script = (name: string) => new URL(`./${name}.mjs`, import.meta.url).pathname

const runtimeCommand = {
  node: (file: string, args: Array<string>) => [process.execPath, [file, ...args]] as const,
  deno: (file: string, args: Array<string>) => [denoBinary(), ["run", "-A", "--node-modules-dir=manual", file, ...args]] as const,
  bun: (file: string, args: Array<string>) => [bunBinary(), [file, ...args]] as const,
}

/** The bench's own copy of a floor's Schema module (coldstart/floor-schema.ts: `root` and what it references), written afresh. */
export const floorSchemaModule = (root = "ChatListPage"): string =>
  writeFloorSchema(join(benchDir, ".cache", `floor-schema-${root}.mjs`), root)

/** One fresh process of `script` (coldstart/<script>.mjs) on `runtime` against `serverUrl`: what it printed. */
export const runColdStart = async (
  runtime: keyof typeof coldStartScripts,
  name: string,
  serverUrl: string,
  floorSchema: string,
): Promise<ColdStartRow> => {
  const [file, ...extra] = scriptVariants[name] ?? [name]
  const [command, args] = runtimeCommand[runtime](script(file), [serverUrl, floorSchema, ...extra])
  const { value, wallMs } = await runChild<ColdStartRow>(command, args, { cwd: benchDir })
  return { ...value, wallMs }
}

/** Medians, field by field, of one cell's samples. */
export const coldStartMedians = (rows: ReadonlyArray<ColdStartRow>): ColdStartRow => ({
  importMs: median(rows.map((r) => r.importMs)),
  requestMs: median(rows.map((r) => r.requestMs)),
  totalMs: median(rows.map((r) => r.totalMs)),
  cpuMs: median(rows.map((r) => r.cpuMs ?? Number.NaN)),
  sinceStartMs: median(rows.map((r) => r.sinceStartMs)),
  wallMs: median(rows.map((r) => r.wallMs ?? Number.NaN)),
})

/**
 * Runs every cell of `cells` (runtime, script) once untimed — the file cache, and Deno's code cache, then hold what
 * every later run finds — then `runs` times, every cell once per run, the order reversed every other run, so no
 * cell always follows the same neighbour or sits at the same point of the machine's load. The samples, per cell
 * (`runtime/script`).
 */
export const measureCells = async (
  cells: ReadonlyArray<readonly [keyof typeof coldStartScripts, string]>,
  serverUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<Record<string, Array<ColdStartRow>>> => {
  const floorSchema = floorSchemaModule()
  for (const [runtime, name] of cells) await runColdStart(runtime, name, serverUrl, floorSchema)
  const samples: Record<string, Array<ColdStartRow>> = {}
  for (let run = 0; run < runs; run++) {
    for (const [runtime, name] of run % 2 === 0 ? cells : [...cells].reverse()) {
      ;(samples[`${runtime}/${name}`] ??= []).push(await runColdStart(runtime, name, serverUrl, floorSchema))
    }
    log(`cold start run ${run + 1}/${runs}`)
  }
  return samples
}

/** Measures every script of {@link coldStartScripts} `runs` times on each runtime against `serverUrl`: medians. */
export const measureColdStart = async (
  serverUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<Record<string, ColdStartRow>> => {
  const cells = Object.entries(coldStartScripts).flatMap(([runtime, scripts]) =>
    scripts.map((name) => [runtime as keyof typeof coldStartScripts, name] as const)
  )
  const samples = await measureCells(cells, serverUrl, runs, log)
  return Object.fromEntries(Object.entries(samples).map(([key, rows]) => [key, coldStartMedians(rows)]))
}

/**
 * The CPU time (user + system) of this process's children that have exited and been waited for, in ms: `cutime` +
 * `cstime` of `/proc/self/stat`, in clock ticks (100 a second on Linux). Undefined where there is no `/proc`. The
 * kernel sums the children's exact times and rounds only the total, so the difference over n runs, divided by n, is
 * a run's mean to ~10/n ms.
 */
const childrenCpuMs = (): number | undefined => {
  try {
    const { fields } = readProcStat("self")
    return ((Number(fields[13]) + Number(fields[14])) * 1_000) / ticksPerSecond
  } catch {
    return undefined
  }
}

/**
 * Times `beeper-kit accounts` and the official SDK's version of it, `runs` times each, after one untimed run of each
 * (the CLI writes its code cache then and the official script fills Node's compile cache, as a user's first run
 * does). Interleaved, the order reversed every other run, so neither command always follows the other or `node -e`.
 * Both must print the same table.
 */
export const measureCliColdStart = async (serverUrl: string, runs: number): Promise<CliColdStart> => {
  const env = { BEEPER_DESKTOP_URL: serverUrl, BEEPER_ACCESS_TOKEN: benchToken, COLUMNS: "80" }
  const commands = {
    ours: [process.execPath, [join(root, "packages/cli/dist/bin.js"), "accounts"]],
    official: [process.execPath, [script("cli-official")]],
    node: [process.execPath, ["-e", ""]],
  } as const
  const first = await runProcess(commands.ours[0], commands.ours[1], { cwd: benchDir, env })
  const official = await runProcess(commands.official[0], commands.official[1], { cwd: benchDir, env })
  if (first.stdout.trim() !== official.stdout.trim()) {
    throw new Error(`the official SDK's accounts command printed another table:\n${first.stdout}\n---\n${official.stdout}`)
  }
  const times: Record<keyof typeof commands, Array<number>> = { ours: [], official: [], node: [] }
  const cpu: Record<keyof typeof commands, number> = { ours: 0, official: 0, node: 0 }
  const order = Object.keys(commands) as Array<keyof typeof commands>
  for (let run = 0; run < runs; run++) {
    for (const name of run % 2 === 0 ? order : [...order].reverse()) {
      const [command, args] = commands[name]
      const cpuBefore = childrenCpuMs()
      times[name].push((await runProcess(command, args, { cwd: benchDir, env })).wallMs)
      cpu[name] += (childrenCpuMs() ?? Number.NaN) - (cpuBefore ?? Number.NaN)
    }
  }
  return {
    oursMs: median(times.ours),
    officialMs: median(times.official),
    nodeMs: median(times.node),
    ...(Number.isNaN(cpu.ours) ? {} : { cpuMs: { ours: cpu.ours / runs, official: cpu.official / runs, node: cpu.node / runs } }),
    runs,
    sample: first.stdout.trim().split("\n").slice(0, 3).join("\n"),
  }
}

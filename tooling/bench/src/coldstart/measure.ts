// Cold start: a fresh process per run, on Node, Deno and Bun — the built packages imported and the first request
// made (coldstart/*.mjs, each printing its own timings) — and the CLI's: `beeper-kit accounts` (the built
// packages/cli) against the same command written with the official SDK, timed from spawn to exit. Runs are
// interleaved (every script once per run) and medians reported.
import { denoBinary, bunBinary } from "@beeper-kit/testkit/binaries"
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
  readonly runs: number
  /** The accounts table both printed (the first lines), to show it is the same output. */
  readonly sample: string
}

/** The scripts of the cold start table, in report order; Node alone has @beeper-kit/node. */
export const coldStartScripts = {
  node: ["empty", "raw", "official", "core", "effect", "effect-node", "effect-floor", "effect-deep-floor"],
  deno: ["empty", "raw", "official", "core", "effect", "effect-floor", "effect-deep-floor"],
  bun: ["empty", "raw", "official", "core", "effect", "effect-floor", "effect-deep-floor"],
} as const

const benchDir = new URL("../../", import.meta.url).pathname
const root = new URL("../../../../", import.meta.url).pathname
const script = (name: string) => new URL(`./${name}.mjs`, import.meta.url).pathname

const runtimeCommand = {
  node: (file: string, args: Array<string>) => [process.execPath, [file, ...args]] as const,
  deno: (file: string, args: Array<string>) => [denoBinary(), ["run", "-A", "--node-modules-dir=manual", file, ...args]] as const,
  bun: (file: string, args: Array<string>) => [bunBinary(), [file, ...args]] as const,
}

/** Measures every script of {@link coldStartScripts} `runs` times on each runtime against `serverUrl`. */
export const measureColdStart = async (
  serverUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<Record<string, ColdStartRow>> => {
  const floorSchema = writeFloorSchema(join(benchDir, ".cache", "floor-schema.mjs"))
  const samples: Record<string, Array<ColdStartRow>> = {}
  for (let run = 0; run < runs; run++) {
    for (const [runtime, scripts] of Object.entries(coldStartScripts)) {
      for (const name of scripts) {
        const [file, args] = runtimeCommand[runtime as keyof typeof runtimeCommand](script(name), [serverUrl, floorSchema])
        const { value, wallMs } = await runChild<ColdStartRow>(file, args, { cwd: benchDir })
        ;(samples[`${runtime}/${name}`] ??= []).push({ ...value, wallMs })
      }
    }
    log(`cold start run ${run + 1}/${runs}`)
  }
  return Object.fromEntries(
    Object.entries(samples).map(([key, rows]) => [key, {
      importMs: median(rows.map((r) => r.importMs)),
      requestMs: median(rows.map((r) => r.requestMs)),
      totalMs: median(rows.map((r) => r.totalMs)),
      sinceStartMs: median(rows.map((r) => r.sinceStartMs)),
      wallMs: median(rows.map((r) => r.wallMs ?? Number.NaN)),
    }]),
  )
}

/**
 * Times `beeper-kit accounts` and the official SDK's version of it, `runs` times each, interleaved, after one
 * untimed run of each (both enable Node's compile cache, which a user's second run has). Both must print the same
 * table.
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
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, args]] of Object.entries(commands)) {
      times[name as keyof typeof commands].push((await runProcess(command, args, { cwd: benchDir, env })).wallMs)
    }
  }
  return {
    oursMs: median(times.ours),
    officialMs: median(times.official),
    nodeMs: median(times.node),
    runs,
    sample: first.stdout.trim().split("\n").slice(0, 3).join("\n"),
  }
}

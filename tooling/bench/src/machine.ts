// The facts of the machine a benchmark ran on, printed at the top of BENCHMARKS.md.
import { execFileSync } from "node:child_process"
import { availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os"

/** Machine facts. */
export interface Machine {
  readonly cpu: string
  readonly nproc: number
  readonly memoryGiB: number
  readonly os: string
  readonly node: string
  readonly deno: string
  readonly bun: string
}

const version = (command: string, args: ReadonlyArray<string>, pattern: RegExp): string => {
  try {
    return pattern.exec(execFileSync(command, args, { encoding: "utf8" }))?.[1] ?? "?"
  } catch {
    return "not found"
  }
}

/** Reads the machine facts; `bin` is the folder holding the `deno` and `bun` binaries. */
export const machineFacts = (bin: string): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  nproc: availableParallelism(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${type()} ${release()}`,
  node: process.versions.node,
  deno: version(`${bin}/deno`, ["--version"], /deno (\S+)/),
  bun: version(`${bin}/bun`, ["--version"], /(\S+)/),
})

/** The 1-, 5- and 15-minute load averages, formatted. */
export const loadAverage = (): string => loadavg().map((l) => l.toFixed(2)).join(" / ")

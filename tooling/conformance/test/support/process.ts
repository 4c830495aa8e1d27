/** Running a runtime as a child process, bounded in time, with its output collected. */
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

/** The conformance package: the working directory of every run, so every adapter resolves. */
export const packageDir = fileURLToPath(new URL("../..", import.meta.url))
const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url))

/** A binary the workspace installs from the npm registry (`deno`, `bun`). */
export const workspaceBin = (name: string): string => `${repoRoot}node_modules/.bin/${name}`

/** A binary of the repo's toolchain (`node` = Node 24, `node22`). */
export const toolchainBin = (name: string): string => `${repoRoot}.toolchain/bin/${name}`

/** Resolves workspace packages to their TypeScript sources (Node, Deno and Bun all take this flag). */
export const sourceCondition = "--conditions=@beeper-kit/source"

/** Kills a detached child's whole process group (the child and whatever it started). */
const killGroup = (pid: number | undefined, signal: NodeJS.Signals): void => {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/** How a process ended. */
export interface Finished {
  /** stdout and stderr, interleaved as they arrived. */
  readonly output: string
  /** The exit code; `null` when killed. */
  readonly code: number | null
}

/**
 * Runs `command` with only `env` (plus PATH and HOME) in its environment, until it exits or `timeoutMs` elapses
 * (then it is killed). `onOutput` sees the output so far after every chunk.
 */
export const runProcess = (
  command: string,
  args: ReadonlyArray<string>,
  options: {
    readonly env: Record<string, string>
    readonly timeoutMs: number
    readonly onOutput?: (output: string) => void
  },
): Promise<Finished> =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], {
      cwd: packageDir,
      env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      // its own process group: `.bin/deno` and `.bin/bun` are wrappers that start the real binary as a child,
      // and a kill must reach that one too (an orphan would keep running, and keep the output pipes open)
      detached: true,
    })
    let output = ""
    const append = (chunk: unknown) => {
      output += String(chunk)
      options.onOutput?.(output)
    }
    child.stdout.on("data", append)
    child.stderr.on("data", append)
    const timer = setTimeout(() => {
      output += `\n[killed after ${options.timeoutMs} ms]`
      killGroup(child.pid, "SIGKILL")
    }, options.timeoutMs)
    child.on("error", (error) => {
      clearTimeout(timer)
      resolve({ output: `${output}\n[could not start ${command}: ${error.message}]`, code: null })
    })
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ output, code })
    })
  })

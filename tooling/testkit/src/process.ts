/**
 * Runs a runtime (Node, Deno, Bun) or an app as a child process, as a user would: a clean environment (only the
 * variables a test gives — never the developer's own BEEPER_* settings), output collected as it arrives, bounded in
 * time. The child gets its own process group, so stopping it reaches whatever it started too (`.bin/deno` and
 * `.bin/bun` are wrappers that start the real binary as a child; an orphan would keep running and keep the pipes open).
 */
import { type ChildProcess, spawn } from "node:child_process"

/** How a process ended. */
export interface Finished {
  /** The exit code; `null` when killed. */
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  /** stdout and stderr, interleaved as they arrived (with a note when the process was killed or did not start). */
  readonly output: string
}

/** A running process. */
export interface Running {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves with the first stdout line matching `test` (rejects if the process exits first). */
  readonly waitForLine: (test: (line: string) => boolean) => Promise<string>
  /** Signals the process group (default `SIGTERM`). */
  readonly stop: (signal?: NodeJS.Signals) => void
  readonly exited: Promise<Finished>
}

/** How to run it. */
export interface ProcessOptions {
  readonly cwd: string
  /** Added to the base variables (PATH, HOME, temp dir, Deno's cache) and `NO_COLOR=1`. */
  readonly env?: Record<string, string>
  /** Killed (`SIGKILL`, the whole group) when it runs longer. */
  readonly timeoutMs?: number
  /** Sees the interleaved output so far after every chunk. */
  readonly onOutput?: (output: string) => void
}

/** The variables a process needs to start at all. */
const baseEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const name of ["PATH", "HOME", "TMPDIR", "SYSTEMROOT", "DENO_DIR", "XDG_CACHE_HOME"]) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return env
}

/** Starts `command ...args`. */
export const spawnProcess = (command: string, args: ReadonlyArray<string>, options: ProcessOptions): Running => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: { ...baseEnv(), NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  let stdout = ""
  let stderr = ""
  let output = ""
  const waiters: Array<{ readonly test: (line: string) => boolean; readonly resolve: (line: string) => void }> = []
  const append = (chunk: string) => {
    output += chunk
    options.onOutput?.(output)
  }
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk
    append(chunk)
    for (const waiter of [...waiters]) {
      const line = stdout.split("\n").find(waiter.test)
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
    }
  })
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk
    append(chunk)
  })
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
    output += `\n[killed after ${options.timeoutMs} ms]`
    stop("SIGKILL")
  }, options.timeoutMs)
  const exited = new Promise<Finished>((resolve) => {
    child.on("error", (error) => {
      clearTimeout(timer)
      resolve({ code: null, stdout, stderr, output: `${output}\n[could not start ${command}: ${error.message}]` })
    })
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, output })
    })
  })
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    waitForLine: (test) =>
      new Promise((resolve, reject) => {
        const line = stdout.split("\n").find(test)
        if (line !== undefined) return resolve(line)
        waiters.push({ test, resolve })
        void exited.then((done) =>
          reject(new Error(`exited (${done.code}) before the line appeared:\n${done.stdout}\n${done.stderr}`))
        )
      }),
    stop,
    exited,
  }
}

/** Runs `command ...args` to completion. */
export const runProcess = (command: string, args: ReadonlyArray<string>, options: ProcessOptions): Promise<Finished> =>
  spawnProcess(command, args, options).exited

/**
 * Runs `program` as an ES module in a plain `node` process (`node --input-type=module -e`), as a user's program
 * runs: from `cwd` (a package's folder resolves the package's own name through its `exports`), without the test
 * runner's loaders or conditions.
 */
export const runNodeModule = (program: string, options: ProcessOptions): Promise<Finished> =>
  runProcess(process.execPath, ["--input-type=module", "-e", program], options)

/** The non-empty lines of an output. */
export const linesOf = (text: string): Array<string> => text.split("\n").filter((line) => line.trim() !== "")

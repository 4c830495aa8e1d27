/**
 * For the apps' smoke tests: runs an app in its real runtime as a child process with a clean environment (only the
 * variables a test gives — never the developer's own BEEPER_* settings), collecting its output as it arrives.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"

/** What a finished process left. */
export interface Finished {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** A running process. */
export interface Running {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves with the first stdout line matching `test` (rejects if the process exits first). */
  readonly waitForLine: (test: (line: string) => boolean) => Promise<string>
  readonly exited: Promise<Finished>
}

/** The variables a process needs to start at all (PATH, HOME, temp dir). */
const baseEnv = (): Record<string, string> => {
  const env: Record<string, string> = {}
  for (const name of ["PATH", "HOME", "TMPDIR", "SYSTEMROOT", "DENO_DIR", "XDG_CACHE_HOME"]) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  return env
}

/** Starts `command ...args` in `cwd` with only the base variables plus `env`. */
export const spawnProcess = (
  command: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env?: Record<string, string> },
): Running => {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: { ...baseEnv(), NO_COLOR: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let stdout = ""
  let stderr = ""
  const waiters: Array<{ readonly test: (line: string) => boolean; readonly resolve: (line: string) => void }> = []
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk
    for (const waiter of [...waiters]) {
      const line = stdout.split("\n").find(waiter.test)
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
    }
  })
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
  const exited = new Promise<Finished>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })))
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
    exited,
  }
}

/** A loopback port nothing listens on (bound, then released). */
export const closedPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

/** The non-empty lines of an output. */
export const linesOf = (text: string): Array<string> => text.split("\n").filter((line) => line.trim() !== "")

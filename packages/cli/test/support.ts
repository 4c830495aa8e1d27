/** Runs the real `beeper-kit` binary (or the demo) on this Node, from source, in a 100-column "terminal". */
import { type ChildProcess, spawn } from "node:child_process"
import { closeSync, openSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type Finished, type Running, spawnProcess } from "@beeper-kit/testkit/process"

const root = fileURLToPath(new URL("..", import.meta.url))

/** Starts `node <script> ...args` (`src/bin.ts`, `demo/demo.ts`), resolving workspace packages to their sources. */
export const start = (script: string, args: ReadonlyArray<string>, env: Record<string, string> = {}): Running =>
  spawnProcess(process.execPath, ["--conditions=@beeper-kit/source", script, ...args], {
    cwd: root,
    env: { COLUMNS: "100", ...env },
  })

/** Runs `beeper-kit ...args` to completion. */
export const beeperKit = (args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Finished> =>
  start("src/bin.ts", args, env).exited

/**
 * Runs `beeper-kit ...args` with its stdout written to the file at `path` (`> /dev/full`: a disk that is full) to
 * completion: its exit code and stderr.
 */
export const beeperKitToFile = async (
  args: ReadonlyArray<string>,
  env: Record<string, string>,
  path: string,
): Promise<{ readonly code: number | null; readonly stderr: string }> => {
  const stdout = openSync(path, "w")
  try {
    const child = spawn(process.execPath, ["--conditions=@beeper-kit/source", "src/bin.ts", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", COLUMNS: "100", NO_COLOR: "1", ...env },
      stdio: ["ignore", stdout, "pipe"],
    })
    let stderr = ""
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
    return { code, stderr }
  } finally {
    closeSync(stdout)
  }
}

/** A `beeper-kit` process whose stdout the test reads only until told to stop (see {@link startWithStuckReader}). */
export interface StuckReader {
  readonly child: ChildProcess
  /**
   * Resolves once stdout so far passes `test` (rejects if the process exits first). With `thenStop`, nothing is read
   * any more from that moment: the reader is stuck, its pipe fills, and the CLI's stdout queues what is left.
   */
  readonly readUntil: (test: (stdout: string) => boolean, thenStop?: boolean) => Promise<void>
  readonly stderr: () => string
  /** The exit code (`null` when killed), without waiting for stdout to be read to its end. */
  readonly exited: Promise<number | null>
}

/** Starts `beeper-kit ...args` with a stdout the test stops reading when it chooses: a busy or stuck reader. */
export const startWithStuckReader = (args: ReadonlyArray<string>, env: Record<string, string>): StuckReader => {
  const child = spawn(process.execPath, ["--conditions=@beeper-kit/source", "src/bin.ts", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", COLUMNS: "100", NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let stderr = ""
  let stdout = ""
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  let waiter: { readonly test: (stdout: string) => boolean; readonly thenStop: boolean; readonly resolve: () => void } | undefined
  const onReadable = () => {
    let chunk: Buffer | null
    while ((chunk = child.stdout!.read() as Buffer | null) !== null) {
      stdout += chunk.toString("latin1")
      const current = waiter
      if (current !== undefined && current.test(stdout)) {
        waiter = undefined
        // from now on nobody reads: the stream stays paused (Node reads ahead only up to its buffer's mark)
        if (current.thenStop) child.stdout!.off("readable", onReadable)
        current.resolve()
        if (current.thenStop) return
      }
    }
  }
  child.stdout!.on("readable", onReadable)
  const readUntil = (test: (stdout: string) => boolean, thenStop = false) =>
    new Promise<void>((resolve, reject) => {
      void exited.then((code) => reject(new Error(`exited (${code}) before stdout showed what was awaited:\n${stdout}\n${stderr}`)))
      if (test(stdout)) {
        if (thenStop) child.stdout!.off("readable", onReadable)
        return resolve()
      }
      waiter = { test, thenStop, resolve }
    })
  return { child, readUntil, stderr: () => stderr, exited }
}

// Runs one benchmark step in its own process and reads the JSON line it prints last: isolation for RSS,
// cold start and JIT state, so no figure is coloured by another library loaded in the same process.
import { spawn } from "node:child_process"

/** What a child printed, plus how long it ran. */
export interface ChildResult<A> {
  readonly value: A
  readonly wallMs: number
}

/** Options of {@link runChild}. */
export interface ChildOptions {
  readonly cwd?: string
  readonly env?: NodeJS.ProcessEnv
  /** Kill the child after this long (default 120 s). */
  readonly timeoutMs?: number
}

/** What a process printed on stdout, plus how long it ran (spawn to exit). */
export interface ProcessResult {
  readonly stdout: string
  readonly wallMs: number
}

/** A bench child's environment: the parent's, no colours, no Deno update check, then `extra`. */
export const childEnv = (extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv =>
  ({ ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", ...extra })

/** Spawns `command args` and waits for it to exit 0; rejects with its stderr when it fails or times out. */
export const runProcess = (command: string, args: ReadonlyArray<string>, options: ChildOptions = {}): Promise<ProcessResult> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000)
    child.on("error", (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      const wallMs = performance.now() - started
      if (code !== 0) {
        reject(new Error(`${[command, ...args].join(" ")} exited ${code ?? signal}:\n${stderr.slice(-4000)}${stdout.slice(-2000)}`))
        return
      }
      resolve({ stdout, wallMs })
    })
  })

/**
 * Spawns `command args`, waits for it to exit 0, and parses the last stdout line that is a JSON object.
 * Rejects with the child's stderr when it fails, times out or prints no JSON.
 */
export const runChild = async <A>(command: string, args: ReadonlyArray<string>, options: ChildOptions = {}): Promise<ChildResult<A>> => {
  const { stdout, wallMs } = await runProcess(command, args, options)
  const line = stdout.trim().split("\n").reverse().find((l) => l.startsWith("{"))
  if (line === undefined) throw new Error(`${[command, ...args].join(" ")} printed no JSON:\n${stdout.slice(-2000)}`)
  try {
    return { value: JSON.parse(line) as A, wallMs }
  } catch (error) {
    throw new Error(`${command}: the last JSON line does not parse: ${line.slice(0, 200)} (${String(error)})`)
  }
}

/** Prints a child's result: the one JSON line the parent reads. */
export const report = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`)
}

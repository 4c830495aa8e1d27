// Starts the benchmark server (servers/main.ts) in its own process and waits for its address.
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"

/** A running benchmark server. */
export interface BenchServer {
  /** e.g. `http://127.0.0.1:40123` */
  readonly url: string
  readonly stop: () => Promise<void>
}

/** Spawns the server with the payloads file and waits until it listens. */
export const startBenchServer = (payloadsFile: string, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, new URL("./main.ts", import.meta.url).pathname], {
      env: { ...process.env, BENCH_PAYLOADS: payloadsFile, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    })
    const lines = createInterface({ input: child.stdout })
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`benchmark server exited early (${code})`)))
    lines.once("line", (line) => {
      const { url } = JSON.parse(line) as { url: string }
      child.removeAllListeners("exit")
      resolve({
        url,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once("exit", () => done())
            child.kill("SIGTERM")
          }),
      })
    })
  })

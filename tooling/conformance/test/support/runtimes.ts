/**
 * The runtimes of the matrix and how each runs the suite for real: a child process of Node 22, Node 24, Deno or
 * Bun (the toolchain's and the workspace's own binaries, all from the npm registry), or a Worker in workerd through
 * miniflare (the suite bundled with esbuild), or a script in Vercel's Edge runtime sandbox (HTTP only: the events
 * case is skipped there). Each run gets its own mock server on 127.0.0.1.
 */
import { withMockServer } from "@beeper-kit/testkit/mock-server"
import { fileURLToPath } from "node:url"
import { type CaseResult, parseOutput } from "../../src/results.ts"
import { sourceCondition, toolchainBin, workspaceBin } from "@beeper-kit/testkit/binaries"
import { runProcess } from "@beeper-kit/testkit/process"
import { packageDir } from "./workerd.ts"
import { edgeRuntimeVersion, runInEdgeRuntime } from "./edge-runtime.ts"
import { bundleWorker, fetchFromWorker, workerdVersion } from "./workerd.ts"

const runnerPath = (name: string) => fileURLToPath(new URL(`../../src/runners/${name}`, import.meta.url))

/**
 * Upper bound of one runtime's whole run (startup and every case); a hung run is killed. Generous: a run takes
 * seconds, but the runtimes share a busy machine (with each other and with other packages' tests).
 */
const runTimeoutMs = 240_000

/** Where the mock server of a run is. */
interface Target {
  readonly baseUrl: string
  readonly token: string
}

/** What a run produced. */
export interface Run {
  /** The runtime as it names itself (e.g. `Node 22.23.3`), when it got that far. */
  readonly runtime: string | undefined
  readonly results: ReadonlyArray<CaseResult>
  /** Wall-clock milliseconds of the whole run, startup included. */
  readonly wallMs: number
  /** Everything the runtime printed, for failure messages. */
  readonly output: string
}

/** One column of the matrix. */
export interface Runtime {
  readonly name: string
  readonly adapter: string
  /** Runs the suite against the target; resolves with everything the runtime printed. */
  readonly run: (target: Target) => Promise<string>
}

const targetEnv = (target: Target) => ({ BEEPER_DESKTOP_URL: target.baseUrl, BEEPER_ACCESS_TOKEN: target.token })

const inProcess = (command: string, args: (target: Target) => ReadonlyArray<string>) => async (target: Target) => {
  const { output, code } = await runProcess(command, args(target), {
    cwd: packageDir,
    env: targetEnv(target),
    timeoutMs: runTimeoutMs,
  })
  return code === 0 ? output : `${output}\n[exited with ${code}]`
}

const inWorkerd = async (target: Target): Promise<string> => {
  try {
    const script = await bundleWorker({ file: runnerPath("worker.ts") })
    const response = await fetchFromWorker(script, { ...targetEnv(target), WORKERD_VERSION: workerdVersion() }, runTimeoutMs)
    return await response.text()
  } catch (error) {
    return `[workerd run failed: ${String(error)}]`
  }
}

const inEdgeRuntime = async (target: Target): Promise<string> => {
  try {
    return await runInEdgeRuntime(runnerPath("vercel-edge.ts"), {
      ...targetEnv(target),
      EDGE_RUNTIME_VERSION: edgeRuntimeVersion(),
    })
  } catch (error) {
    return `[edge-runtime run failed: ${String(error)}]`
  }
}

/** Node 22, Node 24, Node 26, Deno, Bun, workerd, Vercel Edge — each with its adapter. */
export const runtimes: ReadonlyArray<Runtime> = [
  {
    name: "node22",
    adapter: "@beeper-kit/node",
    run: inProcess(toolchainBin("node22"), () => [sourceCondition, runnerPath("node.ts")]),
  },
  {
    name: "node24",
    adapter: "@beeper-kit/node",
    run: inProcess(toolchainBin("node"), () => [sourceCondition, runnerPath("node.ts")]),
  },
  {
    name: "node26",
    adapter: "@beeper-kit/node",
    run: inProcess(toolchainBin("node26"), () => [sourceCondition, runnerPath("node.ts")]),
  },
  {
    name: "deno",
    adapter: "@beeper-kit/deno",
    run: inProcess(workspaceBin("deno"), (target) => [
      "run",
      "--no-prompt",
      sourceCondition,
      `--allow-net=${new URL(target.baseUrl).host}`,
      "--allow-env",
      runnerPath("deno.ts"),
    ]),
  },
  {
    name: "bun",
    adapter: "@beeper-kit/bun",
    run: inProcess(workspaceBin("bun"), () => [sourceCondition, runnerPath("bun.ts")]),
  },
  { name: "workerd", adapter: "@beeper-kit/edge", run: inWorkerd },
  { name: "vercel-edge", adapter: "@beeper-kit/edge (layerDesktop)", run: inEdgeRuntime },
]

/** Runs the suite on one runtime against a fresh mock server. */
export const runOn = (runtime: Runtime): Promise<Run> =>
  withMockServer({ seed: 7 }, async (server) => {
    const started = performance.now()
    const output = await runtime.run({ baseUrl: server.url, token: server.token })
    return { ...parseOutput(output), wallMs: Math.round(performance.now() - started), output }
  })

/** Runs `tasks` with at most `limit` at a time; each promise settles with its own task. */
export const limited = <A>(limit: number, tasks: ReadonlyArray<() => Promise<A>>): Array<Promise<A>> => {
  let running = 0
  const queue: Array<() => void> = []
  const next = () => {
    running--
    queue.shift()?.()
  }
  return tasks.map((task) =>
    new Promise<A>((resolve, reject) => {
      const start = () => {
        running++
        task().then(resolve, reject).finally(next)
      }
      if (running < limit) start()
      else queue.push(start)
    })
  )
}

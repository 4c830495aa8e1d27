/** Runs the real `beeper-kit` binary (or the demo) on this Node, from source, in a 100-column "terminal". */
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

// The workerd Worker of the HTTP section (http/workerd-worker.ts) bundled for workerd with esbuild, once per run:
// the parent makes it before starting the workerd processes, and a driver started on its own makes it if missing.
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"

/** The bundle at `file`, made (and written whole, by a rename) if it is not there yet. */
export const workerdBundle = async (file: string): Promise<string> => {
  if (existsSync(file)) return readFileSync(file, "utf8")
  const script = await bundleForRuntime({ runtime: "workerd", entry: { file: new URL("./workerd-worker.ts", import.meta.url).pathname }, target: "es2023" })
  writeFileSync(`${file}.${process.pid}`, script)
  renameSync(`${file}.${process.pid}`, file)
  return script
}

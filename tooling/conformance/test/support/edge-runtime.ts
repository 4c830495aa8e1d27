/** Running a script in Vercel's Edge runtime sandbox (`@edge-runtime/vm`), workspace packages bundled from source. */
import { EdgeVM } from "@edge-runtime/vm"
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"

/** The version of the Edge runtime sandbox. */
export const edgeRuntimeVersion = (): string => {
  const manifest = createRequire(import.meta.url).resolve("@edge-runtime/vm/package.json")
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version
}

/** Bundles `file` as a script that defines the global `conformance` with the module's exports. */
const bundleScript = (file: string): Promise<string> =>
  bundleForRuntime({ runtime: "edge-light", entry: { file }, target: "es2022", format: "iife", globalName: "conformance" })

/** Evaluates the bundled `file` in a fresh Edge VM and calls its `run(env)` export. */
export const runInEdgeRuntime = async (file: string, env: Record<string, string>): Promise<string> => {
  const vm = new EdgeVM()
  vm.evaluate(await bundleScript(file))
  return await vm.evaluate<Promise<string>>(`conformance.run(${JSON.stringify(env)})`)
}

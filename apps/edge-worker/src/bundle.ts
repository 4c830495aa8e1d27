/**
 * The Worker as workerd runs it: one ES module bundled by esbuild, workspace packages taken from their sources.
 * Used by `pnpm start` and the smoke test (wrangler does the same bundling for `wrangler dev`).
 *
 * @module
 */
import { build } from "esbuild"
import { fileURLToPath } from "node:url"

/** Where the Worker's entry module is. */
export const workerEntry = fileURLToPath(new URL("./worker.ts", import.meta.url))

/** Bundles `src/worker.ts` into a single ES module's source. */
export const bundleWorker = async (): Promise<string> => {
  const result = await build({
    entryPoints: [workerEntry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@beeper-kit/source", "workerd", "worker", "browser"],
    target: "es2023",
    write: false,
    logLevel: "error",
  })
  return result.outputFiles[0]!.text
}

/** The compatibility date the Worker is written for (as in wrangler.toml). */
export const compatibilityDate = "2025-09-01"

/**
 * The Worker as workerd runs it: one ES module bundled by esbuild, workspace packages taken from their sources (the
 * repository's one option set, `@beeper-kit/testkit/bundle`). Used by `pnpm start` and the smoke test (wrangler does
 * the same bundling for `wrangler dev`).
 *
 * @module
 */
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { fileURLToPath } from "node:url"

/** Where the Worker's entry module is. */
export const workerEntry = fileURLToPath(new URL("./worker.ts", import.meta.url))

/** Bundles `src/worker.ts` into a single ES module's source. */
export const bundleWorker = (): Promise<string> =>
  bundleForRuntime({ runtime: "workerd", entry: { file: workerEntry }, target: "es2023" })

/** The compatibility date the Worker is written for (as in wrangler.toml). */
export const compatibilityDate = "2025-09-01"

/** Running a Worker module in workerd (through miniflare), workspace packages bundled from their sources. */
import { build } from "esbuild"
import { Miniflare } from "miniflare"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

/** The conformance package: where bundles and runs resolve workspace packages from. */
export const packageDir = fileURLToPath(new URL("../..", import.meta.url))

/** The version of workerd that miniflare runs. */
export const workerdVersion = (): string => {
  const fromMiniflare = createRequire(createRequire(import.meta.url).resolve("miniflare"))
  const manifest = JSON.parse(readFileSync(fromMiniflare.resolve("workerd/package.json"), "utf8")) as {
    version: string
  }
  return manifest.version
}

/** Bundles a Worker (a file, or module source resolved from this package) into one ES module for workerd. */
export const bundleWorker = async (entry: { readonly file: string } | { readonly source: string }): Promise<string> => {
  const result = await build({
    ...("file" in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, loader: "ts", resolveDir: packageDir, sourcefile: "worker.ts" } }),
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

/** Starts workerd with the Worker and its `env` bindings, sends it one request, and stops it. */
export const fetchFromWorker = async (
  script: string,
  bindings: Record<string, string>,
  timeoutMs: number,
): Promise<Response> => {
  const miniflare = new Miniflare({ modules: true, script, compatibilityDate: "2025-09-01", bindings })
  try {
    const response = await miniflare.dispatchFetch("http://localhost/", { signal: AbortSignal.timeout(timeoutMs) })
    // read the body before workerd stops
    const body = await response.arrayBuffer()
    return new Response(body, { status: response.status, headers: Object.fromEntries(response.headers) })
  } finally {
    await miniflare.dispose()
  }
}

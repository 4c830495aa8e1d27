/** Running a Worker module in workerd (through miniflare), workspace packages bundled from their sources. */
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
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
export const bundleWorker = (entry: { readonly file: string } | { readonly source: string }): Promise<string> =>
  bundleForRuntime({
    runtime: "workerd",
    entry: "file" in entry ? entry : { source: entry.source, resolveDir: packageDir },
    target: "es2023",
  })

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

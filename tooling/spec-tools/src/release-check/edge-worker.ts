// The release check's workerd run: the edge README's Worker example, written into the npm consumer project, is
// bundled by esbuild from that project's node_modules as wrangler bundles a Worker (conditions `workerd`, `worker`,
// `browser`: the packages' `default` builds, which no Node, Deno or Bun import resolves), then runs in workerd
// (Miniflare) against the published mock server; its answer must name the confirmed message.
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { bundleWithInputs } from "@beeper-kit/testkit/bundle"
import { Miniflare } from "miniflare"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { repoRoot } from "../workspace.ts"

/** The compatibility date of the repository's Worker (apps/edge-worker/wrangler.toml). */
const compatibilityDate = "2025-09-01"

/**
 * Bundles `entry` (resolved from its own folder) for workerd with the published packages' own conditions; fails
 * unless every `@beeper-kit/*` file in the bundle comes from a `node_modules` install, none from the Node builds
 * (`dist/runtime/`). Returns the bundle and the `@beeper-kit/*` files it holds.
 */
export const bundleInstalledWorker = async (entry: string): Promise<{ readonly script: string; readonly packageFiles: ReadonlyArray<string> }> => {
  const { text, inputs } = await bundleWithInputs({ runtime: "workerd", entry: { file: entry }, target: "es2023", published: true })
  const packageFiles = inputs.filter((input) => input.includes("@beeper-kit/"))
  const wrong = packageFiles.filter((input) => !input.includes("node_modules/") || input.includes("/dist/runtime/"))
  if (packageFiles.length === 0) throw new Error(`the bundle of ${entry} holds no @beeper-kit/* file`)
  if (wrong.length > 0) throw new Error(`the bundle took @beeper-kit/* files that a Worker's bundler would not:\n${wrong.join("\n")}`)
  return { script: text, packageFiles }
}

/** Runs a Worker's module source in workerd and returns the status and body of one GET. */
export const runWorker = async (script: string, bindings: Record<string, string>): Promise<{ readonly status: number; readonly body: string }> => {
  const worker = new Miniflare({ modules: true, script, compatibilityDate, bindings })
  try {
    const response = await worker.dispatchFetch("http://release-check.example/")
    return { status: response.status, body: await response.text() }
  } finally {
    await worker.dispose()
  }
}

/** The edge README example from `consumerDir`'s install in workerd against the mock at `mock.url`; throws unless it answers `{ confirmed: <id> }`. */
export const edgeExampleInWorkerd = async (consumerDir: string, mock: { readonly url: string; readonly token: string }): Promise<string> => {
  const entry = join(consumerDir, "example-edge-worker.ts")
  writeFileSync(entry, codeBlockAfter(join(repoRoot, "packages", "edge", "README.md"), "<!-- example -->"))
  const { script, packageFiles } = await bundleInstalledWorker(entry)
  const { status, body } = await runWorker(script, { BEEPER_ACCESS_TOKEN: mock.token, BEEPER_DESKTOP_URL: mock.url })
  let confirmed: unknown
  try {
    confirmed = (JSON.parse(body) as { confirmed?: unknown }).confirmed
  } catch {
    confirmed = undefined
  }
  if (status !== 200 || typeof confirmed !== "string" || confirmed === "") throw new Error(`the Worker answered ${status}: ${body.slice(0, 2000)}`)
  const builds = [...new Set(packageFiles.map((file) => file.replace(/^.*node_modules\//, "").replace(/\/dist\/.*$/, "")))].sort()
  return `${status} ${body} (bundled from ${builds.join(", ")}: dist/, not dist/runtime/)`
}

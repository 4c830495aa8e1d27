// Edge bundle size: the same worker (list chats, subscribe, send) written with @beeper-kit/effect (+ the edge
// adapter), with @beeper-kit/core alone, and with the official SDK; an HTTP-only worker of three operations; and
// the floors (Effect's own modules, no SDK). Each bundled and minified by esbuild for Cloudflare Workers, measured
// raw and gzipped.
import { sourceConditions } from "@beeper-kit/testkit/bundle"
import { build } from "esbuild"
import { gzipSync } from "node:zlib"

/**
 * The workers, in report order. `judged`: the issue 18 target (#18.3) the worker is measured for — the tree-shakable
 * forms (`BeeperClient` + operations imported by name); the convenience layers' forms (`BeeperEdge.layer`,
 * `BeeperEdge.layerDesktop`: the resource-shaped `BeeperDesktop`, every operation) are measured beside, not judged.
 */
export const bundles = [
  { id: "effect", entry: "effect.ts", label: "list/events/send worker, `BeeperDesktop` + `BeeperEvents` over `BeeperEdge.layer` (the convenience layer: every operation), Effect deep-imported" },
  { id: "effect-lean", entry: "effect-lean.ts", judged: "list, events, send ≤ 70 KB", label: "the same worker with `BeeperClient` + 2 operations imported by name and `BeeperEvents`, over `BeeperEdge.layerTransport`, Effect deep-imported (tree-shakable form)" },
  { id: "effect-http", entry: "effect-http.ts", judged: "HTTP-only, 3 operations ≤ 60 KB", label: "HTTP-only worker, 3 operations (list, retrieve, send): `BeeperClient` + operations imported by name over Effect's `FetchHttpClient.layer` (no `@beeper-kit/edge`)" },
  { id: "effect-http-edge", entry: "effect-http-edge.ts", label: "the same HTTP-only worker over `@beeper-kit/edge`'s transport (`BeeperEdge.layerHttpClient`) instead of `FetchHttpClient.layer`" },
  { id: "http-only", entry: "http-only.ts", label: "the same 3 operations through `BeeperDesktop` over `BeeperEdge.layerDesktop` (the convenience layer: every operation)" },
  { id: "core", entry: "core.ts", label: "`@beeper-kit/core` + WS codec (hand-written WebSocket)" },
  { id: "official", entry: "official.ts", label: "official `@beeper/desktop-api` 5.0.0 (hand-written WebSocket)" },
  { id: "effect-floor-deep", entry: "effect-floor-deep.ts", label: "floor of the list/events/send worker, deep imports: Effect runtime + Schema + Stream + HttpClient + Socket, used once, no SDK" },
  { id: "http-floor-deep", entry: "http-floor-deep.ts", label: "floor of the HTTP-only worker, deep imports: Effect runtime + Schema + HttpClient (a GET, a POST), no SDK" },
  { id: "effect-floor", entry: "effect-floor.ts", label: "the same floor through the barrels (`import { Effect } from \"effect\"`)" },
  { id: "effect-core", entry: "effect-core.ts", label: "floor without Schema and the platform modules: Effect runtime + tagged error + Layer + Schedule + Queue + Stream" },
  { id: "effect-runtime", entry: "effect-runtime.ts", label: "floor of the floor: the Effect runtime alone (one `Effect.runPromise`)" },
] as const satisfies ReadonlyArray<{ readonly id: string; readonly entry: string; readonly label: string; readonly judged?: string }>

/** One bundle's size. */
/** How every worker is bundled (as a Worker's deploy would): minified ESM for the browser platform, `workerd` conditions. */
export const workerBuild = (entry: string) => ({
  entryPoints: [new URL(`./workers/${entry}`, import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm" as const,
  platform: "browser" as const,
  target: "es2022",
  conditions: sourceConditions("workerd"),
  write: false as const,
  metafile: true as const,
  logLevel: "silent" as const,
})

export interface BundleSize {
  readonly id: string
  readonly bytes: number
  readonly gzipBytes: number
  readonly inputs: number
}

/** Bundles every worker and measures it. */
export const measureBundles = async (): Promise<Array<BundleSize>> => {
  const sizes: Array<BundleSize> = []
  for (const bundle of bundles) {
    const result = await build(workerBuild(bundle.entry))
    const code = result.outputFiles[0]!.contents
    sizes.push({
      id: bundle.id,
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      inputs: Object.keys(result.metafile.inputs).length,
    })
  }
  return sizes
}

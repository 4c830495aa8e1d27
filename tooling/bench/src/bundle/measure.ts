// Edge bundle size: the same worker (list chats, subscribe, send) written with @beeper-kit/effect (+ the edge
// adapter), with @beeper-kit/core alone, and with the official SDK; an HTTP-only worker of three operations; and
// the floors (Effect's own modules, no SDK). Each bundled and minified by esbuild for Cloudflare Workers, measured
// raw and gzipped.
import { sourceConditions } from "@beeper-kit/testkit/bundle"
import { build } from "esbuild"
import { gzipSync } from "node:zlib"

/** The workers, in report order. */
export const bundles = [
  { id: "effect", entry: "effect.ts", label: "`@beeper-kit/effect` + `@beeper-kit/edge` (typed, validated, reconnecting events; Effect deep-imported)" },
  { id: "effect-lean", entry: "effect-lean.ts", label: "the same worker with `BeeperClient` + operations imported by name, Effect deep-imported (tree-shakable form)" },
  { id: "effect-http", entry: "effect-http.ts", label: "HTTP-only worker, 3 operations (list, retrieve, send), `BeeperClient` + operations imported by name" },
  { id: "http-only", entry: "http-only.ts", label: "HTTP only, 3 operations (list chats, retrieve a chat, send): `@beeper-kit/effect` + `BeeperEdge.layerDesktop`" },
  { id: "core", entry: "core.ts", label: "`@beeper-kit/core` + WS codec (hand-written WebSocket)" },
  { id: "official", entry: "official.ts", label: "official `@beeper/desktop-api` 5.0.0 (hand-written WebSocket)" },
  { id: "effect-floor-deep", entry: "effect-floor-deep.ts", label: "floor of the list/events/send worker, deep imports: Effect runtime + Schema + Stream + HttpClient + Socket, used once, no SDK" },
  { id: "http-floor-deep", entry: "http-floor-deep.ts", label: "floor of the HTTP-only worker, deep imports: Effect runtime + Schema + HttpClient (a GET, a POST), no SDK" },
  { id: "effect-floor", entry: "effect-floor.ts", label: "the same floor through the barrels (`import { Effect } from \"effect\"`)" },
  { id: "effect-core", entry: "effect-core.ts", label: "floor without Schema and the platform modules: Effect runtime + tagged error + Layer + Schedule + Queue + Stream" },
  { id: "effect-runtime", entry: "effect-runtime.ts", label: "floor of the floor: the Effect runtime alone (one `Effect.runPromise`)" },
] as const

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

// Bundling workspace code for a web runtime with esbuild, the workspace packages taken from their TypeScript sources
// (the `@beeper-kit/source` condition): the one option set the edge-worker app (`pnpm start` and its smoke test), the
// conformance matrix (workerd, Vercel's Edge runtime) and the bench's bundle-size measure start from; and, with
// `published`, the release check's workerd run of the installed packages.
import { build, type BuildOptions } from "esbuild"

/** The export condition of the runtime a bundle is for: workerd, or an Edge runtime (`edge-light`). */
export type WebRuntime = "workerd" | "edge-light"

/** The export conditions, in order: our sources, the runtime's own, then the web's (`worker`, `browser`). */
export const sourceConditions = (runtime: WebRuntime): Array<string> => ["@beeper-kit/source", ...runtimeConditions(runtime)]

/** The export conditions a bundler (wrangler, Vercel) uses for `runtime`: the runtime's own, then the web's (`worker`, `browser`). */
export const runtimeConditions = (runtime: WebRuntime): Array<string> => [runtime, "worker", "browser"]

/** What to bundle: a file, or module source resolved from `resolveDir`. */
export type BundleEntry = { readonly file: string } | { readonly source: string; readonly resolveDir: string }

/** Options of {@link bundleForRuntime}. */
export interface BundleForRuntimeOptions {
  readonly runtime: WebRuntime
  readonly entry: BundleEntry
  /** The JavaScript the runtime runs. */
  readonly target: "es2022" | "es2023"
  /** `esm` (a module, the default) or `iife` (a script defining `globalName` with the module's exports). */
  readonly format?: "esm" | "iife"
  readonly globalName?: string
  /**
   * Bundle what is installed as a user's bundler would: the {@link runtimeConditions} only, no `@beeper-kit/source`
   * (the release check bundles the published packages from a consumer project's `node_modules`). Default false.
   */
  readonly published?: boolean
}

/**
 * The esbuild options of a bundle of `entry` for `runtime`: one file, kept in memory, `neutral` platform (no Node
 * built-ins assumed), packages' `module` field before `main`, the {@link sourceConditions}.
 */
export const bundleOptions = (options: BundleForRuntimeOptions): BuildOptions => ({
  ...("file" in options.entry
    ? { entryPoints: [options.entry.file] }
    : { stdin: { contents: options.entry.source, loader: "ts", resolveDir: options.entry.resolveDir, sourcefile: "entry.ts" } }),
  bundle: true,
  format: options.format ?? "esm",
  ...(options.globalName !== undefined ? { globalName: options.globalName } : {}),
  platform: "neutral",
  mainFields: ["module", "main"],
  conditions: options.published === true ? runtimeConditions(options.runtime) : sourceConditions(options.runtime),
  target: options.target,
  write: false,
  logLevel: "error",
})

/** Bundles with {@link bundleOptions} and returns the bundle's source text. */
export const bundleForRuntime = async (options: BundleForRuntimeOptions): Promise<string> => {
  const result = await build(bundleOptions(options))
  return result.outputFiles![0]!.text
}

/** Bundles with {@link bundleOptions}: the bundle's source text, and the files it was made of (esbuild's metafile inputs, relative to the working directory). */
export const bundleWithInputs = async (options: BundleForRuntimeOptions): Promise<{ readonly text: string; readonly inputs: ReadonlyArray<string> }> => {
  const result = await build({ ...bundleOptions(options), metafile: true })
  return { text: result.outputFiles![0]!.text, inputs: Object.keys(result.metafile!.inputs) }
}

// `pnpm build` of @beeper-kit/cli: the `beeper-kit` binary as users install it, bundled by esbuild so that it starts
// fast. `dist/bin.js` only turns on Node's compile cache and imports the rest, one minified ESM file holding just the
// code the CLI uses — its own, @beeper-kit/effect's, effect's, ws — so the package has no runtime dependencies: a
// fresh process reads one file instead of resolving hundreds of modules, and later runs reuse its compiled code.
// Type-checking is `pnpm typecheck` (tsc), not part of this build.
import { readFile, rm } from "node:fs/promises"
import { build, type Plugin } from "esbuild"

const packageDir = new URL(".", import.meta.url)

/**
 * effect's `effect/cli/CliOutput` makes an `Intl.Segmenter` when it is imported, which loads ICU's break rules: about
 * a third of the CLI's start-up, spent even by commands that never measure text (`accounts --json`, `--version`).
 * This makes it on first use instead. Fails the build when effect's source changed, so an upgrade is noticed.
 */
const lazyGraphemeSegmenter: Plugin = {
  name: "lazy-grapheme-segmenter",
  setup(build) {
    build.onLoad({ filter: /[\\/]effect[\\/]dist[\\/]cli[\\/]CliOutput\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8")
      const eager = /const graphemeSegmenter = \/\*#__PURE__\*\/new Intl\.Segmenter\(undefined, \{\s*granularity: "grapheme"\s*\}\);/
      if (!eager.test(source)) {
        throw new Error(`${path}: its eager \`new Intl.Segmenter\` was not found (effect changed): update build.ts`)
      }
      const lazy = "let graphemeSegmenterInstance; const graphemeSegmenter = { segment: (text) => " +
        "(graphemeSegmenterInstance ??= new Intl.Segmenter(undefined, { granularity: \"grapheme\" })).segment(text) };"
      return { contents: source.replace(eager, lazy), loader: "js" }
    })
  },
}

await rm(new URL("dist", packageDir), { recursive: true, force: true })
await build({
  absWorkingDir: packageDir.pathname,
  entryPoints: { bin: "src/bin.ts" },
  outdir: "dist",
  bundle: true,
  // bin.js stays tiny and imports the rest as its own file, so the compile cache it turns on covers that file
  splitting: true,
  chunkNames: "[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node22.19",
  minify: true,
  // `ws` is CommonJS and requires Node's modules: give the ESM bundle a `require`
  banner: { js: "import { createRequire as __createRequire } from \"node:module\"; const require = __createRequire(import.meta.url);" },
  plugins: [lazyGraphemeSegmenter],
  logLevel: "warning",
})

// The runtime build of a package: each export's source bundled into one module tree under dist/runtime/ (its
// dependencies left as imports), for the `node` export condition, which Node, Deno and Bun all set:
//   node ../../scripts/runtime-bundle.ts        (in the package's folder, after tsc and link-declarations)
//
// Why: a runtime loads a package module by module, and each module costs a resolution, a read, a parse and a link.
// The per-module build (dist/*.js, tsc's output) has ~55 modules for @beeper-kit/effect; importing it after Effect
// itself was loaded cost ~90 ms of CPU on Node, against ~45 ms for the same code in 3 files (tooling/bench/README.md,
// "Cold start"). Bundlers keep the per-module build (the `default` condition, also taken under `workerd`, `browser`,
// `edge-light`): with `sideEffects: false` they drop whole unused modules, which one merged file does not allow
// (an HTTP-only Worker bundled from a merged build kept ~30 KB gzip more).
//
// Every export with both a `@beeper-kit/source` and a `node` condition becomes an entry: the `node` file is built
// from the source file. Entries share their common code through chunks (one copy of each module, so the endpoint
// entries of `./operations` are the very objects of `.`). Each entry names its declarations with the
// `@ts-self-types` pragma, as link-declarations.ts does for the per-module build.
//
// A source module with a `.runtime.ts` sibling (`src/events/KeyValueStoreModule.runtime.ts`) is built from that
// sibling here: a runtime's own variant where what suits a process start and what suits a bundler differ (a dynamic
// `import()` spares the start a module it may never need, and makes a bundler's output larger). The sibling exports
// the same names with the same types; the per-module build never includes it (tsconfig.build.json). A module only
// such a sibling imports is named `.runtime.ts` too, for the same reason: the generator's runtime form of the
// Schemas and endpoint table (`src/generated/lazy*.runtime.ts`, read through `src/internal/generated.runtime.ts`).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, dirname, join, relative } from "node:path"

interface Conditions {
  readonly "@beeper-kit/source"?: string
  readonly types?: string
  readonly node?: string
}

const packageDir = process.cwd()
// esbuild as the package being built declares it (a devDependency of its own; scripts/ has no node_modules)
const { build } = createRequire(join(packageDir, "package.json"))("esbuild") as {
  readonly build: (options: Record<string, unknown>) => Promise<unknown>
}
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
  readonly name: string
  readonly exports: Record<string, Conditions | string>
  readonly dependencies?: Record<string, string>
  readonly peerDependencies?: Record<string, string>
}
// What the published package declares stays an import (one copy per program); what it does not (a workspace
// devDependency such as `@beeper-kit/core` for @beeper-kit/effect, whose modules inline-modules.ts copies into the
// per-module build) is bundled in, so the runtime build needs nothing the package does not declare.
const declared = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
const entries = Object.values(manifest.exports).flatMap((conditions) =>
  typeof conditions === "object" && conditions["@beeper-kit/source"] !== undefined && conditions.node !== undefined
    ? [{ source: conditions["@beeper-kit/source"], output: conditions.node, types: conditions.types }]
    : []
)
if (entries.length === 0) throw new Error(`${manifest.name}: no export has both a "@beeper-kit/source" and a "node" condition`)
const outdir = dirname(join(packageDir, entries[0]!.output))
for (const entry of entries) {
  if (dirname(join(packageDir, entry.output)) !== outdir) throw new Error(`${entry.output}: every "node" file must sit in ${outdir}`)
}

/** Builds each `X.ts` that has an `X.runtime.ts` beside it from that sibling (see the header). */
const runtimeVariants = {
  name: "runtime-variants",
  setup: (esbuild: { onLoad: (options: { filter: RegExp }, load: (args: { path: string }) => unknown) => void }) => {
    esbuild.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const variant = path.replace(/\.ts$/, ".runtime.ts")
      return existsSync(variant) ? { contents: readFileSync(variant, "utf8"), loader: "ts", resolveDir: dirname(variant) } : undefined
    })
  },
}

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: packageDir,
  entryPoints: Object.fromEntries(entries.map((entry) => [basename(entry.output, ".js"), entry.source])),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: "chunk-[hash]",
  format: "esm",
  platform: "neutral",
  target: "es2023",
  conditions: ["@beeper-kit/source"],
  external: ["node:*", ...declared.flatMap((name) => [name, `${name}/*`])],
  // not minified, and no source maps (src/ is not shipped): a stack trace points at readable lines. Fewer bytes to
  // parse was not measurable beside fewer modules.
  sourcemap: false,
  plugins: [runtimeVariants],
  logLevel: "warning",
})

// The pragma on each entry's first line.
for (const entry of entries) {
  if (entry.types === undefined) continue
  const file = join(packageDir, entry.output)
  const pragma = `/* @ts-self-types="${relative(outdir, join(packageDir, entry.types))}" */`
  writeFileSync(file, `${pragma}\n${readFileSync(file, "utf8")}`)
}

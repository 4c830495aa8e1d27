// `pnpm build` of @beeper-kit/cli: the `beeper-kit` binary as users install it, bundled by esbuild so that it starts
// fast. `dist/main.cjs` is one minified CommonJS file holding just the code the CLI uses — its own (`src/main.ts` and
// down), @beeper-kit/effect's, effect's, ws — so the package has no runtime dependencies: a fresh process reads one
// file instead of resolving hundreds of modules. `dist/bin.js` (`src/nodeGuard.ts`) tells a Node older than `engines`
// so, else runs `dist/launch.js` (`src/launch.ts`), which runs the bundle through a V8 code cache made after a run, so
// later runs skip compiling what the commands call. The licenses of the third-party code bundled go beside it, in
// dist/THIRD-PARTY-LICENSES.txt. Type-checking is `pnpm typecheck` (tsc), not part of this
// build.
import { existsSync } from "node:fs"
import { readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { build, type Metafile } from "esbuild"

const packageDir = new URL(".", import.meta.url)

/**
 * The license of every npm package with code in the bundle (`name@version (license)` and its LICENSE file), for
 * dist/THIRD-PARTY-LICENSES.txt. The workspace's own packages (`@beeper-kit/*`) are this project's, under its license.
 */
const thirdPartyLicenses = async (metafile: Metafile): Promise<string> => {
  const packageDirs = new Set<string>()
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
      if (match !== null) packageDirs.add(new URL(match[1]!, packageDir).pathname)
    }
  }
  const sections = await Promise.all([...packageDirs].map(async (dir) => {
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name: string; version: string; license?: string }
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map((name) => join(dir, name)).find(existsSync)
    if (file === undefined) throw new Error(`${manifest.name}: bundled, but it has no LICENSE file to ship with it`)
    return `${manifest.name}@${manifest.version} (${manifest.license ?? "see below"})\n\n${(await readFile(file, "utf8")).trim()}\n`
  }))
  return `The bundle in this folder holds code of these packages, under these licenses.\n\n${sections.sort().join("\n---\n\n")}`
}

await rm(new URL("dist", packageDir), { recursive: true, force: true })
const common = {
  absWorkingDir: packageDir.pathname,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node22.19",
  minify: true,
  logLevel: "warning",
} as const
// the bin: the Node version check, which an old Node must be able to run, and the launcher it imports once the check
// passed (tiny, Node's modules only; it reads main.cjs by its path). `splitting` keeps that dynamic import a file of
// its own: bundled into bin.js, the launcher's imports would be hoisted above the check and fail first on an old Node.
await build({ ...common, entryPoints: { bin: "src/nodeGuard.ts", launch: "src/launch.ts" }, format: "esm", splitting: true })
const { metafile } = await build({
  ...common,
  entryPoints: { main: "src/main.ts" },
  outExtension: { ".js": ".cjs" },
  // CommonJS, not ESM: the launcher compiles it as a script (`vm.Script`), whose code cache can be made after it ran
  format: "cjs",
  // the workspace packages from their sources, module by module, as a bundler tree-shakes best (their `node` export
  // condition is a prebuilt merged file, for runtimes that load them unbundled)
  conditions: ["@beeper-kit/source"],
  // `import.meta.url` (the CLI reads its package.json beside dist/) as CommonJS has it
  define: { "import.meta.url": "__beeperKitModuleUrl" },
  banner: { js: "var __beeperKitModuleUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  metafile: true,
})
await writeFile(new URL("dist/THIRD-PARTY-LICENSES.txt", packageDir), await thirdPartyLicenses(metafile))

// `pnpm run docs` (plain `pnpm docs` is pnpm's built-in command): the API reference of every public package
// (TypeDoc, from their TSDoc, sources resolved through the `@beeper-kit/source` condition so no build is needed)
// into docs/api/, then the documentation check: every public export needs a doc comment, and every public export of
// the Effect layer and the adapters `@since` and `@category` too (./tags.ts), and every module a package's `exports`
// publish (a subpath such as `@beeper-kit/effect/operations`) documented: listed in the package's typedoc.json when
// there is more than `src/index.ts`. Lists what is missing, per package, and exits 1 if anything is.
// `--check` runs the check without writing the HTML.
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Application, OptionDefaults, type ProjectReflection, type TypeDocOptions } from "typedoc"
import { publicPackages, repoRoot, type WorkspacePackage } from "../workspace.ts"
import { requiredTags, untaggedExports } from "./tags.ts"
import { undocumentedExports } from "./undocumented.ts"

/** The packages whose every public export carries `@since` and `@category`: the Effect layer and the adapters. */
export const taggedPackages: ReadonlyArray<string> = [
  "@beeper-kit/effect",
  "@beeper-kit/node",
  "@beeper-kit/deno",
  "@beeper-kit/bun",
  "@beeper-kit/edge",
]

/** Where the HTML goes (gitignored). */
export const docsOut = join(repoRoot, "docs", "api")

/**
 * The modules of a package the reference documents: the `entryPoints` of its `typedoc.json` (TypeDoc reads it from
 * the package's folder and it wins over `packageOptions`), else `src/index.ts`.
 */
export const documentedEntryPoints = (pkg: WorkspacePackage): ReadonlyArray<string> => {
  const file = join(pkg.dir, "typedoc.json")
  if (!existsSync(file)) return ["src/index.ts"]
  const entryPoints = (JSON.parse(readFileSync(file, "utf8")) as { entryPoints?: unknown }).entryPoints
  return Array.isArray(entryPoints) ? entryPoints.map((entry) => String(entry).replace(/^\.\//, "")) : ["src/index.ts"]
}

/**
 * Each public package whose reference leaves out a module its `exports` map publishes (or documents one it does not),
 * as a line saying what to write: a subpath (`@beeper-kit/effect/operations`) is imported like the root, so its
 * exports need their page and the same doc-comment check.
 */
export const entryPointMismatches = (root: string = repoRoot): ReadonlyArray<string> =>
  publicPackages(root)
    .filter((pkg) => pkg.importable)
    .flatMap((pkg) => {
      const documented = documentedEntryPoints(pkg)
      const published = pkg.sourceEntryPoints
      const same = documented.length === published.length && published.every((entry) => documented.includes(entry))
      return same ? [] : [
        `${pkg.relativeDir}: its exports publish ${published.join(", ")}, the reference documents ${documented.join(", ")}: ` +
        `list ${published.length === 1 ? "it" : "them"} as the entryPoints of ${pkg.relativeDir}/typedoc.json`,
      ]
    })

/** Runs TypeDoc over the public packages that have an entry point; returns the application and the converted project. */
export const convertPublicPackages = async (): Promise<{ readonly app: Application; readonly project: ProjectReflection }> => {
  const packages = publicPackages().filter((pkg) => existsSync(join(pkg.dir, "src", "index.ts")))
  if (packages.length === 0) throw new Error("no public package has a src/index.ts yet")
  // Options TypeDoc applies per package too (with entryPointStrategy "packages", each package is converted with
  // `packageOptions` on top of the defaults, not of the root options).
  const shared: TypeDocOptions = {
    excludePrivate: true,
    excludeInternal: true,
    // Type errors are the typecheck task's business; the reference documents what is there.
    skipErrorChecking: true,
    // Generated code (openapi-typescript) uses JSDoc's @description.
    blockTags: [...OptionDefaults.blockTags, "@description"],
    // Our own check (./undocumented.ts) names every undocumented export; TypeDoc's validation checks links.
    validation: { notExported: false, invalidLink: true, notDocumented: false, rewrittenLink: true, unusedMergeModuleWith: true },
    // Source links without asking git (the checkout may have no remote).
    disableGit: true,
    sourceLinkTemplate: "https://github.com/beeper-kit/beeper-kit/blob/main/{path}#L{line}",
  }
  const app = await Application.bootstrapWithPlugins({
    ...shared,
    name: "@beeper-kit",
    entryPointStrategy: "packages",
    entryPoints: packages.map((pkg) => pkg.dir),
    // Each package's own sources (its build tsconfig: src only).
    packageOptions: { ...shared, entryPoints: ["src/index.ts"], tsconfig: "tsconfig.build.json", readme: "none" },
    readme: join(repoRoot, "README.md"),
    out: docsOut,
    logLevel: "Warn",
  })
  const project = await app.convert()
  if (project === undefined) throw new Error("TypeDoc could not convert the packages (see the errors above)")
  return { app, project }
}

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } })
  const { app, project } = await convertPublicPackages()
  if (!values.check) {
    await app.generateDocs(project, docsOut)
    console.log(`docs: API reference written to ${docsOut.slice(repoRoot.length)}/index.html`)
  }
  const missing = undocumentedExports(project)
  if (missing.length === 0) {
    console.log("docs: every public export has a doc comment")
  } else {
    console.log(`docs: ${missing.length} public export${missing.length === 1 ? " has" : "s have"} no doc comment:`)
    let current = ""
    for (const entry of missing) {
      if (entry.packageName !== current) console.log(`  ${(current = entry.packageName)}`)
      console.log(`    ${entry.kind.padEnd(10)} ${entry.name}${entry.source === undefined ? "" : `  (${entry.source})`}`)
    }
  }
  const untagged = publicPackages()
    .filter((pkg) => taggedPackages.includes(pkg.name))
    .flatMap((pkg) =>
      pkg.sourceEntryPoints.flatMap((entry) =>
        untaggedExports({ packageName: pkg.name, entry: join(pkg.dir, entry), tsconfig: join(pkg.dir, "tsconfig.build.json"), root: repoRoot })
      )
    )
  if (untagged.length === 0) {
    console.log(`docs: every public export of ${taggedPackages.join(", ")} has ${requiredTags.join(" and ")}`)
  } else {
    console.log(`docs: ${untagged.length} public export${untagged.length === 1 ? " lacks" : "s lack"} ${requiredTags.join(" or ")}:`)
    let current = ""
    for (const entry of untagged) {
      if (entry.packageName !== current) console.log(`  ${(current = entry.packageName)}`)
      console.log(`    ${entry.name}: ${entry.missing.join(" ")}  (${entry.source})`)
    }
  }
  const mismatches = entryPointMismatches()
  if (mismatches.length === 0) {
    console.log("docs: every module a public package's exports publish is in the reference")
  } else {
    console.log(`docs: ${mismatches.length} package${mismatches.length === 1 ? "'s reference leaves" : "s' references leave"} out a published module:`)
    for (const line of mismatches) console.log(`  ${line}`)
  }
  return missing.length === 0 && untagged.length === 0 && mismatches.length === 0 ? 0 : 1
}

if (import.meta.main) process.exitCode = await main()

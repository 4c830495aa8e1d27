// packages/deno/deno.json — the JSR build of the Deno adapter (`deno add jsr:@beeper-kit/deno`) — repeats what
// packages/deno/package.json says: its version, and the ranges of its npm dependencies (`npm:@beeper-kit/effect@^1.2.3`,
// `npm:effect@^4.1.5`). `changeset version` moves every package.json and knows nothing of deno.json, so the root
// `pnpm run version` runs `changeset version` and then this file with `--write`; the release check runs the same
// comparison (denoJsonDisagreements) and fails when the two disagree.
// `node tooling/spec-tools/src/deno-json.ts [--write]`: prints the disagreements (exit 1 when there are any), or fixes them.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { listPackages, repoRoot } from "./workspace.ts"

/** The fields of deno.json this file keeps in step. */
interface DenoJson {
  readonly version?: unknown
  readonly imports?: Readonly<Record<string, unknown>>
  readonly [key: string]: unknown
}

/** An import-map target `npm:name@range` or `npm:/name@range/` (a trailing-slash entry), split up. */
const npmTarget = /^npm:(\/?)((?:@[^/@]+\/)?[^/@]+)@([^/]+)(\/?)$/

/**
 * The range a published package.json carries for a dependency written as `range` in the workspace: `pnpm publish`
 * turns `workspace:^` into `^<version>`, `workspace:~` into `~<version>`, `workspace:*` into `<version>`, and
 * `workspace:<range>` into `<range>`.
 */
export const publishedRange = (range: string, version: string): string => {
  if (!range.startsWith("workspace:")) return range
  const rest = range.slice("workspace:".length)
  return rest === "^" || rest === "~" ? `${rest}${version}` : rest === "*" ? version : rest
}

/**
 * deno.json as it must be: its version the package's, and each `npm:` import of a package that package.json declares
 * (dependencies or peerDependencies) at the range npm users get. Other fields and imports are kept as they are.
 */
export const expectedDenoJson = (
  denoJson: DenoJson,
  manifest: { readonly version: string; readonly dependencies?: Readonly<Record<string, string>>; readonly peerDependencies?: Readonly<Record<string, string>> },
  versions: ReadonlyMap<string, string>,
): DenoJson => {
  const declared = { ...manifest.peerDependencies, ...manifest.dependencies }
  const imports = Object.fromEntries(Object.entries(denoJson.imports ?? {}).map(([key, target]) => {
    const match = typeof target === "string" ? npmTarget.exec(target) : null
    if (match === null) return [key, target]
    const [, lead, name, , trail] = match as unknown as [string, string, string, string, string]
    const range = declared[name]
    if (range === undefined) return [key, target]
    return [key, `npm:${lead}${name}@${publishedRange(range, versions.get(name) ?? manifest.version)}${trail}`]
  }))
  return { ...denoJson, version: manifest.version, ...(denoJson.imports === undefined ? {} : { imports }) }
}

/**
 * What deno.json says differently from package.json, one line each (empty when they agree): its version, an `npm:`
 * import's range, and a `@beeper-kit/*` dependency of package.json that deno.json does not import at all.
 */
export const denoJsonDisagreements = (root: string = repoRoot): ReadonlyArray<string> => {
  const dir = join(root, "packages", "deno")
  if (!existsSync(join(dir, "deno.json"))) return []
  const packages = listPackages(root)
  const versions = new Map(packages.map((pkg) => [pkg.name, pkg.version]))
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
  const denoJson = JSON.parse(readFileSync(join(dir, "deno.json"), "utf8")) as DenoJson
  const expected = expectedDenoJson(denoJson, manifest, versions)
  const problems: Array<string> = []
  if (denoJson.version !== expected.version) {
    problems.push(`packages/deno/deno.json: version is ${JSON.stringify(denoJson.version)}, packages/deno/package.json's is "${manifest.version}"`)
  }
  for (const [key, target] of Object.entries(expected.imports ?? {})) {
    const actual = denoJson.imports?.[key]
    if (actual !== target) problems.push(`packages/deno/deno.json: imports["${key}"] is ${JSON.stringify(actual)}, npm users get "${target}"`)
  }
  const imported = new Set(Object.values(denoJson.imports ?? {}).flatMap((target) => typeof target === "string" ? [npmTarget.exec(target)?.[2]] : []))
  for (const name of Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith("@beeper-kit/") && !imported.has(name))) {
    problems.push(`packages/deno/deno.json: no import of ${name}, a dependency in packages/deno/package.json`)
  }
  return problems
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Rewrites deno.json's version and `npm:` ranges to {@link expectedDenoJson}, value by value (the rest of the file,
 * its layout included, is left as written); returns whether it changed.
 */
export const writeDenoJson = (root: string = repoRoot): boolean => {
  const dir = join(root, "packages", "deno")
  const file = join(dir, "deno.json")
  if (!existsSync(file)) return false
  const versions = new Map(listPackages(root).map((pkg) => [pkg.name, pkg.version]))
  const before = readFileSync(file, "utf8")
  const denoJson = JSON.parse(before) as DenoJson
  const expected = expectedDenoJson(denoJson, JSON.parse(readFileSync(join(dir, "package.json"), "utf8")), versions)
  const replace = (text: string, key: string, from: unknown, to: unknown): string =>
    from === to ? text : from === undefined
      ? text.replace(/^\{/, `{\n  ${JSON.stringify(key)}: ${JSON.stringify(to)},`)
      : text.replace(new RegExp(`(${escapeRegExp(JSON.stringify(key))}\\s*:\\s*)${escapeRegExp(JSON.stringify(from))}`), (_, lead: string) => `${lead}${JSON.stringify(to)}`)
  let after = replace(before, "version", denoJson.version, expected.version)
  for (const [key, target] of Object.entries(expected.imports ?? {})) after = replace(after, key, denoJson.imports?.[key], target)
  if (after === before) return false
  writeFileSync(file, after)
  return true
}

if (import.meta.main) {
  if (process.argv.includes("--write")) {
    console.log(writeDenoJson() ? "packages/deno/deno.json: version and npm ranges written from package.json" : "packages/deno/deno.json: already agrees with package.json")
  } else {
    const problems = denoJsonDisagreements()
    for (const problem of problems) console.log(problem)
    if (problems.length > 0) {
      console.log("run `node tooling/spec-tools/src/deno-json.ts --write` (`pnpm run version` does it after `changeset version`)")
      process.exitCode = 1
    }
  }
}

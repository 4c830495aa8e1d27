// The type check of `npm test`: TypeScript's checks over every package's src and test (so `expectTypeOf`
// assertions and the README examples' types can fail a run), written as one test-results file that
// scripts/test-summary.ts adds up: each package that type-checks is a pass, each that does not a failure.
//
// `node scripts/typecheck.ts [turbo's filter arguments]` selects packages as `turbo run typecheck` would. Packages
// whose `typecheck` script is `tsc --noEmit` and whose tsconfig.json comes to the same compiler options share one
// TypeScript program: Effect's declarations and the SDK's sources, which every package reaches through the
// `@beeper-kit/source` condition, are then read and checked once instead of once per package (19 `tsc` runs took
// ~160 s on CI's two cores; one program takes ~15 s). Each package is still judged on its own files: it fails when a
// diagnostic falls in its folder. A package with other options or another script is checked on its own.
// `pnpm --filter <package> typecheck` stays the one-package check.
import { execFileSync, spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { join, sep } from "node:path"
import ts from "typescript"
import { writeTestResult } from "./test-result.ts"

const root = new URL("..", import.meta.url).pathname

interface Workspace {
  readonly name: string
  /** Absolute, without a trailing separator. */
  readonly dir: string
  readonly script: string
}

/** The packages `turbo run typecheck <args>` would run: turbo's own selection, those with a `typecheck` script. */
const selected = (args: ReadonlyArray<string>): Array<Workspace> => {
  const out = execFileSync("turbo", ["ls", ...args, "--output=json"], { cwd: root, encoding: "utf8" })
  const items = (JSON.parse(out.slice(out.indexOf("{"))) as { packages: { items: ReadonlyArray<{ name: string; path: string }> } })
    .packages.items
  return items.flatMap(({ name, path }) => {
    const dir = join(root, path)
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { scripts?: Record<string, string> }
    const script = manifest.scripts?.["typecheck"]
    return script === undefined ? [] : [{ name, dir, script }]
  })
}

const host: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => root,
  getNewLine: () => "\n",
}
const print = (diagnostics: ReadonlyArray<ts.Diagnostic>): void => {
  if (diagnostics.length === 0) return
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics
  process.stdout.write(format(diagnostics, host))
}

/** The package whose folder holds `file`, if any. */
const ownerOf = (file: string, packages: ReadonlyArray<Workspace>): Workspace | undefined =>
  packages.find((p) => file.startsWith(p.dir + sep))

const args = process.argv.slice(2)
const packages = selected(args)
const failed = new Set<string>()
const groups = new Map<string, { options: ts.CompilerOptions; members: Array<Workspace>; files: Set<string> }>()

for (const workspace of packages) {
  const configFile = join(workspace.dir, "tsconfig.json")
  const read = workspace.script === "tsc --noEmit" ? ts.readConfigFile(configFile, ts.sys.readFile) : undefined
  if (read === undefined || read.error !== undefined) {
    // another script (or a tsconfig.json TypeScript cannot read): the package's own command decides
    const run = spawnSync("pnpm", ["run", "typecheck"], { cwd: workspace.dir, stdio: "inherit" })
    if (run.status !== 0) failed.add(workspace.name)
    continue
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, workspace.dir, undefined, configFile)
  if (parsed.errors.length > 0) {
    print(parsed.errors)
    failed.add(workspace.name)
    continue
  }
  const { configFilePath: _, ...options } = parsed.options
  const key = JSON.stringify(options)
  const group = groups.get(key) ?? { options: parsed.options, members: [], files: new Set<string>() }
  groups.set(key, group)
  group.members.push(workspace)
  for (const file of parsed.fileNames) group.files.add(file)
}

for (const { options, members, files } of groups.values()) {
  const program = ts.createProgram({ rootNames: [...files], options })
  const diagnostics = ts.getPreEmitDiagnostics(program)
  print(diagnostics)
  for (const diagnostic of diagnostics) {
    if (diagnostic.category !== ts.DiagnosticCategory.Error) continue
    const owner = diagnostic.file === undefined ? undefined : ownerOf(diagnostic.file.fileName, packages)
    // a diagnostic of the whole program, or in a file no selected package holds (another package's source reached
    // through an import): it fails every package of the program, as each one's own `tsc` would have failed
    for (const workspace of owner === undefined ? members : [owner]) failed.add(workspace.name)
  }
}

const failures = [...failed]
const passed = packages.length - failures.length
// no package at all is one failure, never a silent pass
if (packages.length === 0) failures.push("no package selected")
writeTestResult("typecheck", passed, failures)
console.log(`typecheck: ${passed} packages clean${failures.length > 0 ? `, ${failures.length} failed: ${failures.join(", ")}` : ""}`)
process.exit(failures.length === 0 ? 0 : 1)

// The steps of `pnpm release:check`, each turned into CheckResults: build; publint and arethetypeswrong on every
// public package; `pnpm pack` each, and what each tarball holds (dist/ and the files npm always adds, LICENSE among them); the import check the registry round trip (round-trip.ts) runs on Node, Deno and
// Bun; `deno publish --dry-run` for the JSR package; and a guard that none of it changed the checkout.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { publint } from "publint"
import { formatMessage } from "publint/utils"
import type { WorkspacePackage } from "../workspace.ts"
import type { CheckResult } from "./results.ts"

/** The output of a finished command. */
export interface CommandResult {
  readonly status: number | null
  readonly output: string
}

/** Runs a command to completion, stdout and stderr together. */
export const runCommand = (command: string, args: ReadonlyArray<string>, options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv }): CommandResult => {
  const result = spawnSync(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.error ? -1 : result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}` }
}

/** Times `body` and turns its outcome into a result: passing returns, failing throws (the message is the failure). */
export const check = async (name: string, body: () => Promise<string | void> | string | void): Promise<CheckResult> => {
  const started = performance.now()
  try {
    const message = (await body()) ?? ""
    return { name, status: "passed", message, durationMs: Math.round(performance.now() - started) }
  } catch (error) {
    return { name, status: "failed", message: error instanceof Error ? error.message : String(error), durationMs: Math.round(performance.now() - started) }
  }
}

/** A check that did not run, and why. */
export const skipped = (name: string, reason: string): CheckResult => ({ name, status: "skipped", message: reason, durationMs: 0 })

/** The last `lines` lines of a command's output, for a failure's message. */
export const tail = (text: string, lines = 40): string => text.trimEnd().split("\n").slice(-lines).join("\n")

const require = createRequire(import.meta.url)

/** `pnpm pack` into `destination`; returns the tarball's path. */
export const pack = (pkg: WorkspacePackage, destination: string): string => {
  const result = runCommand("pnpm", ["pack", "--pack-destination", destination], { cwd: pkg.dir })
  if (result.status !== 0) throw new Error(`pnpm pack failed:\n${tail(result.output)}`)
  const tarball = readdirSync(destination).find((file) => file.startsWith(`${pkg.name.replace("@", "").replace("/", "-")}-`) && file.endsWith(".tgz"))
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}:\n${tail(result.output)}`)
  return join(destination, tarball)
}

/** The paths of a tarball's files, without npm's `package/` prefix (sorted). */
export const tarballFiles = (tarball: string): ReadonlyArray<string> => {
  const result = runCommand("tar", ["-tzf", tarball], { cwd: process.cwd() })
  if (result.status !== 0) throw new Error(`tar -tzf ${tarball} failed:\n${tail(result.output)}`)
  return result.output.split("\n").filter((line) => line !== "" && !line.endsWith("/")).map((line) => line.replace(/^package\//, "")).sort()
}

/** One file of a tarball, as text (`path` without the `package/` prefix); undefined when the tarball does not hold it. */
export const tarballFile = (tarball: string, path: string): string | undefined => {
  const result = spawnSync("tar", ["-xzOf", tarball, `package/${path}`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  return result.status === 0 ? result.stdout : undefined
}

/** Files npm puts in every tarball whatever `files` says (npm-packlist; pnpm packs the same): the manifest, README, LICENSE. */
const alwaysShipped = /^(package\.json|(readme|license|licence)(\.[^/]*)?)$/i

/** What no tarball may hold, whatever `files` says, and why. */
const forbidden: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.map$/, "a source or declaration map (the builds emit none; a map into an unshipped src/ points nowhere)"],
  [/(^|\/)src\//, "a source folder (a package ships dist/ only)"],
  [/(^|\/)[^/]*\.(test|spec)\.[^/]+$/, "a test file"],
  [/(^|\/)\.env[^/]*$/, "an environment file (secrets)"],
  [/(^|\/)\.npmrc$/, "an .npmrc (registry credentials)"],
]

/** Whether `path` is one a `files` entry names: the entry itself or a file under it (`dist`, `./dist/`, `dist/*.js`, `bin/**`). */
const inFiles = (path: string, entries: ReadonlyArray<string>): boolean =>
  entries.some((raw) => {
    const entry = raw.replace(/^\.\//, "").replace(/\/+$/, "")
    if (!/[*?[]/.test(entry)) return path === entry || path.startsWith(`${entry}/`)
    const pattern = entry.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*\*\/?/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]").replaceAll("\u0000", ".*")
    return new RegExp(`^${pattern}(/.*)?$`).test(path)
  })

/**
 * What is wrong with a tarball's contents (empty when nothing): a file no tarball may hold (maps, `src/`, tests,
 * `.env*`, `.npmrc`), a file outside `files` besides package.json, README and LICENSE, and a missing LICENSE or one
 * that is not the repository's (`license`: the root LICENSE's text).
 */
export const tarballContentProblems = (files: ReadonlyArray<string>, manifest: { readonly files?: ReadonlyArray<string> }, license: { readonly expected: string; readonly shipped: string | undefined }): ReadonlyArray<string> => {
  const problems: Array<string> = []
  for (const path of files) {
    const why = forbidden.find(([pattern]) => pattern.test(path))
    if (why !== undefined) problems.push(`${path}: ${why[1]}`)
    else if (!alwaysShipped.test(path) && manifest.files !== undefined && !inFiles(path, manifest.files)) {
      problems.push(`${path}: outside \`files\` (${JSON.stringify(manifest.files)}), and not package.json, README or LICENSE`)
    }
  }
  if (manifest.files === undefined) problems.push("package.json has no `files`: everything not ignored would ship")
  if (!files.includes("LICENSE")) problems.push("no LICENSE (every package declares \"license\": \"MIT\"; the MIT license must travel with the code)")
  else if (license.shipped !== license.expected) problems.push("LICENSE is not the repository's LICENSE (copy the root LICENSE into the package folder)")
  return problems
}

/** The content check of one packed tarball against the root LICENSE; throws with every problem, returns the file count. */
export const checkTarballContents = (tarball: string, rootLicense: string): string => {
  const files = tarballFiles(tarball)
  const manifest = JSON.parse(tarballFile(tarball, "package.json") ?? "{}") as { files?: ReadonlyArray<string> }
  const problems = tarballContentProblems(files, manifest, { expected: readFileSync(rootLicense, "utf8"), shipped: tarballFile(tarball, "LICENSE") })
  if (problems.length > 0) throw new Error(`the tarball holds what it must not, or lacks what it must:\n${problems.join("\n")}`)
  return `${files.length} files: ${[...new Set(files.map((file) => file.split("/")[0]!))].join(", ")}`
}

/** publint on the packed tarball: clean means no errors and no warnings (suggestions are printed, not fatal). */
export const runPublint = async (tarball: string): Promise<string> => {
  const data = readFileSync(tarball)
  const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, level: "suggestion" })
  const lines = messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`)
  if (messages.some((message) => message.type !== "suggestion")) throw new Error(lines.join("\n"))
  return lines.join("\n")
}

/**
 * arethetypeswrong on the packed tarball, `esm-only` profile: the packages are ESM-only on purpose (Node ≥ 22 can
 * `require()` them), so CommonJS-only resolution modes are not judged; every ESM mode (node16-esm, bundler) is.
 */
export const runAttw = (tarball: string, cwd: string): string => {
  const manifestPath = require.resolve("@arethetypeswrong/cli/package.json")
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: Record<string, string> }
  const bin = join(manifestPath, "..", Object.values(manifest.bin)[0]!)
  const result = runCommand(process.execPath, [bin, tarball, "--profile", "esm-only", "--format", "ascii", "--no-color", "--no-emoji"], { cwd })
  // attw passes a package without any type declarations; a TypeScript SDK without them is broken.
  if (result.status !== 0 || result.output.includes("This package does not contain types")) throw new Error(tail(result.output, 60))
  return tail(result.output, 5)
}

/** A JavaScript runtime the smoke script runs on. */
export interface Runtime {
  readonly name: string
  readonly command: string
  readonly args: ReadonlyArray<string>
}

/** Node (this one, and Node 22 and 26 when the toolchain has them), Deno and Bun, from the repo's toolchain. */
export const runtimes = (repoRoot: string): ReadonlyArray<Runtime> => {
  const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name)
  const toolchainNodes = ["node22", "node26"].map((name) => ({ name, command: join(repoRoot, ".toolchain", "bin", name), args: [] }))
  return [
    { name: "node", command: process.execPath, args: [] },
    ...toolchainNodes.filter((node) => existsSync(node.command)),
    { name: "deno", command: bin("deno"), args: ["run", "--allow-read", "--allow-env", "--allow-sys", "--allow-net"] },
    { name: "bun", command: bin("bun"), args: ["run"] },
  ]
}

/** Runs the smoke script on one runtime for the given packages. */
export const smoke = (runtime: Runtime, dir: string, packages: ReadonlyArray<string>): string => {
  const result = runCommand(runtime.command, [...runtime.args, "smoke.mjs", ...packages], {
    cwd: dir,
    env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  })
  if (result.status !== 0) throw new Error(tail(result.output))
  return result.output.trim()
}

/** `deno publish --dry-run` in the JSR package's folder. */
export const jsrDryRun = (dir: string, deno: string): string => {
  const result = runCommand(deno, ["publish", "--dry-run", "--allow-dirty"], { cwd: dir, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" } })
  if (result.status !== 0) throw new Error(tail(result.output))
  return tail(result.output, 3)
}

/** The content of every file of a git checkout that git does not ignore, as hashes by path. */
export type CheckoutSnapshot = ReadonlyMap<string, string>

/**
 * Hashes every tracked or untracked-but-not-ignored file under `root` (build output, caches and results are
 * ignored). Undefined when `root` is not a git checkout.
 */
export const snapshotCheckout = (root: string): CheckoutSnapshot | undefined => {
  const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (listed.error || listed.status !== 0) return undefined
  const hashes = new Map<string, string>()
  for (const file of listed.stdout.split("\0").filter((path) => path !== "")) {
    const path = join(root, file)
    hashes.set(file, existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : "(deleted)")
  }
  return hashes
}

/** The paths whose content differs between two snapshots (added, changed or removed), sorted. */
export const changedFiles = (before: CheckoutSnapshot, after: CheckoutSnapshot): ReadonlyArray<string> =>
  [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort()

/** Files the release check's steps could write: generated code (its build runs `generate`), specs, changesets, the lockfiles of npm and deno. */
const writablePaths = [/(^|\/)src\/generated\//, /^spec\//, /^\.changeset\//, /(^|\/)(package-lock\.json|deno\.lock)$/]

/** Build output and tarballs, which must land in ignored folders (`dist/`) or temporary ones, never beside the sources. */
const buildOutput = /\.(js|mjs|cjs|map|tgz|tsbuildinfo)$|\.d\.[cm]?ts$/

/**
 * Of the changed paths, those the release check itself could be responsible for: any change to what its steps can
 * write, and any new build-output file. Edits to sources (someone working while it runs) are not its doing.
 */
export const changesByReleaseCheck = (changed: ReadonlyArray<string>, before: CheckoutSnapshot): ReadonlyArray<string> =>
  changed.filter((path) => writablePaths.some((pattern) => pattern.test(path)) || (!before.has(path) && buildOutput.test(path)))

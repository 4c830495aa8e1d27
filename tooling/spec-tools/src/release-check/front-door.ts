// What the repository's front door must keep true, checked by the release check: one minimum Node version — every
// package.json's `engines.node` is the root's, and every "Node ≥ x" the docs state (READMEs and other Markdown, the
// packages' TSDoc) is that version — and no link out of the repository in the docs (a loopback URL in an example,
// `http://localhost:23373`, is not a link out).
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"

/** Folders never read: installs, builds, caches, and the changelogs' raw material. */
const skippedFolders = new Set(["node_modules", ".toolchain", "dist", ".turbo", ".git", ".changeset", ".test-results", "coverage", "generated", "tmp"])

/** Files under `dir` (recursively, skipping {@link skippedFolders}) whose name passes `keep`. */
const filesUnder = (dir: string, keep: (name: string) => boolean): Array<string> => {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : filesUnder(path, keep)
    return keep(entry.name) ? [path] : []
  })
}

/** The Markdown the repository publishes or shows: READMEs, CONTRIBUTING, BENCHMARKS, ... (not CHANGELOGs). */
const markdownFiles = (root: string): Array<string> =>
  filesUnder(root, (name) => name.endsWith(".md") && name !== "CHANGELOG.md")

/** The published packages' sources, whose TSDoc users read in their editor. */
const packageSources = (root: string): Array<string> =>
  filesUnder(join(root, "packages"), (name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .filter((path) => relative(join(root, "packages"), path).split("/")[1] === "src")

/** Every package.json of the workspace: the root's and those of packages/, apps/ and tooling/. */
const manifests = (root: string): Array<string> => [
  join(root, "package.json"),
  ...["packages", "apps", "tooling"].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name, "package.json")).filter(existsSync)
      : []
  ),
]

const engineOf = (manifest: string): string | undefined =>
  (JSON.parse(readFileSync(manifest, "utf8")) as { engines?: { node?: string } }).engines?.node

/** "Node ≥ 22.19", "Node.js >= 22": a stated minimum Node version. */
const nodeStatement = /\bNode(?:\.js)?\s*(?:≥|>=)\s*(\d+(?:\.\d+){0,2})/g

/**
 * Where the repository disagrees with its root package.json on the minimum Node version: a manifest whose
 * `engines.node` differs, or a doc that states another "Node ≥ x". Empty when all agree; `root/path:line: ...` each.
 */
export const nodeVersionDisagreements = (root: string): Array<string> => {
  const expected = engineOf(join(root, "package.json"))
  if (expected === undefined) return ["package.json: no engines.node: the root states the minimum Node version"]
  const minimum = expected.replace(/^>=\s*/, "")
  const problems: Array<string> = []
  for (const manifest of manifests(root)) {
    const engine = engineOf(manifest)
    if (engine !== undefined && engine !== expected) {
      problems.push(`${relative(root, manifest)}: engines.node is "${engine}", the root's is "${expected}"`)
    }
  }
  for (const file of [...markdownFiles(root), ...packageSources(root)]) {
    readFileSync(file, "utf8").split("\n").forEach((line, index) => {
      for (const match of line.matchAll(nodeStatement)) {
        if (match[1] !== minimum) problems.push(`${relative(root, file)}:${index + 1}: states "${match[0]}", the minimum is Node ≥ ${minimum}`)
      }
    })
  }
  return problems
}

/** A URL, as far as a Markdown link or a bare address goes. */
const url = /\bhttps?:\/\/[^\s)>\]`"'<*]+/g
/** This machine: examples may point there (`http://localhost:23373`, `http://127.0.0.1:…`, `http://evil.localhost`). */
const loopback = /^https?:\/\/(?:localhost|[^/:]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?:[:/]|$)/

/** Links out of the repository in its Markdown, as `path:line: url`. Empty when there are none. */
export const outsideLinks = (root: string): Array<string> =>
  markdownFiles(root).flatMap((file) =>
    readFileSync(file, "utf8").split("\n").flatMap((line, index) =>
      [...line.matchAll(url)].filter((match) => !loopback.test(match[0])).map((match) => `${relative(root, file)}:${index + 1}: ${match[0]}`)
    )
  )

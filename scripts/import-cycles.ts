// Finds import circles among the handwritten TypeScript sources (run by `npm test`): follows every relative `import`/`export ... from`
// (type-only ones too) between .ts files and prints each strongly connected group of two or more modules.
// `node scripts/import-cycles.ts [folder ...]` (default: tooling/*/src, packages/*/src, apps/*/src); exit 1 on a circle.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { writeTestResult } from "./test-result.ts"

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..")

/**
 * Every .ts file under `dir`. node_modules and dist are skipped, and so are `generated/` folders: their modules
 * are the generators' output (hey-api's client bundle has a type-only circle of its own), not code we write.
 */
const sourcesUnder = (dir: string): Array<string> => {
  const out: Array<string> = []
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist" || name === "generated" || name.startsWith(".")) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path))
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path)
  }
  return out
}

const importPattern = /(?:^|[\s;])(?:import|export)\b[^"'`;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g

/** The relative imports of one file, resolved to absolute paths. */
export const importsOf = (file: string, text: string = readFileSync(file, "utf8")): Array<string> => {
  const out: Array<string> = []
  for (const match of text.matchAll(importPattern)) out.push(resolve(dirname(file), (match[1] ?? match[2])!))
  return out
}

/** Strongly connected components (Tarjan) of size ≥ 2, or a module importing itself: the import circles. */
export const importCycles = (graph: ReadonlyMap<string, ReadonlyArray<string>>): Array<Array<string>> => {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: Array<string> = []
  const onStack = new Set<string>()
  const cycles: Array<Array<string>> = []
  const visit = (node: string): void => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const group: Array<string> = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        group.push(member)
      } while (member !== node)
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(group.sort())
    }
  }
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node)
  return cycles
}

/** The default folders: the handwritten sources of every workspace package. */
export const defaultRoots = (): Array<string> =>
  ["tooling", "packages", "apps"].flatMap((group) =>
    readdirSync(join(repoRoot, group))
      .map((name) => join(repoRoot, group, name, "src"))
      .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true)
  )

/** The import circles among the .ts files under `roots`, as repo-relative paths. */
export const findImportCycles = (roots: ReadonlyArray<string> = defaultRoots()): Array<Array<string>> => {
  const graph = new Map<string, Array<string>>()
  for (const root of roots) for (const file of sourcesUnder(root)) graph.set(file, importsOf(file))
  return importCycles(graph).map((group) => group.map((file) => relative(repoRoot, file)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const roots = process.argv.length > 2 ? process.argv.slice(2).map((dir) => resolve(dir)) : defaultRoots()
  const circles = findImportCycles(roots).map((group) => `import circle: ${group.join(" ↔ ")}`)
  for (const circle of circles) console.log(circle)
  console.log(circles.length === 0 ? "no import circle" : `${circles.length} import circle(s)`)
  writeTestResult("import-cycles", circles.length === 0 ? 1 : 0, circles)
  process.exitCode = circles.length === 0 ? 0 : 1
}

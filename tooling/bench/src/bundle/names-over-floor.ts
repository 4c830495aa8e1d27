// Which of a module's functions an edge worker bundles beyond a floor's: for each source file, the top-level names
// of an unminified, tree-shaken build of the worker (same esbuild options as measure.ts otherwise) that the floor's
// build does not have. Where `where-bytes-go.ts` says how many bytes a module adds over the floor, this says which
// of its functions do, so each can be traced to the call site that reaches it (a combinator used once, a family
// brought in for one call).
//
//   node --conditions=@beeper-kit/source tooling/bench/src/bundle/names-over-floor.ts effect-http http-floor-deep [effect/]
//
// The optional third argument keeps only files whose path contains it. esbuild renames a name that collides with
// another module's by a numeric suffix (`map3`), so names are compared without it.
import { build } from "esbuild"
import { bundles, workerBuild } from "./measure.ts"

/** Each source file's top-level declarations in the unminified bundle of worker `id`. */
const namesOf = async (id: string): Promise<Map<string, Array<string>>> => {
  const bundle = bundles.find((candidate) => candidate.id === id)
  if (bundle === undefined) throw new Error(`no worker ${id}: one of ${bundles.map((b) => b.id).join(", ")}`)
  const result = await build({ ...workerBuild(bundle.entry), minify: false })
  const names = new Map<string, Array<string>>()
  let file = "?"
  for (const line of result.outputFiles[0]!.text.split("\n")) {
    // esbuild heads each module's code with a comment naming its file
    const header = /^\/\/ (.*\.[cm]?[jt]s)$/.exec(line)
    if (header !== null) {
      file = header[1]!.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^(?:\.\.\/)+/, "")
      continue
    }
    const declaration = /^(?:var|let|const|function\*?|class|async function)\s+([\w$]+)/.exec(line)
    if (declaration !== null) names.set(file, [...(names.get(file) ?? []), declaration[1]!])
  }
  return names
}

const [worker, floor, only = ""] = process.argv.slice(2)
if (worker === undefined || floor === undefined) throw new Error("usage: names-over-floor.ts <worker> <floor> [path filter]")
const [ours, floors] = await Promise.all([namesOf(worker), namesOf(floor)])
const unsuffixed = (name: string) => name.replace(/\d+$/, "")
for (const [file, names] of ours) {
  if (!file.includes(only)) continue
  const inFloor = new Set((floors.get(file) ?? []).map(unsuffixed))
  const extra = names.filter((name) => !inFloor.has(unsuffixed(name)))
  if (extra.length > 0) console.log(`${file} (${extra.length}): ${extra.join(" ")}`)
}

// Where an edge worker's bytes go: each source file's share of the bundle that `pnpm bench` measures (same esbuild
// options as measure.ts), minified and gzipped, beside its share of a floor's bundle.
//
//   node --conditions=@beeper-kit/source tooling/bench/src/bundle/where-bytes-go.ts effect-http [http-floor-deep]
//
// "min" is the minified bytes esbuild puts in the output for the file (its metafile). "gzip" is what the gzipped
// bundle loses when that file's bytes are cut out of it (found through the source map): a file's own cost once the
// rest is compressed, so the column does not add up to the total (shared strings compress once). Rows sorted by
// gzip over the floor's; files under 150 bytes of gzip are left out.
import { build } from "esbuild"
import { gzipSync } from "node:zlib"
import { bundles, workerBuild } from "./measure.ts"

interface Share {
  readonly min: number
  readonly gzip: number
}

const root = new URL("../../../../", import.meta.url).pathname.replace(/\/$/, "")

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/** For each byte of `code`, the index of the source it maps to (-1: none), from a source map's `mappings`. */
const ownersOf = (code: string, mappings: string): Int32Array => {
  const owners = new Int32Array(code.length).fill(-1)
  const lineStarts = [0]
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1)
  const segments: Array<readonly [offset: number, source: number]> = []
  let source = 0
  mappings.split(";").forEach((line, lineIndex) => {
    let column = 0
    for (const segment of line.split(",")) {
      if (segment === "") continue
      const fields: Array<number> = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = base64.indexOf(char)
        value += (digit & 31) << shift
        if (digit & 32) {
          shift += 5
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0]!
      if (fields.length > 1) source += fields[1]!
      segments.push([lineStarts[lineIndex]! + column, fields.length > 1 ? source : -1])
    }
  })
  segments.forEach(([offset, owner], i) => owners.fill(owner, offset, segments[i + 1]?.[0] ?? code.length))
  return owners
}

/** Each source file's share of the worker's bundle (paths shortened to the package and file). */
const sharesOf = async (id: string): Promise<{ readonly total: number; readonly files: Map<string, Share> }> => {
  const bundle = bundles.find((candidate) => candidate.id === id)
  if (bundle === undefined) throw new Error(`no worker ${id}: one of ${bundles.map((b) => b.id).join(", ")}`)
  const result = await build({
    ...workerBuild(bundle.entry),
    // paths in the metafile and the source map both relative to the repository
    absWorkingDir: root,
    outdir: `${root}/out`,
    sourcemap: "external",
  })
  // ASCII (esbuild escapes the rest), so one byte per character
  const code = result.outputFiles.find((file) => file.path.endsWith(".js"))!.text
  const bytes = Buffer.from(code, "latin1")
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith(".map"))!.text) as {
    readonly sources: ReadonlyArray<string>
    readonly mappings: string
  }
  const short = (path: string) => path.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^(?:\.\.\/)+/, "")
  const owners = ownersOf(code, map.mappings)
  const total = gzipSync(bytes).length
  const files = new Map<string, Share>()
  const min = new Map(Object.entries(Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(".js"))![1].inputs).map(([path, input]) => [short(path), input.bytesInOutput]))
  map.sources.forEach((source, index) => {
    const rest = Buffer.alloc(bytes.length)
    let length = 0
    for (let i = 0; i < bytes.length; i++) if (owners[i] !== index) rest[length++] = bytes[i]!
    const name = short(source).replace(/\.ts$/, ".js").replace(/\/src\//, "/dist/")
    files.set(short(source), { min: min.get(short(source)) ?? min.get(name) ?? 0, gzip: total - gzipSync(rest.subarray(0, length)).length })
  })
  return { total, files }
}

const [worker, floor] = process.argv.slice(2)
if (worker === undefined) throw new Error("usage: where-bytes-go.ts <worker id> [floor id]")
const ours = await sharesOf(worker)
const base = floor === undefined ? undefined : await sharesOf(floor)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`${worker}: ${kb(ours.total)} gzip${base === undefined ? "" : `; ${floor}: ${kb(base.total)}`}`)
const rows = [...ours.files].map(([file, share]) => ({ file, share, floor: base?.files.get(file) ?? { min: 0, gzip: 0 } }))
  .filter((row) => row.share.gzip >= 150)
  .sort((a, b) => (b.share.gzip - b.floor.gzip) - (a.share.gzip - a.floor.gzip))
console.log(["min", "gzip", ...(base === undefined ? [] : ["floor min", "floor gzip"]), "file"].join("\t"))
for (const row of rows) {
  console.log([row.share.min, row.share.gzip, ...(base === undefined ? [] : [row.floor.min, row.floor.gzip]), row.file].join("\t"))
}

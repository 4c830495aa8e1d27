// The hey-api step is deterministic, marks every file as generated, and the checked-in
// packages/core/src/generated/http/ is exactly what the current spec generates (what CI's "generate" check enforces).
import { existsSync } from "node:fs"
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { generateCoreHttp } from "../src/heyapi.ts"
import { loadOpenApiSpec, repoRoot } from "../src/spec.ts"

const checkedIn = join(repoRoot, "packages/core/src/generated/http")
let workDir: string

const readTree = async (dir: string): Promise<Record<string, string>> => {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
  const tree: Record<string, string> = {}
  for (const file of files) {
    const path = join(file.parentPath, file.name)
    tree[path.slice(dir.length + 1)] = await readFile(path, "utf8")
  }
  return tree
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "beeper-kit-heyapi-"))
})
afterAll(() => rm(workDir, { recursive: true, force: true }))

describe("generateCoreHttp", () => {
  it("generates byte-identical files on every run, each with the generated header and no absolute path", async () => {
    const spec = await loadOpenApiSpec()
    const first = join(workDir, "first")
    const second = join(workDir, "second")
    await generateCoreHttp({ spec, outDir: first })
    await generateCoreHttp({ spec, outDir: second })
    const [a, b] = [await readTree(first), await readTree(second)]

    expect(Object.keys(a)).toContain("sdk.gen.ts")
    expect(b).toEqual(a)
    for (const [file, text] of Object.entries(a)) {
      expect(text.startsWith("// generated — do not edit."), file).toBe(true)
      expect(text.includes(repoRoot) || text.includes(workDir), file).toBe(false)
    }
  })

  it("rewrites only the files whose bytes change and removes files that are no longer generated", async () => {
    const spec = await loadOpenApiSpec()
    const outDir = join(workDir, "sync")
    const first = await generateCoreHttp({ spec, outDir })
    expect(first.changed).toEqual(first.files)
    await writeFile(join(outDir, "stale.gen.ts"), "// left over from an older spec\n")
    await writeFile(join(outDir, "sdk.gen.ts"), "// edited by hand\n")
    const { mtimeMs } = await stat(join(outDir, "types.gen.ts"))

    const second = await generateCoreHttp({ spec, outDir })
    expect([...second.changed].sort()).toEqual(["sdk.gen.ts", "stale.gen.ts"])
    expect(existsSync(join(outDir, "stale.gen.ts"))).toBe(false)
    expect((await stat(join(outDir, "types.gen.ts"))).mtimeMs).toBe(mtimeMs)
  })

  it("matches the checked-in packages/core/src/generated/http (run `pnpm generate` if this fails)", async () => {
    const fresh = join(workDir, "fresh")
    await generateCoreHttp({ spec: await loadOpenApiSpec(), outDir: fresh })
    expect(await readTree(checkedIn)).toEqual(await readTree(fresh))
  })
})

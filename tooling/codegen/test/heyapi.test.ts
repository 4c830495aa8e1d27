// The hey-api step is deterministic, marks every file as generated, and the checked-in
// packages/core/src/generated/http/ is exactly what the current spec generates (what CI's "generate" check enforces).
import { existsSync } from "node:fs"
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { generateCoreHttp } from "../src/heyapi.ts"
import { patchHeyApiFile } from "../src/heyapi-patches.ts"
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

describe("patchHeyApiFile", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/v1/files/{id}": {
        get: { responses: { "200": { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } } } },
      },
      "/v1/things": { get: { responses: { "200": { content: { "application/json": { schema: { type: "object" } } } } } } },
    },
  }
  const sdk = [
    "        return (options.client ?? this.client).get({",
    "            url: '/v1/files/{id}',",
    "            ...options",
    "        });",
    "            url: '/v1/things',",
    "            headers: {",
    "                'Content-Type': 'application/json',",
    "                ...options.headers",
    "            }",
    "",
  ].join("\n")

  it("reads a binary download as a Blob (the caller's own parseAs still wins) and lets every header form through", () => {
    const out = patchHeyApiFile("sdk.gen.ts", sdk, spec as never)
    expect(out).toContain("url: '/v1/files/{id}',\n            parseAs: 'blob',\n            ...options")
    expect(out).not.toMatch(/url: '\/v1\/things',\n +parseAs/)
    expect(out).toContain("Object.fromEntries(new Headers(options.headers))")
  })

  it("fails, naming the patch, when hey-api's output no longer has what a patch rewrites", () => {
    expect(() => patchHeyApiFile("sdk.gen.ts", sdk.replace("...options.headers", "...opts.headers"), spec as never))
      .toThrow(/hey-api patch "per-call headers of body operations"/)
    expect(() => patchHeyApiFile("client/utils.gen.ts", "const x = 1\n", spec as never)).toThrow(/mergeHeaders pairs/)
  })

  it("leaves the files no patch names as they are", () => {
    expect(patchHeyApiFile("types.gen.ts", "export type A = 1\n", spec as never)).toBe("export type A = 1\n")
  })
})

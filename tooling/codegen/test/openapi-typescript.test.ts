// The openapi-typescript step is deterministic, writes only when the content changes, and the checked-in
// packages/mock-server/src/generated/openapi.ts is exactly what the current spec generates.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { generateOpenApiTypes } from "../src/openapi-typescript.ts"
import { loadOpenApiSpec, repoRoot } from "../src/spec.ts"

let workDir: string
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "beeper-kit-openapi-ts-"))
})
afterAll(() => rm(workDir, { recursive: true, force: true }))

describe("generateOpenApiTypes", () => {
  it("writes the paths/components/operations map once, then leaves the file untouched", async () => {
    const spec = await loadOpenApiSpec()
    const outFile = join(workDir, "openapi.ts")
    expect(await generateOpenApiTypes({ spec, outFile })).toBe(true)
    const first = await readFile(outFile, "utf8")
    const { mtimeMs } = await stat(outFile)
    expect(await generateOpenApiTypes({ spec, outFile })).toBe(false)

    expect(await readFile(outFile, "utf8")).toBe(first)
    expect((await stat(outFile)).mtimeMs).toBe(mtimeMs)
    expect(first.startsWith("// generated — do not edit.")).toBe(true)
    expect(first).toContain("export interface paths {")
    expect(first).toContain("export interface components {")
    expect(first).toContain("export interface operations {")
    expect(first).toContain('"/v1/chats/{chatID}/messages": {')
    expect(first.includes(repoRoot) || first.includes(workDir)).toBe(false)
  })

  it("matches the checked-in packages/mock-server/src/generated/openapi.ts (run `pnpm generate` if this fails)", async () => {
    const outFile = join(workDir, "fresh.ts")
    await generateOpenApiTypes({ spec: await loadOpenApiSpec(), outFile })
    const checkedIn = join(repoRoot, "packages/mock-server/src/generated/openapi.ts")
    expect(await readFile(checkedIn, "utf8")).toBe(await readFile(outFile, "utf8"))
  })
})

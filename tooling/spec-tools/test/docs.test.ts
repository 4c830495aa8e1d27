import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"
import { Application } from "typedoc"
import { entryPointMismatches } from "../src/docs/cli.ts"
import { untaggedExports } from "../src/docs/tags.ts"
import { undocumentedExports } from "../src/docs/undocumented.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

describe("the documentation check", () => {
  it("names every public export without a doc comment, including namespace members, and nothing documented", async () => {
    const app = await Application.bootstrapWithPlugins({
      entryPoints: [fileURLToPath(new URL("./fixtures/docs/index.ts", import.meta.url))],
      tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
      skipErrorChecking: true,
      logLevel: "Error",
      name: "fixture",
    })
    const project = await app.convert()
    expect(project).toBeDefined()
    const missing = undocumentedExports(project!)
    expect(missing.map(({ name, kind }) => `${kind} ${name}`)).toEqual([
      "Variable Helpers.two",
      "Type Alias UndocumentedAlias",
      "Variable undocumentedConstant",
    ])
    expect(missing[0]!.source).toMatch(/helpers\.ts:6$/)
  }, 120_000) // typedoc compiles a TypeScript program: its own budget (a hang guard, not a speed check)
})

describe("the tag check", () => {
  it("names every public export without @since or @category, including namespace members", () => {
    const missing = untaggedExports({
      packageName: "fixture",
      entry: fileURLToPath(new URL("./fixtures/tags/index.ts", import.meta.url)),
      tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
      root: fileURLToPath(new URL("./fixtures/tags/", import.meta.url)),
    })
    expect(missing.map(({ name, missing }) => `${name}: ${missing.join(" ")}`)).toEqual([
      "Helpers.two: @since",
      "Uncategorised: @category",
      "Untagged: @since @category",
    ])
    expect(missing[0]!.source).toBe("helpers.ts:14")
  }, 120_000) // compiles a TypeScript program: a hang guard, not a speed check
})

describe("the entry-point check", () => {
  it("names a package whose reference leaves out a subpath its exports publish, and is satisfied by its typedoc.json", () => {
    const root = makeTempDir("docs-entry-")
    const dir = join(root, "packages", "kit")
    mkdirSync(dir, { recursive: true })
    const source = (file: string) => ({ "@beeper-kit/source": file, default: file.replace("src/", "dist/").replace(".ts", ".js") })
    writeFileSync(join(dir, "package.json"), JSON.stringify({
      name: "@x/kit",
      version: "1.0.0",
      exports: { ".": source("./src/index.ts"), "./extra": source("./src/extra.ts"), "./package.json": "./package.json" },
    }))
    expect(entryPointMismatches(root)).toEqual([
      "packages/kit: its exports publish src/index.ts, src/extra.ts, the reference documents src/index.ts: list them as the " +
      "entryPoints of packages/kit/typedoc.json",
    ])
    writeFileSync(join(dir, "typedoc.json"), JSON.stringify({ entryPoints: ["src/index.ts", "./src/extra.ts"] }))
    expect(entryPointMismatches(root)).toEqual([])
    // the repository's own packages: every published module is in the reference
    expect(entryPointMismatches()).toEqual([])
  })
})

import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { Application } from "typedoc"
import { untaggedExports } from "../src/docs/tags.ts"
import { undocumentedExports } from "../src/docs/undocumented.ts"

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

// No import circle among the handwritten sources (scripts/import-cycles.ts, also run by `npm test`), and the
// checker itself finds circles, type-only imports included.
import { describe, expect, it } from "vitest"
import { findImportCycles, importCycles, importsOf } from "../../../scripts/import-cycles.ts"

describe("import circles", () => {
  it("the handwritten sources of every package, tool and app have none", () => {
    expect(findImportCycles()).toEqual([])
  })

  it("the checker reads type-only, re-export and dynamic imports", () => {
    const text = [
      `import type { A } from "./a.ts"`,
      `export { B } from "../b.ts"`,
      `import {\n  C,\n  type D,\n} from "./c.ts"`,
      `const e = await import("./e.ts")`,
      `import { F } from "effect"`,
    ].join("\n")
    expect(importsOf("/x/y/m.ts", text)).toEqual(["/x/y/a.ts", "/x/b.ts", "/x/y/c.ts", "/x/y/e.ts"])
  })

  it("the checker reports a circle and only the modules on it", () => {
    const graph = new Map([
      ["config", ["plugin"]],
      ["plugin", ["table", "types"]],
      ["table", ["config"]],
      ["types", []],
      ["self", ["self"]],
    ])
    expect(importCycles(graph)).toEqual([["config", "plugin", "table"], ["self"]])
  })
})

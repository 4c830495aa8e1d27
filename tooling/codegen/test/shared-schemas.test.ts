// The generator's sharing of repeated Schema sub-expressions (src/effect/shared-schemas.ts): what a generated module
// builds twice is built once, and nothing that would change a value or its order of definition is shared.
import { describe, expect, it } from "vitest"
import { shareRepeatedSchemas } from "../src/effect/shared-schemas.ts"

const header = `import * as Schema from 'effect/Schema';\nimport { openEnum } from './openEnum.ts';\n`

describe("shareRepeatedSchemas", () => {
  it("declares a sub-expression built twice once, after the imports, and refers to it", () => {
    const source = `${header}
export const A = Schema.Struct({ a: Schema.optionalKey(Schema.String), b: Schema.Int });
export const B = Schema.Struct({ c: Schema.optionalKey(Schema.String) });
`
    expect(shareRepeatedSchemas(source)).toBe(`${header}
const optionalKeyString = Schema.optionalKey(Schema.String);

export const A = Schema.Struct({ a: optionalKeyString, b: Schema.Int });
export const B = Schema.Struct({ c: optionalKeyString });
`)
  })

  it("shares the largest repeated expression, and what it holds only when that is built again elsewhere", () => {
    const source = `${header}
export const A = Schema.Struct({ a: Schema.optional(Schema.String.check(Schema.isMinLength(1))) });
export const B = Schema.Struct({ b: Schema.optional(Schema.String.check(Schema.isMinLength(1))) });
export const C = Schema.Struct({ c: Schema.Array(Schema.String.check(Schema.isMinLength(1))) });
`
    const shared = shareRepeatedSchemas(source)
    expect(shared).toContain("const stringCheckIsMinLength1 = Schema.String.check(Schema.isMinLength(1));")
    expect(shared).toContain("const optionalStringCheckIsMinLength1 = Schema.optional(stringCheckIsMinLength1);")
    expect(shared).not.toContain("const isMinLength1")
    expect(shared).toContain("export const C = Schema.Struct({ c: Schema.Array(stringCheckIsMinLength1) });")
  })

  it("keeps each exported constant its own value, and shares nothing that names a local constant or holds a function", () => {
    const source = `${header}
export const A = Schema.Struct({});
export const B = Schema.Struct({});
export const C = Schema.Struct({ a: Schema.Array(A), b: Schema.suspend(() => A) });
export const D = Schema.Struct({ a: Schema.Array(A), b: Schema.suspend(() => A) });
`
    expect(shareRepeatedSchemas(source)).toBe(source)
  })
})

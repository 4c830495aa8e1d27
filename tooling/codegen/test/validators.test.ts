// The fast response checks (packages/effect/src/generated/validators.ts) agree with the Effect Schema decode:
// true exactly when decoding succeeds and returns the input unchanged; false on every kind of invalid value.
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { Arbitrary, Effect, Schema } from "effect"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { isDeepStrictEqual } from "node:util"
import { afterAll, describe, expect, it } from "vitest"
import { endpoints } from "../../../packages/effect/src/generated/endpoints.ts"
import * as schemas from "../../../packages/effect/src/generated/schemas.ts"
import * as validators from "../../../packages/effect/src/generated/validators.ts"
import { schemaValue } from "../src/effect/schema-value.ts"
import { emitValidators } from "../src/effect/validators.ts"
import { mutantsOf } from "./mutants.ts"
import { componentExamples, operationExamples, referenceBlock, referenceExamples, repoRoot } from "./spec-examples.ts"

type AnyEndpoint = { readonly operationId: string; readonly success: { readonly kind: string; readonly schema?: Schema.Top } }
const table = endpoints as unknown as Record<string, AnyEndpoint>
const schemaOf = (operationId: string): Schema.Top => table[operationId]!.success.schema!
const validatorOf = (operationId: string): (u: unknown) => boolean => {
  const validator = validators.responseValidators[operationId]
  if (!validator) throw new Error(`no fast check for ${operationId}`)
  return validator
}

/** The format check of a format, as the plugin builds it (`Schema.String.check(<it>)` holds one). */
const formatFilter = (format: "date-time") => {
  const term = { _tag: "Check", schema: { _tag: "Member", member: "String" }, checks: [{ _tag: "Format", format }] } as const
  const built = schemaValue({ component: () => Schema.String }, term) as unknown as { readonly ast: { readonly checks: ReadonlyArray<never> } }
  return built.ast.checks[0]!
}

/** What the fast check must say: decode succeeds and gives back a deep-equal value. */
const decodesUnchanged = (schema: Schema.Top, value: unknown): boolean => {
  try {
    return isDeepStrictEqual(Schema.decodeUnknownSync(schema as Schema.Codec<unknown, unknown>)(value), value)
  } catch {
    return false
  }
}

const expectAgreement = (operationId: string, value: unknown): boolean => {
  const expected = decodesUnchanged(schemaOf(operationId), value)
  expect(validatorOf(operationId)(value), `${operationId}: ${JSON.stringify(value).slice(0, 200)}`).toBe(expected)
  return expected
}

describe("generated fast response checks", () => {
  it("cover every JSON success response of the endpoint table", () => {
    const json = Object.values(table).filter((endpoint) => endpoint.success.kind === "json")
    expect(json.length).toBeGreaterThan(40)
    for (const endpoint of json) expect(validators.responseValidators[endpoint.operationId], endpoint.operationId).toBeTypeOf("function")
  })

  it("agree with the decode on every success example of the spec", () => {
    const examples = operationExamples().filter(([id, status]) => status !== "body" && validators.responseValidators[id])
    expect(examples.length).toBeGreaterThan(0)
    for (const [operationId, , example] of examples) expectAgreement(operationId, example)
  })

  it("agree with the decode on the reference's complete response examples", () => {
    let accepted = 0
    for (const example of referenceExamples) {
      if (!("operationId" in example)) continue
      if (expectAgreement(example.operationId, referenceBlock(example.file, example.block))) accepted++
    }
    expect(accepted).toBeGreaterThan(5)
  })

  it("agree with the decode on every component example of a response Schema", () => {
    const checks = validators as unknown as Record<string, ((u: unknown) => boolean) | undefined>
    const all = schemas as unknown as Record<string, Schema.Top>
    let compared = 0
    for (const [name, example] of componentExamples()) {
      const check = checks[`is${name}`]
      if (!check) continue
      expect(check(example), name).toBe(decodesUnchanged(all[name]!, example))
      compared++
    }
    expect(compared).toBeGreaterThan(0)
  })

  describe("on the mock server's pages", () => {
    const server = mockServerForFile()
    const get = (path: string): Promise<unknown> => getJson(server.current, path)

    it("accept the chats, messages and accounts pages exactly as the decode does", async () => {
      const chats = await get("/v1/chats?limit=25") as { items: Array<{ id: string }> }
      expect(chats.items.length).toBeGreaterThan(0)
      expect(expectAgreement("chats.list", chats)).toBe(true)
      const chatID = encodeURIComponent(chats.items[0]!.id)
      expect(expectAgreement("chats.retrieve", await get(`/v1/chats/${chatID}`))).toBe(true)
      expect(expectAgreement("messages.list", await get(`/v1/chats/${chatID}/messages`))).toBe(true)
      expect(expectAgreement("accounts.list", await get("/v1/accounts"))).toBe(true)
    })

    it("agree with the decode on every one-place mutation of the pages and of every operation's spec examples", async () => {
      // A wrong type, a missing or undeclared key, an unknown enum value, null, another timestamp format, a fraction...
      // at each place of the value (see mutants.ts): the check answers exactly what the decode does.
      const chats = await get("/v1/chats?limit=25") as { items: Array<{ id: string }> }
      const chatID = encodeURIComponent(chats.items[0]!.id)
      const values: Array<[string, unknown]> = [
        ["chats.list", chats],
        ["chats.retrieve", await get(`/v1/chats/${chatID}`)],
        ["messages.list", await get(`/v1/chats/${chatID}/messages`)],
        ["accounts.list", await get("/v1/accounts")],
        ...operationExamples()
          .filter(([id, status]) => status !== "body" && validators.responseValidators[id])
          .map(([id, , example]): [string, unknown] => [id, example]),
      ]
      let accepted = 0
      let refused = 0
      for (const [operationId, value] of values) {
        for (const { label, value: mutant } of mutantsOf(value)) {
          const expected = decodesUnchanged(schemaOf(operationId), mutant)
          expect(validatorOf(operationId)(mutant), `${operationId} ${label}`).toBe(expected)
          if (expected) accepted++
          else refused++
        }
      }
      expect(accepted).toBeGreaterThan(100)
      expect(refused).toBeGreaterThan(1000)
    })

    it("refuse mutated pages (the decode fails, or would strip a key)", async () => {
      const page = await get("/v1/chats?limit=25") as Record<string, unknown> & { items: Array<Record<string, unknown>> }
      const mutate = (change: (copy: typeof page) => void): typeof page => {
        const copy = structuredClone(page)
        change(copy)
        return copy
      }
      const mutants = {
        "missing required": mutate((p) => delete p.items[0]!["id"]),
        "wrong type": mutate((p) => (p.items[0]!["title"] = 42)),
        "not an integer": mutate((p) => (p.items[0]!["unreadCount"] = 1.5)),
        "bad enum": mutate((p) => (p.items[0]!["type"] = "channel")),
        "null where not nullable": mutate((p) => (p["hasMore"] = null)),
        "extra key (stripped by decode)": mutate((p) => (p.items[0]!["surprise"] = true)),
        "extra top-level key": mutate((p) => (p["surprise"] = 1)),
        "array instead of object": mutate((p) => (p.items[0] = [] as never)),
      }
      for (const [label, value] of Object.entries(mutants)) {
        expect(validatorOf("chats.list")(value), label).toBe(false)
        expect(decodesUnchanged(schemaOf("chats.list"), value), label).toBe(false)
      }
    })
  })

  it("agree with the decode on values sampled from every operation's success Schema, and on their mutations", () => {
    // Every union branch, optional key and nullable field gets generated somewhere (a fixed seed: the same values
    // every run), then each value is mutated at every place (mutants.ts).
    let compared = 0
    for (const operationId of Object.keys(validators.responseValidators)) {
      const schema = schemaOf(operationId)
      const sampled = Effect.runSync(Arbitrary.sampleEffect(Arbitrary.schema(schema as Schema.Codec<unknown>), { count: 3, seed: 18, size: 4 }))
      for (const value of sampled) {
        const json: unknown = JSON.parse(JSON.stringify(value))
        expect(expectAgreement(operationId, json), `${operationId} sample`).toBe(true)
        for (const { label, value: mutant } of mutantsOf(json)) {
          expect(validatorOf(operationId)(mutant), `${operationId} ${label}`).toBe(decodesUnchanged(schema, mutant))
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(5000)
  })

  describe("emitted for hand-made Schemas", () => {
    const scratch = mkdtemp(join(repoRoot, "tooling/codegen/test/.validators-"))
    afterAll(async () => rm(await scratch, { recursive: true, force: true }))
    let modules = 0
    /** The emitted module of `entries` (components: `components`), written out and imported. */
    const emitted = async (
      entries: Record<string, Schema.Top>,
      components: Record<string, Schema.Top> = {},
    ): Promise<{ source: string; check: (name: string, value: unknown) => boolean }> => {
      const { source } = emitValidators({
        components: Object.entries(components).map(([name, schema]) => ({ name, schema })),
        entries: Object.entries(entries).map(([name, schema]) => ({ name, schema })),
        operations: [],
      })
      const file = join(await scratch, `validators${modules++}.ts`)
      await writeFile(file, source)
      const module = await import(file) as Record<string, (u: unknown) => boolean>
      return {
        source,
        check: (name, value) => {
          const answer = module[`is${name}`]!(value)
          expect(answer, `${name}: ${JSON.stringify(value)}`).toBe(decodesUnchanged(entries[name]!, value))
          return answer
        },
      }
    }

    it("check each member of a union told apart by a discriminator once, without a lenient pass", async () => {
      const Step = Schema.Union([
        Schema.Struct({ type: Schema.Literal("qr"), data: Schema.String }),
        Schema.Struct({ type: Schema.Literal("nothing") }),
        Schema.Null,
      ])
      const { source, check } = await emitted({ Step })
      expect(source).not.toContain("loose")
      expect(check("Step", { type: "qr", data: "x" })).toBe(true)
      expect(check("Step", { type: "nothing" })).toBe(true)
      expect(check("Step", null)).toBe(true)
      expect(check("Step", { type: "nothing", data: "x" })).toBe(false)
      expect(check("Step", { type: "qr" })).toBe(false)
      expect(check("Step", { type: "emoji" })).toBe(false)
    })

    it("check the first member of an overlapping union that passes leniently, strictly", async () => {
      const Either = Schema.Union([Schema.Struct({ a: Schema.String }), Schema.Struct({ b: Schema.String })])
      const { source, check } = await emitted({ Either })
      expect(source).toContain("loose")
      expect(check("Either", { a: "1" })).toBe(true)
      expect(check("Either", { b: "1" })).toBe(true)
      expect(check("Either", { a: "1", b: "2" })).toBe(false) // the first member decodes, stripping b
      expect(check("Either", { a: 1, b: "2" })).toBe(false) // the second decodes, stripping a
      expect(check("Either", {})).toBe(false)
    })

    it("read a key named like an Object.prototype property as the object's own, as Effect does", async () => {
      const Odd = Schema.Struct({ id: Schema.String, constructor: Schema.optionalKey(Schema.String) })
      const { check } = await emitted({ Odd })
      expect(check("Odd", { id: "1" })).toBe(true) // not Object's `constructor` from the prototype
      expect(check("Odd", { id: "1", constructor: "x" })).toBe(true)
      expect(check("Odd", { id: "1", constructor: 1 })).toBe(false)
      expect(check("Odd", JSON.parse("{\"id\":\"1\",\"__proto__\":1}"))).toBe(false)
      // a union's lenient first pass reads the declared keys by name
      const OddOrNamed = Schema.Union([
        Schema.Struct({ toString: Schema.optionalKey(Schema.String), a: Schema.String }),
        Schema.Struct({ a: Schema.String, b: Schema.String }),
      ])
      const union = await emitted({ OddOrNamed })
      expect(union.source).toContain("Object.hasOwn(r, \"toString\")")
      expect(union.check("OddOrNamed", { a: "1" })).toBe(true)
      expect(union.check("OddOrNamed", { a: "1", toString: "x" })).toBe(true)
      expect(union.check("OddOrNamed", { a: "1", b: "2" })).toBe(false) // the first member decodes, stripping b
      expect(union.check("OddOrNamed", { a: "1", toString: 1 })).toBe(false)
    })

    it("leave a Schema declaring a __proto__ key to the Effect decode", async () => {
      const Proto = Schema.Struct({ ["__proto__"]: Schema.String }) // a computed key: an own property
      const { source } = await emitted({ Proto })
      expect(source).not.toContain("export const isProto")
    })

    it("emit one function for a Schema and its optionalKey copy, and one for equal Schemas", async () => {
      const Inner = Schema.Struct({ x: Schema.Number })
      const Outer = Schema.Struct({
        a: Schema.optionalKey(Inner),
        b: Inner,
        c: Schema.Struct({ x: Schema.Number }),
        d: Schema.Array(Schema.String),
        e: Schema.optionalKey(Schema.Array(Schema.String)),
      })
      const { source, check } = await emitted({ Outer }, { Inner })
      expect(source.match(/^function /gm)).toHaveLength(3) // checkOuter, checkInner, one array of strings
      expect(source).toContain("checkInner(p)")
      expect(check("Outer", { a: { x: 1 }, b: { x: 2 }, c: { x: 3 }, d: [], e: ["e"] })).toBe(true)
      expect(check("Outer", { b: { x: 2 }, c: { x: 3, y: 1 }, d: [] })).toBe(false)
    })
  })

  it("refuse out-of-range numbers and too-short strings (checks are translated)", () => {
    const source = emitValidators({
      components: [],
      entries: [{
        name: "Sample",
        schema: Schema.Struct({
          limit: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1), Schema.isLessThanOrEqualTo(200)),
          id: Schema.String.check(Schema.isMinLength(1)),
        }),
      }],
      operations: [],
    }).source
    expect(source).toContain("p >= 1")
    expect(source).toContain("p <= 200")
    expect(source).toContain("p.length >= 1")
    expect(source).not.toMatch(/new Function|eval\(/)
  })

  it("call the formats module's predicate for a format check, imported from formatsModule (none without it)", () => {
    const dated = Schema.Struct({ at: Schema.String.check(formatFilter("date-time")) })
    const emitted = emitValidators({
      components: [],
      entries: [{ name: "Dated", schema: dated }],
      operations: [],
      kind: "input",
      formatsModule: "../internal/formats.ts",
    })
    expect(emitted.supported).toEqual(["Dated"])
    expect(emitted.source).toContain(`import { isDateTime } from "../internal/formats.ts";`)
    expect(emitted.source).toContain("isDateTime(p)")
    const without = emitValidators({ components: [], entries: [{ name: "Dated", schema: dated }], operations: [], kind: "input" })
    expect(without.unsupported).toEqual(["Dated"])
    expect(without.source).not.toContain("import")
  })

  it("emit no check for a Schema with a transformation (the decode always runs)", () => {
    const emitted = emitValidators({
      components: [],
      entries: [{ name: "Dated", schema: Schema.Struct({ at: Schema.DateTimeUtcFromString }) }],
      operations: [{ operationId: "x.get", entry: "Dated" }],
    })
    expect(emitted.unsupported).toEqual(["Dated"])
    expect(emitted.source).not.toContain("\"x.get\"")
  })
})

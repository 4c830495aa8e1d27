// The fast response checks (packages/effect/src/generated/validators.ts) agree with the Effect Schema decode:
// true exactly when decoding succeeds and returns the input unchanged; false on every kind of invalid value.
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { Schema } from "effect"
import { isDeepStrictEqual } from "node:util"
import { describe, expect, it } from "vitest"
import { endpoints } from "../../../packages/effect/src/generated/endpoints.ts"
import * as schemas from "../../../packages/effect/src/generated/schemas.ts"
import * as validators from "../../../packages/effect/src/generated/validators.ts"
import { emitValidators } from "../src/effect/validators.ts"
import { componentExamples, operationExamples, referenceBlock, referenceExamples } from "./spec-examples.ts"

type AnyEndpoint = { readonly operationId: string; readonly success: { readonly kind: string; readonly schema?: Schema.Top } }
const table = endpoints as unknown as Record<string, AnyEndpoint>
const schemaOf = (operationId: string): Schema.Top => table[operationId]!.success.schema!
const validatorOf = (operationId: string): (u: unknown) => boolean => {
  const validator = validators.responseValidators[operationId]
  if (!validator) throw new Error(`no fast check for ${operationId}`)
  return validator
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

// The generated Effect Schemas (packages/effect/src/generated/schemas.ts) against the spec's and the
// reference's example payloads.
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { endpoints } from "../../../packages/effect/src/generated/endpoints.ts"
import * as Schemas from "../../../packages/effect/src/generated/schemas.ts"
import { componentExamples, openapi, operationExamples, referenceBlock, referenceExamples } from "./spec-examples.ts"

type AnySchema = Schema.Codec<unknown, unknown>

const schemaOf = (name: string): AnySchema => {
  const schema = (Schemas as Record<string, unknown>)[name]
  if (!Schema.isSchema(schema)) throw new Error(`no generated schema ${name}`)
  return schema as AnySchema
}

const endpointOf = (operationId: string) => {
  const endpoint = (endpoints as Record<string, (typeof endpoints)[keyof typeof endpoints]>)[operationId]
  if (!endpoint) throw new Error(`no endpoint ${operationId}`)
  return endpoint
}

const successSchemaOf = (operationId: string): AnySchema => {
  const success = endpointOf(operationId).success
  if (success.kind !== "json") throw new Error(`${operationId} has no JSON success`)
  return success.schema as AnySchema
}

const decodeError = (schema: AnySchema, value: unknown): string => {
  const result = Schema.decodeUnknownExit(schema)(value)
  if (result._tag === "Success") throw new Error(`expected ${JSON.stringify(value)} to be refused`)
  return String(result.cause)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

describe("generated Effect Schemas", () => {
  it("has one schema per component schema of the spec", () => {
    const missing = Object.keys(openapi.components.schemas).filter((name) => !Schema.isSchema((Schemas as Record<string, unknown>)[name]))
    expect(missing).toEqual([])
  })

  it.each(componentExamples())("decodes the spec example of %s (#%#)", (name, example) => {
    expect(() => Schema.decodeUnknownSync(schemaOf(name))(example)).not.toThrow()
  })

  it.each(componentExamples())("re-encodes the spec example of %s to the same JSON (#%#)", (name, example) => {
    const schema = schemaOf(name)
    expect(Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(example))).toEqual(example)
  })

  it.each(operationExamples())("decodes the spec example of %s (%s)", (operationId, where, example) => {
    const endpoint = endpointOf(operationId)
    const schema = where === "body" ? endpoint.body?.schema : successSchemaOf(operationId)
    expect(schema).toBeDefined()
    expect(() => Schema.decodeUnknownSync(schema as AnySchema)(example)).not.toThrow()
  })

  it.each(referenceExamples.map((entry) => [`${entry.file} #${entry.block}`, entry] as const))(
    "decodes the reference example %s",
    (_, entry) => {
      const schema = "schema" in entry ? schemaOf(entry.schema) : successSchemaOf(entry.operationId)
      expect(() => Schema.decodeUnknownSync(schema)(referenceBlock(entry.file, entry.block))).not.toThrow()
    },
  )

  // Examples of objects whose component declares required properties directly.
  const objectExamples = componentExamples().filter(([name, example]) =>
    isPlainObject(example) && (openapi.components.schemas[name]?.required ?? []).some((key) => key in example)
  )

  it("has object examples with required fields to break", () => {
    expect(objectExamples.length).toBeGreaterThan(10)
  })

  it.each(objectExamples)("refuses %s without a required field, naming it (#%#)", (name, example) => {
    const key = openapi.components.schemas[name]!.required!.find((required) => required in (example as object))!
    const { [key]: _removed, ...rest } = example as Record<string, unknown>
    const message = decodeError(schemaOf(name), rest)
    expect(message).toContain("Missing key")
    expect(message).toContain(`["${key}"]`)
  })

  it.each(objectExamples)("refuses %s with a wrongly typed field, naming its path (#%#)", (name, example) => {
    const key = openapi.components.schemas[name]!.required!.find((required) => required in (example as object))!
    const message = decodeError(schemaOf(name), { ...(example as object), [key]: [[["not", "this"]]] })
    expect(message).toMatch(/Expected/)
    expect(message).toContain(`["${key}"]`)
  })

  it.each(objectExamples)("tolerates unknown extra fields in %s (#%#)", (name, example) => {
    const withExtra = { ...(example as object), fieldFromTheFuture: { nested: [1, 2, 3] } }
    expect(() => Schema.decodeUnknownSync(schemaOf(name))(withExtra)).not.toThrow()
  })

  it("names the path of a nested offending field", () => {
    const account = componentExamples().find(([name]) => name === "Account")?.[1] as Record<string, Record<string, unknown>>
    expect(account).toBeDefined()
    const message = decodeError(schemaOf("Account"), { ...account, user: { ...account["user"], id: 42 } })
    expect(message).toContain(`["user"]["id"]`)
  })

  it("keeps nullable and optional apart (ChatListPage cursors are nullable and, by spec/patches.yaml, optional; hasMore is required)", () => {
    const page = { items: [], hasMore: false, oldestCursor: null, newestCursor: null }
    expect(() => Schema.decodeUnknownSync(schemaOf("ChatListPage"))(page)).not.toThrow()
    const { newestCursor: _dropped, ...withoutCursor } = page
    expect(() => Schema.decodeUnknownSync(schemaOf("ChatListPage"))(withoutCursor)).not.toThrow()
    expect(decodeError(schemaOf("ChatListPage"), { ...page, newestCursor: 7 })).toContain(`["newestCursor"]`)
    const { hasMore: _hasMore, ...withoutHasMore } = page
    expect(decodeError(schemaOf("ChatListPage"), withoutHasMore)).toContain(`["hasMore"]`)
  })

  it("decodes discriminated unions by their tag and refuses unknown tags", () => {
    const loginStep = schemaOf("LoginStep")
    const step = { type: "complete", stepID: "s1" }
    const decoded = Schema.decodeUnknownExit(loginStep)(step)
    expect(decoded._tag).toBe("Success")
    expect(decodeError(loginStep, { type: "teleport", stepID: "s1" })).toMatch(/Expected/)
  })

  it("refuses values outside an enum", () => {
    const account = componentExamples().find(([name]) => name === "AccountBridge")?.[1] as Record<string, unknown>
    expect(decodeError(schemaOf("AccountBridge"), { ...account, provider: "mars" })).toContain(`["provider"]`)
  })
})

// The generated endpoint table (packages/effect/src/generated/endpoints.ts) against spec/openapi.yaml.
import { Schema } from "effect"
import { describe, expect, expectTypeOf, it } from "vitest"
import type { Endpoint, Parameter, RequestBody, SuccessResponse } from "../../../packages/effect/src/Endpoint.ts"
import { endpointList, endpoints, type Endpoints, type OperationId } from "../../../packages/effect/src/generated/endpoints.ts"
import type { ChatWithPreview, Message } from "../../../packages/effect/src/generated/schemas.ts"
import { openapi, operations } from "./spec-examples.ts"

type AnySchema = Schema.Codec<unknown, unknown>

const table: Record<string, Endpoint> = endpoints

const refusal = (schema: Schema.Top, value: unknown): string => {
  const result = Schema.decodeUnknownExit(schema as AnySchema)(value)
  if (result._tag === "Success") throw new Error(`expected ${JSON.stringify(value)} to be refused`)
  return String(result.cause)
}
const accepts = (schema: Schema.Top, value: unknown): boolean =>
  Schema.decodeUnknownExit(schema as AnySchema)(value)._tag === "Success"

const specOperations = operations()

const resolveParameter = (parameter: unknown): { name: string; in: string } => {
  const ref = (parameter as { $ref?: string }).$ref
  if (!ref) return parameter as { name: string; in: string }
  return (openapi.components.parameters as Record<string, { name: string; in: string }>)[ref.split("/").pop()!]!
}

describe("endpoint table", () => {
  it("has exactly one entry per spec operation, keyed by operationId", () => {
    const ids = specOperations.map(({ operation }) => operation.operationId).sort()
    expect(Object.keys(endpoints).sort()).toEqual(ids)
    expect(endpointList).toHaveLength(ids.length)
  })

  it.each(specOperations.map(({ method, path, operation }) => [operation.operationId, method, path, operation] as const))(
    "describes %s as the spec does",
    (operationId, method, path, operation) => {
      const entry = table[operationId]!
      expect(entry.operationId).toBe(operationId)
      expect(entry.method).toBe(method.toUpperCase())
      expect(entry.path).toBe(path)
      expect(entry.pagination).toEqual(operation["x-pagination"] ?? null)
      expect(entry.idempotent).toBe(operation["x-idempotent"])
      expect(entry.idempotencyKey).toBe(operation["x-idempotency-key"] ?? null)
      expect(entry.deprecated).toBe(operation["deprecated"] === true)
      expect(entry.summary).toBe(operation["summary"])

      const statuses = Object.keys(operation.responses)
      // One success status; a 206 Partial Content beside it (assets.serve, for a Range request) is read the same way.
      const success = statuses.filter((status) => status.startsWith("2") && status !== "206")
      expect(success).toEqual([String(entry.success.status)])
      expect(Object.keys(entry.errors ?? {}).sort()).toEqual(statuses.filter((status) => !status.startsWith("2")).sort())

      // Parameters: path-level and operation-level ones, each in its location.
      const parameters = [...(openapi.paths[path]!.parameters ?? []), ...(operation.parameters ?? [])].map(resolveParameter)
      const names = (location: string) => parameters.filter((p) => p.in === location).map((p) => p.name).sort()
      expect(entry.pathParams.map((p) => p.name).sort()).toEqual(names("path"))
      expect(entry.queryParams.map((p) => p.name).sort()).toEqual(names("query"))
      expect((entry.headerParams ?? []).map((p) => p.name).sort()).toEqual(names("header"))
      expect(entry.body === null).toBe(operation.requestBody === undefined)
    },
  )

  it("derives security from the spec: public, optional and bearer", () => {
    expect(endpoints["info.retrieve"].security).toBe("public")
    expect(endpoints["app.setup.retrieve"].security).toBe("optional")
    expect(endpoints["chats.list"].security).toBe("bearer")
    for (const { operation } of specOperations) {
      const security = (operation["security"] ?? [{ bearerAuth: [] }]) as Array<object>
      const expected = security.length === 0 ? "public" : security.some((s) => Object.keys(s).length === 0) ? "optional" : "bearer"
      expect(table[operation.operationId]!.security, operation.operationId).toBe(expected)
    }
  })

  it("tells JSON, empty and binary successes apart", () => {
    expect(endpoints["chats.archive"].success).toEqual({ status: 204, kind: "void" })
    expect(endpoints["assets.serve"].success).toMatchObject({ status: 200, kind: "binary" })
    expect(endpoints["chats.retrieve"].success.kind).toBe("json")
  })

  it("flattens an object body into the input and lists its fields", () => {
    const add = endpoints["chats.messages.reactions.add"]
    expect(add.body?.fields).toEqual(["reactionKey", "transactionID"])
    expect(add.body?.contentType).toBe("application/json")
    expect(add.idempotencyKey).toBe("transactionID")
    expect(accepts(add.input, { chatID: "!c:local", messageID: "m1", reactionKey: "👍" })).toBe(true)
    expect(refusal(add.input, { chatID: "!c:local", messageID: "m1" })).toContain(`["reactionKey"]`)
    expect(refusal(add.input, { messageID: "m1", reactionKey: "👍" })).toContain(`["chatID"]`)
  })

  it("describes array query parameters (repeated keys) and their schema", () => {
    const accountIDs = endpoints["chats.list"].queryParams.find((p) => p.name === "accountIDs")
    expect(accountIDs).toMatchObject({ key: "accountIDs", array: true, style: "form", explode: true, required: false })
    expect(accepts(accountIDs!.schema as Schema.Top, ["a", "b"])).toBe(true)
    expect(accepts(accountIDs!.schema as Schema.Top, "a")).toBe(false)
  })

  it("input schemas refuse out-of-range numbers and unknown enum values before sending", () => {
    const input = endpoints["chats.list"].input
    expect(accepts(input, {})).toBe(true)
    expect(accepts(input, { limit: 25, direction: "before" })).toBe(true)
    expect(accepts(input, { limit: undefined })).toBe(true) // top-level optional inputs accept undefined = not given
    expect(refusal(input, { limit: 0 })).toContain(`["limit"]`)
    expect(refusal(input, { limit: 201 })).toContain(`["limit"]`)
    expect(refusal(input, { limit: 2.5 })).toContain(`["limit"]`)
    expect(refusal(input, { direction: "sideways" })).toContain(`["direction"]`)
  })

  it("puts header parameters in the input under a camelCase key", () => {
    const serve = endpoints["assets.serve"]
    expect(serve.headerParams).toMatchObject([{ name: "Range", key: "range", required: false }])
    expect(accepts(serve.input, { url: "mxc://x/y", range: "bytes=0-9" })).toBe(true)
    expect(refusal(serve.input, { url: "" })).toContain(`["url"]`)
  })

  it("accepts a Blob or bytes for a multipart file part", () => {
    const upload = endpoints["assets.upload"]
    expect(upload.body?.contentType).toBe("multipart/form-data")
    expect(accepts(upload.input, { file: new Blob(["hi"]) })).toBe(true)
    expect(accepts(upload.input, { file: new Uint8Array([1, 2]) })).toBe(true)
    expect(accepts(upload.input, { file: "not a file" })).toBe(false)
  })

  it("keeps Schema types in the table", () => {
    type ChatsListSuccess = typeof endpoints["chats.list"]["success"]["schema"]["Type"]
    expectTypeOf<ChatsListSuccess["items"]>().toEqualTypeOf<ReadonlyArray<ChatWithPreview>>()
    expectTypeOf<typeof endpoints["messages.retrieve"]["success"]["schema"]["Type"]>().toEqualTypeOf<Message>()
    type AddInput = typeof endpoints["chats.messages.reactions.add"]["input"]["Type"]
    expectTypeOf<AddInput["reactionKey"]>().toEqualTypeOf<string>()
    expectTypeOf<typeof endpoints["chats.archive"]["success"]["kind"]>().toEqualTypeOf<"void">()
  })

  it("holds only fields the handwritten Endpoint contract describes (checked by `pnpm typecheck`)", () => {
    // Each entry is declared `TypedEndpoint<...>` (an `Endpoint`), so the compiler refuses any field of an entry, or
    // of its parameters and body, beyond the contract (excess property checks); its types are the contract's.
    type Extra<T, Contract> = T extends unknown ? Exclude<keyof T, keyof Contract> : never
    type Entry = Endpoints[OperationId]
    expectTypeOf<Extra<Entry, Endpoint>>().toEqualTypeOf<never>()
    expectTypeOf<Entry["pathParams" | "queryParams"][number]>().toEqualTypeOf<Parameter>()
    expectTypeOf<Exclude<Entry["body"], null | undefined>>().toEqualTypeOf<RequestBody>()
    expectTypeOf<Extra<Entry["success"], { readonly status: number; readonly kind: string; readonly contentType?: string; readonly schema?: unknown; readonly fastCheck?: unknown }>>()
      .toEqualTypeOf<never>()
    expectTypeOf<Entry["success"]>().toExtend<SuccessResponse>()
  })
})

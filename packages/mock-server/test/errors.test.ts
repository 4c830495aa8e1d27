/**
 * Auth (401), unknown IDs (404) and invalid parameters (400), driven by spec/openapi.yaml: every
 * operation's security, path parameters, query constraints and request bodies are exercised, and every
 * error body is validated against the spec's Error schema by the validating client.
 */
import { describe, expect, it } from "vitest"
import { useMockServer } from "./support/api.ts"
import { openapi, operations, type SpecOperation } from "./support/contract.ts"

const ctx = useMockServer({ lifecycle: "all" })

type Json = Record<string, any>

const resolve = (schema: Json | undefined): Json => {
  if (!schema) return {}
  if (schema["$ref"]) return resolve((openapi["components"] as Json)["schemas"][(schema["$ref"] as string).split("/").pop() as string])
  if (schema["allOf"]) return (schema["allOf"] as Array<Json>).map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a["properties"], ...b["properties"] }, required: [...(a["required"] ?? []), ...(b["required"] ?? [])] }), {})
  return schema
}
const typeOf = (schema: Json): string | undefined => {
  const s = resolve(schema)
  if (s["const"] !== undefined) return typeof s["const"]
  const t = s["type"]
  return Array.isArray(t) ? t.find((x: string) => x !== "null") : t
}

/** A minimal valid JSON value for a schema. */
const sample = (schema: Json | undefined): unknown => {
  const s = resolve(schema)
  if (s["const"] !== undefined) return s["const"]
  if (s["enum"]) return s["enum"][0]
  if (s["anyOf"]) return sample((s["anyOf"] as Array<Json>).find((x) => resolve(x)["type"] !== "null"))
  switch (typeOf(s)) {
    case "object":
      return Object.fromEntries(((s["required"] as Array<string>) ?? []).map((k) => [k, sample(s["properties"]?.[k])]))
    case "array":
      return [sample(s["items"])]
    case "integer":
    case "number":
      return s["minimum"] ?? 1
    case "boolean":
      return true
    default:
      return s["format"] === "date-time" ? "2030-01-01T00:00:00Z" : s["format"] === "email" ? "someone@example.com" : "x"
  }
}

const uploadForm = (): FormData => {
  const form = new FormData()
  form.set("file", new Blob(["hello"], { type: "text/plain" }), "a.txt")
  return form
}

const UNKNOWN = "unknown-id-0000"
const fill = (op: SpecOperation, value = UNKNOWN) => op.template.replace(/\{[^}]+\}/g, encodeURIComponent(value))
const jsonBodySchema = (op: SpecOperation): Json | undefined => op.operation["requestBody"]?.content?.["application/json"]?.schema
const requiredQuery = (op: SpecOperation): Record<string, string> =>
  Object.fromEntries(op.parameters.filter((p) => p["in"] === "query" && p["required"]).map((p) => [p["name"], String(sample(p["schema"]))]))
const securityOf = (op: SpecOperation): "none" | "optional" | "required" => {
  const security = op.operation["security"] as Array<Json> | undefined
  if (security === undefined) return "required"
  if (security.length === 0) return "none"
  return security.some((s) => Object.keys(s).length === 0) ? "optional" : "required"
}
const request = (op: SpecOperation, options: Parameters<typeof ctx.api.request>[2] = {}) => {
  const body = jsonBodySchema(op)
  return ctx.api.request(op.method.toUpperCase(), fill(op), {
    query: requiredQuery(op),
    ...(body !== undefined ? { json: sample(body) } : {}),
    ...options,
  })
}

describe("401 without or with a wrong bearer token", () => {
  const guarded = operations.filter((op) => securityOf(op) === "required")

  it.each(guarded.map((op) => [op.operationId, op] as const))("%s", async (_, op) => {
    for (const token of [null, "wrong-token"]) {
      const response = await request(op, { token })
      expect(response.status, `${op.operationId} with token ${token}`).toBe(401)
      expect(response.body.code).toBe("UNAUTHORIZED")
    }
  })

  it("public operations answer without a token", async () => {
    const open = operations.filter((op) => securityOf(op) === "none")
    expect(open.map((op) => op.operationId).sort()).toEqual(["app.setup.email", "app.setup.register", "app.setup.response", "app.setup.start", "info.retrieve"])
    for (const op of open) expect((await request(op, { token: null })).status, op.operationId).not.toBe(401)
  })

  it("optional-auth GET /v1/app/setup refuses a wrong token, and a missing one once signed in", async () => {
    expect((await ctx.api.get("/v1/app/setup", { token: "wrong" })).status).toBe(401)
    expect((await ctx.api.get("/v1/app/setup", { token: null })).status).toBe(401)
  })

  it("unknown /v1 paths need a token too, then answer 404", async () => {
    const raw = await fetch(new URL("/v1/nothing-here", ctx.server.url))
    expect(raw.status).toBe(401)
    const authed = await fetch(new URL("/v1/nothing-here", ctx.server.url), { headers: { authorization: `Bearer ${ctx.server.token}` } })
    expect([authed.status, (await authed.json()).code]).toEqual([404, "NOT_FOUND"])
  })
})

describe("404 for unknown IDs", () => {
  const withNotFound = operations.filter((op) => "404" in op.operation["responses"] && op.template.includes("{"))

  it.each(withNotFound.map((op) => [op.operationId, op] as const))("%s", async (_, op) => {
    const response = await request(op)
    expect(response.status, JSON.stringify(response.body)).toBe(404)
    expect(response.body.code).toBe("NOT_FOUND")
  })
})

describe("400 for invalid query parameters", () => {
  const cases = operations.flatMap((op) =>
    op.parameters
      .filter((p) => p["in"] === "query")
      .flatMap((p) => {
        const schema = resolve(p["schema"])
        const name = p["name"] as string
        const bad: Array<string | undefined> = []
        if (p["required"]) bad.push(undefined)
        const type = typeOf(schema)
        if (schema["enum"]) bad.push("not-a-valid-value")
        if (type === "integer") bad.push("1.5", "many", ...(schema["minimum"] !== undefined ? [String(schema["minimum"] - 1)] : []), ...(schema["maximum"] !== undefined ? [String(schema["maximum"] + 1)] : []))
        if (type === "boolean") bad.push("maybe")
        if (schema["format"] === "date-time") bad.push("yesterday")
        if (schema["minLength"] === 1) bad.push("")
        if (type === "array" && resolve(schema["items"])["enum"]) bad.push("not-a-valid-value")
        return bad.map((value) => [`${op.operationId} ${name}=${value === undefined ? "(missing)" : JSON.stringify(value)}`, op, name, value] as const)
      }),
  )

  it("covers the constrained query parameters of the spec", () => {
    expect(cases.length).toBeGreaterThan(40)
  })

  it.each(cases)("%s", async (_, op, name, value) => {
    const query: Record<string, string> = { ...requiredQuery(op) }
    if (value === undefined) delete query[name]
    else query[name] = value
    const response = await ctx.api.request(op.method.toUpperCase(), fill(op), { query, ...(jsonBodySchema(op) ? { json: sample(jsonBodySchema(op)) } : {}) })
    expect(response.status).toBe(400)
    expect(response.body.details.issues.map((i: any) => i.path[0])).toContain(name)
  })
})

describe("the query value null", () => {
  const nullable = (schema: Json) => Array.isArray(schema["type"]) && schema["type"].includes("null")
  const cases = operations.flatMap((op) =>
    op.parameters
      .filter((p) => p["in"] === "query" && typeOf(p["schema"]) !== "array")
      .map((p) => [`${op.operationId} ${p["name"]}=null`, op, p["name"] as string, resolve(p["schema"])] as const),
  )

  it("covers nullable and non-nullable parameters", () => {
    expect(cases.filter(([, , , schema]) => nullable(schema)).length).toBeGreaterThanOrEqual(5)
    expect(cases.filter(([, , , schema]) => typeOf(schema) === "string" && !schema["enum"] && !schema["format"]).length).toBeGreaterThanOrEqual(5)
  })

  // A query string cannot carry null: `null` means "absent" only where the spec allows null; elsewhere it is the value.
  it.each(cases)("%s", async (_, op, name, schema) => {
    const response = await ctx.api.request(op.method.toUpperCase(), fill(op), { query: { ...requiredQuery(op), [name]: "null" }, ...(jsonBodySchema(op) ? { json: sample(jsonBodySchema(op)) } : {}) })
    const issues: Array<any> = response.body?.details?.issues ?? []
    const own = issues.filter((i) => i.path[0] === name)
    if (nullable(schema)) expect(own, JSON.stringify(response.body)).toEqual([])
    else if (typeOf(schema) === "string" && !schema["enum"] && !schema["format"]) expect(own.map((i) => i.message)).not.toContain(`${name} is required`)
    else expect(own.length, `${name}=null is a value, and not a valid one`).toBeGreaterThan(0)
  })

  it("is a word to search for, not a missing query", async () => {
    const all = (await ctx.api.get("/v1/messages/search")).body.items
    expect(all.length).toBeGreaterThan(0)
    expect((await ctx.api.get("/v1/messages/search", { query: { query: "null" } })).body.items).toEqual([])
    expect((await ctx.api.get("/v1/search", { query: { query: "null" } })).status).toBe(200)
    expect((await ctx.api.get("/v1/accounts/matrix/contacts", { query: { query: "null" } })).status).toBe(200)
  })
})

describe("400 for invalid request bodies", () => {
  const bodied = operations.filter((op) => jsonBodySchema(op) !== undefined)
  const wrong = (schema: Json): unknown => {
    const type = typeOf(schema)
    return type === "string" ? 42 : type === "object" ? "not an object" : type === "array" ? "not an array" : "not a scalar"
  }

  it.each(bodied.map((op) => [op.operationId, op] as const))("%s", async (_, op) => {
    const schema = resolve(jsonBodySchema(op))
    const notJson = await ctx.api.request(op.method.toUpperCase(), fill(op), { query: requiredQuery(op), raw: "{not json" })
    expect([notJson.status, notJson.body.code]).toEqual([400, "INVALID_JSON"])
    const notObject = await ctx.api.request(op.method.toUpperCase(), fill(op), { query: requiredQuery(op), json: [1, 2] })
    expect(notObject.status).toBe(400)
    if (op.operation["requestBody"].required) {
      expect((await ctx.api.request(op.method.toUpperCase(), fill(op), { query: requiredQuery(op) })).status).toBe(400)
    }
    const field = ((schema["required"] as Array<string>) ?? [])[0] ?? Object.keys(schema["properties"] ?? {}).find((k) => typeOf(schema["properties"][k]) !== undefined)
    if (field === undefined) return
    const body = { ...(sample(schema) as Json), [field]: wrong(schema["properties"][field]) }
    const response = await ctx.api.request(op.method.toUpperCase(), fill(op), { query: requiredQuery(op), json: body })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(response.body.details.issues[0].path[0]).toBe(field)
  })

  it("multipart upload without a file part", async () => {
    const form = new FormData()
    form.set("fileName", "nothing.txt")
    const response = await ctx.api.request("POST", "/v1/assets/upload", { form })
    expect(response.status).toBe(400)
    expect(response.body.details.issues[0].path).toEqual(["file"])
  })

  // A client error, not a 500: clients retry 5xx, so a malformed body would be sent again and again.
  it.each([
    ["a multipart Content-Type set by hand, without its boundary", { form: uploadForm(), headers: { "content-type": "multipart/form-data" } }, /no boundary/],
    ["a truncated multipart body", { raw: '--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc', headers: { "content-type": "multipart/form-data; boundary=x" } }, /not valid multipart\/form-data/],
  ] as const)("multipart upload with %s", async (_, options, message) => {
    const response = await ctx.api.request("POST", "/v1/assets/upload", options)
    expect([response.status, response.body.code]).toEqual([400, "VALIDATION_ERROR"])
    expect(response.body.details.issues).toEqual([{ code: "invalid_type", message: expect.stringMatching(message), path: [] }])
  })
})

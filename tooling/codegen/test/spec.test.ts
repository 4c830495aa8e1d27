// The checked-in API documents themselves: lint clean, parse clean, and complete against the reference index.
import { runProcess } from "@beeper-kit/testkit/process"
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Parser, fromFile } from "@asyncapi/parser"
import { parse } from "yaml"
import { describe, expect, it } from "vitest"

const root = fileURLToPath(new URL("../../../", import.meta.url))
const openapiPath = `${root}spec/openapi.yaml`
const asyncapiPath = `${root}spec/asyncapi.yaml`
const indexPath = `${root}../shared/reference/beeper-desktop-api/INDEX.md`
const openapi = parse(readFileSync(openapiPath, "utf8"))
const methods = ["get", "put", "post", "delete", "patch", "head", "options"] as const

const operations = Object.entries(openapi.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  methods.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] })),
)

describe("spec/openapi.yaml", () => {
  it("passes `redocly lint` with the checked-in config (zero errors, zero warnings)", async () => {
    const bin = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url))
    const lint = await runProcess(bin, ["lint", openapiPath, "--config", `${root}redocly.yaml`, "--format=json"], {
      cwd: root,
      timeoutMs: 120_000, // a hang guard for an external tool, not a speed check
    })
    const output = lint.stdout
    const status = lint.code
    const report = JSON.parse(output)
    const problems = report.problems.map((p: any) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`)
    expect(problems).toEqual([])
    expect(status).toBe(0)
  }, 150_000)

  it("has every /v1 endpoint of the reference INDEX as an operation", () => {
    expect(existsSync(indexPath), `reference index missing at ${indexPath}`).toBe(true)
    const rows = readFileSync(indexPath, "utf8")
      .split("\n")
      .map((line) => line.match(/^\| (GET|POST|PUT|PATCH|DELETE) \| (\/v1\/[^ |]*) \|/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => `${m[1]} ${m[2]!.split("?")[0]}`)
    expect(rows.length).toBeGreaterThanOrEqual(60)
    const have = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`))
    const missing = [...new Set(rows)].filter((r) => !have.has(r))
    expect(missing).toEqual([])
    // The older query form of reaction removal is a separate, deprecated operation on the same path.
    const reactionDeletes = operations.filter((o) => o.method === "delete" && o.path.includes("/reactions"))
    expect(reactionDeletes.map((o) => Boolean(o.op.deprecated)).sort()).toEqual([false, true])
  })

  it("gives every operation a unique dotted operationId, one tag, a 2xx response (206 only beside a 200, for Range) and error responses", () => {
    const ids = operations.map((o) => o.op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/)
      expect(op.tags, where).toHaveLength(1)
      const codes = Object.keys(op.responses)
      const ok = codes.filter((c) => c.startsWith("2") && !(c === "206" && codes.includes("200")))
      expect(ok, where).toHaveLength(1)
      if (codes.includes("206")) expect(op.parameters?.some((p: { name?: string }) => p.name === "Range"), `${where}: 206 without a Range header`).toBe(true)
      const success = op.responses[ok[0]!]
      if (ok[0] !== "204") expect(success.content ?? success.$ref, `${where} has no success schema`).toBeTruthy()
      expect(codes.filter((c) => /^[45]/.test(c)).length, `${where} lists no error response`).toBeGreaterThan(0)
      expect(typeof op["x-idempotent"], where).toBe("boolean")
    }
  })

  it("describes pagination uniformly on every cursor operation", () => {
    const paginated = operations.filter((o) => o.op["x-pagination"])
    expect(paginated.length).toBeGreaterThan(0)
    for (const { path, method, op } of paginated) {
      const p = op["x-pagination"]
      const params = new Set((op.parameters ?? []).map((x: any) => x.name))
      expect(p.style).toBe("cursor")
      expect(params.has(p.cursorParam), `${method} ${path}`).toBe(true)
      expect(params.has(p.directionParam), `${method} ${path}`).toBe(true)
      if (p.limitParam) expect(params.has(p.limitParam)).toBe(true)
      for (const k of ["items", "hasMore", "oldestCursor", "newestCursor"]) expect(typeof p[k]).toBe("string")
    }
  })
})

describe("spec/asyncapi.yaml", () => {
  it("parses and validates with @asyncapi/parser with zero errors, resolving the OpenAPI Message reference", async () => {
    const parser = new Parser()
    const { document, diagnostics } = await fromFile(parser, asyncapiPath).parse()
    const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.code}: ${d.message} at ${d.path.join(".")}`)
    expect(errors).toEqual([])
    expect(document).toBeDefined()
    const names = document!.messages().all().map((m) => m.name() ?? m.id())
    for (const t of ["subscriptions.set", "ready", "subscriptions.updated", "error", "chat.upserted", "chat.deleted", "message.upserted", "message.deleted"]) {
      expect(names.some((n) => n?.includes(t)), `message ${t}`).toBe(true)
    }
    // entries reuse the OpenAPI Message: the resolved schema carries Message's required fields.
    const upserted = document!.messages().all().find((m) => (m.name() ?? m.id())?.includes("message.upserted"))!
    const allProperties = (schema: any, name: string): Array<any> => [
      ...(schema.properties()?.[name] ? [schema.properties()[name]] : []),
      ...(schema.allOf() ?? []).flatMap((s: any) => allProperties(s, name)),
    ]
    // entries are best-effort: a complete Message (its required fields) or a partial open object
    const entries = allProperties(upserted.payload(), "entries")
    const messageRequired = openapi.components.schemas.Message.required as Array<string>
    const members = entries.flatMap((e) => e.items()?.anyOf() ?? [])
    expect(members.map((m: any) => m.required())).toContainEqual(messageRequired)
    expect(members.some((m: any) => m.additionalProperties() === true)).toBe(true)
    expect(document!.channels().all().map((c) => c.address())).toContain("/v1/ws")
  })
})

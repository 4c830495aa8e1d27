import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { printDocument } from "../src/spec-update/normalize.ts"

const specText = readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")

/**
 * The same value with every object's keys in reverse order, except where the normaliser keeps the order on
 * purpose: schema `properties` (the author's field order), example data, extension values, and arrays.
 */
const reverseKeys = (value: unknown, keep: false | "properties" | "data" = false): unknown => {
  if (keep === "data" || typeof value !== "object" || value === null) return value
  if (Array.isArray(value)) return value.map((item) => reverseKeys(item))
  const entries = Object.entries(value).map(([key, item]) =>
    [key, reverseKeys(item, key === "properties" ? "properties" : ["example", "examples", "default", "const"].includes(key) || key.startsWith("x-") ? "data" : false)] as const)
  return Object.fromEntries(keep === "properties" ? entries : entries.reverse())
}

describe("printDocument (the canonical text of spec/openapi.yaml)", () => {
  it("is idempotent on the real spec: normalising its output again gives the same bytes", () => {
    const once = printDocument(parse(specText))
    expect(printDocument(parse(once))).toBe(once)
  })

  it("depends only on content: JSON input and any key order print the same bytes", () => {
    const fromYaml = printDocument(parse(specText))
    const fromJson = printDocument(JSON.parse(JSON.stringify(reverseKeys(parse(specText)))))
    expect(fromJson).toBe(fromYaml)
  })

  it("loses nothing: the printed document parses back to the same content", () => {
    expect(parse(printDocument(parse(specText)))).toEqual(parse(specText))
  })

  it("sorts registries (paths, components, status codes) and orders known objects' keys canonically", () => {
    const text = printDocument({
      paths: {
        "/v1/chats/{chatID}": { get: { responses: { default: { description: "d" }, "404": { description: "n" }, "200": { description: "ok" } }, operationId: "b" } },
        "/v1/accounts": { post: { operationId: "c" }, get: { operationId: "a" } },
      },
      components: { schemas: { Zeta: { type: "object" }, Alpha: { properties: { z: { type: "string" }, a: { type: "string" } }, type: "object", required: ["z"] } } },
      info: { version: "1", title: "t" },
      "x-desktop-api-version": "1",
      openapi: "3.1.0",
    })
    expect(text).toBe(`openapi: 3.1.0
info:
  title: t
  version: "1"
x-desktop-api-version: "1"
paths:
  /v1/accounts:
    get:
      operationId: a
    post:
      operationId: c
  /v1/chats/{chatID}:
    get:
      operationId: b
      responses:
        "200":
          description: ok
        "404":
          description: n
        default:
          description: d
components:
  schemas:
    Alpha:
      type: object
      required:
        - z
      properties:
        z:
          type: string
        a:
          type: string
    Zeta:
      type: object
`)
  })

  it("keeps meaningful orders: arrays, enum values, schema properties", () => {
    const document = parse(printDocument({
      openapi: "3.1.0", info: { title: "t", version: "1" }, tags: [{ name: "Z" }, { name: "A" }],
      paths: {}, components: { schemas: { S: { type: "string", enum: ["b", "a"] } } },
    }))
    expect(document.tags).toEqual([{ name: "Z" }, { name: "A" }])
    expect(document.components.schemas.S.enum).toEqual(["b", "a"])
  })

  it("prints multi-line text as literal blocks, never folds long lines, and writes no aliases", () => {
    const shared = { type: "string" }
    const text = printDocument({
      openapi: "3.1.0", info: { title: "t", version: "1", description: `first line\nsecond line ${"x".repeat(200)}\n` },
      paths: {}, components: { schemas: { A: shared, B: shared } },
    })
    expect(text).toContain("  description: |\n    first line\n    second line xxxx")
    expect(text).not.toMatch(/[&*]a\d/)
    expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true)
  })
})

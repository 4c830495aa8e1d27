import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { applyJsonPatch, applySpecPatches, parsePatches, SpecPatchError } from "../src/spec-update/patches.ts"

const document = () => ({
  openapi: "3.1.0",
  paths: { "/v1/chats": { get: { operationId: "chats.list" } } },
  components: { schemas: { Chat: { type: "object", required: ["id"], properties: { id: { type: "string" }, "a~b": { type: "string" } } } } },
})

describe("spec/patches.yaml", () => {
  it("the checked-in file is a valid patch list, and every entry applies to Beeper's upstream document 5.0.0", () => {
    const patches = parsePatches(readFileSync(new URL("../../../spec/patches.yaml", import.meta.url), "utf8"))
    expect(patches.length).toBeGreaterThan(0)
    for (const entry of patches) expect(entry.reason.length, entry.reason).toBeGreaterThan(80)
    const upstream = JSON.parse(readFileSync(new URL("../../../../shared/reference/upstream/beeper-desktop-api-5.0.0.openapi.json", import.meta.url), "utf8"))
    const patched = applySpecPatches(upstream, patches) as { components: { schemas: Record<string, { required?: Array<string> }> } }
    expect(patched.components.schemas["ListChatsOutput"]!.required).toEqual(["items", "hasMore"])
    expect(patched.components.schemas["WSDomainEventMessage"]).toBeUndefined()
  })

  it("rejects entries without a reason or with malformed operations", () => {
    expect(() => parsePatches("- patch: [{ op: remove, path: /a }]")).toThrow(/reason/)
    expect(() => parsePatches("- reason: r\n  patch: [{ op: frobnicate, path: /a }]")).toThrow(/RFC 6902/)
    expect(() => parsePatches("- reason: r\n  patch: [{ op: add, path: /a }]")).toThrow(/RFC 6902/)
    expect(() => parsePatches("reason: r")).toThrow(/list/)
  })
})

describe("applyJsonPatch (RFC 6902)", () => {
  it("adds, replaces, removes, moves, copies and tests, with ~0/~1 escapes and `-` for appending", () => {
    const result = applyJsonPatch(document(), [
      { op: "test", path: "/paths/~1v1~1chats/get/operationId", value: "chats.list" },
      { op: "add", path: "/components/schemas/Chat/properties/title", value: { type: "string" } },
      { op: "add", path: "/components/schemas/Chat/required/-", value: "title" },
      { op: "add", path: "/components/schemas/Chat/required/0", value: "first" },
      { op: "replace", path: "/components/schemas/Chat/properties/id/type", value: "integer" },
      { op: "remove", path: "/components/schemas/Chat/properties/a~0b" },
      { op: "copy", from: "/components/schemas/Chat", path: "/components/schemas/ChatCopy" },
      { op: "move", from: "/paths/~1v1~1chats", path: "/paths/~1v2~1chats" },
    ])
    expect(result.components.schemas.Chat).toEqual({
      type: "object",
      required: ["first", "id", "title"],
      properties: { id: { type: "integer" }, title: { type: "string" } },
    })
    expect(result.components.schemas).toHaveProperty("ChatCopy", result.components.schemas.Chat)
    expect(Object.keys(result.paths)).toEqual(["/v2/chats"])
  })

  it("never changes its input, and applies all or nothing", () => {
    const input = document()
    expect(() => applyJsonPatch(input, [
      { op: "add", path: "/components/schemas/Chat/properties/title", value: { type: "string" } },
      { op: "test", path: "/openapi", value: "3.0.0" },
    ])).toThrow(/operation 2 \(test \/openapi\): .*test failed/)
    expect(input).toEqual(document())
  })

  it("fails on paths that do not exist", () => {
    expect(() => applyJsonPatch(document(), [{ op: "remove", path: "/components/schemas/Nope" }])).toThrow(/does not exist/)
    expect(() => applyJsonPatch(document(), [{ op: "replace", path: "/components/schemas/Chat/required/5", value: "x" }])).toThrow(/out of bounds/)
    expect(() => applyJsonPatch(document(), [{ op: "add", path: "/nope/deeper", value: 1 }])).toThrow(/does not exist/)
  })
})

describe("applySpecPatches", () => {
  it("applies entries in order and names the entry (by its reason) that no longer applies", () => {
    const patches = parsePatches(`
- reason: Desktop serves Chat.id as a string but sends numbers.
  patch:
    - { op: test, path: /components/schemas/Chat/properties/id/type, value: string }
    - { op: replace, path: /components/schemas/Chat/properties/id/type, value: integer }
`)
    const patched = applySpecPatches(document(), patches)
    expect(patched.components.schemas.Chat.properties.id.type).toBe("integer")
    // The defect fixed upstream (or the patch applied twice): the test fails and the update stops, saying which entry.
    const error = (() => { try { applySpecPatches(patched, patches) } catch (e) { return e } })()
    expect(error).toBeInstanceOf(SpecPatchError)
    expect((error as Error).message).toMatch(/entry 1 \("Desktop serves Chat.id as a string but sends numbers."\) does not apply.*delete the entry/)
  })
})

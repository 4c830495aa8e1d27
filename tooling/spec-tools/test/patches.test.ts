import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { applyJsonPatch, applySpecPatches, describeDifferences, parsePatches, renderPatchReport, SpecPatchError } from "../src/spec-update/patches.ts"

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
    const { document: patched, skipped } = applySpecPatches(upstream, patches) as { document: { components: { schemas: Record<string, { required?: Array<string> }> } }; skipped: ReadonlyArray<unknown> }
    expect(skipped).toEqual([])
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
    const patched = applySpecPatches(document(), patches).document
    expect(patched.components.schemas.Chat.properties.id.type).toBe("integer")
    // The defect fixed upstream (or the patch applied twice): the test fails and the update stops, saying which entry.
    const error = (() => { try { applySpecPatches(patched, patches) } catch (e) { return e } })()
    expect(error).toBeInstanceOf(SpecPatchError)
    expect((error as Error).message).toBe([
      "spec/patches.yaml entry 1 does not apply: its operation 1 tests /components/schemas/Chat/properties/id/type, and Beeper Desktop's document differs there:",
      "- /components/schemas/Chat/properties/id/type: \"integer\" where the test has \"string\"",
      "The entry's reason: \"Desktop serves Chat.id as a string but sends numbers.\"",
      "Carry the change where the reason says, then update the value operation 1 of the entry tests for to the document's new one, and rerun. " +
        "(Only when the reason is a defect Beeper Desktop has now fixed does the entry go instead.)",
    ].join("\n"))
    expect((error as SpecPatchError).testFailure).toEqual({ operation: 1, path: "/components/schemas/Chat/properties/id/type", differences: ["/components/schemas/Chat/properties/id/type: \"integer\" where the test has \"string\""] })
  })

  it("an entry whose operation is no test and no longer applies is named with its reason, and only that operation is to go", () => {
    const patches = parsePatches(`
- reason: Desktop lacks a title.
  patch:
    - { op: add, path: /components/schemas/Chat/properties/title, value: { type: string } }
    - { op: remove, path: /components/schemas/Nope }
`)
    let error: unknown
    try {
      applySpecPatches(document(), patches)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SpecPatchError)
    expect((error as SpecPatchError).operation).toBe(2)
    // before: "If Beeper Desktop has fixed this defect, delete the entry" (operation 1 with it, which still applies)
    expect((error as Error).message).toBe(
      "spec/patches.yaml entry 1 (\"Desktop lacks a title.\") does not apply: operation 2 (remove /components/schemas/Nope): " +
        "/components/schemas/Nope: \"Nope\" does not exist. If Beeper Desktop has fixed the defect operation 2 corrects, delete operation 2 " +
        "(the entry too when no operation is left); otherwise update that operation's path.",
    )
  })
})

describe("applySpecPatches: an endpoint Desktop's document no longer has", () => {
  const patches = () => parsePatches(`
- reason: Desktop 5.0.0 declares no request body required.
  patch:
    - { op: add, path: /paths/~1v1~1chats/get/x-checked, value: true }
    - { op: add, path: /paths/~1v1~1assets~1download/post/requestBody/required, value: true }
    - { op: add, path: /paths/~1v1~1chats/post/requestBody/required, value: true }
- reason: Desktop 5.0.0 documents GET /v1/gone with a summary it does not keep.
  patch:
    - { op: test, path: /paths/~1v1~1gone/get/operationId, value: gone }
    - { op: remove, path: /paths/~1v1~1gone/get/summary }
`)

  it("leaves out each operation into a path or method the document lacks, applies the entry's others, and returns what it left out", () => {
    // before: the update stopped at operation 2 (`"/v1/assets/download" does not exist`) with no change report, and
    // advised deleting the whole entry, operations 1 and 3 with it
    const { document: patched, skipped } = applySpecPatches(document(), patches())
    expect(patched.paths["/v1/chats"].get).toEqual({ operationId: "chats.list", "x-checked": true })
    expect(skipped.map(({ entry, operation, endpoint, of }) => ({ entry, operation, endpoint, of }))).toEqual([
      { entry: 1, operation: 2, endpoint: "/v1/assets/download", of: 3 },
      { entry: 1, operation: 3, endpoint: "POST /v1/chats", of: 3 },
      { entry: 2, operation: 1, endpoint: "/v1/gone", of: 2 },
      { entry: 2, operation: 2, endpoint: "/v1/gone", of: 2 },
    ])
    expect(renderPatchReport(skipped).split("\n").slice(0, 4)).toEqual([
      "**Patches** (spec/patches.yaml operations left out: the endpoint each corrects is no longer in Desktop's document)",
      "",
      "- Entry 1, operation 2 (`add /paths/~1v1~1assets~1download/post/requestBody/required`): Desktop's document no longer has " +
        "`/v1/assets/download`. Delete operation 2; if the endpoint moved (an \"Operation moved\" above), point it at the new path instead. " +
        "The entry's 1 other operation applied. The entry's reason: \"Desktop 5.0.0 declares no request body required.\"",
      "- Entry 1, operation 3 (`add /paths/~1v1~1chats/post/requestBody/required`): Desktop's document no longer has `POST /v1/chats`. " +
        "Delete operation 3; if the endpoint moved (an \"Operation moved\" above), point it at the new path instead. " +
        "The entry's 1 other operation applied. The entry's reason: \"Desktop 5.0.0 declares no request body required.\"",
    ])
    expect(renderPatchReport(skipped)).toContain("Delete operation 2 (and the entry: no operation of it is left)")
    expect(renderPatchReport([])).toBe("")
  })

  it("an `add` that creates a path or an operation is not left out, nor a patch into a component Desktop lacks", () => {
    const created = applySpecPatches(document(), parsePatches(`
- reason: Desktop 5.0.0 does not document POST /v1/chats nor /v1/labels.
  patch:
    - { op: add, path: /paths/~1v1~1chats/post, value: { operationId: chats.create } }
    - { op: add, path: /paths/~1v1~1labels, value: {} }
`))
    expect(created.skipped).toEqual([])
    expect(Object.keys(created.document.paths)).toEqual(["/v1/chats", "/v1/labels"])
    expect(() => applySpecPatches(document(), parsePatches("- reason: Desktop 5.0.0 lacks a minimum.\n  patch: [{ op: add, path: /components/schemas/Gone/minimum, value: 1 }]\n")))
      .toThrow(/entry 1 .* does not apply: operation 1 .*does not exist/)
  })
})

describe("applySpecPatches: a correction the document no longer needs", () => {
  const upstream = () => JSON.parse(readFileSync(new URL("../../../../shared/reference/upstream/beeper-desktop-api-5.0.0.openapi.json", import.meta.url), "utf8"))
  const patches = () => parsePatches(readFileSync(new URL("../../../spec/patches.yaml", import.meta.url), "utf8"))

  it("an entry that adds what Beeper Desktop's document now declares itself stops the update, naming the entry and operation", () => {
    // the request-body entry sets `required: true`, which RFC 6902 cannot test the absence of: before, an upstream
    // that declared the body required was patched silently, and the entry never went stale
    const fixed = upstream()
    fixed.paths["/v1/chats"].post.requestBody.required = true
    let error: unknown
    try {
      applySpecPatches(fixed, patches())
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SpecPatchError)
    expect((error as SpecPatchError).noOp).toBe(1)
    expect((error as Error).message).toMatch(
      /^spec\/patches\.yaml entry 1 does not apply: its operation 1 \(add \/paths\/~1v1~1chats\/post\/requestBody\/required\) writes what Beeper Desktop's document already has there/,
    )
    expect((error as Error).message).toContain("Delete operation 1 (the entry too when no operation is left), and rerun.")
  })

  it("a replace or add that changes the value still applies (only writing the same value is refused)", () => {
    const doc = document()
    const patched = applyJsonPatch(doc, [{ op: "add", path: "/components/schemas/Chat/required", value: ["id", "name"] }], { refuseNoOps: true })
    expect(patched.components.schemas.Chat.required).toEqual(["id", "name"])
    // without the option, RFC 6902 as written: the same value again is fine
    expect(applyJsonPatch(doc, [{ op: "add", path: "/components/schemas/Chat/required", value: ["id"] }]).components.schemas.Chat.required).toEqual(["id"])
    expect(() => applyJsonPatch(doc, [{ op: "replace", path: "/components/schemas/Chat/required", value: ["id"] }], { refuseNoOps: true }))
      .toThrow(/writes the value the document already has there/)
  })
})

describe("describeDifferences (what a failed test says)", () => {
  const base = { type: "object", required: ["type"], properties: { type: { type: "string", enum: ["a", "b"] }, data: { type: "object", description: "x".repeat(500) } } }
  it("names values added to or gone from a list, keys added or gone, changed values, each at its JSON pointer, short", () => {
    const changed = structuredClone(base) as any
    changed.properties.type.enum = ["a", "c"]
    changed.required.push("data")
    changed.properties.extra = { type: "string", description: "y".repeat(500) }
    delete changed.properties.data.description
    changed.type = "array"
    const lines = describeDifferences(changed, base, "/S")
    expect(lines).toEqual([
      "/S/type: \"array\" where the test has \"object\"",
      "/S/required: value added: \"data\"",
      "/S/properties/extra: added: " + JSON.stringify(changed.properties.extra).slice(0, 79) + "…",
      "/S/properties/type/enum: value added: \"c\"",
      "/S/properties/type/enum: value gone: \"b\"",
      "... and 1 more",
    ])
    expect(describeDifferences(changed, base, "/S", 10)).toContain("/S/properties/data/description: gone (the test has " + JSON.stringify("x".repeat(500)).slice(0, 79) + "…)")
    expect(describeDifferences(changed, base, "/S", 2)).toHaveLength(3)
    expect(describeDifferences(base, structuredClone(base), "/S")).toEqual([])
  })
})

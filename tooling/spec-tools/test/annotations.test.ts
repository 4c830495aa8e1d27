// The first real `pnpm spec:update` takes a document from Beeper Desktop that has none of our `x-` extensions: they
// must be carried over from the current spec/openapi.yaml, not reported as API changes, and what cannot be carried
// over (or is new and needs a decision) must be said.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { carryOverAnnotations, renderAnnotationReport } from "../src/spec-update/annotations.ts"
import { diffSpecs } from "../src/spec-update/diff.ts"
import { mergeKeys } from "../src/spec-update/merge.ts"
import { printDocument } from "../src/spec-update/normalize.ts"
import type { OpenApiDocument } from "../src/spec-update/document.ts"
import { updateSpec } from "../src/spec-update/update.ts"
import { repoRoot } from "../src/workspace.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

const fixture = parse(readFileSync(new URL("./fixtures/annotations/upstream-without-extensions.yaml", import.meta.url), "utf8")) as {
  readonly previous: OpenApiDocument
  readonly upstream: OpenApiDocument
}

/** Every `x-` key removed (outside example data and below name maps, where keys are names), as a Desktop would serve it. */
const stripExtensions = (value: unknown, names = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => stripExtensions(item))
  if (typeof value !== "object" || value === null) return value
  return Object.fromEntries(Object.entries(value)
    .filter(([key]) => names || !key.startsWith("x-"))
    .map(([key, child]) => [key, !names && ["example", "examples", "default", "const", "enum"].includes(key)
      ? child
      : stripExtensions(child, !names && ["properties", "schemas", "responses", "parameters", "content"].includes(key))]))
}

/** The given keys removed everywhere (outside example data). */
const withoutKeys = (value: unknown, keys: ReadonlyArray<string>): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutKeys(item, keys))
  if (typeof value !== "object" || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))
    .map(([key, child]) => [key, ["example", "examples", "default", "const", "enum"].includes(key) ? child : withoutKeys(child, keys)]))
}

/** A change that only drops a marker of the merge (a complete document describes what the markers said was kept). */
const isMergeMarker = (change: { readonly kind: string; readonly detail: string }) =>
  change.kind === "docs-changed" && change.detail.split(", ").every((key) => mergeKeys.includes(key))

const operation = (document: OpenApiDocument, path: string, method: string) => document.paths[path]![method] as Record<string, unknown>

describe("carryOverAnnotations", () => {
  const result = carryOverAnnotations(fixture.previous, fixture.upstream)
  const document = result.document

  it("copies annotations onto the same elements, matched by endpoint, operationId, (in, name), tag name and pointer", () => {
    expect(operation(document, "/v1/chats", "get")).toMatchObject({ "x-idempotent": true, "x-pagination": fixture.previous.paths["/v1/chats"]!.get!["x-pagination" as never] })
    // The parameters changed order upstream; the note follows the cursor parameter.
    expect(operation(document, "/v1/chats", "get").parameters).toEqual([
      { name: "direction", in: "query", schema: { type: "string", enum: ["before", "after"] } },
      { name: "cursor", in: "query", schema: { type: "string" }, "x-beeper-kit-note": "opaque" },
    ])
    expect(document.tags).toEqual([{ name: "Labels" }, { name: "Chats", "x-beeper-kit-note": "chats tag note" }])
    expect(document.components!.schemas!.Chat).toEqual({
      type: "object",
      "x-beeper-kit-note": "chat note",
      properties: {
        id: { type: "string", "x-beeper-kit-note": "opaque id" },
        default: { type: "string", "x-beeper-kit-note": "a field named like a keyword" },
      },
    })
    // An endpoint that moved keeps its operationId, and its annotations.
    expect(operation(document, "/v1/chats/{id}/messages/{messageID}", "get")["x-idempotent"]).toBe(true)
    expect(operation(document, "/v1/reactions", "post")["x-idempotent"]).toBe(false)
  })

  it("does not carry what no longer fits, and says where and why", () => {
    expect(operation(document, "/v1/messages/search", "get")["x-pagination"]).toBeUndefined()
    expect(operation(document, "/v1/reactions", "post")["x-idempotency-key"]).toBeUndefined()
    expect(result.lost).toEqual([
      { location: "#/components/schemas/Chat/properties/color", keys: ["x-beeper-kit-note"], count: 1, reason: "not in the new document" },
      { location: "`messages.search` (GET /v1/messages/search)", keys: ["x-pagination"], count: 1, reason: "the new operation has no parameter `cursor`" },
      { location: "`reactions.add` (POST /v1/reactions)", keys: ["x-idempotency-key"], count: 1, reason: "the new request body has no field `transactionID`" },
      { location: "`chats.archive` (POST /v1/chats/{chatID}/archive)", keys: ["x-beeper-kit-note", "x-idempotent"], count: 3, reason: "the operation is not in the new document" },
    ])
  })

  it("gives new operations a conservative x-idempotent (GET true, POST false) and flags them", () => {
    expect(operation(document, "/v1/labels", "get")["x-idempotent"]).toBe(true)
    expect(operation(document, "/v1/labels", "post")["x-idempotent"]).toBe(false)
    expect(result.defaulted).toEqual([
      { operation: "labels.list", endpoint: "GET /v1/labels", idempotent: true, looksPaginated: true },
      { operation: "labels.create", endpoint: "POST /v1/labels", idempotent: false, looksPaginated: false },
    ])
  })

  it("sets x-desktop-api-version from the Desktop that served the document, else from info.version, never the old value", () => {
    expect(document["x-desktop-api-version"]).toBe("4.3.0")
    expect(result.version).toEqual({ value: "4.3.0", source: "info.version of the new document" })
    const fromDesktop = carryOverAnnotations(fixture.previous, fixture.upstream, { desktopVersion: "4.3.1" })
    expect(fromDesktop.document["x-desktop-api-version"]).toBe("4.3.1")
    expect(fromDesktop.version?.source).toBe("Beeper Desktop's version, from GET /v1/info")
  })

  it("lets values the new document brings win, and leaves its input alone", () => {
    const upstream = structuredClone(fixture.upstream)
    operation(upstream, "/v1/chats", "get")["x-idempotent"] = false
    const again = carryOverAnnotations(fixture.previous, upstream)
    expect(operation(again.document, "/v1/chats", "get")["x-idempotent"]).toBe(false)
    expect(again.carried).not.toContainEqual({ key: "x-idempotent", location: "chats.list" })
    expect(operation(upstream, "/v1/chats", "get")["x-pagination"]).toBeUndefined()
  })

  it("leaves no spurious changes for the diff: chats.list is still paginated, only real changes remain", () => {
    const changes = diffSpecs(fixture.previous, document).changes
    expect(changes.filter((change) => change.location === "chats.list")).toEqual([])
    const behaviour = changes.filter((change) => change.kind === "operation-behaviour-changed").map((change) => `${change.location}: ${change.detail}`)
    expect(behaviour).toEqual([
      "messages.search: no longer paginated",
      "reactions.add: x-idempotency-key \"transactionID\" → (none), retry policy",
    ])
  })

  it("reports it in the change report", () => {
    expect(renderAnnotationReport(result)).toBe(`**Annotations** (our \`x-\` extensions; not part of the changeset)

- Carried over from the previous spec/openapi.yaml, where the new document lacks them: 5 \`x-beeper-kit-note\`, 4 \`x-idempotent\`, 1 \`x-pagination\`.
- Set \`x-desktop-api-version\` to 4.3.0 (info.version of the new document).
- Not carried over: \`x-beeper-kit-note\` at \`#/components/schemas/Chat/properties/color\`: not in the new document.
- Not carried over: \`x-pagination\` at \`messages.search\` (GET /v1/messages/search): the new operation has no parameter \`cursor\`.
- Not carried over: \`x-idempotency-key\` at \`reactions.add\` (POST /v1/reactions): the new request body has no field \`transactionID\`.
- Not carried over: \`x-beeper-kit-note\`, \`x-idempotent\` (3 in all) at \`chats.archive\` (POST /v1/chats/{chatID}/archive): the operation is not in the new document.
- Review these carried notes (\`x-beeper-kit-note\`): the element each is on changed in the new document, so the note may no longer be true: \`#/components/schemas/Chat\`.
- Review: new operation \`labels.list\` (GET /v1/labels) came without \`x-idempotent\`; set to true (the default for GET). Check it, and whether it needs \`x-idempotency-key\`. It has a \`cursor\` parameter: add \`x-pagination\` if it pages.
- Review: new operation \`labels.create\` (POST /v1/labels) came without \`x-idempotent\`; set to false (the default for POST). Check it, and whether it needs \`x-idempotency-key\`.
`)
    expect(renderAnnotationReport(carryOverAnnotations(fixture.previous, fixture.previous))).toBe("")
  })
})

describe("pnpm spec:update with the real spec and a Desktop document without our extensions", () => {
  const specText = readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8")
  const spec = parse(specText) as OpenApiDocument

  const makeRepo = (incoming: unknown) => {
    const root = makeTempDir("spec-update-annotations-")
    mkdirSync(join(root, "spec"))
    writeFileSync(join(root, "spec", "openapi.yaml"), specText)
    writeFileSync(join(root, "next.json"), JSON.stringify(incoming))
    return { root, from: join(root, "next.json"), spec: () => readFileSync(join(root, "spec", "openapi.yaml"), "utf8") }
  }

  it("the stripped spec really lacks them (the test would prove nothing otherwise)", () => {
    const stripped = JSON.stringify(stripExtensions(spec))
    expect(stripped).not.toMatch(/"x-(pagination|idempotent|idempotency-key|beeper-kit-note|desktop-api-version)"/)
    expect(JSON.stringify(spec)).toMatch(/"x-pagination"/)
  })

  it("reproduces spec/openapi.yaml byte for byte: no API change, every annotation carried over (the merge's kept-markers drop: the document describes all)", async () => {
    const repo = makeRepo(stripExtensions(spec))
    const result = await updateSpec({ root: repo.root, from: repo.from, generate: false })
    expect(result.diff.changes.filter((change) => !isMergeMarker(change))).toEqual([])
    expect(result.diff.changes.every((change) => !change.breaking)).toBe(true)
    expect(repo.spec()).toBe(printDocument(withoutKeys(spec, mergeKeys)))
    expect(result.annotations.lost).toEqual([])
    expect(result.annotations.defaulted).toEqual([])
    expect(result.annotations.staleNotes).toEqual([])
    const operations = Object.values(spec.paths).flatMap((item) => Object.values(item)).filter((op) => typeof op === "object" && op !== null && "operationId" in op)
    expect(result.annotations.carried.filter(({ key }) => key === "x-idempotent")).toHaveLength(operations.length)
    expect(result.report).toMatch(/\*\*Annotations\*\* .*\n\n(.*\n)*- Carried over from the previous spec\/openapi\.yaml, where the new document lacks them: (\d+ `x-beeper-available-since`, )?\d+ `x-beeper-kit-note`, 1 `x-idempotency-key`, \d+ `x-idempotent`, \d+ `x-pagination`, \d+ `x-upstream-operation-id`\.\n/)
  })

  it("without the carry-over the same document reads as a pile of behaviour changes (what it prevents)", async () => {
    const repo = makeRepo(stripExtensions(spec))
    const result = await updateSpec({ root: repo.root, from: repo.from, dryRun: true, carryOverAnnotations: false })
    expect(result.diff.changes.filter((change) => change.detail === "no longer paginated").length).toBeGreaterThan(0)
  })

  it("a new upstream operation gets x-idempotent by its method and is flagged for review; it is the only API change", async () => {
    const incoming = stripExtensions(spec) as OpenApiDocument
    incoming.paths["/v1/chats/{chatID}/pins"] = {
      post: { operationId: "chats.pins.create", summary: "Pin a chat", tags: ["Chats"], parameters: [{ name: "chatID", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "Pinned." } } },
    }
    const repo = makeRepo(incoming)
    const result = await updateSpec({ root: repo.root, from: repo.from, generate: false })
    expect(result.diff.changes.filter((change) => !isMergeMarker(change)).map((change) => `${change.kind} ${change.location}`)).toEqual(["operation-added chats.pins.create"])
    expect(result.diff.bump).toBe("minor")
    expect(result.report).toContain("- Review: new operation `chats.pins.create` (POST /v1/chats/{chatID}/pins) came without `x-idempotent`; set to false (the default for POST).")
    const written = parse(repo.spec()) as OpenApiDocument
    expect(operation(written, "/v1/chats/{chatID}/pins", "post")["x-idempotent"]).toBe(false)
    // The changeset carries the API change, not the maintainers' to-do list.
    expect(readFileSync(result.changeset!.path, "utf8")).not.toContain("Annotations")
  })

  it("a note carried onto an element the new document changed is flagged for review; the others are not", async () => {
    const incoming = stripExtensions(spec) as any
    incoming.components.schemas.AppMatrixAccount.properties.userID.format = "uri"
    incoming.components.schemas.BridgeLogin.properties.removeScopes.description = "Scopes, described at last."
    const repo = makeRepo(incoming)
    const result = await updateSpec({ root: repo.root, from: repo.from, dryRun: true })
    expect(result.annotations.staleNotes).toEqual([
      { key: "x-beeper-kit-note", location: "#/components/schemas/AppMatrixAccount/properties/userID" },
      { key: "x-beeper-kit-note", location: "#/components/schemas/BridgeLogin/properties/removeScopes" },
    ])
    expect(result.report).toContain("- Review these carried notes (`x-beeper-kit-note`): the element each is on changed in the new document, " +
      "so the note may no longer be true: `#/components/schemas/AppMatrixAccount/properties/userID`, `#/components/schemas/BridgeLogin/properties/removeScopes`.")
  })
})

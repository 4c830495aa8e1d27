// `pnpm spec:update` taking altered copies of Beeper's own 5.0.0 document into a copy of spec/: what a broken or
// changed upstream does to the update (refused before anything is written, or reported as what it is).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { updateSpec } from "../src/spec-update/update.ts"
import { repoRoot } from "../src/workspace.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

const upstreamFile = join(repoRoot, "..", "shared", "reference", "upstream", "beeper-desktop-api-5.0.0.openapi.json")
const specText = readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8")

/** A copy of spec/ and a changed upstream document (`change` edits a fresh copy of Beeper's 5.0.0 one, version 5.1.0). */
const makeRepo = (change: (document: any) => void) => {
  const root = makeTempDir("spec-update-upstream-")
  mkdirSync(join(root, "spec"))
  writeFileSync(join(root, "spec", "openapi.yaml"), specText)
  writeFileSync(join(root, "spec", "patches.yaml"), readFileSync(join(repoRoot, "spec", "patches.yaml")))
  writeFileSync(join(root, "spec", "asyncapi.yaml"), readFileSync(join(repoRoot, "spec", "asyncapi.yaml")))
  const document = JSON.parse(readFileSync(upstreamFile, "utf8"))
  document.info.version = "5.1.0"
  change(document)
  const next = join(root, "next.json")
  writeFileSync(next, JSON.stringify(document))
  return {
    root,
    next,
    spec: () => readFileSync(join(root, "spec", "openapi.yaml"), "utf8"),
    changesets: () => (existsSync(join(root, ".changeset")) ? readdirSync(join(root, ".changeset")) : []),
  }
}

describe("a structurally broken upstream document", () => {
  it.each([
    ["a schema type that is no JSON type", (d: any) => (d.components.schemas.Chat.properties.unreadCount.type = 123),
      "- #/components/schemas/Chat/properties/unreadCount/type: `type` can be one of the following only"],
    ["properties that are no map", (d: any) => (d.components.schemas.Chat.properties = "oops"),
      "- #/components/schemas/Chat/properties: Expected type `SchemaProperties` (object) but got `string`"],
    ["required that is no list", (d: any) => (d.components.schemas.Chat.required = "title"),
      "- #/components/schemas/Chat/required: Expected type `array` but got `string`."],
    ["an operation that is no object", (d: any) => (d.paths["/v1/chats"].get = "list chats"),
      "- #/paths/~1v1~1chats/get: Expected type `Operation` (object) but got `string`"],
  ])("is refused, with the validator's path and problem, writing nothing: %s", async (_, change, problem) => {
    const repo = makeRepo(change)
    const failure = updateSpec({ root: repo.root, from: repo.next, generate: false })
    await expect(failure).rejects.toThrow(/^the new document is not a valid OpenAPI 3\.1\.0 document \(1 problem,/)
    await expect(failure).rejects.toThrow(problem)
    expect(repo.spec()).toBe(specText)
    expect(repo.changesets()).toEqual([])
  })
})

describe("an OpenAPI 3.0 document", () => {
  /** One path, written the 3.0 way (`nullable`, a boolean `exclusiveMinimum`), into a repository without a spec yet. */
  const oneOperation = (schema: Record<string, unknown>) => {
    const root = makeTempDir("spec-update-oas30-")
    mkdirSync(join(root, "spec"))
    const next = join(root, "next.json")
    writeFileSync(next, JSON.stringify({
      openapi: "3.0.3",
      info: { title: "Beeper Desktop API", version: "5.1.0" },
      paths: { "/v1/accounts": { get: { operationId: "getAccounts", responses: { "200": { description: "ok", content: { "application/json": { schema } } } } } } },
    }))
    return { root, next }
  }
  const note = { type: "object", properties: { note: { type: "string", nullable: true }, count: { type: "integer", minimum: 0, exclusiveMinimum: true } } }

  it("is taken (validated as the 3.1 document its rewrites make, not by 3.0 rules against them) and written as 3.1.0", async () => {
    const repo = oneOperation(note)
    const result = await updateSpec({ root: repo.root, from: repo.next, generate: false, applyPatches: false, mode: "replace" })
    expect(result.digest.upgradedFrom).toBe("3.0.3")
    expect(result.report).toContain("- Read an OpenAPI 3.0.3 document as 3.1.0 (the version of spec/openapi.yaml): its 3.0 forms are rewritten below.")
    const written = parse(readFileSync(join(repo.root, "spec", "openapi.yaml"), "utf8")) as any
    expect(written.openapi).toBe("3.1.0")
    expect(written.paths["/v1/accounts"].get.responses["200"].content["application/json"].schema.properties).toEqual({
      note: { type: ["string", "null"] }, count: { type: "integer", exclusiveMinimum: 0 },
    })
  })

  it("with a real problem is still refused, the problem at its JSON pointer into the document", async () => {
    const repo = oneOperation({ ...note, required: "note" })
    await expect(updateSpec({ root: repo.root, from: repo.next, generate: false, applyPatches: false, mode: "replace" })).rejects.toThrow(
      /^the new document is not a valid OpenAPI 3\.0\.3 document \(1 problem, checked as 3\.1\.0 .*\n- #\/paths\/~1v1~1accounts\/get\/responses\/200\/content\/application~1json\/schema\/required: Expected type `array` but got `string`\.\n/)
  })

  it("Beeper's 5.0.0 document declared 3.0.3 is taken like the 3.1.0 one: no API change", async () => {
    const repo = makeRepo((d) => (d.openapi = "3.0.3"))
    const result = await updateSpec({ root: repo.root, from: repo.next, dryRun: true })
    expect(result.digest.upgradedFrom).toBe("3.0.3")
    expect(result.diff.changes).toEqual([])
  })
})

describe("an endpoint the upstream moves to another path", () => {
  // chats.archive records the upstream's operationId (`x-upstream-operation-id: archiveChat`).
  const move = (d: any) => {
    d.paths["/v1/chats/{chatID}/archival"] = d.paths["/v1/chats/{chatID}/archive"]
    delete d.paths["/v1/chats/{chatID}/archive"]
  }

  it("is paired by the upstream operationId, reported as moved (same method name, new path) and merged onto ours", async () => {
    const repo = makeRepo(move)
    const result = await updateSpec({ root: repo.root, from: repo.next, generate: false })
    expect(result.diff.changes.map(({ kind, location, detail, breaking }) => ({ kind, location, detail, breaking }))).toEqual([{
      kind: "operation-moved",
      location: "chats.archive",
      detail: "from POST /v1/chats/{chatID}/archive to POST /v1/chats/{chatID}/archival: the SDK method keeps its name and calls the new path",
      // it compiles, but a Desktop that still serves only the old path answers 404: a major bump
      breaking: true,
    }])
    expect(result.report).toContain("- Operation moved: `chats.archive` (from POST /v1/chats/{chatID}/archive to POST /v1/chats/{chatID}/archival: the SDK method keeps its name and calls the new path).")
    expect(result.report).not.toMatch(/Operation added|archiveChat \(POST/)
    const spec = repo.spec()
    expect(spec).not.toContain("/v1/chats/{chatID}/archive:")
    expect(spec).toContain("/v1/chats/{chatID}/archival:")
    expect(spec.match(/operationId: chats\.archive$/gm)).toHaveLength(1)
    expect(spec).not.toMatch(/operationId: archiveChat/)
  })

  it("is paired by our own operationId when the upstream uses it", async () => {
    const repo = makeRepo((d) => {
      move(d)
      d.paths["/v1/chats/{chatID}/archival"].post.operationId = "chats.archive"
    })
    const result = await updateSpec({ root: repo.root, from: repo.next, dryRun: true })
    expect(result.diff.changes.map((change) => change.kind)).toEqual(["operation-moved"])
  })
})

describe("a path parameter the upstream renames", () => {
  it("is not kept beside the new one: ours is reported removed (breaking), theirs added", async () => {
    const repo = makeRepo((d) => {
      const item = d.paths["/v1/chats/{chatID}/archive"]
      delete d.paths["/v1/chats/{chatID}/archive"]
      for (const parameter of item.post.parameters) if (parameter.name === "chatID") parameter.name = "id"
      d.paths["/v1/chats/{id}/archive"] = item
    })
    const result = await updateSpec({ root: repo.root, from: repo.next, generate: false })
    const archive = (parse(repo.spec()) as any).paths["/v1/chats/{id}/archive"].post
    expect(archive.operationId).toBe("chats.archive")
    expect(archive.parameters.filter((parameter: any) => parameter.in === "path").map((parameter: any) => parameter.name)).toEqual(["id"])
    expect(result.merge.kept.filter((kept) => kept.location.startsWith("chats.archive/"))).toEqual([])
    expect(result.diff.changes.map(({ kind, location, breaking }) => ({ kind, location, breaking }))).toEqual([
      { kind: "field-removed", location: "chats.archive path parameter chatID", breaking: true },
      { kind: "field-added", location: "chats.archive path parameter id", breaking: true },
    ])
  })
})

describe("a change to the WebSocket protocol schemas that spec/patches.yaml removes", () => {
  // The entry removes WS* component schemas (spec/asyncapi.yaml describes /v1/ws); each remove is guarded by a test
  // of the 5.0.0 value, so a changed protocol stops the update instead of vanishing with the remove.
  it.each([
    ["a new event type", (d: any) => d.components.schemas.WSDomainEventMessage.properties.type.enum.push("chat.typing"),
      "- /components/schemas/WSDomainEventMessage/properties/type/enum: value added: \"chat.typing\"\n"],
    ["a new field on ready", (d: any) => (d.components.schemas.WSReadyMessage.properties.serverTime = { type: "string" }),
      "- /components/schemas/WSReadyMessage/properties/serverTime: added: {\"type\":\"string\"}\n"],
    ["a changed subscriptions.set", (d: any) => d.components.schemas.SetSubscriptionsMessage.required.push("requestID"),
      "- /components/schemas/SetSubscriptionsMessage/required: value added: \"requestID\"\n"],
  ])("is refused, naming the patches entry, writing nothing: %s", async (_, change, difference) => {
    const repo = makeRepo(change)
    const failure = updateSpec({ root: repo.root, from: repo.next, generate: false })
    await expect(failure).rejects.toThrow(/5\.0\.0 carries the WebSocket protocol of \/v1\/ws as HTTP component schemas/)
    // The difference, not both values whole; the advice of a test entry (carry the change where its reason says,
    // update the tested value), not "delete the entry" (which would take the WS schemas into the HTTP spec).
    await expect(failure).rejects.toThrow(difference)
    await expect(failure).rejects.toThrow(/\nThe entry's reason: ".*carried into\s+spec\/asyncapi\.yaml by hand and the tested value updated\."\nCarry the change where the reason says, then update the value operation \d+ of the entry tests for/)
    await expect(failure).rejects.not.toThrow(/delete the entry/)
    const message = await failure.then(() => "", (error: Error) => error.message)
    expect(message.split("\n").filter((line) => line.startsWith("- ")).every((line) => line.length < 160)).toBe(true)
    expect(repo.spec()).toBe(specText)
    expect(repo.changesets()).toEqual([])
  })
})

describe("a response header the upstream removes", () => {
  it("is reported (patch: the SDK reads no response header) and a changeset is written", async () => {
    const repo = makeRepo((d) => delete d.paths["/v1/info"].get.responses["200"].headers)
    const result = await updateSpec({ root: repo.root, from: repo.next, generate: false })
    expect(result.diff.changes.map(({ kind, location, detail, breaking, usedBy }) => ({ kind, location, detail, breaking, usedBy }))).toEqual([
      { kind: "header-removed", location: "X-Beeper-Desktop-Version", detail: "", breaking: false, usedBy: ["info.retrieve"] },
    ])
    expect(result.diff.bump).toBe("patch")
    expect(result.report).toContain("- Response header removed: `X-Beeper-Desktop-Version` — in responses of `info.retrieve`.")
    expect(repo.changesets()).toHaveLength(1)
  })
})

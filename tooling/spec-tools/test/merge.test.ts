// `pnpm spec:update` with a partial upstream that names everything its own way (Beeper's own 5.0.0 document covers
// 30 of our 61 operations, as `addReaction`, `ListChatsOutput`, ...): our operationIds and component names stay (the
// SDK's method and type names), what the upstream describes wins, what it does not describe is kept and marked, and
// the other generator's dialect (`nullable` in 3.1, `x-stainless-*`, annotation-only `allOf`) is read ours.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { alignNames } from "../src/spec-update/align.ts"
import { diffSpecs } from "../src/spec-update/diff.ts"
import { digestDocument } from "../src/spec-update/digest.ts"
import { operationsOf, type OpenApiDocument } from "../src/spec-update/document.ts"
import { mergeDocuments } from "../src/spec-update/merge.ts"
import { printDocument } from "../src/spec-update/normalize.ts"
import { updateSpec } from "../src/spec-update/update.ts"
import { repoRoot } from "../src/workspace.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: unknown) => ({ content: { "application/json": { schema } } })

/** Ours: three operations, our names, a field and an enum value the upstream does not have, examples. */
const previous: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Beeper Desktop API", version: "4.2.808" },
  tags: [{ name: "Chats" }, { name: "Labels" }],
  paths: {
    "/v1/chats": {
      get: {
        operationId: "chats.list",
        "x-idempotent": true,
        parameters: [
          { name: "cursor", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer" }, "x-beeper-kit-note": "newer docs only" },
        ],
        responses: { "200": { description: "A page.", ...json(ref("ChatListPage")) } },
      },
    },
    "/v1/chats/{chatID}/messages/{messageID}/reactions": {
      post: {
        operationId: "chats.messages.reactions.add",
        "x-idempotent": false,
        "x-idempotency-key": "transactionID",
        requestBody: { required: true, ...json(ref("ReactionAddRequest")) },
        responses: { "200": { description: "Added.", ...json({ type: "object", properties: { ok: { type: "boolean" } } }) } },
      },
    },
    "/v1/labels": { get: { operationId: "labels.list", "x-idempotent": true, responses: { "200": { description: "Labels.", ...json({ type: "array", items: ref("Label") }) } } } },
  },
  components: {
    schemas: {
      ChatListPage: { type: "object", required: ["items", "hasMore"], properties: { items: { type: "array", items: ref("Chat") }, hasMore: { type: "boolean" } } },
      Chat: {
        type: "object",
        required: ["id", "labels"],
        examples: [{ id: "c1", type: "single", labels: [] }],
        properties: {
          id: { type: "string" },
          type: { type: "string", enum: ["single", "group", "channel"] },
          labels: { type: "array", items: ref("Label") },
        },
      },
      Label: { type: "object", properties: { id: { type: "string" } } },
      ReactionAddRequest: { type: "object", required: ["reactionKey"], properties: { reactionKey: { type: "string" }, transactionID: { type: "string" } } },
    },
  },
}

/** Theirs: two of our operations under foreign ids and schema names, in another generator's dialect, one new field. */
const upstream: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Beeper Desktop API", version: "5.0.0" },
  tags: [{ name: "Chats", description: "Chats." }],
  paths: {
    "/v1/chats": {
      get: {
        operationId: "listChats",
        parameters: [{ name: "cursor", in: "query", schema: { type: "string", "x-stainless-pagination-property": { purpose: "next_cursor_param" } } }],
        responses: { "200": { description: "Chats", ...json(ref("ListChatsOutput")) } },
      },
    },
    "/v1/chats/{chatID}/messages/{messageID}/reactions": {
      post: {
        operationId: "addReaction",
        requestBody: json({ type: "object", required: ["reactionKey"], properties: { reactionKey: { type: "string" }, transactionID: { type: "string" } } }),
        responses: { "200": { description: "Added", ...json({ type: "object", properties: { ok: { type: "boolean" } } }) } },
      },
    },
    "/oauth/token": { post: { operationId: "oauthToken", responses: { "200": { description: "A token" } } } },
  },
  components: {
    schemas: {
      ListChatsOutput: { type: "object", required: ["items", "hasMore"], properties: { items: { type: "array", items: ref("Chat") }, hasMore: { type: "boolean" } } },
      Chat: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", description: "Chat ID." },
          type: { type: "string", enum: ["single", "group"] },
          description: { type: "string", nullable: true },
          draft: { allOf: [ref("ChatDraft"), { description: "The draft." }] },
        },
      },
      ChatDraft: { type: "object", nullable: true, properties: { text: { type: "string" } } },
    },
  },
}

const run = () => {
  const digest = digestDocument(upstream)
  const alignment = alignNames(previous, digest.document)
  const merged = mergeDocuments(previous, alignment.document)
  return { digest, alignment, merged, document: merged.document as OpenApiDocument & { components: { schemas: Record<string, Record<string, any>> } } }
}

describe("a partial upstream with its own names", () => {
  const { digest, alignment, merged, document } = run()
  const operations = operationsOf(document)

  it("keeps our operationIds (the SDK's methods) and records theirs", () => {
    expect(operations.get("GET /v1/chats")!.operation).toMatchObject({ operationId: "chats.list", "x-upstream-operation-id": "listChats" })
    expect(operations.get("POST /v1/chats/{}/messages/{}/reactions")!.operation).toMatchObject({ operationId: "chats.messages.reactions.add", "x-upstream-operation-id": "addReaction" })
    expect(alignment.renames.filter((rename) => rename.section === "operations").map((rename) => `${rename.from}→${rename.to}`))
      .toEqual(["addReaction→chats.messages.reactions.add", "listChats→chats.list"])
  })

  it("keeps our component names: a renamed one by where it is used, an inline one where ours names it", () => {
    expect(document.components.schemas["ListChatsOutput"]).toBeUndefined()
    expect(document.components.schemas["ChatListPage"]).toMatchObject({ required: ["items", "hasMore"] })
    expect(operations.get("GET /v1/chats")!.operation).toMatchObject({ responses: { "200": json(ref("ChatListPage")) } })
    expect(operations.get("POST /v1/chats/{}/messages/{}/reactions")!.operation).toMatchObject({ requestBody: json(ref("ReactionAddRequest")) })
    expect(alignment.conflicts).toEqual([])
  })

  it("keeps what the upstream does not describe, marked: an operation, a parameter, a field (no longer required), an enum value, components, tags, examples", () => {
    expect(operations.get("GET /v1/labels")!.operation).toMatchObject({ operationId: "labels.list", "x-beeper-kit-source": expect.stringContaining("kept") })
    expect(operations.get("GET /v1/chats")!.operation["parameters"]).toEqual([
      { name: "cursor", in: "query", schema: { type: "string" } },
      { name: "limit", in: "query", schema: { type: "integer" }, "x-beeper-kit-note": "newer docs only", "x-beeper-kit-source": expect.any(String) },
    ])
    const chat = document.components.schemas["Chat"]!
    expect(chat["required"]).toEqual(["id"])
    expect(chat["properties"]["labels"]).toMatchObject({ type: "array", "x-beeper-kit-source": expect.any(String) })
    expect(chat["properties"]["type"]).toEqual({ type: "string", enum: ["single", "group", "channel"], "x-beeper-kit-kept-values": ["channel"] })
    expect(chat["properties"]["id"]).toEqual({ type: "string", description: "Chat ID." })
    expect(chat["examples"]).toEqual([{ id: "c1", type: "single", labels: [] }])
    expect(document.components.schemas["Label"]).toBeDefined()
    expect((document.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(["Chats", "Labels"])
    expect(merged.kept.map((kept) => `${kept.kind} ${kept.location}${kept.detail ? ` (${kept.detail})` : ""}`).sort()).toEqual([
      "component #/components/schemas/Label",
      "enum-values Chat.type (\"channel\")",
      "operation labels.list (GET /v1/labels)",
      "parameter chats.list/parameters/query:limit",
      "property Chat.labels (was required, now optional)",
      "tag Labels",
    ])
  })

  it("reads the other generator's dialect ours: nullable, annotation-only allOf, x-stainless-*, paths outside /v1", () => {
    const chat = document.components.schemas["Chat"]!
    expect(chat["properties"]["description"]).toEqual({ type: ["string", "null"] })
    expect(chat["properties"]["draft"]).toEqual({ ...ref("ChatDraft"), description: "The draft." })
    expect(document.components.schemas["ChatDraft"]).toMatchObject({ type: ["object", "null"] })
    expect(JSON.stringify(document)).not.toContain("x-stainless")
    expect(digest.foreignExtensions).toEqual(new Map([["x-stainless-pagination-property", 1]]))
    expect(digest.outsideV1).toEqual(["POST /oauth/token"])
    expect(document.paths["/oauth/token"]).toBeUndefined()
  })

  it("what Desktop's previous document described and the new one drops is reported apart, to review, never as documentation", () => {
    const changes = diffSpecs(previous, document).changes
    expect(changes.filter((change) => change.kind.endsWith("-no-longer-upstream")).map((change) => `${change.kind} ${change.location} ${change.detail}`)).toEqual([
      "operation-no-longer-upstream labels.list GET /v1/labels",
      "field-no-longer-upstream Chat.labels ",
      "enum-value-no-longer-upstream Chat.type \"channel\"",
      "field-no-longer-upstream chats.list query parameter limit ",
    ])
    expect(changes.filter((change) => change.kind === "docs-changed" && change.detail.includes("x-beeper-kit"))).toEqual([])
    // Once kept (marked), it is not reported again.
    const again = mergeDocuments(document, alignNames(document, digestDocument(upstream).document).document)
    expect(diffSpecs(document, again.document).changes).toEqual([])
  })

  it("merging is stable: the merged document merged again with the same upstream is unchanged", () => {
    const again = mergeDocuments(document, alignNames(document, digestDocument(upstream).document).document)
    expect(printDocument(again.document)).toBe(printDocument(document))
  })
})

describe("a new component named like one we keep from another source", () => {
  const ours: OpenApiDocument = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: {
      "/v1/app/setup": { get: { operationId: "app.setup.retrieve", "x-beeper-kit-source": "Beeper's docs", responses: { "200": { description: "Setup", ...json(ref("Verification")) } } } },
    },
    components: {
      schemas: {
        Verification: {
          type: "object",
          "x-beeper-kit-source": "Beeper's docs",
          required: ["id", "state"],
          properties: { id: { type: "string" }, state: { type: "string" } },
        },
      },
    },
  }
  const theirVerification = { type: "object", required: ["code"], properties: { code: { type: "integer" } } }
  const theirs: OpenApiDocument = {
    openapi: "3.1.0",
    info: { title: "T", version: "2" },
    paths: { "/v1/verify": { get: { operationId: "getVerify", responses: { "200": { description: "A code", ...json(ref("Verification")) } } } } },
    components: { schemas: { Verification: theirVerification } },
  }
  const run = (next: OpenApiDocument) => {
    const alignment = alignNames(ours, next)
    const merged = mergeDocuments(ours, alignment.document)
    return { alignment, document: merged.document as OpenApiDocument & { components: { schemas: Record<string, unknown> } } }
  }

  it("is not merged into ours: it is renamed …Upstream, its references with it, and the report says so", () => {
    // before: ours became `required: [code]` with `id` and `state` optional, reported as breaking changes to app.setup.*
    const { alignment, document } = run(theirs)
    expect(document.components.schemas["Verification"]).toEqual(ours.components!.schemas!["Verification"])
    expect(document.components.schemas["VerificationUpstream"]).toEqual(theirVerification)
    expect(operationsOf(document).get("GET /v1/verify")!.operation).toMatchObject({ responses: { "200": json(ref("VerificationUpstream")) } })
    expect(alignment.conflicts).toEqual([
      "schemas Verification of the new document is renamed VerificationUpstream: ours of that name is not Desktop's (`x-beeper-kit-source`) " +
        "and no operation both documents describe uses the two alike: two schemas share a name, ours stays as it was",
    ])
    expect(diffSpecs(ours, document).changes.map((change) => `${change.kind} ${change.location}`)).toEqual([
      "operation-added getVerify",
      "schema-added VerificationUpstream",
    ])
    // taken again, the new component keeps the name it was given (paired through GET /v1/verify): nothing changes
    const again = mergeDocuments(document, alignNames(document, theirs).document)
    expect(printDocument(again.document)).toBe(printDocument(document))
  })

  it("is merged when an operation both documents describe uses it where ours uses ours: then it is ours, described by Desktop", () => {
    const describing = structuredClone(theirs)
    describing.paths["/v1/app/setup"] = { get: { operationId: "getSetup", responses: { "200": { description: "Setup", ...json(ref("Verification")) } } } }
    const { alignment, document } = run(describing)
    expect(alignment.conflicts).toEqual([])
    expect(document.components.schemas["VerificationUpstream"]).toBeUndefined()
    expect(document.components.schemas["Verification"]).toMatchObject({ required: ["code"] })
  })

  it("is ours when it says what ours says (our annotations aside), or is ours (our own document read again): nothing renamed", () => {
    const { "x-beeper-kit-source": _source, ...described } = ours.components!.schemas!["Verification"] as Record<string, unknown>
    const same = structuredClone(theirs)
    same.components!.schemas!["Verification"] = described
    expect(run(same).alignment.conflicts).toEqual([])
    // spec/openapi.yaml itself (what `--from spec/openapi.yaml` and the e2e demo document read): some of its kept
    // schemas are reached by no operation walk, and must not be taken for strangers
    const spec = parse(readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8")) as OpenApiDocument
    expect(alignNames(spec, structuredClone(spec))).toMatchObject({ conflicts: [], renames: [] })
  })
})

describe("kept elements are marked, a $ref too", () => {
  const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` })
  const operation = (extra: Record<string, unknown>) => ({ get: { operationId: "files.serve", "x-idempotent": true, ...extra } })
  const binary = { schema: { type: "string", format: "binary" } }
  const ours: OpenApiDocument = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths: {
      "/v1/files": operation({
        parameters: [{ $ref: "#/components/parameters/Range" }],
        responses: {
          "200": { description: "A file", content: { "*/*": binary, "application/octet-stream": binary } },
          "429": errorRef("TooManyRequests"),
          "500": errorRef("ServerError"),
        },
      }),
    },
    components: {
      parameters: { Range: { name: "Range", in: "header", schema: { type: "string" } } },
      responses: { TooManyRequests: { description: "Slow down" }, ServerError: { description: "Failed" } },
    },
  }
  const theirs: OpenApiDocument = {
    openapi: "3.1.0",
    info: { title: "T", version: "2" },
    paths: { "/v1/files": operation({ responses: { "200": { description: "A file", content: { "application/octet-stream": binary } }, "500": errorRef("ServerError") } }) },
    components: { responses: { TooManyRequests: { description: "Slow down" }, ServerError: { description: "Failed" } } },
  }

  it("a kept media type carries x-beeper-kit-source; kept $refs (a response, a parameter) are listed in the operation's x-beeper-kit-kept-refs, not given a sibling", () => {
    const merged = mergeDocuments(ours, theirs)
    const served = operationsOf(merged.document).get("GET /v1/files")!.operation as Record<string, any>
    expect(served["responses"]["200"]["content"]["*/*"]).toEqual({ ...binary, "x-beeper-kit-source": expect.stringContaining("kept") })
    expect(served["responses"]["200"]["content"]["application/octet-stream"]).toEqual(binary)
    expect(served["responses"]["429"]).toEqual(errorRef("TooManyRequests"))
    expect(served["parameters"]).toEqual([{ $ref: "#/components/parameters/Range" }])
    expect(served["x-beeper-kit-kept-refs"]).toEqual({
      "parameters/header:Range": expect.stringContaining("kept"),
      "responses/429": expect.stringContaining("kept"),
    })
    expect(merged.kept.map((kept) => `${kept.kind} ${kept.location}`).sort()).toEqual([
      "component #/components/parameters/Range",
      "media-type files.serve/responses/200/*/*",
      "parameter files.serve/parameters/header:Range",
      "response files.serve/responses/429",
    ])
    // Each was Desktop's (ours has no marker): reported as no longer in its document, the $refs by x-beeper-kit-kept-refs.
    expect(diffSpecs(ours, merged.document).changes.map((change) => `${change.kind} ${change.location} ${change.detail}`)).toEqual([
      "body-no-longer-upstream files.serve error response 429 ",
      "field-no-longer-upstream files.serve header parameter Range ",
      "body-no-longer-upstream files.serve response (*/*) content type */*",
    ])
  })

  it("the markers are recomputed, not carried: merged again, the same; once upstream has the element, the marker is gone", () => {
    const first = mergeDocuments(ours, theirs).document
    expect(printDocument(mergeDocuments(first, theirs).document)).toBe(printDocument(first))
    const complete = structuredClone(ours)
    const adopted = operationsOf(mergeDocuments(first, complete).document).get("GET /v1/files")!.operation as Record<string, any>
    expect(adopted["x-beeper-kit-kept-refs"]).toBeUndefined()
    expect(adopted["responses"]["200"]["content"]["*/*"]).toEqual(binary)
  })
})

describe("pnpm spec:update --from Beeper's own 5.0.0 document (the update adopted in spec/openapi.yaml)", () => {
  const upstreamFile = join(repoRoot, "..", "shared", "reference", "upstream", "beeper-desktop-api-5.0.0.openapi.json")
  const specText = readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8")
  const spec = parse(specText) as OpenApiDocument
  const upstreamDocument = JSON.parse(readFileSync(upstreamFile, "utf8")) as OpenApiDocument

  const makeRepo = () => {
    const root = makeTempDir("spec-update-upstream-")
    mkdirSync(join(root, "spec"))
    writeFileSync(join(root, "spec", "openapi.yaml"), specText)
    writeFileSync(join(root, "spec", "patches.yaml"), readFileSync(join(repoRoot, "spec", "patches.yaml")))
    writeFileSync(join(root, "spec", "asyncapi.yaml"), readFileSync(join(repoRoot, "spec", "asyncapi.yaml")))
    return { root, spec: () => readFileSync(join(root, "spec", "openapi.yaml"), "utf8") }
  }

  it("every upstream /v1 operation is one of ours, under our operationId, with the upstream's in x-upstream-operation-id", () => {
    const ours = operationsOf(spec)
    for (const [key, entry] of operationsOf(upstreamDocument)) {
      const mine = ours.get(key)
      expect(mine, key).toBeDefined()
      expect(mine!.operation["x-upstream-operation-id"] ?? mine!.operationId, key).toBe(entry.operationId)
    }
    expect(spec.info.version).toBe("5.0.0")
    expect(spec["x-desktop-api-version"]).toBe("5.0.0")
  })

  it("taking it again changes nothing: no operation removed or renamed, no API change, the same bytes", async () => {
    const repo = makeRepo()
    const logged: Array<string> = []
    const result = await updateSpec({ root: repo.root, from: upstreamFile, generate: false, log: (line) => logged.push(line) })
    // The root README shows this run's transcript: it must be what the run prints.
    const command = "$ pnpm spec:update --from ../shared/reference/upstream/beeper-desktop-api-5.0.0.openapi.json\n"
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8")
    expect(readme).toContain(command)
    const transcript = readme.slice(readme.indexOf(command) + command.length, readme.indexOf("```", readme.indexOf(command))).trimEnd().split("\n")
    const printed = logged.map((line) => line.replace(upstreamFile, "../shared/reference/upstream/beeper-desktop-api-5.0.0.openapi.json"))
    // (all but the closing line, which the README leaves out: the spec is unchanged)
    expect(transcript.filter((line) => line.startsWith("spec:update:"))).toEqual(printed.slice(0, -1))
    expect(printed.at(-1)).toBe("spec:update: spec/openapi.yaml is unchanged")
    expect(transcript.at(-1)).toBe(result.report.split("\n")[0])
    expect(result.diff.changes).toEqual([])
    expect(result.specWritten).toBe(false)
    expect(repo.spec()).toBe(specText)
    expect(result.merge.kept.filter((kept) => kept.kind === "operation")).toHaveLength(31)
    expect(result.report).toContain("Kept our operationIds (the SDK's method names) for 29 operations")
  })

  it("an operation and a parameter Desktop's document drops are reported as no longer in it (kept), in the headline, for review, and in the changeset", async () => {
    const repo = makeRepo()
    const next = structuredClone(upstreamDocument) as any
    next.info.version = "5.1.0"
    delete next.paths["/v1/chats/{chatID}/reminders"].delete
    for (const parameter of next.paths["/v1/accounts/{accountID}/contacts/list"].get.parameters) if (parameter.name === "limit") parameter.name = "pageSize"
    const from = join(repo.root, "next.json")
    writeFileSync(from, JSON.stringify(next))
    const result = await updateSpec({ root: repo.root, from, generate: false })
    expect(result.report).toMatch(/^Beeper Desktop API 5\.0\.0 → 5\.1\.0: 1 request field added, 1 operation no longer in Desktop's document \(kept\), 1 request field no longer in Desktop's document \(kept\)\.\n/)
    expect(result.report).toContain("Bump: **minor** (0 breaking, 1 non-breaking, 2 to review, 0 documentation).")
    const section = [
      "**No longer in Desktop's document (kept; review)**",
      "",
      expect.stringContaining("Desktop's previous document described these and the new one does not."),
      "",
      "- Operation no longer in Desktop's document (kept): `chats.reminders.delete` (DELETE /v1/chats/{chatID}/reminders, Desktop's `clearChatReminder`).",
      "- Request field no longer in Desktop's document (kept): `accounts.contacts.list query parameter limit`.",
    ]
    const lines = result.report.split("\n")
    expect(lines.slice(lines.indexOf(section[0] as string), lines.indexOf(section[0] as string) + section.length)).toEqual(section)
    expect(result.report).not.toContain("Documentation changed: `chats.reminders.delete`")
    expect(result.diff.bump).toBe("minor")
    const changeset = readFileSync(result.changeset!.path, "utf8")
    expect(changeset).toContain("1 operation no longer in Desktop's document (kept)")
    expect(changeset).toContain("- Operation no longer in Desktop's document (kept): `chats.reminders.delete`")
  })

  it("--replace takes it whole: our 31 operations it lacks would be removed (what the merge prevents)", async () => {
    const repo = makeRepo()
    const result = await updateSpec({ root: repo.root, from: upstreamFile, dryRun: true, mode: "replace" })
    const removed = result.diff.changes.filter((change) => change.kind === "operation-removed").map((change) => change.location)
    expect(removed).toHaveLength(31)
    expect(removed).toContain("accounts.retrieve")
    expect(result.diff.changes.filter((change) => change.kind === "operation-renamed")).toEqual([])
  })
})

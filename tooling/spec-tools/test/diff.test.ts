import { readdirSync, readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import type { SpecChange } from "../src/spec-update/changes.ts"
import { diffSpecs } from "../src/spec-update/diff.ts"
import type { OpenApiDocument } from "../src/spec-update/document.ts"
import { liveEventsBySchema } from "../src/spec-update/live-events.ts"
import { formatChange } from "../src/spec-update/report.ts"

interface Fixture {
  readonly title: string
  readonly before: OpenApiDocument
  readonly after: OpenApiDocument
  readonly expect: ReadonlyArray<Partial<SpecChange>>
  readonly bump: string | null
}

const dir = new URL("./fixtures/diff/", import.meta.url)
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map((file) => [file.replace(/\.yaml$/, ""), parse(readFileSync(new URL(file, dir), "utf8")) as Fixture] as const)

/** Only the fields a fixture states, so fixtures stay short; `usedBy` and `detail` are compared when given. */
const project = (change: SpecChange, like: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.keys(like).map((key) => [key, change[key as keyof SpecChange]]))

const key = (value: Record<string, unknown>) => JSON.stringify(Object.entries(value).sort())

describe("diffSpecs on fixture pairs", () => {
  it("has a fixture for every class of change the issue names", () => {
    expect(fixtures.map(([name]) => name)).toEqual(expect.arrayContaining([
      "operation-added", "operation-removed", "operation-renamed", "request-parameter-added", "request-field-added",
      "request-field-removed-retyped", "request-field-required", "response-field-added", "response-field-removed-retyped",
      "response-field-required", "enum-values", "docs-only",
    ]))
  })

  for (const [name, fixture] of fixtures) {
    it(`${name}: ${fixture.title}`, () => {
      const diff = diffSpecs(fixture.before, fixture.after)
      const expected = fixture.expect.map((like) => ({ ...like }))
      const actual = diff.changes.map((change) => {
        const like = expected.find((candidate) => candidate.location === change.location && candidate.kind === change.kind && candidate.direction === change.direction)
        return project(change, like ?? { kind: change.kind, direction: change.direction, location: change.location, detail: change.detail })
      })
      expect(actual.map(key).sort()).toEqual(expected.map((like) => key(like as Record<string, unknown>)).sort())
      expect(diff.bump ?? null).toBe(fixture.bump)
    })
  }

  it("lists breaking changes first", () => {
    for (const [, fixture] of fixtures) {
      const flags = diffSpecs(fixture.before, fixture.after).changes.map((change) => change.breaking)
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
    }
  })

  it("finds nothing between a document and itself, and nothing between the real spec and itself", () => {
    for (const [, fixture] of fixtures) expect(diffSpecs(fixture.after, structuredClone(fixture.after)).changes).toEqual([])
    const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
    expect(diffSpecs(spec, structuredClone(spec))).toMatchObject({ changes: [], bump: undefined })
  })

  it("ignores key order (a reordered document has no changes)", () => {
    const [, fixture] = fixtures.find(([name]) => name === "union-variants")!
    const reverse = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverse)
        : typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]))
        : value
    expect(diffSpecs(fixture.after, reverse(fixture.after) as OpenApiDocument).changes).toEqual([])
  })
})

describe("union variants are paired by what they are, not where they stand", () => {
  // spec/openapi.yaml's MessageSeen: anyOf [boolean, string (date-time), $ref MessageSeenByParticipant]
  const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
  const withSeen = (change: (variants: Array<unknown>) => Array<unknown>): OpenApiDocument => {
    const after = structuredClone(spec) as any
    after.components.schemas.MessageSeen.anyOf = change(after.components.schemas.MessageSeen.anyOf)
    return after
  }
  const brief = (document: OpenApiDocument) =>
    diffSpecs(spec, document).changes.map(({ kind, location, detail, breaking }) => ({ kind, location, detail, breaking }))

  it("a reordered union has no changes", () => {
    expect(diffSpecs(spec, withSeen((variants) => [...variants].reverse()))).toMatchObject({ changes: [], bump: undefined })
    expect(brief(withSeen(([a, b, c]) => [b, a, c]))).toEqual([])
  })

  it("a variant added at the front is named, and nothing else", () => {
    expect(brief(withSeen((variants) => [{ type: "integer" }, ...variants]))).toEqual([
      { kind: "variant-added", location: "MessageSeen", detail: "integer", breaking: true },
    ])
  })

  it("a variant removed is the one named", () => {
    expect(brief(withSeen((variants) => variants.filter((variant: any) => variant.type !== "boolean")))).toEqual([
      { kind: "variant-removed", location: "MessageSeen", detail: "boolean", breaking: false },
    ])
    expect(brief(withSeen((variants) => variants.filter((variant: any) => variant.type !== "string")))).toEqual([
      { kind: "variant-removed", location: "MessageSeen", detail: "string (date-time)", breaking: false },
    ])
  })

  it("a variant whose description changed is still the same variant; one that changed shape is compared by position", () => {
    expect(brief(withSeen(([a, b, c]: any) => [a, { ...b, description: "When it was seen." }, c]))).toEqual([
      { kind: "docs-changed", location: "MessageSeen<string (date-time)>", detail: "description", breaking: false },
    ])
    expect(brief(withSeen(([, b, c]) => [{ type: "integer" }, b, c]))).toEqual([
      { kind: "field-retyped", location: "MessageSeen<boolean>", detail: "boolean → integer", breaking: true },
    ])
  })
})

describe("a changed format, as the generated code treats it", () => {
  const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
  const changed = (change: (schemas: any) => void) => {
    const after = structuredClone(spec) as any
    change(after.components.schemas)
    const diff = diffSpecs(spec, after)
    return { bump: diff.bump, changes: diff.changes.map(({ kind, location, detail, breaking }) => ({ kind, location, detail, breaking })) }
  }

  it("date-time added to a request string is breaking: the regenerated client refuses calls that were sent before", () => {
    expect(changed((s) => (s.ChatCreateRequest.properties.messageText.format = "date-time"))).toEqual({
      bump: "major",
      changes: [{ kind: "constraint-changed", location: "ChatCreateRequest.messageText", detail: "format (none) → \"date-time\"", breaking: true }],
    })
    expect(changed((s) => (s.AssetDownloadRequest.properties.url.format = "date-time")).bump).toBe("major")
  })

  it("a format the client does not enforce, or date-time in a response, is not breaking", () => {
    expect(changed((s) => (s.ChatCreateRequest.properties.messageText.format = "uri"))).toMatchObject({ bump: "patch", changes: [{ breaking: false }] })
    expect(changed((s) => (s.Chat.properties.title.format = "date-time"))).toMatchObject({ bump: "patch", changes: [{ breaking: false }] })
  })
})

describe("response headers", () => {
  const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
  const changed = (change: (document: any) => void) => {
    const after = structuredClone(spec) as any
    change(after)
    const diff = diffSpecs(spec, after)
    return { bump: diff.bump, changes: diff.changes.map(({ kind, location, detail, breaking, usedBy }) => ({ kind, location, detail, breaking, usedBy })) }
  }
  const info = (document: any) => document.paths["/v1/info"].get.responses["200"]

  it("added, removed (in a success or an error response) and changed headers are reported, as patch", () => {
    expect(changed((d) => delete info(d).headers)).toEqual({
      bump: "patch",
      changes: [{ kind: "header-removed", location: "X-Beeper-Desktop-Version", detail: "", breaking: false, usedBy: ["info.retrieve"] }],
    })
    expect(changed((d) => (info(d).headers["Retry-After"] = { schema: { type: "integer" } }))).toEqual({
      bump: "patch",
      changes: [{ kind: "header-added", location: "Retry-After", detail: "", breaking: false, usedBy: ["info.retrieve"] }],
    })
    const shared = changed((d) => (d.components.headers["X-Beeper-Desktop-Version"].schema = { type: "integer" }))
    expect(shared.changes.map(({ kind, location, detail, breaking }) => ({ kind, location, detail, breaking }))).toEqual([
      { kind: "header-changed", location: "X-Beeper-Desktop-Version", detail: "schema", breaking: false },
      { kind: "header-changed", location: "X-Beeper-Desktop-Version", detail: "error responses, schema", breaking: false },
    ])
    expect(shared.changes[0]!.usedBy).toContain("info.retrieve")
    const errors = changed((d) => (d.components.responses.NotFound.headers["X-Request-ID"] = { schema: { type: "string" } }))
    expect(errors.changes.map(({ kind, location, detail }) => ({ kind, location, detail }))).toEqual([{ kind: "header-added", location: "X-Request-ID", detail: "error responses" }])
  })

  it("compares header names without case", () => {
    expect(changed((d) => {
      info(d).headers = { "x-beeper-desktop-version": info(d).headers["X-Beeper-Desktop-Version"] }
    }).changes).toEqual([])
  })
})

describe("live events (spec/asyncapi.yaml) that carry a changed schema", () => {
  const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as OpenApiDocument
  const asyncapi = parse(readFileSync(new URL("../../../spec/asyncapi.yaml", import.meta.url), "utf8"))

  it("spec/asyncapi.yaml's events name the OpenAPI schemas their entries are: Message for message.upserted, Chat for chat.upserted", () => {
    expect(liveEventsBySchema(asyncapi)).toEqual(new Map([["Chat", ["chat.upserted"]], ["Message", ["message.upserted"]]]))
  })

  it("a change inside Message (or a schema it holds) lists message.upserted beside the operations, in the report too", () => {
    // before: only the HTTP operations were listed, though the event's entries are Message objects
    const after = structuredClone(spec) as any
    after.components.schemas.Message.properties.sortKey = { type: "integer" }
    after.components.schemas.Attachment.properties.threadID = { type: "string" }
    const changes = diffSpecs(spec, after, { liveEvents: liveEventsBySchema(asyncapi) }).changes
    const retyped = changes.find((change) => change.kind === "field-retyped")!
    expect(retyped).toMatchObject({ location: "Message.sortKey", events: ["message.upserted"] })
    expect(formatChange(retyped)).toMatch(/^- Response field retyped: `Message\.sortKey` \(string → integer\) — in responses of `chats\.list`, .* and `search`, and in the live event `message\.upserted`\. Breaks: /)
    expect(changes.find((change) => change.location === "Attachment.threadID")).toMatchObject({ events: ["message.upserted"] })
    // without the events (no spec/asyncapi.yaml) the change is as before, with no `events`
    expect(diffSpecs(spec, after).changes.find((change) => change.kind === "field-retyped")!.events).toBeUndefined()
  })

  it("only an event's own schemas: a change to a schema no event carries lists none", () => {
    const after = structuredClone(spec) as any
    after.components.schemas.Account.properties.nickname = { type: "string" }
    const added = diffSpecs(spec, after, { liveEvents: liveEventsBySchema(asyncapi) }).changes.find((change) => change.kind === "field-added")!
    expect(added.location).toBe("Account.nickname")
    expect(added.events).toBeUndefined()
    expect(formatChange(added)).not.toContain("live event")
  })
})

// The AsyncAPI step: reading spec/asyncapi.yaml, the normalization it applies, the generated Effect Schemas of
// every WS message (packages/effect/src/generated/ws.ts), and determinism/freshness of both outputs.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { parse, stringify } from "yaml"
import { Message } from "../../../packages/effect/src/generated/schemas.ts"
import * as Ws from "../../../packages/effect/src/generated/ws.ts"
import { generateAsyncApi, loadProtocol } from "../src/asyncapi/index.ts"
import { normalizeSchema } from "../src/asyncapi/normalize.ts"
import { repoRoot, specPaths } from "../src/spec.ts"

type AnySchema = Schema.Codec<unknown, unknown>

interface AsyncApiDocument {
  readonly components: {
    readonly messages: Record<string, {
      readonly name: string
      readonly payload: { readonly $ref: string }
      readonly examples?: ReadonlyArray<{ readonly name: string; readonly payload: unknown }>
    }>
  }
}
const asyncapi = parse(await readFile(specPaths.asyncapi, "utf8")) as AsyncApiDocument
const messageExamples = Object.values(asyncapi.components.messages).flatMap((message) =>
  (message.examples ?? []).map((example) =>
    [message.name, example.name, message.payload.$ref.split("/").pop()!, example.payload] as const
  )
)

const schemaOf = (name: string): AnySchema => (Ws as unknown as Record<string, AnySchema>)[name]!
const refusal = (schema: AnySchema, value: unknown): string => {
  const exit = Schema.decodeUnknownExit(schema)(value)
  if (exit._tag === "Success") throw new Error(`expected ${JSON.stringify(value)} to be refused`)
  return String(exit.cause)
}
const accepts = (schema: AnySchema, value: unknown): boolean => Schema.decodeUnknownExit(schema)(value)._tag === "Success"

const minimalMessage = { id: "m1", accountID: "a", chatID: "c", senderID: "@me:local", sortKey: "1", timestamp: "2026-02-13T10:00:00.000Z" }

let scratch = ""
beforeAll(async () => {
  scratch = await mkdtemp(join(repoRoot, "tooling/codegen/test/.asyncapi-"))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe("loadProtocol", () => {
  it("lists every message once with its direction and payload schema", async () => {
    const protocol = await loadProtocol(specPaths.asyncapi, specPaths.openapi)
    expect(protocol.messages.map((message) => [message.name, message.action, message.domainEvent])).toEqual([
      ["subscriptions.set", "send", false],
      ["ready", "receive", false],
      ["subscriptions.updated", "receive", false],
      ["error", "receive", false],
      ["chat.upserted", "receive", true],
      ["chat.deleted", "receive", true],
      ["message.upserted", "receive", true],
      ["message.deleted", "receive", true],
      ["message.stream", "receive", false],
      ["app.state.updated", "receive", false],
    ])
    expect(protocol.openapiRefs).toEqual(["Chat", "Message"])
    expect(JSON.stringify(protocol.schemas)).not.toContain("openapi.yaml")
  })

  it("refuses an invalid AsyncAPI document, with the parser's diagnostics", async () => {
    const broken = join(scratch, "broken.yaml")
    await writeFile(broken, stringify({ asyncapi: "3.0.0", info: { title: "x" }, channels: { c: { address: 5 } } }))
    await expect(loadProtocol(broken, specPaths.openapi)).rejects.toThrow(/not a valid AsyncAPI document[\s\S]*info/)
  })

  it("refuses a reference to a schema the OpenAPI document does not have", async () => {
    const document = parse(await readFile(specPaths.asyncapi, "utf8")) as { components: { schemas: Record<string, any> } }
    document.components.schemas["MessageUpsertedEvent"].allOf[1].properties.entries.items.anyOf[0].$ref = "./openapi.yaml#/components/schemas/Nope"
    const path = join(scratch, "asyncapi.yaml")
    await writeFile(path, stringify(document))
    await writeFile(join(scratch, "openapi.yaml"), await readFile(specPaths.openapi, "utf8"))
    await expect(loadProtocol(path, join(scratch, "openapi.yaml"))).rejects.toThrow(/Nope/)
  })
})

describe("normalizeSchema", () => {
  it("distributes a base type into anyOf members and turns `not: {const}` into a pattern", () => {
    expect(normalizeSchema({
      type: "array",
      items: { type: "string" },
      anyOf: [{ const: ["*"] }, { items: { not: { const: "*" } } }],
    })).toEqual({
      anyOf: [
        { type: "array", items: { type: "string" }, const: ["*"] },
        { type: "array", items: { type: "string", pattern: "^(?!\\*$)" } },
      ],
    })
  })

  it("refuses to distribute a keyword a member redefines differently", () => {
    expect(() => normalizeSchema({ type: "array", anyOf: [{ type: "string" }] })).toThrow(/type/)
  })
})

describe("generated WS Effect Schemas", () => {
  // every example decodes, the docs' partial entry included (entries are best-effort open objects)
  const decodable = messageExamples

  it.each(decodable)("decode the %s example %s", (_, __, schema, payload) => {
    expect(accepts(schemaOf(schema), payload)).toBe(true)
  })

  it.each(decodable.filter(([name]) => name !== "subscriptions.set"))("ServerFrame decodes the %s example %s", (_, __, ___, payload) => {
    expect(accepts(Ws.ServerFrame as AnySchema, payload)).toBe(true)
  })

  it("type message.upserted entries as the generated Message (imported, not copied) or a partial open object", async () => {
    const text = await readFile(join(repoRoot, "packages/effect/src/generated/ws.ts"), "utf8")
    expect(text).toMatch(/import \{ Chat, Message \} from '\.\/schemas\.ts'/)
    expect(text).not.toMatch(/export const Message\b/)
    const event = { type: "message.upserted", seq: 1, ts: 2, chatID: "c", ids: ["m1"] }
    expect(accepts(Ws.MessageUpsertedEvent as AnySchema, { ...event, entries: [minimalMessage] })).toBe(true)
    // The reference's entry is partial: accepted as a PartialEntry, not as a Message.
    const reference = messageExamples.find(([, example]) => example === "referenceDocs")![3] as { entries: Array<unknown> }
    expect(accepts(Ws.MessageUpsertedEvent as AnySchema, reference)).toBe(true)
    expect(accepts(Message as unknown as AnySchema, reference.entries[0])).toBe(false)
    expect(refusal(Ws.MessageUpsertedEvent as AnySchema, { ...event, entries: ["m1"] })).toContain(`["entries"][0]`)
  })

  it("read ts as an ISO 8601 string (upstream 5.0.0) or epoch milliseconds, nothing else", () => {
    const event = { type: "chat.deleted", seq: 1, chatID: "c", ids: ["c"] }
    expect(accepts(Ws.ChatDeletedEvent as AnySchema, { ...event, ts: "2025-02-12T00:26:40.000Z" })).toBe(true)
    expect(accepts(Ws.ChatDeletedEvent as AnySchema, { ...event, ts: 1739320000000 })).toBe(true)
    expect(refusal(Ws.ChatDeletedEvent as AnySchema, { ...event, ts: true })).toContain(`["ts"]`)
  })

  it("refuse '*' mixed with chat IDs, and allow [\"*\"], [] and specific IDs", () => {
    const command = (chatIDs: Array<string>) => ({ type: "subscriptions.set", requestID: "r", chatIDs })
    expect(accepts(Ws.SubscriptionsSetCommand as AnySchema, command(["*"]))).toBe(true)
    expect(accepts(Ws.SubscriptionsSetCommand as AnySchema, command([]))).toBe(true)
    expect(accepts(Ws.SubscriptionsSetCommand as AnySchema, command(["!a:local", "!b:local"]))).toBe(true)
    expect(refusal(Ws.SubscriptionsSetCommand as AnySchema, command(["*", "!a:local"]))).toContain(`["chatIDs"]`)
  })

  it("tell live events from control frames, by type", () => {
    expect(accepts(Ws.DomainEventFrame as AnySchema, { type: "chat.deleted", seq: 1, ts: 1, chatID: "c", ids: ["c"] })).toBe(true)
    expect(accepts(Ws.DomainEventFrame as AnySchema, { type: "ready", version: 1, chatIDs: [] })).toBe(false)
    expect(refusal(Ws.ServerFrame as AnySchema, { type: "message.deleted", seq: "1", ts: 1, chatID: "c", ids: [] })).toContain(`["seq"]`)
  })
})

describe("generateAsyncApi", () => {
  it("is deterministic and the checked-in output is fresh", async () => {
    const run = (name: string) =>
      generateAsyncApi({
        asyncapiPath: specPaths.asyncapi,
        openapiPath: specPaths.openapi,
        coreOutDir: join(scratch, name, "core"),
        effectOutDir: join(scratch, name, "effect"),
      })
    await run("a")
    const second = await run("b")
    expect(second.messages).toHaveLength(10)
    const pairs = [
      ["core/protocol.ts", "packages/core/src/generated/ws/protocol.ts"],
      ["effect/ws.ts", "packages/effect/src/generated/ws.ts"],
    ] as const
    for (const [file, checkedIn] of pairs) {
      const a = await readFile(join(scratch, "a", file), "utf8")
      expect(a.split("\n")[0]).toContain("generated — do not edit")
      expect(await readFile(join(scratch, "b", file), "utf8")).toBe(a)
      expect(await readFile(join(repoRoot, checkedIn), "utf8"), `${checkedIn} is stale: run pnpm generate`).toBe(a)
    }
  })

  it("leaves unchanged files untouched", async () => {
    const options = { asyncapiPath: specPaths.asyncapi, openapiPath: specPaths.openapi, coreOutDir: join(scratch, "c", "core") }
    expect((await generateAsyncApi(options)).changed).toHaveLength(1)
    expect((await generateAsyncApi(options)).changed).toEqual([])
  }, 120_000) // two runs of the AsyncAPI parser: their own budget (a hang guard, not a speed check)
})

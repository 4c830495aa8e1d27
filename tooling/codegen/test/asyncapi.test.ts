// The AsyncAPI step: reading spec/asyncapi.yaml, the normalization it applies, and determinism/freshness of core's
// protocol module. (The spec's message examples are read by core's codec: packages/core/test/ws-codec.test.ts.)
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { parse, stringify } from "yaml"
import { printCoreProtocol } from "../src/asyncapi/core-types.ts"
import { generateAsyncApi, loadProtocol } from "../src/asyncapi/index.ts"
import { normalizeSchema } from "../src/asyncapi/normalize.ts"
import { repoRoot, specPaths } from "../src/spec.ts"

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

describe("generateAsyncApi", () => {
  it("is deterministic and the checked-in output is fresh", async () => {
    const run = (name: string) =>
      generateAsyncApi({
        asyncapiPath: specPaths.asyncapi,
        openapiPath: specPaths.openapi,
        coreOutDir: join(scratch, name, "core"),
      })
    await run("a")
    const second = await run("b")
    expect(second.messages).toHaveLength(10)
    const checkedIn = "packages/core/src/generated/ws/protocol.ts"
    const a = await readFile(join(scratch, "a", "core/protocol.ts"), "utf8")
    expect(a.split("\n")[0]).toContain("generated — do not edit")
    expect(await readFile(join(scratch, "b", "core/protocol.ts"), "utf8")).toBe(a)
    expect(await readFile(join(repoRoot, checkedIn), "utf8"), `${checkedIn} is stale: run pnpm generate`).toBe(a)
  })

  it("leaves unchanged files untouched", async () => {
    const options = { asyncapiPath: specPaths.asyncapi, openapiPath: specPaths.openapi, coreOutDir: join(scratch, "c", "core") }
    expect((await generateAsyncApi(options)).changed).toHaveLength(1)
    expect((await generateAsyncApi(options)).changed).toEqual([])
  }, 120_000) // two runs of the AsyncAPI parser: their own budget (a hang guard, not a speed check)
})

describe("printCoreProtocol's field table", () => {
  const fieldsOf = (properties: Record<string, unknown>) => {
    const printed = printCoreProtocol(
      { messages: [{ name: "probe", action: "receive", schema: "Probe", domainEvent: false, summary: undefined }], schemas: {}, openapiRefs: [] },
      { Probe: { type: "object", properties: { type: { const: "probe" }, ...properties } } },
    )
    return printed.slice(printed.indexOf("export const serverFrameFields"), printed.indexOf("} as const satisfies"))
  }

  it("keeps a field's kind when the spec allows null beside it, and marks it nullable", () => {
    const table = fieldsOf({
      a: { type: ["integer", "null"] },
      b: { anyOf: [{ type: "string" }, { type: "null" }] },
      c: { type: "integer" },
      d: { type: ["integer", "string"] },
      e: { oneOf: [{ type: "null" }, { type: "string", format: "date-time" }] },
    })
    expect(table).toContain(`a: { kind: "integer", required: false, nullable: true }`)
    expect(table).toContain(`b: { kind: "string", required: false, nullable: true }`)
    expect(table).toContain(`c: { kind: "integer", required: false }`)
    expect(table).toContain(`d: { kind: "unknown", required: false }`)
    expect(table).toContain(`e: { kind: "timestamp", required: false, nullable: true }`)
  })

  it("reads an array's nullable items as unknown (the codec checks items by kind alone)", () => {
    expect(fieldsOf({ list: { type: "array", items: { type: ["string", "null"] } } }))
      .toContain(`list: { kind: "array", required: false }`)
  })
})

// The /v1/ws codec of @beeper-kit/core: subscriptions.set encoding and server frame decoding.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import {
  checkSubscriptionsSet,
  decodeServerFrame,
  domainEventTypes,
  encodeSubscriptionsSet,
  frameDrift,
  readTimestamp,
  serverFrameTypes,
} from "../src/ws/index.ts"

interface AsyncApiMessage {
  readonly name: string
  readonly payload: { readonly $ref: string }
  readonly examples?: ReadonlyArray<{ readonly name: string; readonly payload: Record<string, unknown> }>
}
const asyncapi = parse(readFileSync(new URL("../../../spec/asyncapi.yaml", import.meta.url), "utf8")) as {
  readonly components: {
    readonly messages: Record<string, AsyncApiMessage>
    readonly schemas: Record<string, { readonly allOf?: ReadonlyArray<{ readonly $ref?: string }> }>
  }
}
const examples = Object.values(asyncapi.components.messages).flatMap((message) =>
  (message.examples ?? []).map((example) => [message.name, example.name, example.payload] as const)
)
const serverExamples = examples.filter(([name]) => name !== "subscriptions.set")

describe("encodeSubscriptionsSet", () => {
  it("subscribes to every chat with [\"*\"]", () => {
    const result = encodeSubscriptionsSet({ chatIDs: ["*"], requestID: "r1" })
    expect(result.ok).toBe(true)
    if (result.ok) expect(JSON.parse(result.text)).toEqual({ type: "subscriptions.set", requestID: "r1", chatIDs: ["*"] })
  })

  it("pauses with []", () => {
    const result = encodeSubscriptionsSet({ chatIDs: [] })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(JSON.parse(result.text)).toEqual({ type: "subscriptions.set", chatIDs: [] })
  })

  it("subscribes to specific chats, keeping IDs with !, :, @, # and / intact", () => {
    const ids = ["!tdvY9_XjNZ6F5P8DzBxDiqBwla0:ba_aBcD1234.local-ai.localhost", "#group/a@b"]
    const result = encodeSubscriptionsSet({ chatIDs: ids, requestID: "r2" })
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(JSON.parse(result.text)).toEqual({ type: "subscriptions.set", requestID: "r2", chatIDs: ids })
      expect(result.command.chatIDs).toEqual(ids)
    }
  })

  it("matches the spec's subscriptions.set examples", () => {
    for (const [name, , payload] of examples.filter(([name]) => name === "subscriptions.set")) {
      const result = encodeSubscriptionsSet(payload as { chatIDs: Array<string>; requestID?: string })
      expect(result.ok, name).toBe(true)
      if (result.ok) expect(JSON.parse(result.text)).toEqual(payload)
    }
  })

  it("refuses * mixed with chat IDs as a returned error, without throwing", () => {
    const result = encodeSubscriptionsSet({ chatIDs: ["*", "!a:local"], requestID: "r3" })
    expect(result).toEqual({ ok: false, error: { reason: "wildcard-mixed", message: expect.stringContaining("'*'") } })
    expect(encodeSubscriptionsSet({ chatIDs: ["!a:local", "*"] })).toMatchObject({ ok: false, error: { reason: "wildcard-mixed" } })
    expect(encodeSubscriptionsSet({ chatIDs: ["*", "*"] })).toMatchObject({ ok: false, error: { reason: "wildcard-mixed" } })
  })

  it("refuses entries that are not non-empty strings, and a non-array", () => {
    expect(encodeSubscriptionsSet({ chatIDs: [""] })).toMatchObject({ ok: false, error: { reason: "invalid-chat-id" } })
    expect(encodeSubscriptionsSet({ chatIDs: [42 as unknown as string] })).toMatchObject({ ok: false, error: { reason: "invalid-chat-id", message: expect.stringContaining("chatIDs[0]") } })
    expect(encodeSubscriptionsSet({ chatIDs: "*" as unknown as Array<string> })).toMatchObject({ ok: false, error: { reason: "invalid-chat-id" } })
    expect(encodeSubscriptionsSet({ chatIDs: [], requestID: 7 as unknown as string })).toMatchObject({ ok: false, error: { reason: "invalid-request-id" } })
  })

  it("checkSubscriptionsSet refuses exactly what encoding refuses, without encoding", () => {
    const inputs = [
      { chatIDs: ["*"] },
      { chatIDs: [] },
      { chatIDs: ["!a:local", "!b:local"], requestID: "r1" },
      { chatIDs: ["*", "!a:local"] },
      { chatIDs: [""] },
      { chatIDs: "*" as unknown as Array<string> },
      { chatIDs: [], requestID: 7 as unknown as string },
    ]
    for (const input of inputs) {
      const encoded = encodeSubscriptionsSet(input)
      expect(checkSubscriptionsSet(input)).toEqual(encoded.ok ? undefined : encoded.error)
    }
  })
})

describe("decodeServerFrame", () => {
  it("has spec examples for every server frame type", () => {
    expect(new Set(serverExamples.map(([name]) => name))).toEqual(new Set(serverFrameTypes))
  })

  it.each(serverExamples)("decodes %s (%s example)", (name, _, payload) => {
    const frame = decodeServerFrame(JSON.stringify(payload))
    expect(frame.type).toBe(name)
    expect(frame).toEqual(payload)
  })

  it("tells domain events from control frames by type: domainEventTypes are the spec's messages built on DomainEventBase", () => {
    const builtOnBase = Object.values(asyncapi.components.messages).filter((message) =>
      (asyncapi.components.schemas[message.payload.$ref.split("/").pop()!]?.allOf ?? [])
        .some((member) => member.$ref === "#/components/schemas/DomainEventBase")
    )
    expect(builtOnBase.map((message) => message.name).sort()).toEqual([...domainEventTypes].sort())
    for (const [name, , payload] of serverExamples) {
      expect(domainEventTypes.includes(decodeServerFrame(JSON.stringify(payload)).type as never), name)
        .toBe(builtOnBase.some((message) => message.name === name))
    }
  })

  it("decodes each frame into its typed shape", () => {
    const ready = decodeServerFrame(`{"type":"ready","version":1,"chatIDs":[]}`)
    expect(ready.type === "ready" && ready.version).toBe(1)
    const updated = decodeServerFrame(`{"type":"subscriptions.updated","requestID":"r2","chatIDs":["*"]}`)
    expect(updated.type === "subscriptions.updated" && updated.chatIDs).toEqual(["*"])
    const error = decodeServerFrame(`{"type":"error","requestID":"r2","code":"INVALID_PAYLOAD","message":"no"}`)
    expect(error.type === "error" && error.code).toBe("INVALID_PAYLOAD")
    const upserted = decodeServerFrame(`{"type":"message.upserted","seq":1,"ts":2,"chatID":"c","ids":["m1"],"entries":[{"id":"m1","reactions":[]}]}`)
    expect(upserted.type === "message.upserted" && upserted.entries?.length).toBe(1)
    for (const type of ["chat.upserted", "chat.deleted", "message.deleted"]) {
      const event = decodeServerFrame(JSON.stringify({ type, seq: 3, ts: 4, chatID: "c", ids: ["x"] }))
      expect(event).toEqual({ type, seq: 3, ts: 4, chatID: "c", ids: ["x"] })
    }
  })

  it("lets null through where the spec allows it beside a kind (app.state.updated's seq: integer or null)", () => {
    for (const seq of [null, 0, 12]) {
      const frame = decodeServerFrame(JSON.stringify({ type: "app.state.updated", seq, appState: { state: "ready" } }))
      expect(frame).toEqual({ type: "app.state.updated", seq, appState: { state: "ready" } })
    }
    expect(decodeServerFrame(`{"type":"message.deleted","seq":null,"ts":1,"chatID":"c","ids":[]}`)).toMatchObject({
      type: "malformed",
      reason: "message.deleted.seq: expected integer, got null",
    })
  })

  it("tolerates unknown extra fields on known frames", () => {
    expect(decodeServerFrame(`{"type":"ready","version":2,"chatIDs":[],"resumeToken":"x"}`)).toMatchObject({ type: "ready", version: 2 })
  })

  it("returns unknown event types as { type: \"unknown\" } with the parsed frame", () => {
    const frame = decodeServerFrame(`{"type":"verification.updated","seq":9,"state":"done"}`)
    expect(frame).toEqual({ type: "unknown", frameType: "verification.updated", raw: { type: "verification.updated", seq: 9, state: "done" } })
  })

  it("says a frame is not JSON without quoting it (the parser's message quotes its start: a token there, cut short)", () => {
    for (const text of ["tokZZLEAKCANARY42xyz trailing text", `{"type":"ready","version":1,"chatIDs":[tokZZLEAKCANARY42xyz]}`, ""]) {
      const frame = decodeServerFrame(text)
      expect(frame.type).toBe("malformed")
      if (frame.type === "malformed") {
        expect(frame.reason).toMatch(/^not JSON( \(at position \d+\))?$/)
        expect(frame.reason).not.toContain("tokZZ")
        expect(frame.raw).toBe(text)
      }
    }
  })

  it.each([
    ["not JSON", "hello", /not JSON/],
    ["truncated JSON", `{"type":"ready","version":1,`, /not JSON/],
    ["empty text", "", /not JSON/],
    ["a JSON array", `[{"type":"ready"}]`, /not a JSON object \(got array\)/],
    ["JSON null", "null", /not a JSON object \(got null\)/],
    ["a JSON number", "42", /not a JSON object \(got number\)/],
    ["a JSON string", `"ready"`, /not a JSON object \(got string\)/],
    ["no type", `{"version":1,"chatIDs":[]}`, /missing type/],
    ["a non-string type", `{"type":7}`, /type: expected string, got number/],
    ["a missing required field", `{"type":"ready","chatIDs":[]}`, /ready\.version: missing/],
    ["a string where an integer belongs", `{"type":"ready","version":"1","chatIDs":[]}`, /ready\.version: expected integer, got string/],
    ["a non-array chatIDs", `{"type":"subscriptions.updated","chatIDs":"*"}`, /subscriptions\.updated\.chatIDs: expected array, got string/],
    ["a non-string chat ID", `{"type":"subscriptions.updated","chatIDs":["a",1]}`, /chatIDs\[1\]: expected string, got number/],
    ["a string seq", `{"type":"message.deleted","seq":"1","ts":1,"chatID":"c","ids":[]}`, /message\.deleted\.seq: expected integer, got string/],
    ["a fractional seq", `{"type":"message.deleted","seq":1.5,"ts":1,"chatID":"c","ids":[]}`, /message\.deleted\.seq: expected integer/],
    ["missing ids", `{"type":"chat.deleted","seq":1,"ts":1,"chatID":"c"}`, /chat\.deleted\.ids: missing/],
    ["a null chatID", `{"type":"chat.upserted","seq":1,"ts":1,"chatID":null,"ids":[]}`, /chatID: expected string, got null/],
    ["a non-string error code", `{"type":"error","code":400,"message":"x"}`, /error\.code: expected string, got number/],
    ["non-object entries", `{"type":"message.upserted","seq":1,"ts":1,"chatID":"c","ids":[],"entries":["m1"]}`, /entries\[0\]: expected object, got string/],
    ["a ts that is no timestamp", `{"type":"message.deleted","seq":1,"ts":"yesterday","chatID":"c","ids":[]}`, /message\.deleted\.ts: expected timestamp, got string/],
    ["a fractional ts", `{"type":"chat.deleted","seq":1,"ts":1.5,"chatID":"c","ids":[]}`, /chat\.deleted\.ts: expected timestamp, got number/],
    ["a boolean ts", `{"type":"chat.deleted","seq":1,"ts":true,"chatID":"c","ids":[]}`, /chat\.deleted\.ts: expected timestamp, got boolean/],
    ["a ts past what a Date holds", `{"type":"chat.deleted","seq":1,"ts":8640000000000001,"chatID":"c","ids":[]}`, /chat\.deleted\.ts: expected timestamp, got number/],
    ["a string ts past what a Date holds", `{"type":"chat.deleted","seq":1,"ts":"-8640000000000001","chatID":"c","ids":[]}`, /chat\.deleted\.ts: expected timestamp, got string/],
    ["a string app.state.updated seq", `{"type":"app.state.updated","seq":"7","appState":{"state":"ready"}}`, /app\.state\.updated\.seq: expected integer or null, got string/],
    ["a fractional app.state.updated seq", `{"type":"app.state.updated","seq":2.5}`, /app\.state\.updated\.seq: expected integer or null, got number/],
    ["a ts without time zone", `{"type":"chat.deleted","seq":1,"ts":"2025-02-12T00:26:40","chatID":"c","ids":[]}`, /chat\.deleted\.ts: expected timestamp/],
  ])("reports %s as malformed, with the raw text", (_, text, reason) => {
    const frame = decodeServerFrame(text)
    expect(frame.type).toBe("malformed")
    if (frame.type === "malformed") {
      expect(frame.reason).toMatch(reason)
      expect(frame.raw).toBe(text)
    }
  })

  it("never throws, whatever it is given", () => {
    const inputs: Array<unknown> = [undefined, null, 42, {}, new Uint8Array([123, 125]), "{", "}", "\u0000", `{"type":"__proto__"}`, `{"__proto__":{"type":"ready"}}`, "[".repeat(10_000)]
    for (const input of inputs) {
      expect(() => decodeServerFrame(input as string)).not.toThrow()
      expect(["malformed", "unknown"]).toContain(decodeServerFrame(input as string).type)
    }
  })
})

describe("timestamps (`ts`)", () => {
  const iso = "2025-02-12T00:26:40.000Z"
  const millis = Date.parse(iso)

  it.each([
    ["epoch milliseconds (docs page)", millis, "epoch-ms"],
    ["an ISO 8601 date-time (upstream OpenAPI 5.0.0)", iso, "iso-8601"],
    ["an ISO 8601 date-time with an offset", "2025-02-12T01:26:40+01:00", "iso-8601"],
    ["epoch milliseconds as a numeric string (observed)", String(millis), "epoch-ms-string"],
  ] as const)("reads %s as the same epoch milliseconds", (_, value, form) => {
    expect(readTimestamp(value)).toEqual({ millis, form })
  })

  it.each([
    ["yesterday"],
    [1.5],
    [true],
    [null],
    [""],
    ["2025-02-12"],
    ["2025-02-12T00:26:40"],
    ["99999999999999999"],
    // impossible calendar fields, which Date.parse would roll over to another instant
    ["2025-02-30T00:00:00Z"],
    ["2025-04-31T00:00:00Z"],
    ["2025-13-01T00:00:00Z"],
    ["2025-02-12T24:00:00Z"],
    ["2025-02-12T00:60:00Z"],
    ["2025-02-12T00:26:40+24:00"],
  ])(
    "refuses %j",
    (value) => {
      expect(readTimestamp(value)).toBeUndefined()
    },
  )

  it.each([
    ["epoch ms", millis],
    ["ISO 8601", iso],
    ["numeric string", String(millis)],
  ])("decodes a domain event whose ts is %s, keeping the wire value", (_, ts) => {
    const frame = { type: "message.upserted", seq: 1, ts, chatID: "c", ids: ["m1"] }
    expect(decodeServerFrame(JSON.stringify(frame))).toEqual(frame)
  })

  it("a leap day and a leap year's February read as themselves", () => {
    expect(readTimestamp("2024-02-29T12:00:00Z")).toEqual({ millis: Date.UTC(2024, 1, 29, 12), form: "iso-8601" })
    expect(readTimestamp("2023-02-29T12:00:00Z")).toBeUndefined()
  })
})

describe("frameDrift", () => {
  const event = { type: "message.deleted", seq: 1, ts: 1739320000000, chatID: "c", ids: ["m1"] }
  const drift = (frame: Record<string, unknown>) => {
    const decoded = decodeServerFrame(JSON.stringify(frame))
    if (decoded.type === "malformed" || decoded.type === "unknown") throw new Error(`not a known frame: ${decoded.type}`)
    return frameDrift(decoded)
  }

  it("is empty for frames exactly as specified (ts in epoch ms, as the docs write it, or ISO 8601, as upstream 5.0.0 does)", () => {
    expect(drift(event)).toEqual([])
    expect(drift({ ...event, ts: "2025-02-12T00:26:40.000Z" })).toEqual([])
    expect(drift({ ...event, accountID: "whatsapp" })).toEqual([])
    expect(drift({ type: "error", code: "NOT_SUBSCRIBED", message: "x" })).toEqual([])
    expect(drift({ type: "app.state.updated", seq: 1, ts: 1, appState: { state: "ready" }, extra: true })).toEqual([])
  })

  it("names a timestamp in a form the spec does not name (epoch ms as a numeric string)", () => {
    expect(drift({ ...event, ts: "1739320000000" })).toMatchObject([{ kind: "timestamp-format", path: "ts" }])
  })

  it("names fields the spec does not list, and error codes outside the enum", () => {
    expect(drift({ ...event, origin: "bridge" })).toEqual([
      { kind: "unknown-field", path: "origin", detail: `field "origin" is not in the spec` },
    ])
    expect(drift({ type: "error", code: "RATE_LIMITED", message: "slow down" })).toEqual([
      { kind: "unknown-enum-value", path: "code", detail: `unknown value "RATE_LIMITED" (known: INVALID_COMMAND, INVALID_PAYLOAD, NOT_SUBSCRIBED, INTERNAL_ERROR)` },
    ])
    // a number enum is read as open too: a protocol version this SDK does not know
    expect(drift({ type: "ready", version: 1, chatIDs: [] })).toEqual([])
    expect(drift({ type: "ready", version: 2, chatIDs: [] })).toEqual([
      { kind: "unknown-enum-value", path: "version", detail: "unknown value 2 (known: 1)" },
    ])
  })
})

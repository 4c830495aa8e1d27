// decodeTolerant on hand-made Schemas: what is tolerated (open enums, undeclared keys, absent required-nullable
// keys), what stays a break (closed enums, consts, union variants, wrong types), and that the input is untouched.
import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { expectTypeOf } from "vitest"
import { type Input, Schemas } from "../src/index.ts"
import { openEnum } from "../src/internal/openEnum.ts"
import { driftKey } from "../src/internal/drift.ts"
import { decodeTolerant } from "../src/internal/tolerant.ts"

const Kind = openEnum(Schema.Literals(["a", "b"]))
const Step = Schema.Union([
  Schema.Struct({ type: Schema.Literal("code"), kind: Kind }),
  Schema.Struct({ type: Schema.Literal("qr"), url: Schema.String }),
])
const Thing = Schema.Struct({
  id: Schema.String,
  kind: Kind,
  level: Schema.optionalKey(Schema.NullOr(openEnum(Schema.Literals([1, 2])))),
  closed: Schema.optionalKey(Schema.Literals(["x", "y"])),
  fixed: Schema.optionalKey(Schema.Literal("only")),
  cursor: Schema.NullOr(Schema.String),
  steps: Schema.optionalKey(Schema.Array(Step)),
})
const options = { source: "things.get", strict: false }

describe("decodeTolerant", () => {
  it("keeps unknown open-enum values raw (nullable and numeric included), drops undeclared keys, reads an absent nullable key as null", () => {
    const input = { id: "t", kind: "c", level: 3, extra: { deep: true }, steps: [{ type: "code", kind: "z", more: 1 }] }
    const frozen = structuredClone(input)
    const result = decodeTolerant(Thing, input, options)
    assert.deepStrictEqual(input, frozen, "the input is not modified")
    assert.strictEqual(result._tag, "ok")
    if (result._tag !== "ok") return
    assert.deepStrictEqual(result.value, { id: "t", kind: "c", level: 3, cursor: null, steps: [{ type: "code", kind: "z" }] } as never)
    assert.deepStrictEqual(result.drift.map(({ path, kind }) => [path, kind]), [
      ["extra", "unknown-field"],
      ["kind", "unknown-enum-value"],
      ["level", "unknown-enum-value"],
      ["cursor", "missing-optional"],
      ["steps[0].more", "unknown-field"],
      ["steps[0].kind", "unknown-enum-value"],
    ])
    assert.strictEqual(result.drift[1]!.detail, 'unknown enum value "c" (known: a, b)')
    assert.strictEqual(result.drift[2]!.detail, "unknown enum value 3 (known: 1, 2)")
  })

  it("a value that fits is returned without drift", () => {
    const result = decodeTolerant(Thing, { id: "t", kind: "a", cursor: "c1" }, options)
    assert.deepStrictEqual(result, { _tag: "ok", value: { id: "t", kind: "a", cursor: "c1" }, drift: [] })
  })

  it("a root open enum", () => {
    const result = decodeTolerant(Kind, "new", options)
    assert.deepStrictEqual(result._tag === "ok" ? result.value : undefined, "new")
  })

  it("closed enums, consts, unknown union variants, wrong types and missing required keys are breaks, every one listed", () => {
    const result = decodeTolerant(Thing, {
      kind: 7,
      closed: "z",
      fixed: "other",
      cursor: null,
      steps: [{ type: "webview" }],
      extra: 1,
    }, options)
    assert.strictEqual(result._tag, "error")
    if (result._tag !== "error") return
    assert.deepStrictEqual(result.issues.map((issue) => issue.path), ["id", "kind", "closed", "fixed", "steps[0]"])
    assert.strictEqual(result.total, 5)
    for (const issue of result.issues) assert.notInclude(issue.message, "webview")
  })

  it("strict: every tolerance is an issue", () => {
    const result = decodeTolerant(Thing, { id: "t", kind: "c", extra: 1 }, { ...options, strict: true })
    assert.deepStrictEqual(result, {
      _tag: "error",
      issues: [
        { path: "extra", message: "field not in the spec (strict)" },
        { path: "kind", message: 'unknown enum value "c" (known: a, b) (strict)' },
        { path: "cursor", message: "required nullable field absent (strict)" },
      ],
      total: 3,
    })
  })
})

describe("open enums in the generated types (checked by tsc)", () => {
  it("response models admit unknown values, request inputs do not", () => {
    expectTypeOf<Schemas.Chat["type"]>().toEqualTypeOf<"single" | "group" | (string & {})>()
    expectTypeOf<Schemas.SupportLevel>().toEqualTypeOf<-2 | -1 | 0 | 1 | 2 | (number & {})>()
    expectTypeOf<Input<"chats.create">["type"]>().toEqualTypeOf<"single" | "group">()
    expectTypeOf<Schemas.BridgeLoginRemoveScope>().toEqualTypeOf<"current-device" | "all-devices">() // in a request too
    expectTypeOf<Input<"bridges.logins.remove">["scope"]>().toEqualTypeOf<"current-device" | "all-devices">()
    // ...but where a response model carries it, it is open there
    expectTypeOf<Schemas.BridgeLogin["removeScopes"][number]>().toEqualTypeOf<"current-device" | "all-devices" | (string & {})>()
  })
})

describe("a union whose members are candidates for any object (one has no discriminator)", () => {
  const Success = Schema.Struct({ matrix: Schema.String, session: Schema.String })
  const Registration = Schema.Struct({ registrationRequired: Schema.Literal(true), leadToken: Schema.String, kind: Kind })
  const Reply = Schema.Union([Success, Registration])
  const registration = { registrationRequired: true, leadToken: "lt", kind: "a" }

  it("is read through the one member whose differences are all tolerable, with its drift", () => {
    const result = decodeTolerant(Reply, { ...registration, kind: "z", expiresInSeconds: 600 }, options)
    assert.strictEqual(result._tag, "ok", JSON.stringify(result))
    if (result._tag !== "ok") return
    assert.deepStrictEqual(result.value, { registrationRequired: true, leadToken: "lt", kind: "z" } as never)
    assert.deepStrictEqual(result.drift.map(({ path, kind }) => [path, kind]), [
      ["expiresInSeconds", "unknown-field"],
      ["kind", "unknown-enum-value"],
    ])
    assert.deepStrictEqual(decodeTolerant(Reply, { matrix: "m", session: "s", more: 1 }, options), {
      _tag: "ok",
      value: { matrix: "m", session: "s" } as never,
      drift: [{ source: "things.get", path: "more", kind: "unknown-field", detail: "field not in the spec" }],
    })
  })

  it("a real break is told as the member with the fewest breaks tells it", () => {
    const { leadToken: _, ...withoutToken } = registration
    const result = decodeTolerant(Reply, withoutToken, options)
    assert.strictEqual(result._tag, "error")
    if (result._tag !== "error") return
    assert.deepStrictEqual(result.issues.map(({ path }) => path), ["leadToken"])
    assert.match(result.issues[0]!.message, /Missing key/)
  })

  it("strict refuses the tolerances of the chosen member", () => {
    const result = decodeTolerant(Reply, { ...registration, expiresInSeconds: 600 }, { ...options, strict: true })
    assert.deepStrictEqual(result, {
      _tag: "error",
      issues: [{ path: "expiresInSeconds", message: "field not in the spec (strict)" }],
      total: 1,
    })
  })

  it("the generated app.setup.response reply: a new field in RegistrationRequired is drift", () => {
    const reply = {
      registrationRequired: true,
      leadToken: "lt",
      setupRequestID: "s",
      copy: {
        submit: "Continue",
        terms: "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.",
        title: "Choose your username",
        usernamePlaceholder: "Username",
      },
    }
    const exact = decodeTolerant(Schemas.AppSetupResponseResult, reply, options)
    assert.deepStrictEqual(exact._tag === "ok" ? exact.drift : exact, [])
    const result = decodeTolerant(Schemas.AppSetupResponseResult, { ...reply, expiresInSeconds: 600 }, options)
    assert.deepStrictEqual(result._tag === "ok" ? result.drift.map(({ path, kind }) => [path, kind]) : result, [
      ["expiresInSeconds", "unknown-field"],
    ])
  })
})

describe("maps keyed by IDs (a Record's keys)", () => {
  const Page = Schema.Struct({
    items: Schema.Array(Schema.String),
    chats: Schema.Record(Schema.String, Schema.Struct({ id: Schema.String, type: Kind })),
  })

  it("drift inside a map names the key in its path and `*` in its pattern, which is what it is logged once per", () => {
    const result = decodeTolerant(Page, {
      items: [],
      chats: { "!a:beeper.com": { id: "a", type: "channel", more: 1 }, "!b:beeper.com": { id: "b", type: "channel" } },
    }, options)
    assert.strictEqual(result._tag, "ok")
    if (result._tag !== "ok") return
    assert.deepStrictEqual(result.value.chats["!a:beeper.com"]!.type, "channel")
    assert.deepStrictEqual(result.drift.map(({ path, pattern, kind }) => [path, pattern, kind]), [
      ['chats["!a:beeper.com"].more', 'chats["*"].more', "unknown-field"],
      ['chats["!a:beeper.com"].type', 'chats["*"].type', "unknown-enum-value"],
      ['chats["!b:beeper.com"].type', 'chats["*"].type', "unknown-enum-value"],
    ])
    assert.strictEqual(driftKey(result.drift[1]!), driftKey(result.drift[2]!))
    assert.notStrictEqual(driftKey(result.drift[0]!), driftKey(result.drift[1]!))
  })

  it("a declared field's name is not a map key", () => {
    const result = decodeTolerant(Thing, { id: "t", kind: "c", cursor: null }, options)
    assert.strictEqual(result._tag === "ok" ? result.drift[0]!.pattern : "error", undefined)
  })
})

describe("an enum a request carries too, inside a model only responses carry", () => {
  it("a new value is read as sent and reported, not a break (bridges.logins: removeScopes)", () => {
    const login = {
      bridgeID: "b",
      loginID: "l",
      removeScopes: ["current-device", "all-devices", "this-account-only"],
      status: "connected",
    }
    const result = decodeTolerant(Schemas.BridgeLogin, login, options)
    assert.strictEqual(result._tag, "ok", JSON.stringify(result))
    if (result._tag !== "ok") return
    assert.deepStrictEqual(result.value.removeScopes, ["current-device", "all-devices", "this-account-only"])
    assert.deepStrictEqual(result.drift.map(({ path, kind }) => [path, kind]), [["removeScopes[2]", "unknown-enum-value"]])
    assert.strictEqual(decodeTolerant(Schemas.BridgeLogin, login, { ...options, strict: true })._tag, "error")
  })

  it("the component itself stays closed, as requests need it", () => {
    assert.strictEqual(decodeTolerant(Schemas.BridgeLoginRemoveScope, "this-account-only", options)._tag, "error")
  })
})

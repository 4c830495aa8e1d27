// The token scrubber (src/internal/scrub.ts) on its own: the forms of the token it finds, and `scrubDeep` over
// parsed values (keys, `__proto__`, deep nesting, shared references). The HTTP paths it guards are tested against a
// real server in tooling/reliability/test/hostile-server.test.ts.
import { assert, describe, it } from "@effect/vitest"
import { Redacted } from "effect"
import { maxScrubbedDepth, scrubberOf, scrubDeep, tooDeep } from "../src/internal/scrub.ts"

const secret = "tok-SECRET/4f9a+Zq~x7"
const scrub = scrubberOf(Redacted.make(secret))

describe("scrubberOf", () => {
  it("finds the token as is, escaped and encoded, and leaves other text alone", () => {
    const forms = [
      secret,
      secret.replace("-", "\\u002d"),
      secret.replace("-", "\\u002D").replace("/", "\\/"),
      encodeURIComponent(secret),
      secret.replace("-", "&#45;").replace("/", "&#x2f;"),
      btoa(secret),
      btoa(secret).replace(/\+/g, "-").replace(/\//g, "_"),
    ]
    for (const form of forms) assert.strictEqual(scrub(`a ${form} b`), "a <redacted> b", form)
    assert.strictEqual(scrub("tok-SECRET is not the token"), "tok-SECRET is not the token")
  })

  it("finds base64 of the token inside a longer encoded text, at every alignment", () => {
    for (const prefix of ["", "u", "us", "use"]) {
      const encoded = btoa(`${prefix}:${secret}:rest`)
      const scrubbed = scrub(encoded)
      assert.include(scrubbed, "<redacted>", prefix)
    }
  })

  it("a token shorter than 8 characters is replaced only as a whole word, in any form", () => {
    const one = scrubberOf(Redacted.make("1"))
    assert.strictEqual(one("HTTP 401"), "HTTP 401")
    assert.strictEqual(one(`{"version":1,"ts":"2025-01-02"}`), `{"version":<redacted>,"ts":"2025-01-02"}`)
    assert.strictEqual(one("Bearer 1, token=1."), "Bearer <redacted>, token=<redacted>.")
    const dev = scrubberOf(Redacted.make("dev"))
    assert.strictEqual(dev("the developer devices"), "the developer devices")
    assert.strictEqual(dev("Bearer dev; (dev) dev"), "Bearer <redacted>; (<redacted>) <redacted>")
    assert.strictEqual(dev("token=%64ev&x=\\u0064ev d&#101;v devs"), "token=<redacted>&x=<redacted> <redacted> devs")
    const chat = scrubberOf(Redacted.make("chat"))
    assert.strictEqual(chat(`"chatIDs":["chat"]`), `"chatIDs":["<redacted>"]`)
    const seven = scrubberOf(Redacted.make("abc-123"))
    assert.strictEqual(seven("xabc-123 abc-123y abc-123"), "xabc-123 abc-123y <redacted>")
  })

  it("a short token's base64 echo is still replaced: base64 sits among letters by nature, so no word edge applies", () => {
    const short = "abcdefg"
    const scrubShort = scrubberOf(Redacted.make(short))
    for (const echo of [btoa(short), `{"t":"${btoa(short)}"}`, `Basic ${btoa(`user:${short}`)}`, `Basic ${btoa(`me:${short}x`)}`]) {
      assert.include(scrubShort(echo), "<redacted>", echo)
    }
  })

  it("a token of 8 characters or more is replaced anywhere, inside a word too", () => {
    const eight = scrubberOf(Redacted.make("abcd1234"))
    assert.strictEqual(eight("xabcd1234y abcd1234"), "x<redacted>y <redacted>")
    assert.strictEqual(scrub(`pm-${secret}x`), "pm-<redacted>x")
  })

  it("an empty token scrubs nothing", () => {
    assert.strictEqual(scrubberOf(Redacted.make(""))("anything"), "anything")
  })
})

describe("scrubDeep", () => {
  it("scrubs every string and key, and keeps a __proto__ key an own property", () => {
    const parsed = JSON.parse(`{"a":["x ${secret}",1,null,{"${secret}":true}],"__proto__":{"polluted":"${secret}"}}`)
    const scrubbed = scrubDeep(parsed, scrub) as Record<string, unknown>
    assert.deepStrictEqual(JSON.parse(JSON.stringify(scrubbed)), {
      a: ["x <redacted>", 1, null, { "<redacted>": true }],
      ["__proto__"]: { polluted: "<redacted>" },
    })
    assert.strictEqual(Object.getPrototypeOf(scrubbed), Object.prototype)
    assert.strictEqual(({} as Record<string, unknown>)["polluted"], undefined)
    assert.include(JSON.stringify(parsed), secret, "the input is not changed")
  })

  it("takes 100,000 levels of nesting without overflowing the stack, and keeps 64 of them (what a logger can print)", () => {
    const depth = 100_000
    const parsed = JSON.parse(`${"[".repeat(depth)}"${secret}"${"]".repeat(depth)}`)
    const scrubbed = scrubDeep(parsed, scrub)
    let inner = scrubbed
    for (let level = 0; level < maxScrubbedDepth; level++) inner = (inner as Array<unknown>)[0]
    assert.strictEqual(inner, tooDeep)
    assert.notInclude(JSON.stringify(scrubbed), secret)
    // shallower, every level is kept, the secret scrubbed
    assert.deepStrictEqual(scrubDeep(JSON.parse(`[[["${secret}"]]]`), scrub), [[["<redacted>"]]])
  })

  it("copies a shared or cyclic reference once", () => {
    const shared: Record<string, unknown> = { token: secret }
    shared["self"] = shared
    const scrubbed = scrubDeep({ one: shared, two: shared }, scrub) as Record<string, Record<string, unknown>>
    assert.strictEqual(scrubbed["one"], scrubbed["two"])
    assert.strictEqual(scrubbed["one"]!["self"], scrubbed["one"])
    assert.strictEqual(scrubbed["one"]!["token"], "<redacted>")
  })
})

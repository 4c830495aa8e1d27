// The text JSON bodies are parsed from (src/internal/jsonText.ts): whatever it does to keep large bodies cheap on
// Node, `JSON.parse` must read from it exactly what it reads from the body decoded as UTF-8 — the same value, or a
// failure for the same bodies. Bodies here are of 64–127 KiB (padded with ASCII), the sizes where Node's path differs.
import { assert, describe, it } from "@effect/vitest"
import { jsonTextOf } from "../src/internal/jsonText.ts"

const encoder = new TextEncoder()
const bytesOf = (...parts: ReadonlyArray<string | ReadonlyArray<number>>): Uint8Array => {
  const chunks = parts.map((part) => typeof part === "string" ? encoder.encode(part) : Uint8Array.from(part))
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
const padding = `"padding":"${"x".repeat(70_000)}"`

/** What `JSON.parse` makes of `text`: the value, or that it failed. */
const parsed = (text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const assertReadsAsUtf8 = (bytes: Uint8Array, label: string) => {
  assert.deepStrictEqual(parsed(jsonTextOf(bytes)), parsed(new TextDecoder().decode(bytes)), label)
}

describe("jsonTextOf", () => {
  it("reads a large body with emoji, accents and other scripts in values and keys as UTF-8 would", () => {
    const body = bytesOf(
      `{${padding},"name":"Zoë 🙏 ☀️ ❤ — 東京","chats":[{"title":"😢😮🔥","preview":"‼ ❓ naïve"}],"é":"ключ","":"💬"}`,
    )
    const value = JSON.parse(jsonTextOf(body)) as Record<string, unknown>
    assert.strictEqual(value["name"], "Zoë 🙏 ☀️ ❤ — 東京")
    assert.deepStrictEqual(value["chats"], [{ title: "😢😮🔥", preview: "‼ ❓ naïve" }])
    assert.strictEqual(value["é"], "ключ")
    assertReadsAsUtf8(body, "mixed scripts")
  })

  it("replaces invalid UTF-8 inside strings as the UTF-8 decoder does", () => {
    const invalid: ReadonlyArray<ReadonlyArray<number>> = [
      [0xc3], // a truncated two-byte sequence
      [0xe2, 0x82], // a truncated three-byte sequence
      [0x80, 0xbf], // lone continuation bytes
      [0xc0, 0xaf], // an overlong encoding
      [0xed, 0xa0, 0x80], // an encoded surrogate
      [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [0xff, 0xfe],
      [0xf0, 0x9f, 0x99], // a truncated emoji
    ]
    for (const sequence of invalid) {
      assertReadsAsUtf8(bytesOf(`{${padding},"a":"x`, sequence, `y","b":"`, sequence, `"}`), sequence.join(","))
      // a sequence cut by an escape or by the string's end
      assertReadsAsUtf8(bytesOf(`{${padding},"a":"`, sequence, `\\n`, sequence, `\\"","`, sequence, `":1}`), `${sequence.join(",")} cut`)
    }
  })

  it("drops a leading byte-order mark and keeps JSON escapes", () => {
    assertReadsAsUtf8(bytesOf([0xef, 0xbb, 0xbf], `{${padding},"a":"é"}`), "BOM")
    assertReadsAsUtf8(bytesOf(`{${padding},"a":"\\u00e9 é \\ud83d\\ude4f 🙏 \\\\u00e9 \\"é\\""}`), "escapes")
  })

  it("fails for the bodies UTF-8 text fails for: a non-ASCII character outside a string, a BOM inside", () => {
    for (const body of [bytesOf(`{${padding},"a":1é}`), bytesOf(`{${padding},"a":`, [0xef, 0xbb, 0xbf], `1}`), bytesOf(`é{${padding}}`)]) {
      assert.isFalse(parsed(jsonTextOf(body)).ok)
      assertReadsAsUtf8(body, "invalid")
    }
  })

  it("agrees with UTF-8 text on random mixes of JSON, text and stray bytes", () => {
    let seed = 18
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const pieces = ["é", "🙏", "東", "\ufeff", "\\u00e9", "\\n", "\\\\", "\\\"", "a", " ", "\u0080", "\u{10ffff}"]
    for (let round = 0; round < 200; round++) {
      const parts: Array<string | ReadonlyArray<number>> = [`{${padding},"k":"`]
      for (let i = 0; i < 20; i++) {
        parts.push(random(4) === 0 ? [0x80 + random(128)] : pieces[random(pieces.length)]!)
        if (random(10) === 0) parts.push(`","k${i}":"`)
      }
      parts.push(random(20) === 0 ? `"` : `"}`)
      assertReadsAsUtf8(bytesOf(...parts), `round ${round}`)
    }
  })

  it("decodes bodies of 64 KiB or less, or past 127 KiB, as UTF-8 text", () => {
    for (const text of [`{"a":"Zoë 🙏"}`, `{${padding},${padding.replace("padding", "more")},"a":"Zoë 🙏"}`]) {
      assert.strictEqual(jsonTextOf(new TextEncoder().encode(text)), text)
    }
  })
})

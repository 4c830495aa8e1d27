// The access token out of text a server sent, before it goes into an error: a server could echo what it was given,
// in any encoding. Both clients scrub with it — the fetch SDK (../client.ts) its error bodies, @beeper-kit/effect
// every error, signal and drift report — so an echo is caught the same way whichever one reads it.

/** What every form of the token is replaced with. */
export const redacted = "<redacted>"

/** Takes every form of a token out of a text (see {@link tokenScrubber}). */
export type Scrub = (text: string) => string

/**
 * A scrubber: `<redacted>` wherever `token` occurs in the text, in any form an echo can take: as is (so also after
 * `Bearer `), with any of its characters JSON-escaped (`\u002d`, `\/`), percent-encoded (`%2D`, `%2d`) or an HTML
 * character reference (`&#45;`, `&#x2D;`), and base64 / base64url encoded — alone or inside a longer encoded text, at
 * any of the three byte alignments (e.g. `Basic base64(user:token)`). The identity for an empty token.
 *
 * A token shorter than {@link wholeWordBelow} characters (`1`, `dev`, `2025`) is replaced only where it stands as
 * a whole word — written as is, escaped or encoded character by character, with no ASCII letter or digit right
 * before or after it: replaced anywhere, it would take the `1` out of `HTTP 401` and the `dev` out of `developer`.
 * Its base64 forms are replaced wherever they occur (they sit among other base64 letters by nature, and are
 * replaced only when at least 8 characters long). A longer token is replaced wherever it occurs, inside a word too.
 *
 * The pattern is built on the first text scrubbed, not with the scrubber: every client makes one, and only a failure
 * or a drift report scrubs; building it — an alternation per character of the token — cost a layer build on Bun
 * ~1–5 ms of CPU at a cold start (tooling/bench/README.md, "Cold start").
 */
export const tokenScrubber = (token: string): Scrub => {
  if (token.length === 0) return identity
  let pattern: RegExp | undefined
  return (text) => text.replace(pattern ??= patternOf(token), redacted)
}

/**
 * Tokens shorter than this (in UTF-16 code units) are replaced only as whole words (see {@link tokenScrubber}): a
 * short token is likely to occur by chance inside other words and numbers.
 */
export const wholeWordBelow = 8

const patternOf = (secret: string): RegExp => {
  const charForms = charwise(secret)
  // The whole-word guard is for the token's own characters only: a base64 fragment always sits among other base64
  // letters, so guarded it would never match; at least `minimumFragment` characters long, it is no chance hit.
  const asWritten = secret.length < wholeWordBelow ? `(?<![A-Za-z0-9])(?:${charForms})(?![A-Za-z0-9])` : charForms
  return new RegExp([asWritten, ...base64Fragments(secret)].join("|"), "g")
}

const identity: Scrub = (text) => text

/**
 * How deep {@link scrubDeep} copies: a container below it is replaced by {@link tooDeep}. A server's JSON can nest
 * a million levels in a few megabytes; the copy is iterative and survives that, but whatever the caller does next
 * with it (`JSON.stringify`, a JSON logger, `util.inspect`) recurses and would overflow the stack.
 */
export const maxScrubbedDepth = 64

/** What stands in for a container nested deeper than {@link maxScrubbedDepth}. */
export const tooDeep = "[nested too deep]"

/**
 * A copy of `value` (as `JSON.parse` gives it) with every string and every object key scrubbed, and anything nested
 * deeper than {@link maxScrubbedDepth} levels replaced by {@link tooDeep}. Iterative, so a deeply nested body cannot
 * overflow the stack; shared or cyclic references are copied once.
 */
export const scrubDeep = (value: unknown, scrub: Scrub): unknown => {
  const copies = new Map<object, object>()
  const pending: Array<readonly [source: object, copy: Record<PropertyKey, unknown>, depth: number]> = []
  const copyOf = (item: unknown, depth: number): unknown => {
    if (typeof item === "string") return scrub(item)
    if (typeof item !== "object" || item === null || !isContainer(item)) return item
    const known = copies.get(item)
    if (known !== undefined) return known
    if (depth > maxScrubbedDepth) return tooDeep
    const copy: Record<PropertyKey, unknown> = Array.isArray(item) ? [] as unknown as Record<PropertyKey, unknown> : {}
    copies.set(item, copy)
    pending.push([item, copy, depth])
    return copy
  }
  const root = copyOf(value, 1)
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, copy, depth] = next
    for (const [key, item] of Object.entries(source)) {
      // defineProperty: a `__proto__` key stays an own property, as JSON.parse made it
      Object.defineProperty(copy, Array.isArray(source) ? key : scrub(key), {
        value: copyOf(item, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
  }
  return root
}

/** Arrays and plain objects: what JSON.parse builds (class instances are left as they are). */
const isContainer = (item: object): boolean => {
  if (Array.isArray(item)) return true
  const prototype = Object.getPrototypeOf(item)
  return prototype === Object.prototype || prototype === null
}

/**
 * Why a text is not JSON, from the error `JSON.parse` threw: `not JSON`, and where when the parser says (`not JSON (at
 * position 28)`). Never the parser's own message, which quotes the start of the text (V8: `Unexpected token 'o',
 * "tokZZLEAKCA"... is not valid JSON`): a token the server put at the front would be cut there, too short for a
 * scrubber to recognise.
 */
export const notJsonReason = (error: unknown): string => {
  const position = error instanceof Error ? /\bposition (\d+)/.exec(error.message)?.[1] : undefined
  return position === undefined ? "not JSON" : `not JSON (at position ${position})`
}

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")

/** Hex digits matching either case, e.g. `2d` → `2[dD]`. */
const hexPattern = (value: number, width: number): string =>
  value.toString(16).padStart(width, "0").replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`)

/** The JSON string escapes that are not `\uXXXX`. */
const shortEscapes: Readonly<Record<string, string>> = { "\"": "\\\\\"", "\\": "\\\\\\\\", "/": "\\\\/" }

/** The token as a pattern where each UTF-16 code unit may also be written escaped (JSON, percent, HTML). */
const charwise = (secret: string): string =>
  [...Array(secret.length).keys()].map((index) => {
    const unit = secret.charCodeAt(index)
    const forms = [
      escapeRegExp(secret[index]!),
      `\\\\u${hexPattern(unit, 4)}`,
      `&#0*${unit};`,
      `&#[xX]0*${hexPattern(unit, 1)};`,
    ]
    const short = shortEscapes[secret[index]!]
    if (short !== undefined) forms.push(short)
    if (unit < 0xd800 || unit > 0xdfff) {
      forms.push([...new TextEncoder().encode(secret[index]!)].map((byte) => `%${hexPattern(byte, 2)}`).join(""))
      if (secret[index] === " ") forms.push("\\+")
    }
    return `(?:${forms.join("|")})`
  }).join("")

/** Base64 fragments shorter than this are not looked for (too likely to occur by chance in other text). */
const minimumFragment = 8

/**
 * The base64 characters that depend on the token's bytes alone, for each of the three alignments the token can
 * have inside a longer encoded text, as patterns matching base64 and base64url (`+`/`-`, `/`/`_`).
 */
const base64Fragments = (secret: string): Array<string> => {
  const bytes = new TextEncoder().encode(secret)
  const fragments: Array<string> = []
  for (const offset of [0, 1, 2]) {
    const padded = new Uint8Array(offset + bytes.length + 2)
    padded.set(bytes, offset)
    const encoded = btoa(String.fromCharCode(...padded))
    // character i carries bits [6i, 6i + 6): keep those entirely within the token's bits
    const first = Math.ceil((8 * offset) / 6)
    const end = Math.floor((8 * (offset + bytes.length)) / 6)
    const fragment = encoded.slice(first, end)
    if (fragment.length >= minimumFragment) {
      fragments.push(fragment.replace(/[+/]/g, (c) => (c === "+" ? "[+-]" : "[/_]")))
    }
  }
  return fragments
}

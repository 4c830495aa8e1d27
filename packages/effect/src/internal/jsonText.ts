// A JSON body's UTF-8 bytes → the text `JSON.parse` reads it from, without the cost Node puts on large strings.
//
// On Node every heap object over V8's regular object size (128 KiB) is a "large object" with pages of its own,
// mapped for it and unmapped after it (mmap, munmap, page faults): ~0.3–1 ms of CPU each, more than `JSON.parse`
// of the same body. A 75 KB page of chats with a few emoji or accents decodes to a two-byte (UTF-16) string of
// ~150 KB — one such object per response. Deno and Bun decode the same bytes in ~20–100 µs, so they take the plain
// decode. On Node a body of 64–127 KiB is read as Latin-1 (one byte per character: a string the size of the body,
// below the large-object size) with its non-ASCII runs written as `\uXXXX` escapes, which `JSON.parse` turns back into the same
// characters. Outside JSON strings a non-ASCII character is a syntax error either way, and a UTF-8 decoder restarts
// at every ASCII byte, so decoding each run apart gives the characters (and U+FFFD replacements) the whole decode
// would.
import { type TextDecoding, utf8Text } from "./body.ts"

/** What is used of Node's `Buffer` (the package is built without Node's types). */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: "latin1", start: number): string }
  from(text: string, encoding: "latin1"): Uint8Array
}

/** Node's `Buffer`, on Node only (Deno and Bun have one too, and no cost to avoid). */
const nodeBuffer: NodeBuffer | undefined = (() => {
  const global = globalThis as {
    readonly Buffer?: NodeBuffer
    readonly Deno?: unknown
    readonly process?: { readonly versions?: Record<string, string | undefined> }
  }
  const versions = global.process?.versions
  return versions?.["node"] !== undefined && versions["bun"] === undefined && global.Deno === undefined
    ? global.Buffer
    : undefined
})()

/**
 * Bodies up to this many bytes decode to at most this many UTF-16 units: a string below the large-object size,
 * which the plain decode makes cheaply.
 */
const plainDecodeBytes = 65_536

/**
 * Past this many bytes the Latin-1 text is a large object itself (and the escaped copy another): the plain decode's
 * one large string is then the cheaper (measured on 150 KB to 7.5 MB bodies).
 */
const oneByteTextBytes = 130_000

const nonAsciiRuns = /[\x80-\xff]+/g

/** A run's decoder: a byte-order mark inside a body is a character (only a leading one is dropped). */
const utf8Run = new TextDecoder("utf-8", { ignoreBOM: true })

/** A run of non-ASCII bytes, read as Latin-1, as the `\uXXXX` escapes of the characters it encodes in UTF-8. */
const escapeRun = (run: string): string => {
  const text = utf8Run.decode(nodeBuffer!.from(run, "latin1"))
  let escaped = ""
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, "0")}`
  return escaped
}

/**
 * The text `JSON.parse` reads the JSON body `bytes` from: the body decoded as UTF-8 (invalid sequences replaced, a
 * leading byte-order mark dropped), or on Node for a body of 64–127 KiB the same JSON with every non-ASCII character
 * written as a `\u` escape — `JSON.parse` gives the same value (or fails alike), the text need not be the body's.
 * Off Node it is {@link utf8Text} itself (so `readWhole` may let the runtime decode the body).
 */
export const jsonTextOf: TextDecoding = nodeBuffer === undefined ? utf8Text : (bytes) => {
  const length = bytes.byteLength
  if (length <= plainDecodeBytes || length > oneByteTextBytes) return utf8Text(bytes)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const latin1 = nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1", bom)
  return latin1.replace(nonAsciiRuns, escapeRun)
}

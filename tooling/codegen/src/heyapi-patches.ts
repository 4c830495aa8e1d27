// Corrections to what @hey-api/openapi-ts 0.99 writes, applied to its output before it is checked in. Each one is a
// textual rewrite that must find what it rewrites: when a hey-api release changes its output, generation fails here
// (naming the patch) instead of quietly shipping the old behaviour or dropping the fix.
import type { OpenApiDocument } from "./spec.ts"

/** One rewrite of one generated file: `apply` returns the new text, or throws when its pattern is not there. */
interface Patch {
  readonly file: string
  readonly why: string
  readonly apply: (text: string, spec: OpenApiDocument) => string
}

const replaceEvery = (text: string, pattern: RegExp, replace: (match: string, ...groups: Array<string>) => string, patch: string) => {
  let count = 0
  const out = text.replace(pattern, (match: string, ...groups: Array<string>) => {
    count++
    return replace(match, ...groups)
  })
  if (count === 0) throw new Error(`hey-api patch "${patch}": its pattern is no longer in the output; check the patch against this hey-api version`)
  return out
}

const successIsBinary = (operation: Record<string, unknown>): boolean => {
  const responses = Object.entries((operation["responses"] ?? {}) as Record<string, { content?: Record<string, { schema?: { format?: unknown } }> }>)
    .filter(([status]) => status.startsWith("2"))
  return responses.length > 0 && responses.every(([, response]) => {
    const media = Object.values(response.content ?? {})
    return media.length > 0 && media.every((item) => item.schema?.format === "binary")
  })
}

/** The paths (as the SDK writes them in `url:`) of the GET operations whose every 2xx response is binary. */
const binaryDownloads = (spec: OpenApiDocument): ReadonlyArray<string> =>
  Object.entries((spec.paths ?? {}) as Record<string, Record<string, unknown>>)
    .filter(([, item]) => typeof item["get"] === "object" && successIsBinary(item["get"] as Record<string, unknown>))
    .map(([path]) => path)

export const heyApiPatches: ReadonlyArray<Patch> = [
  {
    file: "sdk.gen.ts",
    why: "a binary download is read as a Blob: left to the Content-Type, the client read a file as text (a JSON file " +
      "parsed, a text file decoded as UTF-8 whatever its charset) or failed to parse it as JSON",
    apply: (text, spec) => {
      for (const path of binaryDownloads(spec)) {
        text = replaceEvery(text, new RegExp(`(\\n( +)url: '${path.replace(/[{}]/g, "\\$&")}',\\n)`, "g"), (match, _, indent) =>
          `${match}${indent}parseAs: 'blob',\n`, `parseAs blob for ${path}`)
      }
      return text
    },
  },
  {
    file: "sdk.gen.ts",
    why: "per-call headers given as a `Headers` object or as `[name, value]` pairs reach the request: an object " +
      "spread of a `Headers` is empty, and of pairs gives headers named 0, 1, ...",
    apply: (text) =>
      replaceEvery(text, /\.\.\.options\.headers\n/g, () =>
        "...(options.headers instanceof Headers || Array.isArray(options.headers) ? Object.fromEntries(new Headers(options.headers)) : options.headers)\n",
        "per-call headers of body operations"),
  },
  {
    file: "client/utils.gen.ts",
    why: "`mergeHeaders` reads `[name, value]` pairs as pairs (it read an array as an object: headers named 0, 1, ...)",
    apply: (text) =>
      replaceEvery(
        text,
        /header instanceof Headers \? headersEntries\(header\) : Object\.entries\(header\)/g,
        // through a `Headers`, which joins a name given twice as `fetch` does (`1, 2`), where `set` kept the last
        () => "header instanceof Headers ? headersEntries(header) : Array.isArray(header) ? headersEntries(new Headers(header)) : Object.entries(header)",
        "mergeHeaders pairs",
      ),
  },
  {
    file: "client/types.gen.ts",
    why: "`error` is typed as the operation's error bodies alone, but it is an `Error` whenever no API body could be " +
      "had (no response; a 2xx whose body is not JSON or empty; a body cut off, over its size cap or past the " +
      "timeout): `error.code` then type-checked and was `undefined` (or a number) at run time",
    apply: (text) =>
      replaceEvery(
        text,
        /\n( +)error: TError extends Record<string, unknown> \? TError\[keyof TError\] : TError;\n/g,
        (_, indent) =>
          `\n${indent}/** The API's error body for an error status, or the \`Error\` of a call that got none (no response, a 2xx body that cannot be read): tell them apart with \`instanceof Error\`. */\n` +
          `${indent}error: (TError extends Record<string, unknown> ? TError[keyof TError] : TError) | globalThis.Error;\n`,
        "error: the API's body or an Error",
      ),
  },
]

/** `text` of the generated `file` (relative to the output, `/`-separated) with the patches for that file applied. */
export const patchHeyApiFile = (file: string, text: string, spec: OpenApiDocument): string =>
  heyApiPatches.filter((patch) => patch.file === file).reduce((out, patch) => patch.apply(out, spec), text)

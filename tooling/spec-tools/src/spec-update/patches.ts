// spec/patches.yaml: the repo's checked-in corrections to the OpenAPI document Beeper Desktop serves, applied by
// `pnpm spec:update` to every incoming document before it is normalised (like the `patches` of Effect's codegen.yaml).
// Each entry says why it exists and holds RFC 6902 JSON-patch operations. An entry applies all-or-nothing; when one
// no longer applies (usually: Desktop fixed the defect), the update stops and names it, so a stale fix is never
// silently dropped or silently re-applied. One exception: an operation whose endpoint (path, or method at a path)
// Desktop's document no longer has is left out and listed (see {@link applySpecPatches}): there is nothing left for it
// to correct, the entry's other operations still apply, and the update must go on to report the removal.
import { readFile } from "node:fs/promises"
import { parse } from "yaml"
import { decodePointerToken, escapeToken, httpMethods, isRecord, sameJson } from "./document.ts"

/** One RFC 6902 operation. `path` and `from` are JSON pointers into the OpenAPI document. */
export type JsonPatchOperation =
  | { readonly op: "add" | "replace" | "test"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move" | "copy"; readonly from: string; readonly path: string }

/** One entry of spec/patches.yaml: the reason for the fix and the operations that make it. */
export interface SpecPatch {
  readonly reason: string
  readonly patch: ReadonlyArray<JsonPatchOperation>
}

/** A failed `test` operation: which one, and where the document differs from the value it tests for. */
export interface TestFailure {
  /** The operation's place in its patch, from 1. */
  readonly operation: number
  readonly path: string
  /** Short lines, each a JSON pointer and what differs there (see {@link describeDifferences}). */
  readonly differences: ReadonlyArray<string>
}

/** Thrown when spec/patches.yaml is malformed or one of its entries does not apply to the incoming document. */
export class SpecPatchError extends Error {
  override readonly name = "SpecPatchError"
  /** Set when a `test` operation failed (the entry guards a value the document no longer has). */
  readonly testFailure: TestFailure | undefined
  /** Set (the operation's place, from 1) when an operation would write what the document already has. */
  readonly noOp: number | undefined
  /** The failing operation's place in its patch, from 1 (set by {@link applyJsonPatch}). */
  readonly operation: number | undefined
  constructor(message: string, details: { readonly testFailure?: TestFailure; readonly noOp?: number; readonly operation?: number } = {}) {
    super(message)
    this.testFailure = details.testFailure
    this.noOp = details.noOp
    this.operation = details.operation ?? details.noOp ?? details.testFailure?.operation
  }
}

/** An operation of spec/patches.yaml left out because the endpoint it corrects is gone from Desktop's document. */
export interface SkippedOperation {
  /** The entry's place in spec/patches.yaml, from 1. */
  readonly entry: number
  readonly reason: string
  /** The operation's place in its entry, from 1. */
  readonly operation: number
  readonly op: JsonPatchOperation
  /** What Desktop's document no longer has: `POST /v1/assets/download`, or a whole path `/v1/assets/download`. */
  readonly endpoint: string
  /** How many operations the entry has. */
  readonly of: number
}

/** What {@link applySpecPatches} did. */
export interface PatchResult<T> {
  readonly document: T
  /** Operations left out, their endpoint gone (the rest of their entries applied). */
  readonly skipped: ReadonlyArray<SkippedOperation>
}

/** A JSON value in at most `max` characters. */
const shortJson = (value: unknown, max = 80): string => {
  const text = JSON.stringify(value) ?? "undefined"
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

const isScalar = (value: unknown): boolean => typeof value !== "object" || value === null

/**
 * Where `actual` (the document) differs from `expected` (what a `test` operation tests for), below `pointer`: one short
 * line per difference, at most `limit` (then how many more): values added to or gone from a list of scalars (an
 * `enum`, `required`), keys added or gone, else the first differing value on each side, truncated.
 */
export const describeDifferences = (actual: unknown, expected: unknown, pointer: string, limit = 5): ReadonlyArray<string> => {
  const found: Array<string> = []
  const walk = (a: unknown, e: unknown, at: string): void => {
    if (sameJson(a, e)) return
    if (Array.isArray(a) && Array.isArray(e) && a.every(isScalar) && e.every(isScalar)) {
      const added = a.filter((value) => !e.some((other) => sameJson(other, value)))
      const removed = e.filter((value) => !a.some((other) => sameJson(other, value)))
      if (added.length > 0) found.push(`${at}: ${added.length === 1 ? "value" : "values"} added: ${added.map((value) => shortJson(value)).join(", ")}`)
      if (removed.length > 0) found.push(`${at}: ${removed.length === 1 ? "value" : "values"} gone: ${removed.map((value) => shortJson(value)).join(", ")}`)
      if (added.length === 0 && removed.length === 0) found.push(`${at}: the same values in another order (or repeated)`)
      return
    }
    if (Array.isArray(a) && Array.isArray(e)) {
      for (let index = 0; index < Math.min(a.length, e.length); index++) walk(a[index], e[index], `${at}/${index}`)
      if (a.length !== e.length) found.push(`${at}: ${a.length} items where the test has ${e.length}`)
      return
    }
    if (isRecord(a) && isRecord(e)) {
      for (const key of Object.keys(a)) if (!Object.hasOwn(e, key)) found.push(`${at}/${escapeToken(key)}: added: ${shortJson(a[key])}`)
      for (const key of Object.keys(e)) if (!Object.hasOwn(a, key)) found.push(`${at}/${escapeToken(key)}: gone (the test has ${shortJson(e[key])})`)
      for (const key of Object.keys(a)) if (Object.hasOwn(e, key)) walk(a[key], e[key], `${at}/${escapeToken(key)}`)
      return
    }
    found.push(`${at}: ${shortJson(a)} where the test has ${shortJson(e)}`)
  }
  walk(actual, expected, pointer)
  return found.length <= limit ? found : [...found.slice(0, limit), `... and ${found.length - limit} more`]
}

/** Thrown by a failed `test` operation (wrapped, with the operation's place, by {@link applyJsonPatch}). */
class TestFailed extends Error {
  readonly differences: ReadonlyArray<string>
  constructor(differences: ReadonlyArray<string>) {
    super(`test failed: ${differences.join("; ")}`)
    this.differences = differences
  }
}

const validOperation = (value: unknown): value is JsonPatchOperation => {
  if (!isRecord(value) || typeof value.path !== "string") return false
  switch (value.op) {
    case "add":
    case "replace":
    case "test":
      return "value" in value
    case "remove":
      return true
    case "move":
    case "copy":
      return typeof value.from === "string"
    default:
      return false
  }
}

/** Parses the text of spec/patches.yaml (a YAML list of `{reason, patch}`; an empty file means no patches). */
export const parsePatches = (text: string, source = "spec/patches.yaml"): ReadonlyArray<SpecPatch> => {
  const value: unknown = parse(text) ?? []
  if (!Array.isArray(value)) throw new SpecPatchError(`${source}: expected a list of { reason, patch } entries`)
  return value.map((entry: unknown, index) => {
    const label = `${source} entry ${index + 1}`
    if (!isRecord(entry) || typeof entry.reason !== "string" || entry.reason.trim() === "") {
      throw new SpecPatchError(`${label}: every entry needs a \`reason\` saying which defect it corrects`)
    }
    if (!Array.isArray(entry.patch) || entry.patch.length === 0 || !entry.patch.every(validOperation)) {
      throw new SpecPatchError(`${label}: \`patch\` must be a non-empty list of RFC 6902 operations (op, path, value/from)`)
    }
    return { reason: entry.reason.trim(), patch: entry.patch }
  })
}

/** Reads spec/patches.yaml; a missing file means no patches. */
export const loadPatches = async (path: string): Promise<ReadonlyArray<SpecPatch>> => {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return ""
    throw error
  })
  return parsePatches(text, path)
}

/** Splits a JSON pointer into its unescaped reference tokens (`/a~1b/c~0d` -> `["a/b", "c~d"]`). */
export const parsePointer = (pointer: string): ReadonlyArray<string> => {
  if (pointer === "") return []
  if (!pointer.startsWith("/")) throw new SpecPatchError(`invalid JSON pointer ${JSON.stringify(pointer)} (must start with "/")`)
  return pointer.slice(1).split("/").map(decodePointerToken)
}

type Container = Record<string, unknown> | Array<unknown>

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null

const arrayIndex = (array: ReadonlyArray<unknown>, token: string, pointer: string, allowEnd: boolean): number => {
  if (token === "-" && allowEnd) return array.length
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new SpecPatchError(`${pointer}: "${token}" is not an array index`)
  const index = Number(token)
  if (index > array.length || (!allowEnd && index === array.length)) {
    throw new SpecPatchError(`${pointer}: index ${index} is out of bounds (length ${array.length})`)
  }
  return index
}

/** The container that holds the pointer's last token, and that token. */
const locate = (document: unknown, pointer: string): { readonly parent: Container; readonly key: string } => {
  const tokens = parsePointer(pointer)
  const key = tokens.at(-1)
  if (key === undefined) throw new SpecPatchError(`the whole document cannot be the target of an operation`)
  let current: unknown = document
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(current)) current = current[arrayIndex(current, token, pointer, false)]
    else if (isRecord(current) && Object.hasOwn(current, token)) current = current[token]
    else throw new SpecPatchError(`${pointer}: "${token}" does not exist`)
  }
  if (!isContainer(current)) throw new SpecPatchError(`${pointer}: the parent is not an object or array`)
  return { parent: current, key }
}

const read = (document: unknown, pointer: string): unknown => {
  const { parent, key } = locate(document, pointer)
  if (Array.isArray(parent)) return parent[arrayIndex(parent, key, pointer, false)]
  if (!Object.hasOwn(parent, key)) throw new SpecPatchError(`${pointer}: "${key}" does not exist`)
  return parent[key]
}

const add = (document: unknown, pointer: string, value: unknown): void => {
  const { parent, key } = locate(document, pointer)
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, pointer, true), 0, value)
  else parent[key] = value
}

const remove = (document: unknown, pointer: string): unknown => {
  const { parent, key } = locate(document, pointer)
  if (Array.isArray(parent)) return parent.splice(arrayIndex(parent, key, pointer, false), 1)[0]
  if (!Object.hasOwn(parent, key)) throw new SpecPatchError(`${pointer}: "${key}" does not exist`)
  const value = parent[key]
  delete parent[key]
  return value
}

const replace = (document: unknown, pointer: string, value: unknown): void => {
  const { parent, key } = locate(document, pointer)
  if (Array.isArray(parent)) parent[arrayIndex(parent, key, pointer, false)] = value
  else if (Object.hasOwn(parent, key)) parent[key] = value
  else throw new SpecPatchError(`${pointer}: "${key}" does not exist`)
}

const applyOperation = (document: unknown, operation: JsonPatchOperation): void => {
  switch (operation.op) {
    case "add":
      return add(document, operation.path, structuredClone(operation.value))
    case "remove":
      return void remove(document, operation.path)
    case "replace":
      return replace(document, operation.path, structuredClone(operation.value))
    case "move": {
      if (operation.path.startsWith(`${operation.from}/`)) throw new SpecPatchError(`${operation.from}: cannot move a value into itself`)
      return add(document, operation.path, remove(document, operation.from))
    }
    case "copy":
      return add(document, operation.path, structuredClone(read(document, operation.from)))
    case "test": {
      const actual = read(document, operation.path)
      if (!sameJson(actual, operation.value)) throw new TestFailed(describeDifferences(actual, operation.value, operation.path))
    }
  }
}

/**
 * Whether `operation` (an `add` or `replace` of an object member) would write what `document` already holds there:
 * a correction the document no longer needs. RFC 6902 has no test for a member's absence, so an entry that adds a
 * missing member (a `required: true`) could not otherwise notice that Beeper Desktop now declares it itself.
 */
const writesWhatIsThere = (document: unknown, operation: JsonPatchOperation): boolean => {
  if (operation.op !== "add" && operation.op !== "replace") return false
  try {
    const { parent, key } = locate(document, operation.path)
    return !Array.isArray(parent) && Object.hasOwn(parent, key) && sameJson(parent[key], operation.value)
  } catch {
    return false
  }
}

/**
 * Applies RFC 6902 operations to a copy of `document`, all or nothing; throws {@link SpecPatchError} naming the
 * failing operation. With `refuseNoOps`, an `add` or `replace` of an object member that already holds the value fails
 * too (`noOp` set on the error), for corrections that are meant to stop once the document has them itself. `skip`
 * leaves out the operations at those places (from 1; the others keep their places in messages).
 */
export const applyJsonPatch = <T>(
  document: T,
  operations: ReadonlyArray<JsonPatchOperation>,
  options: { readonly refuseNoOps?: boolean; readonly skip?: ReadonlySet<number> } = {},
): T => {
  const copy = structuredClone(document)
  operations.forEach((operation, index) => {
    if (options.skip?.has(index + 1) === true) return
    if (options.refuseNoOps === true && writesWhatIsThere(copy, operation)) {
      throw new SpecPatchError(
        `operation ${index + 1} (${operation.op} ${operation.path}) writes the value the document already has there`,
        { noOp: index + 1 },
      )
    }
    try {
      applyOperation(copy, operation)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const testFailure = error instanceof TestFailed ? { operation: index + 1, path: operation.path, differences: error.differences } : undefined
      throw new SpecPatchError(`operation ${index + 1} (${operation.op} ${operation.path}): ${message}`, { ...(testFailure ? { testFailure } : {}), operation: index + 1 })
    }
  })
  return copy
}

/**
 * The endpoint `pointer` reaches into that `document` does not have: `POST /v1/assets/download` when the pointer goes
 * into `/paths/~1v1~1assets~1download/post` and the path has no `post`, the path itself when the document lacks it.
 * With `mustExist: false` (the target of an `add`) the pointer's last step may be missing: `/paths/~1v1~1new` or
 * `/paths/~1v1~1chats/put` creates that endpoint. `undefined` when the endpoint is there, or the pointer is not into
 * one (components are not endpoints: a schema Desktop renamed still needs its correction, under the new name, so a
 * patch into a missing one stops the update).
 */
export const missingEndpoint = (document: unknown, pointer: string, mustExist = true): string | undefined => {
  if (!pointer.startsWith("/")) return undefined
  const [root, path, method, ...below] = parsePointer(pointer)
  if (root !== "paths" || path === undefined || !isRecord(document) || !isRecord(document.paths)) return undefined
  const item = document.paths[path]
  if (!isRecord(item)) return method === undefined && !mustExist ? undefined : path
  if (method === undefined || !(httpMethods as ReadonlyArray<string>).includes(method) || Object.hasOwn(item, method)) return undefined
  return below.length === 0 && !mustExist ? undefined : `${method.toUpperCase()} ${path}`
}

/** The endpoint an operation reaches (its `from` too, for `move` and `copy`) that `document` lacks, if any. */
const endpointGone = (document: unknown, operation: JsonPatchOperation): string | undefined => {
  const writes = operation.op === "add" || operation.op === "move" || operation.op === "copy"
  return missingEndpoint(document, operation.path, !writes) ??
    (operation.op === "move" || operation.op === "copy" ? missingEndpoint(document, operation.from) : undefined)
}

/**
 * Applies every entry of spec/patches.yaml in order. Throws {@link SpecPatchError} naming the entry (by its
 * reason) and the operation that no longer applies, with what to do about it.
 *
 * An operation whose endpoint Desktop's document no longer has (the path, or the method at the path: Desktop removed
 * or moved it) is left out and returned in `skipped`, and the entry's other operations apply: stopping would withhold
 * the change report that shows the removal, and each of the other operations still corrects an endpoint Desktop
 * serves. The report lists the operation to delete (update.ts), so nothing is dropped silently either.
 */
export const applySpecPatches = <T>(document: T, patches: ReadonlyArray<SpecPatch>): PatchResult<T> => {
  const skipped: Array<SkippedOperation> = []
  const patched = patches.reduce((current, entry, index) => {
    const gone = entry.patch.flatMap((op, place) => {
      const endpoint = endpointGone(current, op)
      return endpoint === undefined ? [] : [{ entry: index + 1, reason: entry.reason, operation: place + 1, op, endpoint, of: entry.patch.length }]
    })
    try {
      const result = applyJsonPatch(current, entry.patch, { refuseNoOps: true, skip: new Set(gone.map((item) => item.operation)) })
      skipped.push(...gone)
      return result
    } catch (error) {
      throw entryError(entry, index, error)
    }
  }, document)
  return { document: patched, skipped }
}

/** The error that names the entry (`index` from 0) whose patch failed with `error`, and says what to do. */
const entryError = (entry: SpecPatch, index: number, error: unknown): SpecPatchError => {
  const noOp = error instanceof SpecPatchError ? error.noOp : undefined
  if (noOp !== undefined) {
    const operation = entry.patch[noOp - 1]!
    return new SpecPatchError(
      `spec/patches.yaml entry ${index + 1} does not apply: its operation ${noOp} (${operation.op} ${operation.path}) ` +
        "writes what Beeper Desktop's document already has there, so the defect it corrects is fixed in the document.\n" +
        `The entry's reason: "${entry.reason}"\n` +
        `Delete operation ${noOp} (the entry too when no operation is left), and rerun.`,
      { noOp },
    )
  }
  const failure = error instanceof SpecPatchError ? error.testFailure : undefined
  if (failure !== undefined) {
    // A test guards what the entry does: the value it tests for changed. What to do with the change is the
    // entry's reason's to say (carry it elsewhere, or the defect is fixed): deleting the entry would let the rest
    // of it (a remove) go, or not happen, silently.
    return new SpecPatchError(
      `spec/patches.yaml entry ${index + 1} does not apply: its operation ${failure.operation} tests ${failure.path}, ` +
        `and Beeper Desktop's document differs there:\n${failure.differences.map((line) => `- ${line}`).join("\n")}\n` +
        `The entry's reason: "${entry.reason}"\n` +
        `Carry the change where the reason says, then update the value operation ${failure.operation} of the entry tests for to the ` +
        "document's new one, and rerun. (Only when the reason is a defect Beeper Desktop has now fixed does the entry go instead.)",
      { testFailure: failure },
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  const place = error instanceof SpecPatchError ? error.operation : undefined
  // Only the failing operation is named for deletion: the entry's others may still correct what Desktop serves.
  const which = place === undefined ? "the failing operation" : `operation ${place}`
  return new SpecPatchError(
    `spec/patches.yaml entry ${index + 1} ("${entry.reason}") does not apply: ${message}. ` +
      `If Beeper Desktop has fixed the defect ${which} corrects, delete ${which} (the entry too when no operation is left); ` +
      `otherwise update ${place === undefined ? "its" : "that operation's"} path.`,
    place === undefined ? {} : { operation: place },
  )
}

/** The report's part on spec/patches.yaml (Markdown): the operations left out, each to delete; "" when none. */
export const renderPatchReport = (skipped: ReadonlyArray<SkippedOperation>): string => {
  if (skipped.length === 0) return ""
  const lines = skipped.map((item) => {
    const others = skipped.filter((other) => other.entry === item.entry).length
    const rest = item.of - others
    return `- Entry ${item.entry}, operation ${item.operation} (\`${item.op.op} ${item.op.path}\`): Desktop's document no longer has ` +
      `\`${item.endpoint}\`. Delete operation ${item.operation}${rest === 0 ? " (and the entry: no operation of it is left)" : ""}; ` +
      "if the endpoint moved (an \"Operation moved\" above), point it at the new path instead. " +
      (rest === 0 ? "" : `The entry's ${rest} other operation${rest === 1 ? "" : "s"} applied. `) +
      `The entry's reason: "${item.reason.length <= 120 ? item.reason : `${item.reason.slice(0, 119)}…`}"`
  })
  return "**Patches** (spec/patches.yaml operations left out: the endpoint each corrects is no longer in Desktop's document)\n\n" +
    `${lines.join("\n")}\n`
}

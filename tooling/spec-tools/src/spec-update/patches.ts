// spec/patches.yaml: the repo's checked-in corrections to the OpenAPI document Beeper Desktop serves, applied by
// `pnpm spec:update` to every incoming document before it is normalised (like the `patches` of Effect's codegen.yaml).
// Each entry says why it exists and holds RFC 6902 JSON-patch operations. An entry applies all-or-nothing; when one
// no longer applies (usually: Desktop fixed the defect), the update stops and names it, so a stale fix is never
// silently dropped or silently re-applied.
import { readFile } from "node:fs/promises"
import { parse } from "yaml"
import { sameJson } from "./document.ts"

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

/** Thrown when spec/patches.yaml is malformed or one of its entries does not apply to the incoming document. */
export class SpecPatchError extends Error {
  override readonly name = "SpecPatchError"
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

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
  return pointer.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
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
    case "test":
      if (!sameJson(read(document, operation.path), operation.value)) {
        throw new SpecPatchError(`${operation.path}: test failed, the value is ${JSON.stringify(read(document, operation.path))}, not ${JSON.stringify(operation.value)}`)
      }
  }
}

/** Applies RFC 6902 operations to a copy of `document`, all or nothing; throws {@link SpecPatchError} naming the failing operation. */
export const applyJsonPatch = <T>(document: T, operations: ReadonlyArray<JsonPatchOperation>): T => {
  const copy = structuredClone(document)
  operations.forEach((operation, index) => {
    try {
      applyOperation(copy, operation)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new SpecPatchError(`operation ${index + 1} (${operation.op} ${operation.path}): ${message}`)
    }
  })
  return copy
}

/**
 * Applies every entry of spec/patches.yaml in order. Throws {@link SpecPatchError} naming the entry (by its
 * reason) that no longer applies, with what to do about it.
 */
export const applySpecPatches = <T>(document: T, patches: ReadonlyArray<SpecPatch>): T =>
  patches.reduce((current, entry, index) => {
    try {
      return applyJsonPatch(current, entry.patch)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new SpecPatchError(
        `spec/patches.yaml entry ${index + 1} ("${entry.reason}") does not apply: ${message}. ` +
          "If Beeper Desktop has fixed this defect, delete the entry; otherwise update its paths.",
      )
    }
  }, document)

// Reading an OpenAPI 3.x document the way the diff engine needs it: typed accessors, `$ref` resolution and the
// list of operations keyed by what identifies an endpoint (method + path shape).

/** A parsed OpenAPI 3.x document (only the parts the spec tools look at are typed). */
export interface OpenApiDocument {
  readonly openapi: string
  readonly info: { readonly title?: string; readonly version?: string; readonly [key: string]: unknown }
  readonly paths: Record<string, Record<string, unknown>>
  readonly components?: Record<string, Record<string, unknown>>
  readonly [key: string]: unknown
}

/** A JSON object (schema, operation, parameter ...). */
export type Json = Record<string, unknown>

/** True for a plain object (not an array, not null). */
export const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Deep equality of JSON values; object key order does not matter, array order does. */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]))
  }
  if (!isRecord(a) || !isRecord(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
}

/** True when `value` looks like an OpenAPI 3.x document. */
export const isOpenApiDocument = (value: unknown): value is OpenApiDocument =>
  isRecord(value) && typeof value.openapi === "string" && value.openapi.startsWith("3.") &&
  isRecord(value.info) && isRecord(value.paths)

/** The HTTP methods a path item can hold, in the order the OpenAPI specification lists them. */
export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const

/** One operation of a document with what identifies it. */
export interface OperationEntry {
  readonly method: string
  readonly path: string
  readonly operationId: string | undefined
  /** `METHOD /path/{}`: parameter names do not matter for identity (renaming `{id}` to `{chatID}` is the same endpoint). */
  readonly key: string
  /** The name callers know it by: the operationId (the SDK method), else `METHOD /path`. */
  readonly name: string
  readonly operation: Json
  readonly pathItem: Json
}

/** `/v1/chats/{}`: parameter names do not matter for identity (renaming `{id}` to `{chatID}` is the same endpoint). */
export const pathShape = (path: string): string => path.replace(/\{[^}]*\}/g, "{}")

/** A JSON-pointer token for a key (`~` → `~0`, `/` → `~1`). */
export const escapeToken = (token: string): string => token.replace(/~/g, "~0").replace(/\//g, "~1")

/** Keys that describe a schema without constraining it. */
export const schemaAnnotationKeys: ReadonlySet<string> = new Set([
  "description", "title", "deprecated", "default", "example", "examples", "readOnly", "writeOnly", "$comment",
])

/** Every operation of the document, keyed by {@link OperationEntry.key}. */
export const operationsOf = (document: OpenApiDocument): Map<string, OperationEntry> => {
  const entries = new Map<string, OperationEntry>()
  for (const [path, pathItem] of Object.entries(document.paths)) {
    if (!isRecord(pathItem)) continue
    for (const method of httpMethods) {
      const operation = pathItem[method]
      if (!isRecord(operation)) continue
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined
      const endpoint = `${method.toUpperCase()} ${path}`
      const key = `${method.toUpperCase()} ${pathShape(path)}`
      entries.set(key, {
        method: method.toUpperCase(),
        path,
        operationId,
        key,
        name: operationId ?? endpoint,
        operation,
        pathItem,
      })
    }
  }
  return entries
}

/** The component name a local `$ref` points at (`#/components/schemas/Chat` → `Chat`), if it is one. */
export const refName = (value: unknown, section = "schemas"): string | undefined => {
  if (!isRecord(value) || typeof value.$ref !== "string") return undefined
  const prefix = `#/components/${section}/`
  return value.$ref.startsWith(prefix) ? decodePointerToken(value.$ref.slice(prefix.length)) : undefined
}

/** A JSON-pointer token as the key it names (`~1` → `/`, `~0` → `~`): {@link escapeToken} undone. */
export const decodePointerToken = (token: string): string => token.replace(/~1/g, "/").replace(/~0/g, "~")

/** Thrown when a `$ref` points at nothing. */
export class UnresolvedRefError extends Error {
  override readonly name = "UnresolvedRefError"
}

/** Follows a local JSON-pointer `$ref` (`#/...`) once. Throws {@link UnresolvedRefError} when the target is missing. */
export const resolveRef = (document: unknown, ref: string): unknown => {
  if (!ref.startsWith("#")) throw new UnresolvedRefError(`only local $refs are supported, got ${ref}`)
  let current: unknown = document
  for (const token of ref.slice(2).split("/").filter((part) => part !== "")) {
    const key = decodeURIComponent(decodePointerToken(token))
    if (!isRecord(current) && !Array.isArray(current)) throw new UnresolvedRefError(`$ref ${ref} does not resolve`)
    current = (current as Record<string, unknown>)[key]
    if (current === undefined) throw new UnresolvedRefError(`$ref ${ref} does not resolve`)
  }
  return current
}

/** Follows `$ref`s until a value that is not a bare reference (cycle-safe). */
export const deref = (document: OpenApiDocument, value: unknown): unknown => {
  const seen = new Set<string>()
  let current = value
  while (isRecord(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new UnresolvedRefError(`$ref cycle through ${current.$ref}`)
    seen.add(current.$ref)
    const target = resolveRef(document, current.$ref)
    // OpenAPI 3.1 allows keywords beside $ref (description, ...): they annotate the target.
    const { $ref: _ref, ...siblings } = current
    current = Object.keys(siblings).length === 0 || !isRecord(target) ? target : { ...target, ...siblings }
  }
  return current
}

/** {@link deref}, or `undefined` where a `$ref` points at nothing (for walks that skip what they cannot read). */
export const derefOrUndefined = (document: OpenApiDocument, value: unknown): unknown => {
  try {
    return deref(document, value)
  } catch {
    return undefined
  }
}

/** What identifies a parameter (`query:cursor`), `$ref`s followed; `undefined` for one that cannot be read. */
export const parameterKey = (document: OpenApiDocument, raw: unknown): string | undefined => {
  const parameter = derefOrUndefined(document, raw)
  return isRecord(parameter) && typeof parameter.name === "string" ? `${String(parameter.in)}:${parameter.name}` : undefined
}

/** Every local `$ref` string in a value, for dangling-reference checks. */
export const collectRefs = (value: unknown, found: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found)
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.add(item)
      else if (key !== "examples" && key !== "example" && key !== "default" && key !== "const") collectRefs(item, found)
    }
  }
  return found
}

/** The `$ref`s of the document that point at nothing (an empty list for a sound document). */
export const danglingRefs = (document: OpenApiDocument): ReadonlyArray<string> =>
  [...collectRefs(document)].filter((ref) => {
    if (!ref.startsWith("#")) return false
    try {
      resolveRef(document, ref)
      return false
    } catch {
      return true
    }
  }).sort()

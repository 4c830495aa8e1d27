// Which way each component travels: the components reachable from operations' responses and not from any request
// (request body or parameter). Their enums are open in the generated types (a newer Desktop may send a new value,
// which the tolerant reader keeps); a component a request can carry keeps closed enums, so inputs stay strict.
import type { OpenApiDocument } from "../spec.ts"

const componentPrefix = "#/components/"
const schemaPrefix = "#/components/schemas/"
const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])

/**
 * The names of the schema components only responses reach (through any `$ref`: schemas, responses, bodies...), not
 * requests (parameters, request bodies): `responseOnly`, whose enums are open.
 */
export const componentDirections = (document: OpenApiDocument): { readonly responseOnly: ReadonlySet<string> } => {
  const { requests, responses } = reachableByDirection(document)
  return { responseOnly: new Set([...responses].filter((name) => !requests.has(name))) }
}

const reachableByDirection = (document: OpenApiDocument) => {
  const requestRoots: Array<unknown> = []
  const responseRoots: Array<unknown> = []
  for (const item of Object.values(document.paths)) {
    for (const [key, operation] of Object.entries(item)) {
      if (key === "parameters") requestRoots.push(operation)
      if (!methods.has(key) || typeof operation !== "object" || operation === null) continue
      const { parameters, requestBody, responses } = operation as Record<string, unknown>
      requestRoots.push(parameters, requestBody)
      responseRoots.push(responses)
    }
  }
  return { requests: reachableSchemas(document, requestRoots), responses: reachableSchemas(document, responseRoots) }
}

/** The schema components reachable from `roots` by following `$ref`s into `#/components/...`. */
const reachableSchemas = (document: OpenApiDocument, roots: ReadonlyArray<unknown>): ReadonlySet<string> => {
  const seen = new Set<string>()
  const pending = roots.flatMap(refsIn)
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    if (seen.has(ref) || !ref.startsWith(componentPrefix)) continue
    seen.add(ref)
    const [kind, name] = ref.slice(componentPrefix.length).split("/")
    const target = kind !== undefined && name !== undefined ? document.components?.[kind]?.[decodePointer(name)] : undefined
    pending.push(...refsIn(target))
  }
  return new Set([...seen].filter((ref) => ref.startsWith(schemaPrefix)).map((ref) => decodePointer(ref.slice(schemaPrefix.length))))
}

/** Every `$ref` string inside a JSON value. */
const refsIn = (value: unknown): Array<string> => {
  if (Array.isArray(value)) return value.flatMap(refsIn)
  if (typeof value !== "object" || value === null) return []
  return Object.entries(value).flatMap(([key, item]) => key === "$ref" && typeof item === "string" ? [item] : refsIn(item))
}

/** A JSON pointer segment's text (`~1` → `/`, `~0` → `~`). */
const decodePointer = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~")

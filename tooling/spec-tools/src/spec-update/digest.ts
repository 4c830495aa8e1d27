// What `pnpm spec:update` does to a new document before comparing it with ours, so that documents written for other
// generators read the same as ours. Beeper's own document (5.0.0, Stainless-generated SDKs) needs three things:
// - OpenAPI 3.0's `nullable: true` inside a 3.1 document (3.1 dropped the keyword; generators ignore it): rewritten
//   the 3.1 way, `type: [T, "null"]` (plus `null` in an `enum`), `anyOf: [X, {type: "null"}]` where there is no
//   `type` (a `$ref`, a combinator), and a bare `{nullable: true}` (any value, null included) becomes `{}`.
// - Generator-specific extensions of another vendor (`x-stainless-*`: pagination hints, variant names) mean nothing to
//   our generators: removed, and counted in the report.
// - `allOf` members that only annotate (`allOf: [{$ref: X}, {description: "..."}]`, a Stainless idiom): their
//   annotations move onto the schema, and an `allOf` left with one `$ref` becomes that `$ref` with the annotations
//   beside it (3.1 allows siblings of `$ref`).
// - A bare `{}` variant of `anyOf`/`oneOf` beside another variant that also accepts any value (the usual output of
//   rewriting two `nullable` any-variants) is the same variant twice: the bare one is dropped.
// - OpenAPI 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` (beside `minimum`/`maximum`): the 3.1 number form.
// - Paths outside `/v1` (OAuth, MCP): not part of the API this SDK covers; removed and named in the report.
// - A whole OpenAPI 3.0 document (`openapi: 3.0.x`): once its `nullable` and boolean bounds are rewritten it is in the
//   3.1 dialect, so it says `openapi: 3.1.0` — it is validated as 3.1 (by 3.0's rules, the 3.1 forms the rewrite made
//   would be problems the document does not have), merged into our 3.1 spec and written as 3.1.
// Every rewrite is reported; nothing is dropped silently.
import { escapeToken, httpMethods, isRecord, schemaAnnotationKeys, type Json, type OpenApiDocument } from "./document.ts"

/** Extension prefixes of other vendors' generators that spec:update removes. */
export const foreignExtensionPrefixes: ReadonlyArray<string> = ["x-stainless-"]

/** What {@link digestDocument} changed. */
export interface DigestResult {
  readonly document: OpenApiDocument
  /** JSON pointers of the schemas whose `nullable: true` was rewritten. */
  readonly nullable: ReadonlyArray<string>
  /** JSON pointers of the schemas whose annotation-only `allOf` members were folded in. */
  readonly annotationAllOf: ReadonlyArray<string>
  /** JSON pointers of the schemas whose boolean `exclusiveMinimum`/`exclusiveMaximum` became the 3.1 number form. */
  readonly exclusiveBounds: ReadonlyArray<string>
  /** How many of each foreign extension were removed, by key. */
  readonly foreignExtensions: ReadonlyMap<string, number>
  /** `METHOD /path` of the operations of paths outside `/v1` that were removed. */
  readonly outsideV1: ReadonlyArray<string>
  /** The `openapi` version of a 3.0 document, now read as 3.1.0; undefined for a 3.1 document. */
  readonly upgradedFrom: string | undefined
}

/** The version a digested 3.0 document declares: the dialect the rewrites put it in (and spec/openapi.yaml's). */
export const digestedVersion = "3.1.0"

/** Keys whose values are example data or literal values, never schemas to rewrite. */
const dataKeys = new Set(["example", "examples", "default", "const", "enum"])

const nullableRewrite = (schema: Json): Json => {
  const { nullable: _nullable, ...rest } = schema
  const type = rest.type
  if (typeof type === "string" || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type]
    const result: Json = { ...rest, type: types.includes("null") ? types : [...types, "null"] }
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) result.enum = [...rest.enum, null]
    return result
  }
  const describing = Object.keys(rest).filter((key) => !key.startsWith("x-") && !schemaAnnotationKeys.has(key))
  if (describing.length === 0) return rest // `{nullable: true}`: any value, null included
  const annotations = Object.fromEntries(Object.entries(rest).filter(([key]) => !describing.includes(key)))
  const core = Object.fromEntries(Object.entries(rest).filter(([key]) => describing.includes(key)))
  return { ...annotations, anyOf: [core, { type: "null" }] }
}

/** Keys whose values map names (fields, status codes, media types, components) to elements: their keys are names. */
const nameMapKeys = new Set([
  "properties", "patternProperties", "$defs", "dependentSchemas", "schemas", "responses", "parameters",
  "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding", "paths",
])

const isAnnotationOnly = (value: unknown): value is Json =>
  isRecord(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => schemaAnnotationKeys.has(key) || key.startsWith("x-"))

const foldAnnotationAllOf = (schema: Json): Json | undefined => {
  const members = schema.allOf
  if (!Array.isArray(members) || !members.some(isAnnotationOnly)) return undefined
  const { allOf: _allOf, ...rest } = schema
  const folded: Json = { ...rest }
  for (const member of members.filter(isAnnotationOnly)) {
    for (const [key, value] of Object.entries(member)) if (!Object.hasOwn(folded, key)) folded[key] = value
  }
  const remaining = members.filter((member) => !isAnnotationOnly(member))
  const structural = Object.keys(rest).filter((key) => !schemaAnnotationKeys.has(key) && !key.startsWith("x-"))
  if (remaining.length === 1 && isRecord(remaining[0]) && structural.length === 0) return { ...remaining[0], ...folded }
  return remaining.length === 0 ? folded : { ...folded, allOf: remaining }
}

interface WalkState {
  readonly exclusiveBounds: Array<string>
  readonly annotationAllOf: Array<string>
  readonly nullable: Array<string>
  readonly foreign: Map<string, number>
}

const walk = (value: unknown, pointer: string, state: WalkState, names = false): unknown => {
  if (Array.isArray(value)) return value.map((item, index) => walk(item, `${pointer}/${index}`, state))
  if (!isRecord(value)) return value
  if (names) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child, `${pointer}/${escapeToken(key)}`, state)]))
  }
  let current: Json = {}
  for (const [key, child] of Object.entries(value)) {
    if (foreignExtensionPrefixes.some((prefix) => key.startsWith(prefix))) {
      state.foreign.set(key, (state.foreign.get(key) ?? 0) + 1)
      continue
    }
    current[key] = dataKeys.has(key) || key.startsWith("x-")
      ? child
      : walk(child, `${pointer}/${escapeToken(key)}`, state, nameMapKeys.has(key) && isRecord(child))
  }
  for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
    if (typeof current[flag] !== "boolean") continue
    const { [flag]: exclusive, [bound]: limit, ...rest } = current
    current = exclusive === true && typeof limit === "number" ? { ...rest, [flag]: limit } : typeof limit === "number" ? { ...rest, [bound]: limit } : rest
    state.exclusiveBounds.push(pointer)
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const variants = current[key]
    if (!Array.isArray(variants)) continue
    const isBare = (variant: unknown) => isRecord(variant) && Object.keys(variant).length === 0
    if (variants.some(isBare) && variants.some((variant) => !isBare(variant) && isAnnotationOnly(variant))) {
      current = { ...current, [key]: variants.filter((variant) => !isBare(variant)) }
    }
  }
  const folded = foldAnnotationAllOf(current)
  if (folded !== undefined) {
    state.annotationAllOf.push(pointer)
    current = folded
  }
  if (current.nullable === true) {
    state.nullable.push(pointer)
    current = nullableRewrite(current)
  } else if (current.nullable === false) {
    const { nullable: _nullable, ...rest } = current
    current = rest
  }
  return current
}

/** Rewrites the new document into the dialect our generators read (see the module header). A copy; the input is kept. */
export const digestDocument = (document: OpenApiDocument): DigestResult => {
  const state: WalkState = { exclusiveBounds: [], annotationAllOf: [], nullable: [], foreign: new Map() }
  const outsideV1: Array<string> = []
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [path, item] of Object.entries(document.paths)) {
    if (path === "/v1" || path.startsWith("/v1/") || path.startsWith("x-")) {
      paths[path] = item
      continue
    }
    for (const method of Object.keys(isRecord(item) ? item : {})) {
      if ((httpMethods as ReadonlyArray<string>).includes(method)) outsideV1.push(`${method.toUpperCase()} ${path}`)
    }
  }
  const upgradedFrom = /^3\.0(\.|$)/.test(document.openapi) ? document.openapi : undefined
  const walked = walk({ ...document, paths }, "#", state) as OpenApiDocument
  const digested = upgradedFrom === undefined ? walked : { ...walked, openapi: digestedVersion }
  return {
    document: digested, nullable: state.nullable, annotationAllOf: state.annotationAllOf, exclusiveBounds: state.exclusiveBounds,
    foreignExtensions: state.foreign, outsideV1, upgradedFrom,
  }
}

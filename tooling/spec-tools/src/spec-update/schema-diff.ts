// Direction-aware comparison of two JSON Schemas (OpenAPI 3.1, with 3.0's `nullable` understood).
//
// A schema reached through `$ref: '#/components/schemas/Name'` on both sides is compared once per direction, and
// what changed inside it is reported at `Name.field` with the operations that use it, rather than once per
// operation. Everything else (inline schemas, refs that now point at a different name) is compared structurally at
// the place it is used. Cycles terminate: named schemas through that memo, inline ones through a stack of pairs.
import { bumpFor, type ChangeKind, type Direction, type SpecChange } from "./changes.ts"
import { deref, isRecord, refName, resolveRef, sameJson, schemaAnnotationKeys, type Json, type OpenApiDocument } from "./document.ts"
import { keptValuesKey, newlyKept, sourceKey } from "./merge.ts"

/** A change before its `usedBy` is known (that needs the whole walk). */
interface Draft extends Omit<SpecChange, "usedBy" | "events"> {
  /** `Name|direction` of the named schema the change sits in, if any. */
  readonly owner: string | undefined
  /** The operation the change sits in, when it is not inside a named schema. */
  readonly operation: string | undefined
}

/** State of one comparison of two documents. */
export interface DiffContext {
  readonly before: OpenApiDocument
  readonly after: OpenApiDocument
  readonly drafts: Array<Draft>
  /** `Name|direction` pairs already compared. */
  readonly compared: Set<string>
  /** `Name|direction` → operations whose request/response refers to it directly. */
  readonly usage: Map<string, Set<string>>
  /** `Name|direction` → the named schemas (same direction) that refer to it. */
  readonly parents: Map<string, Set<string>>
  /** Inline schema pairs on the current path (cycle guard). */
  readonly stack: Set<string>
  /** Component schema name → the live events that carry it (spec/asyncapi.yaml; see live-events.ts). */
  readonly liveEvents: ReadonlyMap<string, ReadonlyArray<string>>
}

/** Where the walk is. */
export interface Site {
  /** The location as the report prints it: `Chat.participants.items[].id`, `chats.list query parameter limit`. */
  readonly path: string
  readonly direction: Direction
  /** The operation being walked (its SDK name). */
  readonly operation: string | undefined
  /** `Name|direction` of the named schema being walked, if any. */
  readonly owner?: string | undefined
  /**
   * Inside an element the previous document already marked kept (`x-beeper-kit-source`: not Desktop's): nothing in
   * it is reported as no longer in Desktop's document.
   */
  readonly keptBefore?: boolean
}

/** Whether the merge has just kept, at `site`, an element Desktop's previous document described (see merge.ts). */
export const droppedUpstream = (site: Pick<Site, "keptBefore">, before: unknown, after: unknown): boolean =>
  site.keptBefore !== true && newlyKept(before, after)

/** A fresh context for comparing `before` with `after`. */
export const makeContext = (
  before: OpenApiDocument,
  after: OpenApiDocument,
  liveEvents: ReadonlyMap<string, ReadonlyArray<string>> = new Map(),
): DiffContext => ({
  before, after, drafts: [], compared: new Set(), usage: new Map(), parents: new Map(), stack: new Set(), liveEvents,
})

/** Records one change at `site`. `why` (set for breaking changes) says whom it breaks. */
export const record = (
  context: DiffContext,
  site: Pick<Site, "path" | "operation" | "owner"> & { readonly direction?: Direction | undefined },
  kind: ChangeKind,
  detail: string,
  why?: string,
): void => {
  const breaking = why !== undefined
  context.drafts.push({
    kind,
    ...(site.direction === undefined ? {} : { direction: site.direction }),
    location: site.path,
    detail,
    breaking,
    ...(why === undefined ? {} : { why }),
    bump: bumpFor(kind, breaking),
    owner: site.owner,
    operation: site.owner === undefined ? site.operation : undefined,
  })
}

/**
 * The finished changes: each with the operations that use it and the live events that carry it (through any chain of
 * named schemas), duplicates (the same documentation change seen from requests and responses) merged.
 */
export const finish = (context: DiffContext): ReadonlyArray<SpecChange> => {
  /** `key` and every named schema that holds it, through any chain (each a `Name|direction`). */
  const holders = (key: string, seen: Set<string> = new Set()): Set<string> => {
    seen.add(key)
    for (const parent of context.parents.get(key) ?? []) if (!seen.has(parent)) holders(parent, seen)
    return seen
  }
  const merged = new Map<string, SpecChange>()
  for (const { owner, operation, ...change } of context.drafts) {
    const chain = owner === undefined ? [] : [...holders(owner)]
    const usedBy = owner !== undefined ? chain.flatMap((key) => [...(context.usage.get(key) ?? [])]) : operation === undefined ? [] : [operation]
    // A live event hands its entries to callers: it carries a schema in the response direction only.
    const events = chain.filter((key) => key.endsWith("|response")).flatMap((key) => context.liveEvents.get(key.slice(0, -"|response".length)) ?? [])
    const id = `${change.kind}|${change.location}|${change.detail}|${change.direction ?? ""}`
    const previous = merged.get(id)
    const allEvents = [...new Set([...(previous?.events ?? []), ...events])].sort()
    merged.set(id, { ...change, usedBy: [...new Set([...(previous?.usedBy ?? []), ...usedBy])].sort(), ...(allEvents.length > 0 ? { events: allEvents } : {}) })
  }
  return [...merged.values()]
}

/** The breaking reason for one side, or `undefined` when that side is not broken. */
const onSide = (direction: Direction, reasons: { readonly request?: string; readonly response?: string }): string | undefined =>
  reasons[direction]

// ---------------------------------------------------------------------------------------------------------------
// Shapes of a schema

const nonNullTypes = (schema: Json): ReadonlyArray<string> | undefined => {
  const type = schema.type
  if (typeof type === "string") return type === "null" ? [] : [type]
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string" && t !== "null")
  if (isRecord(schema.properties) || isRecord(schema.additionalProperties)) return ["object"]
  if (schema.items !== undefined) return ["array"]
  return undefined
}

const isNullSchema = (value: unknown): boolean =>
  isRecord(value) && (value.type === "null" || (Array.isArray(value.type) && value.type.length === 1 && value.type[0] === "null") ||
    value.const === null || (Array.isArray(value.enum) && value.enum.length === 1 && value.enum[0] === null))

const unionOf = (schema: Json): ReadonlyArray<unknown> | undefined =>
  Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined

/** Whether the schema admits `null` at its own level (not looking through `$ref`s). */
const isNullable = (schema: unknown): boolean => {
  if (!isRecord(schema)) return false
  if (schema.nullable === true) return true
  if (Array.isArray(schema.type) && schema.type.includes("null")) return true
  if (schema.type === "null") return true
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true
  return (unionOf(schema) ?? []).some(isNullSchema)
}

/** The schema without its `null` alternative: `[T, 'null']` → `T`, `anyOf: [X, {type: null}]` → `X`. */
const withoutNull = (schema: unknown): unknown => {
  if (!isRecord(schema)) return schema
  const { nullable: _nullable, ...rest } = schema
  let result: Json = rest
  if (Array.isArray(result.type)) {
    const types = result.type.filter((t) => t !== "null")
    result = { ...result, type: types.length === 1 ? types[0] : types }
  }
  if (Array.isArray(result.enum) && result.enum.includes(null)) result = { ...result, enum: result.enum.filter((v) => v !== null) }
  for (const key of ["oneOf", "anyOf"] as const) {
    const variants = result[key]
    if (!Array.isArray(variants) || !variants.some(isNullSchema)) continue
    const kept = variants.filter((variant) => !isNullSchema(variant))
    const others = Object.keys(result).filter((k) => k !== key && !schemaAnnotationKeys.has(k) && !k.startsWith("x-"))
    if (kept.length === 1 && others.length === 0) return kept[0]
    result = { ...result, [key]: kept }
  }
  return result
}

/**
 * `allOf` merged into one schema (properties and required lists united), as generated types see it, leaving out
 * the parts that refer to a named schema in `skip` (those are compared, and reported, under their own name).
 */
const mergeAllOf = (document: OpenApiDocument, schema: Json, skip: ReadonlySet<string> = new Set()): Json => {
  if (!Array.isArray(schema.allOf)) return schema
  const { allOf, ...rest } = schema
  let merged: Json = { ...rest }
  for (const part of allOf) {
    const name = refName(part)
    if (name !== undefined && skip.has(name)) continue
    const resolved = deref(document, part)
    if (!isRecord(resolved)) continue
    const flat = mergeAllOf(document, resolved)
    merged = {
      ...flat,
      ...merged,
      properties: { ...(isRecord(flat.properties) ? flat.properties : {}), ...(isRecord(merged.properties) ? merged.properties : {}) },
      required: [...new Set([...stringList(flat.required), ...stringList(merged.required)])],
    }
  }
  return merged
}

const stringList = (value: unknown): ReadonlyArray<string> =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []

const enumValues = (schema: Json): ReadonlyArray<unknown> | undefined =>
  Array.isArray(schema.enum) ? schema.enum.filter((v) => v !== null) : "const" in schema && schema.const !== null ? [schema.const] : undefined

const show = (value: unknown): string => (typeof value === "string" ? `"${value}"` : JSON.stringify(value))

/** A short type description for the report: `string`, `Chat`, `Message[]`, `"a" | "b"`, `string | null`. */
export const describeSchema = (document: OpenApiDocument, schema: unknown, depth = 0): string => {
  if (!isRecord(schema)) return schema === true || schema === undefined ? "any" : "never"
  const nullable = isNullable(schema) ? " | null" : ""
  const inner = withoutNull(schema)
  if (!isRecord(inner)) return "any"
  const name = refName(inner)
  if (name !== undefined) return `${name}${nullable}`
  if (depth > 2) return "…"
  const values = enumValues(inner)
  if (values !== undefined) return `${values.slice(0, 6).map(show).join(" | ")}${values.length > 6 ? " | …" : ""}${nullable}`
  const variants = unionOf(inner)
  if (variants !== undefined) return `${variants.map((v) => describeSchema(document, v, depth + 1)).join(" | ")}${nullable}`
  const types = nonNullTypes(inner)
  if (types === undefined) return `any${nullable}`
  const described = types.map((type) => {
    if (type === "array") return `${describeSchema(document, inner.items, depth + 1)}[]`
    if (type === "string" && typeof inner.format === "string") return `string (${inner.format})`
    return type
  })
  return `${described.join(" | ")}${nullable}`
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison

const objectIds = new WeakMap<object, number>()
let nextObjectId = 0
const idOf = (value: unknown): string => {
  if (typeof value !== "object" || value === null) return String(value)
  let id = objectIds.get(value)
  if (id === undefined) objectIds.set(value, (id = nextObjectId++))
  return `#${id}`
}

const link = (map: Map<string, Set<string>>, key: string, value: string): void => {
  const set = map.get(key) ?? new Set()
  set.add(value)
  map.set(key, set)
}

/** Compares the schemas found at `site` in the previous (`before`) and new (`after`) documents. */
export const compareSchema = (context: DiffContext, outer: Site, before: unknown, after: unknown): void => {
  const site = isRecord(before) && before[sourceKey] !== undefined ? { ...outer, keptBefore: true } : outer
  compareAnnotations(context, site, before, after)
  compareNullability(context, site, before, after)
  const innerBefore = withoutNull(before)
  const innerAfter = withoutNull(after)
  const name = refName(innerBefore)
  if (name !== undefined && name === refName(innerAfter)) return compareNamed(context, site, name, innerBefore, innerAfter)
  const resolvedBefore = deref(context.before, innerBefore)
  const resolvedAfter = deref(context.after, innerAfter)
  if (!isRecord(resolvedBefore) || !isRecord(resolvedAfter)) return
  const pair = `${idOf(resolvedBefore)}|${idOf(resolvedAfter)}|${site.direction}`
  if (context.stack.has(pair)) return
  context.stack.add(pair)
  try {
    compareStructure(context, site, resolvedBefore, resolvedAfter)
  } finally {
    context.stack.delete(pair)
  }
}

const compareNamed = (context: DiffContext, site: Site, name: string, before: unknown, after: unknown): void => {
  const key = `${name}|${site.direction}`
  if (site.owner !== undefined) link(context.parents, key, site.owner)
  else if (site.operation !== undefined) link(context.usage, key, site.operation)
  if (context.compared.has(key)) return
  context.compared.add(key)
  // A named schema is compared once, for every use: whether it is Desktop's is its own marker's to say.
  const named: Site = { path: name, direction: site.direction, operation: site.operation, owner: key }
  const target = (schema: unknown) => (schema as { readonly $ref: string }).$ref
  compareSchema(context, named, resolveRef(context.before, target(before)), resolveRef(context.after, target(after)))
}

const compareAnnotations = (context: DiffContext, site: Site, before: unknown, after: unknown): void => {
  if (!isRecord(before) || !isRecord(after)) return
  const docs = ["title", "description", "example", "examples"].filter(
    (key) => !sameJson(before[key], after[key]),
  )
  if (docs.length > 0) record(context, { ...site, direction: undefined }, "docs-changed", docs.join(", "))
  if (before.deprecated !== true && after.deprecated === true) record(context, site, "field-deprecated", "")
  if (!sameJson(before.default, after.default)) {
    record(context, site, "constraint-changed", `default ${before.default === undefined ? "(none)" : show(before.default)} → ${after.default === undefined ? "(none)" : show(after.default)}`)
  }
}

const compareNullability = (context: DiffContext, site: Site, before: unknown, after: unknown): void => {
  const was = isNullable(before)
  const is = isNullable(after)
  if (!was && is) {
    record(context, site, "field-made-nullable", "", onSide(site.direction, { response: "code reading it must now handle null" }))
  } else if (was && !is) {
    record(context, site, "field-made-non-nullable", "", onSide(site.direction, { request: "calls sending null are rejected" }))
  }
}

/** `allOf` parts that are `$ref`s to the same named schema on both sides. */
const sharedAllOfRefs = (before: Json, after: Json): ReadonlyArray<unknown> => {
  const refs = (schema: Json) => (Array.isArray(schema.allOf) ? schema.allOf.filter((part) => refName(part) !== undefined) : [])
  const names = new Set(refs(after).map((part) => refName(part)))
  return refs(before).filter((part) => names.has(refName(part)))
}

const compareStructure = (context: DiffContext, site: Site, rawBefore: Json, rawAfter: Json): void => {
  // `allOf: [$ref: Chat, {...}]` on both sides: Chat's own changes are reported once, as Chat's.
  const shared = sharedAllOfRefs(rawBefore, rawAfter)
  for (const part of shared) compareSchema(context, site, part, part)
  const skip = new Set(shared.map((part) => refName(part)!))
  const before = mergeAllOf(context.before, rawBefore, skip)
  const after = mergeAllOf(context.after, rawAfter, skip)
  if (unionOf(before) !== undefined || unionOf(after) !== undefined) {
    return compareVariants(context, site, unionOf(before) ?? [before], unionOf(after) ?? [after], before, after)
  }
  if (!compareTypes(context, site, before, after)) return
  compareEnums(context, site, before, after)
  compareConstraints(context, site, before, after)
  const typesBefore = nonNullTypes(before) ?? []
  const typesAfter = nonNullTypes(after) ?? []
  if (typesBefore.includes("object") && typesAfter.includes("object")) compareProperties(context, site, before, after)
  if (typesBefore.includes("array") && typesAfter.includes("array") && before.items !== undefined && after.items !== undefined) {
    compareSchema(context, { ...site, path: `${site.path}[]` }, before.items, after.items)
  }
  if (isRecord(before.additionalProperties) && isRecord(after.additionalProperties)) {
    compareSchema(context, { ...site, path: `${site.path}{*}` }, before.additionalProperties, after.additionalProperties)
  }
}

/** `integer` is a subset of `number`. */
const covers = (types: ReadonlyArray<string>, type: string): boolean =>
  types.includes(type) || (type === "integer" && types.includes("number"))

/** Reports a type change; returns whether the two schemas still share a type worth comparing deeper. */
const compareTypes = (context: DiffContext, site: Site, before: Json, after: Json): boolean => {
  const was = nonNullTypes(before)
  const is = nonNullTypes(after)
  if (was === undefined && is === undefined) return true
  const from = describeTypes(was)
  const to = describeTypes(is)
  const widened = is === undefined || (was !== undefined && was.every((type) => covers(is, type)))
  const narrowed = was === undefined || (is !== undefined && is.every((type) => covers(was, type)))
  if (widened && narrowed) return true
  const reasons = widened
    ? { response: `code reading it must handle ${to}` }
    : narrowed
      ? { request: `calls sending ${from} are rejected` }
      : { request: "the type callers send changed", response: "the type callers read changed" }
  record(context, site, "field-retyped", `${from} → ${to}`, onSide(site.direction, reasons))
  return was === undefined || is === undefined || was.some((type) => covers(is, type)) || is.some((type) => covers(was, type))
}

const describeTypes = (types: ReadonlyArray<string> | undefined): string =>
  types === undefined ? "any" : types.length === 0 ? "null" : types.join(" | ")

const compareEnums = (context: DiffContext, site: Site, before: Json, after: Json): void => {
  const was = enumValues(before)
  const is = enumValues(after)
  if (was === undefined && is === undefined) return
  if (was === undefined) {
    record(context, site, "enum-restricted", `now one of ${is!.map(show).join(", ")}`, onSide(site.direction, { request: "calls sending other values are rejected" }))
    return
  }
  if (is === undefined) {
    record(context, site, "enum-unrestricted", `was one of ${was.map(show).join(", ")}`, onSide(site.direction, { response: "exhaustive matches over the old values no longer cover every value" }))
    return
  }
  const added = is.filter((value) => !was.some((old) => sameJson(old, value)))
  const removed = was.filter((value) => !is.some((current) => sameJson(current, value)))
  if (added.length > 0) {
    record(context, site, "enum-value-added", added.map(show).join(", "),
      onSide(site.direction, { response: "exhaustive matches over the values miss the new one" }))
  }
  if (removed.length > 0) {
    record(context, site, "enum-value-removed", removed.map(show).join(", "),
      onSide(site.direction, { request: "calls sending the removed value no longer compile" }))
  }
  // Values Desktop's previous document listed, the new one does not, and the merge kept (x-beeper-kit-kept-values).
  const keptBefore = Array.isArray(before[keptValuesKey]) ? before[keptValuesKey] : []
  const keptAfter = Array.isArray(after[keptValuesKey]) ? after[keptValuesKey] : []
  const newlyKeptValues = keptAfter.filter((value) => was.some((old) => sameJson(old, value)) && !keptBefore.some((old) => sameJson(old, value)))
  if (newlyKeptValues.length > 0 && site.keptBefore !== true) record(context, site, "enum-value-no-longer-upstream", newlyKeptValues.map(show).join(", "))
}

/** Lower bounds tighten when they grow; upper bounds when they shrink. */
const bounds: ReadonlyArray<readonly [keyword: string, tighterWhen: "higher" | "lower"]> = [
  ["minimum", "higher"], ["exclusiveMinimum", "higher"], ["minLength", "higher"], ["minItems", "higher"],
  ["minProperties", "higher"], ["maximum", "lower"], ["exclusiveMaximum", "lower"], ["maxLength", "lower"],
  ["maxItems", "lower"], ["maxProperties", "lower"],
]

/**
 * Validation keywords that do not change generated types. A tighter bound (or any new pattern/multipleOf) can
 * reject requests that used to be accepted; in responses they only describe the server, so they are not breaking.
 */
const compareConstraints = (context: DiffContext, site: Site, before: Json, after: Json): void => {
  for (const [keyword, tighterWhen] of bounds) {
    const was = typeof before[keyword] === "number" ? (before[keyword] as number) : undefined
    const is = typeof after[keyword] === "number" ? (after[keyword] as number) : undefined
    if (was === is) continue
    const tighter = was === undefined || (is !== undefined && (tighterWhen === "higher" ? is > was : is < was))
    record(context, site, "constraint-changed", `${keyword} ${was ?? "(none)"} → ${is ?? "(none)"}`,
      tighter ? onSide(site.direction, { request: "calls within the old bound may now be rejected" }) : undefined)
  }
  for (const keyword of ["pattern", "multipleOf", "format"] as const) {
    if (sameJson(before[keyword], after[keyword])) continue
    const added = after[keyword] !== undefined
    record(context, site, "constraint-changed", `${keyword} ${before[keyword] === undefined ? "(none)" : show(before[keyword])} → ${after[keyword] === undefined ? "(none)" : show(after[keyword])}`,
      keyword === "format"
        ? formatBreaks(site.direction, before.format, after.format)
        : added ? onSide(site.direction, { request: "calls that matched the old rule may now be rejected" }) : undefined)
  }
}

/**
 * Whether a changed `format` breaks callers, as the generated code treats formats (tooling/codegen/src/effect/
 * schema-term.ts): `binary` makes the type `Blob | Uint8Array` instead of `string`, on either side; `date-time` on the
 * request side is checked (an RFC 3339 date-time that exists: schema-term.ts `formatChecks`) before sending, so a
 * request string that is no date-time is refused.
 * Every other format is documentation to the generated code (a plain string), and so is `date-time` in responses.
 */
const formatBreaks = (direction: Direction, was: unknown, is: unknown): string | undefined => {
  if (was === "binary" || is === "binary") {
    return `the generated type changes (${was === "binary" ? "Blob | Uint8Array" : "string"} → ${is === "binary" ? "Blob | Uint8Array" : "string"})`
  }
  if (direction === "request" && is === "date-time") {
    return "the generated client now refuses, before sending, a string that is not an RFC 3339 date-time"
  }
  return undefined
}

const compareProperties = (context: DiffContext, site: Site, before: Json, after: Json): void => {
  const was = isRecord(before.properties) ? before.properties : {}
  const is = isRecord(after.properties) ? after.properties : {}
  const requiredBefore = new Set(stringList(before.required))
  const requiredAfter = new Set(stringList(after.required))
  const at = (name: string): Site => ({ ...site, path: `${site.path}.${name}` })
  for (const name of Object.keys(was)) {
    if (name in is) continue
    record(context, at(name), "field-removed", "",
      site.direction === "request" ? "calls that set it no longer compile" : "code reading it no longer compiles")
  }
  for (const [name, schema] of Object.entries(is)) {
    if (name in was) continue
    const required = requiredAfter.has(name)
    record(context, at(name), "field-added", `${required ? "required" : "optional"}, ${describeSchema(context.after, schema)}`,
      required && site.direction === "request" ? "existing calls do not set it" : undefined)
  }
  for (const [name, schema] of Object.entries(is)) {
    if (!(name in was)) continue
    if (!requiredBefore.has(name) && requiredAfter.has(name)) {
      record(context, at(name), "field-made-required", "", onSide(site.direction, { request: "existing calls may not set it" }))
    } else if (requiredBefore.has(name) && !requiredAfter.has(name)) {
      record(context, at(name), "field-made-optional", "", onSide(site.direction, { response: "code reading it must now handle its absence" }))
    }
    if (droppedUpstream(site, was[name], schema)) record(context, at(name), "field-no-longer-upstream", "")
    compareSchema(context, at(name), was[name], schema)
  }
}

/** What identifies a union variant across versions: its `$ref` name, else its discriminator value. */
const variantKey = (document: OpenApiDocument, variant: unknown, discriminator: string | undefined): string | undefined => {
  const name = refName(variant)
  if (name !== undefined) return name
  const resolved = deref(document, variant)
  if (!isRecord(resolved) || !isRecord(resolved.properties)) return undefined
  for (const property of discriminator === undefined ? ["type", "kind"] : [discriminator]) {
    const tag = resolved.properties[property]
    if (!isRecord(tag)) continue
    const values = enumValues(tag)
    if (values?.length === 1) return `${property}=${show(values[0])}`
  }
  return undefined
}

/** A JSON value with object keys sorted: equal values, equal text. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, item: unknown) =>
    isRecord(item) ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]])) : item)

/** What an unkeyed variant is, coarsely: its types and format (`string (date-time)`, `boolean`, `object`). */
const variantShape = (document: OpenApiDocument, variant: unknown): string => {
  const resolved = deref(document, withoutNull(variant))
  if (!isRecord(resolved)) return "any"
  return `${describeTypes(nonNullTypes(resolved))}${typeof resolved.format === "string" ? ` (${resolved.format})` : ""}`
}

/**
 * Pairs the variants of two unions (index before → index after). Keyed variants (a `$ref` name, a discriminator
 * value) pair by key. The others pair by content, never by position first: an identical variant, then one of the
 * same shape (types + format) — so a reordered union, or a variant added or removed at the front, is seen as what it
 * is. Only what is left then pairs by position, as a variant that changed shape.
 */
const pairVariants = (
  context: DiffContext,
  was: ReadonlyArray<unknown>,
  is: ReadonlyArray<unknown>,
  keysBefore: ReadonlyArray<string | undefined>,
  keysAfter: ReadonlyArray<string | undefined>,
): Map<number, number> => {
  const pairs = new Map<number, number>()
  const taken = new Set<number>()
  was.forEach((_, index) => {
    const key = keysBefore[index]
    if (key === undefined) return
    const match = keysAfter.indexOf(key)
    if (match >= 0 && !taken.has(match)) {
      pairs.set(index, match)
      taken.add(match)
    }
  })
  const unkeyedBefore = was.map((_, index) => index).filter((index) => keysBefore[index] === undefined)
  const unkeyedAfter = is.map((_, index) => index).filter((index) => keysAfter[index] === undefined)
  const pairBy = (signature: (document: OpenApiDocument, variant: unknown) => string | undefined) => {
    for (const index of unkeyedBefore) {
      if (pairs.has(index)) continue
      const wanted = signature(context.before, was[index])
      const match = unkeyedAfter.find((candidate) => !taken.has(candidate) && signature(context.after, is[candidate]) === wanted)
      if (match === undefined) continue
      pairs.set(index, match)
      taken.add(match)
    }
  }
  pairBy((_, variant) => canonicalJson(variant))
  pairBy(variantShape)
  const restAfter = unkeyedAfter.filter((index) => !taken.has(index))
  for (const index of unkeyedBefore) {
    if (pairs.has(index)) continue
    const match = restAfter.shift()
    if (match === undefined) break
    pairs.set(index, match)
    taken.add(match)
  }
  return pairs
}

const compareVariants = (
  context: DiffContext,
  site: Site,
  was: ReadonlyArray<unknown>,
  is: ReadonlyArray<unknown>,
  before: Json,
  after: Json,
): void => {
  const discriminatorOf = (schema: Json) =>
    isRecord(schema.discriminator) && typeof schema.discriminator.propertyName === "string" ? schema.discriminator.propertyName : undefined
  const keysBefore = was.map((variant) => variantKey(context.before, variant, discriminatorOf(before)))
  const keysAfter = is.map((variant) => variantKey(context.after, variant, discriminatorOf(after)))
  const pairs = pairVariants(context, was, is, keysBefore, keysAfter)
  const matchedAfter = new Set(pairs.values())
  was.forEach((variant, index) => {
    const key = keysBefore[index]
    const match = pairs.get(index)
    const label = key ?? describeSchema(context.before, variant)
    if (match === undefined) {
      record(context, site, "variant-removed", label,
        onSide(site.direction, { request: "calls sending it no longer compile" }))
      return
    }
    const path = was.length === 1 && is.length === 1 ? site.path : `${site.path}<${label}>`
    compareSchema(context, { ...site, path }, variant, is[match])
  })
  is.forEach((variant, index) => {
    if (matchedAfter.has(index)) return
    record(context, site, "variant-added", keysAfter[index] ?? describeSchema(context.after, variant),
      onSide(site.direction, { response: "exhaustive matches over the variants miss the new one" }))
  })
}

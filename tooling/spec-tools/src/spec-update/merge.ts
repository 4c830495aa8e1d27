// Merging a partial document into ours (the default of `pnpm spec:update`). The document a Desktop serves, or that
// Beeper publishes, may describe less than we do: Beeper's own 5.0.0 document covers 30 of the operations its
// public docs and newer SDKs describe. Replacing our spec with it would delete half the SDK. So the new document
// wins wherever it speaks, and what it does not describe is kept and marked:
// - Operations it lacks are kept as they are, with `x-beeper-kit-source` (their previous value if they had one,
//   else "kept from the previous spec/openapi.yaml"). One it moved to another path (align.ts gave it our
//   operationId) is not lacking: it is merged at its new path, and the old path is not kept.
// - In operations both describe: the new document's definition, plus our parameters, responses (by status), media
//   types and request body where it has none; each kept one is marked and reported. A kept one that is a `$ref`
//   (`"429": { $ref: "#/components/responses/TooManyRequests" }`) cannot take a marker of its own (a sibling of a
//   Reference Object is ignored, and `redocly lint` warns, spec-ref-siblings): the operation lists it in
//   `x-beeper-kit-kept-refs` instead. A path parameter of ours is kept only when
//   the new path template has it (one it renamed, `{chatID}` → `{id}`, is theirs alone).
// - Components it lacks are kept (the kept operations use them). Schemas both describe are merged field by field:
//   the new document's definition of each field wins; fields only we describe are kept (marked) and no longer
//   required (a server of the new document's version does not send them); enum values only we list are kept
//   (listed in `x-beeper-kit-kept-values`) — they come from newer SDKs or observed servers.
// - Tags it lacks are kept; everything else at the root is the new document's.
// An element kept now that had no marker before was in Desktop's previous document and is not in the new one: the
// diff reports it apart, for review (`newlyKept`, diff.ts), not as a documentation change of its marker.
// The names must already be aligned (align.ts). `--replace` skips this step (the new document is complete).
import { httpMethods, isRecord, operationsOf, parameterKey, pathShape, sameJson, type Json, type OpenApiDocument } from "./document.ts"

/** Marks an element kept from our previous document because the new one does not describe it. */
export const sourceKey = "x-beeper-kit-source"
/** Lists the enum values kept from our previous document. */
export const keptValuesKey = "x-beeper-kit-kept-values"
/**
 * On an operation: its elements kept from our previous document that are `$ref`s and so cannot carry
 * {@link sourceKey} themselves, by location in the operation (`responses/429`, `parameters/query:limit`,
 * `requestBody`) → source.
 */
export const keptRefsKey = "x-beeper-kit-kept-refs"
/** Extensions recomputed by every merge, never carried over from the previous document. */
export const mergeKeys: ReadonlyArray<string> = [sourceKey, keptValuesKey, keptRefsKey]

/**
 * Whether the merge has just kept an element Desktop's previous document described: the previous spec has it without
 * {@link sourceKey} (it came from Desktop's document), the new one with it (the new document lacks it, the merge kept
 * it). Such an element is not a documentation change but one to review: Desktop removed or renamed it, or stopped
 * documenting it. (A `$ref` cannot carry the marker: within an operation see {@link keptRefsKey}.)
 */
export const newlyKept = (before: unknown, after: unknown): boolean =>
  isRecord(before) && isRecord(after) && before[sourceKey] === undefined && after[sourceKey] !== undefined

const keptSource = "kept from the previous spec/openapi.yaml: not in the new document"

/** One thing the merge kept, for the report. */
export interface Kept {
  readonly kind: "operation" | "parameter" | "response" | "request-body" | "media-type" | "component" | "property" | "enum-values" | "tag"
  /** `chats.list`, `chats.list/parameters/query:limit`, `Account.status`, `#/components/schemas/Label`. */
  readonly location: string
  /** For properties: it was required in our document and is optional now. For enum values: the values. */
  readonly detail?: string
}

/** What {@link mergeDocuments} did. */
export interface MergeResult {
  readonly document: OpenApiDocument
  readonly kept: ReadonlyArray<Kept>
}

/** The source recorded for a kept element: its own `x-beeper-kit-source` if it has one (it may name a better source), else the default. */
const sourceOf = (value: Json): string => (typeof value[sourceKey] === "string" ? value[sourceKey] : keptSource)

/**
 * The element marked kept (see {@link sourceOf}). A `$ref` is returned as it is (a sibling of `$ref` is ignored and
 * lint warns): within an operation, use {@link keep}, which records it in the operation's `x-beeper-kit-kept-refs`.
 */
const mark = (value: unknown): unknown => {
  if (!isRecord(value)) return value
  if (typeof value.$ref === "string") return value
  return { ...value, [sourceKey]: sourceOf(value) }
}

/**
 * An element of an operation kept: marked itself, or, when it is a `$ref`, listed in `refs` under `location` (with
 * the source our operation recorded for it, if any).
 */
const keep = (refs: Json, ours: Json, location: string, value: unknown): unknown => {
  if (isRecord(value) && typeof value.$ref === "string") {
    const recorded = isRecord(ours[keptRefsKey]) ? ours[keptRefsKey][location] : undefined
    refs[location] = typeof recorded === "string" ? recorded : keptSource
  }
  return mark(value)
}

interface State {
  readonly kept: Array<Kept>
  readonly before: OpenApiDocument
  readonly after: OpenApiDocument
}

/** Documentation keys: where the new document has none, ours stay (a missing example is not a change of the API). */
const documentationKeys = ["summary", "description", "title", "example", "examples", "externalDocs"] as const

/** `theirs` with our documentation where it has none (a copy). */
const withOurDocs = (ours: Json, theirs: Json): Json => {
  const result: Json = { ...theirs }
  for (const key of documentationKeys) if (result[key] === undefined && ours[key] !== undefined) result[key] = structuredClone(ours[key])
  return result
}

/** Our schema and theirs for the same thing: theirs, plus the fields and enum values only ours has. */
const mergeSchema = (state: State, ours: unknown, theirs: unknown, location: string): unknown => {
  if (!isRecord(ours) || !isRecord(theirs)) return theirs
  if (typeof ours.$ref === "string" || typeof theirs.$ref === "string") return theirs
  let result: Json = withOurDocs(ours, theirs)
  if (isRecord(ours.properties) && isRecord(theirs.properties)) {
    const properties: Json = {}
    for (const [name, schema] of Object.entries(theirs.properties)) {
      properties[name] = Object.hasOwn(ours.properties, name) ? mergeSchema(state, ours.properties[name], schema, `${location}.${name}`) : schema
    }
    const oldRequired = Array.isArray(ours.required) ? ours.required : []
    for (const [name, schema] of Object.entries(ours.properties)) {
      if (Object.hasOwn(theirs.properties, name)) continue
      properties[name] = mark(schema)
      state.kept.push({ kind: "property", location: `${location}.${name}`, ...(oldRequired.includes(name) ? { detail: "was required, now optional" } : {}) })
    }
    result = { ...result, properties }
  }
  if (Array.isArray(ours.enum) && Array.isArray(theirs.enum)) {
    const theirValues = theirs.enum
    const extra = ours.enum.filter((value) => !theirValues.some((other) => sameJson(other, value)))
    if (extra.length > 0) {
      result = { ...result, enum: [...theirValues, ...extra], [keptValuesKey]: extra }
      state.kept.push({ kind: "enum-values", location, detail: extra.map((value) => JSON.stringify(value)).join(", ") })
    }
  }
  for (const key of ["items", "additionalProperties"]) {
    if (isRecord(ours[key]) && isRecord(theirs[key])) result[key] = mergeSchema(state, ours[key], theirs[key], `${location}${key === "items" ? "[]" : "{}"}`)
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const a = ours[key]
    const b = theirs[key]
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) result[key] = b.map((item, index) => mergeSchema(state, a[index], item, location))
  }
  return result
}

const mergeOperation = (state: State, name: string, ours: Json, theirs: Json, path: string): void => {
  const refs: Json = {}
  for (const key of documentationKeys) if (theirs[key] === undefined && ours[key] !== undefined) theirs[key] = structuredClone(ours[key])
  // Parameters: theirs, then ours they lack (matched by (in, name); an inline schema of a shared one is merged).
  const theirParameters = Array.isArray(theirs.parameters) ? [...theirs.parameters] : []
  const theirKeys = theirParameters.map((raw) => parameterKey(state.after, raw))
  for (const raw of Array.isArray(ours.parameters) ? ours.parameters : []) {
    const key = parameterKey(state.before, raw)
    const index = key === undefined ? -1 : theirKeys.indexOf(key)
    if (index >= 0) {
      const theirParameter = theirParameters[index]
      if (isRecord(raw) && isRecord(theirParameter) && raw.$ref === undefined && theirParameter.$ref === undefined) {
        theirParameters[index] = { ...withOurDocs(raw, theirParameter), schema: mergeSchema(state, raw.schema, theirParameter.schema, `${name}/parameters/${key}`) }
      }
      continue
    }
    // A path parameter their path template does not have (renamed, `{chatID}` → `{id}`, or gone) is not kept: it
    // would be a required input that fills nothing. The diff reports it removed and theirs added.
    if (key?.startsWith("path:") && !path.includes(`{${key.slice("path:".length)}}`)) continue
    theirParameters.push(keep(refs, ours, `parameters/${key ?? "?"}`, raw))
    state.kept.push({ kind: "parameter", location: `${name}/parameters/${key ?? "?"}` })
  }
  if (theirParameters.length > 0) theirs.parameters = theirParameters

  if (ours.requestBody !== undefined && theirs.requestBody === undefined) {
    theirs.requestBody = keep(refs, ours, "requestBody", ours.requestBody)
    state.kept.push({ kind: "request-body", location: name })
  } else if (isRecord(ours.requestBody) && isRecord(theirs.requestBody)) {
    mergeContent(state, ours.requestBody, theirs.requestBody, `${name}/requestBody`)
  }

  const theirResponses: Json = isRecord(theirs.responses) ? { ...theirs.responses } : {}
  for (const [status, response] of Object.entries(isRecord(ours.responses) ? ours.responses : {})) {
    const theirResponse = theirResponses[status]
    if (theirResponse === undefined) {
      theirResponses[status] = keep(refs, ours, `responses/${status}`, response)
      state.kept.push({ kind: "response", location: `${name}/responses/${status}` })
    } else if (isRecord(response) && isRecord(theirResponse) && response.$ref === undefined && theirResponse.$ref === undefined) {
      const merged = { ...theirResponse }
      mergeContent(state, response, merged, `${name}/responses/${status}`)
      theirResponses[status] = merged
    }
  }
  theirs.responses = theirResponses
  if (Object.keys(refs).length > 0) theirs[keptRefsKey] = refs
}

/** Inline schemas of the same media type in a body or response of both documents: merged (in place, on `theirs`). */
const mergeContent = (state: State, ours: Json, theirs: Json, location: string): void => {
  if (!isRecord(ours.content) || !isRecord(theirs.content)) return
  const content: Json = { ...theirs.content }
  for (const [media, item] of Object.entries(ours.content)) {
    const other = content[media]
    if (other === undefined) {
      content[media] = mark(structuredClone(item)) // a Media Type Object: never a $ref
      state.kept.push({ kind: "media-type", location: `${location}/${media}` })
    } else if (isRecord(item) && isRecord(other)) {
      content[media] = { ...withOurDocs(item, other), schema: mergeSchema(state, item.schema, other.schema, `${location}/${media}`) }
    }
  }
  theirs.content = content
}

/** Merges the (name-aligned) new document into a copy of it, keeping what only the previous one describes. */
export const mergeDocuments = (before: OpenApiDocument, after: OpenApiDocument): MergeResult => {
  const document = structuredClone(after) as OpenApiDocument & Json
  const state: State = { kept: [], before, after: document }

  // Operations.
  const theirOperations = operationsOf(document)
  const paths = document.paths
  const oldOperations = operationsOf(before)
  for (const [key, entry] of oldOperations) {
    // The same endpoint, or (align.ts gave it our operationId) the same endpoint moved to another path.
    const match = theirOperations.get(key) ??
      [...theirOperations.values()].find((other) => entry.operationId !== undefined && other.operationId === entry.operationId && !oldOperations.has(other.key))
    if (match !== undefined) {
      mergeOperation(state, match.name, entry.operation, match.operation, match.path)
      continue
    }
    const path = Object.keys(paths).find((candidate) => pathShape(candidate) === pathShape(entry.path)) ?? entry.path
    const item = paths[path] ?? {}
    if (paths[path] === undefined) {
      // The whole path is ours: keep what the path item holds besides operations too (shared parameters).
      for (const [field, value] of Object.entries(entry.pathItem)) if (!(httpMethods as ReadonlyArray<string>).includes(field)) item[field] = structuredClone(value)
      paths[path] = item
    }
    item[entry.method.toLowerCase()] = mark(structuredClone(entry.operation))
    state.kept.push({ kind: "operation", location: `${entry.name} (${entry.method} ${entry.path})` })
  }

  // Components.
  const oldComponents = isRecord(before.components) ? before.components : {}
  const components: Json = isRecord(document.components) ? document.components : {}
  for (const [section, members] of Object.entries(oldComponents)) {
    if (!isRecord(members)) continue
    const target: Json = isRecord(components[section]) ? { ...components[section] } : {}
    for (const [name, member] of Object.entries(members)) {
      if (!Object.hasOwn(target, name)) {
        target[name] = section === "schemas" ? mark(structuredClone(member)) : structuredClone(member)
        state.kept.push({ kind: "component", location: `#/components/${section}/${name}` })
      } else if (section === "schemas") {
        target[name] = mergeSchema(state, member, target[name], name)
      }
    }
    components[section] = target
  }
  ;(document as Json).components = components

  // Tags.
  if (Array.isArray(before.tags)) {
    const tags = Array.isArray(document.tags) ? [...document.tags] : []
    for (const tag of before.tags) {
      if (!isRecord(tag) || tags.some((other) => isRecord(other) && other.name === tag.name)) continue
      tags.push(structuredClone(tag))
      state.kept.push({ kind: "tag", location: String(tag.name) })
    }
    document.tags = tags
  }
  return { document, kept: state.kept }
}

/** The merge part of the change report (Markdown), or "" when nothing was kept. */
export const renderMergeReport = (result: MergeResult): string => {
  if (result.kept.length === 0) return ""
  const of = (kind: Kept["kind"]) => result.kept.filter((item) => item.kind === kind)
  const lines: Array<string> = []
  const list = (items: ReadonlyArray<Kept>) => items.map((item) => `\`${item.location}\`${item.detail === undefined ? "" : ` (${item.detail})`}`).join(", ")
  const operations = of("operation")
  if (operations.length > 0) lines.push(`- ${operations.length} operations the new document does not describe, kept (\`${sourceKey}\`): ${list(operations)}.`)
  const parts: Array<[Kept["kind"], string]> = [
    ["parameter", "parameters"], ["response", "responses"], ["request-body", "request bodies"], ["media-type", "media types"],
    ["property", "schema fields"], ["enum-values", "enum values"], ["tag", "tags"],
  ]
  for (const [kind, label] of parts) {
    const items = of(kind)
    if (items.length > 0) lines.push(`- ${items.length} ${label} kept: ${list(items)}.`)
  }
  const components = of("component")
  if (components.length > 0) lines.push(`- ${components.length} components kept (the kept operations and fields use them).`)
  return `**Merged** (the new document wins where it speaks; what it does not describe is kept; \`--replace\` to take it whole)\n\n${lines.join("\n")}\n`
}

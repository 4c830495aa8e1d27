// Our `x-` annotations survive an update. The document Beeper Desktop serves knows nothing of the extensions this
// repo adds (`x-pagination`, `x-idempotent`, `x-idempotency-key`, `x-beeper-kit-note`, `x-desktop-api-version`),
// so before the new document replaces spec/openapi.yaml, every `x-*` key of the previous document is copied onto the
// same element of the new one, where the new one lacks it (a value the new document brings itself wins).
//
// "The same element": operations by method + path shape, then by operationId (as in diff.ts); parameters by
// (in, name); tags by name; other list entries by `$ref`, name or url, else by position when the list kept its
// length; everything else (schemas, properties, responses, media types, components) by its JSON pointer.
// An annotation whose element is gone, or that names what the new document no longer has (an `x-pagination`
// cursor parameter, an `x-idempotency-key` body field), is not carried and is reported instead.
// Operations new upstream get a conservative `x-idempotent` (true for GET/HEAD/PUT/DELETE/OPTIONS, false
// otherwise, as the endpoint-table generator assumes) and are flagged for review. A note (`x-beeper-kit-note`)
// carried onto an element the new document changed (anything in it but our `x-` keys) is flagged for review too: it
// may describe what is no longer so.
import { mergeKeys } from "./merge.ts"
import { deref, escapeToken, httpMethods, isRecord, operationsOf, pathShape, sameJson, type Json, type OpenApiDocument, type OperationEntry } from "./document.ts"

/** Our free-text note on an element: carried like any annotation, but it can go stale when the element changes. */
export const noteKey = "x-beeper-kit-note"

/** The root extension that records which Beeper Desktop release the document describes. */
export const desktopVersionKey = "x-desktop-api-version"

/** One annotation copied from the previous document. */
export interface CarriedAnnotation {
  readonly key: string
  /** Where, in the new document: `chats.list`, `chats.list/parameters/cursor`, `#/components/schemas/Chat/properties/id`. */
  readonly location: string
}

/** Annotations of the previous document that could not be carried over, and why. */
export interface LostAnnotations {
  readonly location: string
  /** The extension keys at or below the location, sorted. */
  readonly keys: ReadonlyArray<string>
  /** How many annotations that is (a removed operation may take several with it). */
  readonly count: number
  readonly reason: string
}

/** An operation new upstream that arrived without `x-idempotent` and got the default. */
export interface DefaultedOperation {
  /** `labels.list`. */
  readonly operation: string
  /** `GET /v1/labels`. */
  readonly endpoint: string
  readonly idempotent: boolean
  /** It has a `cursor` parameter but no `x-pagination`. */
  readonly looksPaginated: boolean
}

/** What {@link carryOverAnnotations} did. */
export interface AnnotationCarryOver {
  /** The new document with the annotations (a copy; the input is not modified). */
  readonly document: OpenApiDocument
  readonly carried: ReadonlyArray<CarriedAnnotation>
  readonly lost: ReadonlyArray<LostAnnotations>
  readonly defaulted: ReadonlyArray<DefaultedOperation>
  /** Notes carried onto an element the new document changed: to review, they may say what is no longer so. */
  readonly staleNotes: ReadonlyArray<CarriedAnnotation>
  /** `x-desktop-api-version`, when it was set rather than carried: its value and where it came from. */
  readonly version?: { readonly value: string; readonly source: string }
}

/** Methods whose repetition cannot cause a second effect by HTTP semantics (matches the endpoint-table default). */
const idempotentMethods = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])

/** The default `x-idempotent` of an operation that has none. */
export const defaultIdempotent = (method: string): boolean => idempotentMethods.has(method.toUpperCase())

/** Keys whose values are example data or literal values, never annotated elements. */
const dataKeys = new Set(["example", "examples", "default", "const", "enum"])

/** Keys whose values map names (field names, status codes, media types, component names) to elements. */
const nameMapKeys = new Set([
  "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "responses", "parameters",
  "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding", "variables",
  "webhooks", "mapping", "scopes",
])

interface State {
  readonly incoming: OpenApiDocument
  readonly carried: Array<CarriedAnnotation>
  readonly lost: Array<LostAnnotations>
  readonly staleNotes: Array<CarriedAnnotation>
}

/** Every `x-*` key at or below `value` (not inside example data or extension values). */
const annotationsIn = (value: unknown, names = false, found: Array<string> = []): Array<string> => {
  if (Array.isArray(value)) for (const item of value) annotationsIn(item, false, found)
  else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!names && key.startsWith("x-")) found.push(key)
      else if (names || !dataKeys.has(key)) annotationsIn(child, !names && nameMapKeys.has(key), found)
    }
  }
  return found
}

const lose = (state: State, location: string, value: unknown, reason: string, names = false): void => {
  const keys = annotationsIn(value, names)
  if (keys.length > 0) state.lost.push({ location, keys: [...new Set(keys)].sort(), count: keys.length, reason })
}

/** An element without any `x-` key (ours, the merge's, the alignment's), example data left as it is. */
const withoutExtensions = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutExtensions)
  if (!isRecord(value)) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith("x-"))
    .map(([key, child]) => [key, dataKeys.has(key) ? child : withoutExtensions(child)]))
}

/**
 * Where a note is about the document, not one element: a change anywhere below would flag it every time
 * (spec/openapi.yaml's note on `components` is about the WebSocket schemas spec/patches.yaml removes).
 */
const documentLevel: ReadonlySet<string> = new Set(["#", "#/components"])

/** Carries `key` from `source` (the previous element) onto `target` (the new one). */
const carry = (state: State, source: Json, target: Json, key: string, value: unknown, location: string): void => {
  if (Object.hasOwn(target, key) || mergeKeys.includes(key)) return
  target[key] = structuredClone(value)
  state.carried.push({ key, location })
  if (key === noteKey && !documentLevel.has(location) && !sameJson(withoutExtensions(source), withoutExtensions(target))) {
    state.staleNotes.push({ key, location })
  }
}

/**
 * Walks an element of the previous document and its counterpart in the new one. `names`: the keys of `was` are
 * names (of fields, status codes, components ...), not keywords. `ownExtensions: false` leaves the element's own
 * `x-*` keys to the caller (operations validate theirs).
 */
const visit = (state: State, was: Json, is: Json, location: string, options: { readonly names?: boolean; readonly ownExtensions?: boolean } = {}): void => {
  const names = options.names ?? false
  for (const [key, value] of Object.entries(was)) {
    const at = `${location}/${escapeToken(key)}`
    if (!names && key.startsWith("x-")) {
      if (options.ownExtensions !== false) carry(state, was, is, key, value, location)
      continue
    }
    if (!names && dataKeys.has(key)) continue
    if (typeof value !== "object" || value === null) continue
    const childNames = !names && nameMapKeys.has(key)
    const target = is[key]
    if (Array.isArray(value)) {
      if (Array.isArray(target)) visitList(state, value, target, at)
      else lose(state, at, value, "not in the new document")
    } else if (isRecord(target) && isRecord(value)) visit(state, value, target, at, { names: childNames })
    else lose(state, at, value, "not in the new document", childNames)
  }
}

/** What identifies a list entry regardless of its position: its `$ref`, (in, name), name or url. */
const identityOf = (item: unknown): string | undefined => {
  if (!isRecord(item)) return undefined
  if (typeof item.$ref === "string") return item.$ref
  if (typeof item.name === "string") return typeof item.in === "string" ? `${item.in}:${item.name}` : item.name
  if (typeof item.url === "string") return item.url
  return undefined
}

const segmentOf = (item: unknown, index: number): string => {
  if (!isRecord(item)) return String(index)
  if (typeof item.name === "string") return escapeToken(item.name)
  return String(index)
}

const visitList = (state: State, was: ReadonlyArray<unknown>, is: Array<unknown>, location: string): void => {
  was.forEach((item, index) => {
    if (!isRecord(item)) {
      if (Array.isArray(item) && Array.isArray(is[index])) visitList(state, item, is[index] as Array<unknown>, `${location}/${index}`)
      return
    }
    const at = `${location}/${segmentOf(item, index)}`
    const identity = identityOf(item)
    const match = identity !== undefined
      ? is.find((candidate) => identityOf(candidate) === identity)
      : was.length === is.length ? is[index] : undefined
    if (isRecord(match)) visit(state, item, match, at)
    else if (identity !== undefined) lose(state, at, item, "not in the new document")
    else lose(state, at, item, `the list it was in changed (${was.length} → ${is.length} entries)`)
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

const endpointOf = (entry: OperationEntry): string => `${entry.method} ${entry.path}`

const describeOperation = (entry: OperationEntry): string =>
  entry.operationId === undefined ? `\`${entry.name}\`` : `\`${entry.name}\` (${endpointOf(entry)})`

/** The names of an operation's parameters, its own and its path item's, `$ref`s followed. */
const parameterNames = (document: OpenApiDocument, entry: OperationEntry): Set<string> => {
  const names = new Set<string>()
  for (const list of [entry.pathItem.parameters, entry.operation.parameters]) {
    if (!Array.isArray(list)) continue
    for (const raw of list) {
      const parameter = deref(document, raw)
      if (isRecord(parameter) && typeof parameter.name === "string") names.add(parameter.name)
    }
  }
  return names
}

/** The property names of an object schema, through `$ref`s and `allOf`; undefined when it declares none. */
const propertyNames = (document: OpenApiDocument, schema: unknown, seen: Set<unknown> = new Set()): Set<string> | undefined => {
  const resolved = deref(document, schema)
  if (!isRecord(resolved) || seen.has(resolved)) return undefined
  seen.add(resolved)
  const names = new Set<string>(isRecord(resolved.properties) ? Object.keys(resolved.properties) : [])
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) {
    for (const name of propertyNames(document, member, seen) ?? []) names.add(name)
  }
  return names.size > 0 ? names : undefined
}

const jsonSchemaOf = (document: OpenApiDocument, holder: unknown): unknown => {
  const resolved = deref(document, holder)
  const content = isRecord(resolved) && isRecord(resolved.content) ? resolved.content : {}
  const media = content["application/json"] ?? Object.values(content)[0]
  return isRecord(media) ? media.schema : undefined
}

const successResponseOf = (entry: OperationEntry): unknown => {
  const responses = isRecord(entry.operation.responses) ? entry.operation.responses : {}
  const code = Object.keys(responses).find((status) => /^2/.test(status))
  return code === undefined ? undefined : responses[code]
}

/** Why an operation-level annotation cannot apply to the new operation, or undefined when it can. */
const invalidOperationAnnotation = (document: OpenApiDocument, entry: OperationEntry, key: string, value: unknown): string | undefined => {
  if (key === "x-pagination" && isRecord(value)) {
    const parameters = parameterNames(document, entry)
    for (const field of ["cursorParam", "directionParam", "limitParam"]) {
      const name = value[field]
      if (typeof name === "string" && !parameters.has(name)) return `the new operation has no parameter \`${name}\``
    }
    const fields = propertyNames(document, jsonSchemaOf(document, successResponseOf(entry)))
    for (const field of ["items", "hasMore", "oldestCursor", "newestCursor"]) {
      const name = value[field]
      if (fields !== undefined && typeof name === "string" && !fields.has(name)) return `the new response has no field \`${name}\``
    }
  }
  if (key === "x-idempotency-key" && typeof value === "string") {
    const fields = propertyNames(document, jsonSchemaOf(document, entry.operation.requestBody))
    if (fields === undefined || !fields.has(value)) return `the new request body has no field \`${value}\``
  }
  return undefined
}

const visitOperation = (state: State, was: OperationEntry, is: OperationEntry): void => {
  const location = is.name
  for (const [key, value] of Object.entries(was.operation)) {
    if (!key.startsWith("x-") || Object.hasOwn(is.operation, key)) continue
    const reason = invalidOperationAnnotation(state.incoming, is, key, value)
    if (reason === undefined) carry(state, was.operation, is.operation, key, value, location)
    else state.lost.push({ location: describeOperation(is), keys: [key], count: 1, reason })
  }
  visit(state, was.operation, is.operation, location, { ownExtensions: false })
}

const visitPaths = (state: State, previous: OpenApiDocument, defaulted: Array<DefaultedOperation>): void => {
  const before = operationsOf(previous)
  const after = operationsOf(state.incoming)
  const matched = new Set<string>()
  const unmatched: Array<OperationEntry> = []
  for (const entry of before.values()) {
    const match = after.get(entry.key)
    if (match !== undefined) {
      matched.add(match.key)
      visitOperation(state, entry, match)
    } else {
      unmatched.push(entry)
    }
  }
  // An endpoint that moved keeps its operationId (the SDK method): its annotations move with it.
  for (const entry of unmatched) {
    const moved = entry.operationId === undefined
      ? undefined
      : [...after.values()].find((candidate) => !matched.has(candidate.key) && !before.has(candidate.key) && candidate.operationId === entry.operationId)
    if (moved !== undefined) {
      matched.add(moved.key)
      visitOperation(state, entry, moved)
    } else {
      lose(state, describeOperation(entry), entry.operation, "the operation is not in the new document")
    }
  }
  for (const entry of after.values()) {
    if (matched.has(entry.key) || Object.hasOwn(entry.operation, "x-idempotent")) continue
    const idempotent = defaultIdempotent(entry.method)
    entry.operation["x-idempotent"] = idempotent
    defaulted.push({
      operation: entry.name,
      endpoint: endpointOf(entry),
      idempotent,
      looksPaginated: entry.operation["x-pagination"] === undefined && parameterNames(state.incoming, entry).has("cursor"),
    })
  }
  // What path items hold besides their operations (shared parameters, their own extensions).
  const incomingPaths = Object.keys(state.incoming.paths)
  for (const [path, item] of Object.entries(previous.paths)) {
    if (!isRecord(item)) continue
    const rest = Object.fromEntries(Object.entries(item).filter(([key]) => !(httpMethods as ReadonlyArray<string>).includes(key)))
    const target = incomingPaths.find((candidate) => pathShape(candidate) === pathShape(path))
    const at = `#/paths/${escapeToken(path)}`
    const targetItem = target === undefined ? undefined : state.incoming.paths[target]
    if (isRecord(targetItem)) visit(state, rest, targetItem, at)
    else lose(state, at, rest, "the path is not in the new document")
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Where the version for `x-desktop-api-version` comes from when the new document has none. */
export interface CarryOverOptions {
  /** Beeper Desktop's own version (from `GET /v1/info`), when the document came from a running Desktop. */
  readonly desktopVersion?: string | undefined
}

/**
 * Copies the `x-*` annotations of `previous` onto a copy of `incoming` wherever `incoming` lacks them, gives new
 * operations a default `x-idempotent`, and says what it did. `x-desktop-api-version` is never copied (the old value
 * would be wrong): when `previous` has it and `incoming` does not, it is set to the Desktop's version, else to the
 * new `info.version`.
 */
export const carryOverAnnotations = (previous: OpenApiDocument, incoming: OpenApiDocument, options: CarryOverOptions = {}): AnnotationCarryOver => {
  const document = structuredClone(incoming) as OpenApiDocument & Json
  const state: State = { incoming: document, carried: [], lost: [], staleNotes: [] }
  const defaulted: Array<DefaultedOperation> = []

  const { paths: _paths, [desktopVersionKey]: previousVersion, ...rest } = previous
  visit(state, rest, document, "#")
  visitPaths(state, previous, defaulted)

  let version: AnnotationCarryOver["version"]
  if (previousVersion !== undefined && document[desktopVersionKey] === undefined) {
    const value = options.desktopVersion ?? document.info.version
    if (value !== undefined) {
      document[desktopVersionKey] = value
      version = { value, source: options.desktopVersion !== undefined ? "Beeper Desktop's version, from GET /v1/info" : "info.version of the new document" }
    } else {
      state.lost.push({ location: "#", keys: [desktopVersionKey], count: 1, reason: "the new document has no info.version to take it from" })
    }
  }
  return { document, carried: state.carried, lost: state.lost, defaulted, staleNotes: state.staleNotes, ...(version ? { version } : {}) }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const code = (text: string): string => `\`${text}\``

const countByKey = (carried: ReadonlyArray<CarriedAnnotation>): string => {
  const counts = new Map<string, number>()
  for (const { key } of carried) counts.set(key, (counts.get(key) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => `${count} ${code(key)}`).join(", ")
}

const formatLocation = (location: string): string => (location.startsWith("`") ? location : code(location))

/**
 * The annotations part of the change report (Markdown, ends with a newline), or "" when there is nothing to say.
 * It is for whoever runs the update, not for changelogs: the changeset does not include it.
 */
export const renderAnnotationReport = (result: AnnotationCarryOver): string => {
  const lines: Array<string> = []
  if (result.carried.length > 0) {
    lines.push(`- Carried over from the previous spec/openapi.yaml, where the new document lacks them: ${countByKey(result.carried)}.`)
  }
  if (result.version !== undefined) lines.push(`- Set ${code(desktopVersionKey)} to ${result.version.value} (${result.version.source}).`)
  for (const lost of result.lost) {
    const keys = lost.keys.map(code).join(", ")
    const more = lost.count > lost.keys.length ? ` (${lost.count} in all)` : ""
    lines.push(`- Not carried over: ${keys}${more} at ${formatLocation(lost.location)}: ${lost.reason}.`)
  }
  if (result.staleNotes.length > 0) {
    lines.push(`- Review these carried notes (${code(noteKey)}): the element each is on changed in the new document, so ` +
      `the note may no longer be true: ${result.staleNotes.map(({ location }) => formatLocation(location)).join(", ")}.`)
  }
  for (const operation of result.defaulted) {
    const hint = operation.looksPaginated ? " It has a `cursor` parameter: add `x-pagination` if it pages." : ""
    lines.push(
      `- Review: new operation ${code(operation.operation)} (${operation.endpoint}) came without \`x-idempotent\`; set to ` +
        `${operation.idempotent} (the default for ${operation.endpoint.split(" ")[0]}). Check it, and whether it needs ` +
        `\`x-idempotency-key\`.${hint}`,
    )
  }
  if (lines.length === 0) return ""
  return `**Annotations** (our \`x-\` extensions; not part of the changeset)\n\n${lines.join("\n")}\n`
}

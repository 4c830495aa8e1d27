// The diff engine: compares two OpenAPI documents and lists every change a user of the generated SDK could notice,
// each classified breaking or not (see changes.ts for the rules) with the bump it calls for.
//
// Operations are matched by method + path shape (`GET /v1/chats/{}`: renaming a path parameter is not a new
// endpoint), then the leftovers by operationId (an endpoint that moved). Inside an operation: parameters by
// (in, name), the request body by media type, responses by status code; schemas through schema-diff.ts.
import { maxBump, noLongerUpstreamKinds, type Bump, type SpecChange } from "./changes.ts"
import { deref, isRecord, operationsOf, sameJson, type Json, type OpenApiDocument, type OperationEntry } from "./document.ts"
import { keptRefsKey, newlyKept, sourceKey } from "./merge.ts"
import { compareSchema, describeSchema, droppedUpstream, finish, makeContext, record, type DiffContext, type Site } from "./schema-diff.ts"

/** The result of comparing two documents. */
export interface SpecDiff {
  /** `info.version` of the previous and the new document. */
  readonly versions: { readonly before: string | undefined; readonly after: string | undefined }
  readonly changes: ReadonlyArray<SpecChange>
  /** The bump the changes call for together (the most severe), or `undefined` when nothing changed. */
  readonly bump: Bump | undefined
}

/**
 * Compares the previous document with the new one. Throws when either has a `$ref` that resolves to nothing.
 * `liveEvents` (live-events.ts, from spec/asyncapi.yaml) names the events that carry each component schema, so a
 * change inside one lists them beside the operations.
 */
export const diffSpecs = (
  before: OpenApiDocument,
  after: OpenApiDocument,
  options: { readonly liveEvents?: ReadonlyMap<string, ReadonlyArray<string>> } = {},
): SpecDiff => {
  const context = makeContext(before, after, options.liveEvents)
  compareOperations(context)
  compareComponents(context)
  compareDocumentDocs(context)
  const changes = [...finish(context)].sort(byImportance)
  return {
    versions: { before: before.info.version, after: after.info.version },
    changes,
    bump: maxBump(changes.map((change) => change.bump)),
  }
}

const byImportance = (a: SpecChange, b: SpecChange): number =>
  Number(b.breaking) - Number(a.breaking) || rank(a) - rank(b) || a.location.localeCompare(b.location, "en")

// What Desktop's document no longer describes (kept, to review) after the API changes, before documentation.
const rank = (change: SpecChange): number =>
  noLongerUpstreamKinds.has(change.kind) ? (change.kind.startsWith("operation-") ? 2 : 2.5)
    : change.kind.startsWith("operation-") ? 0 : change.kind === "docs-changed" ? 3 : 1

// ---------------------------------------------------------------------------------------------------------------
// Operations

const compareOperations = (context: DiffContext): void => {
  const before = operationsOf(context.before)
  const after = operationsOf(context.after)
  const removed = [...before.values()].filter((entry) => !after.has(entry.key))
  const added = [...after.values()].filter((entry) => !before.has(entry.key))
  for (const entry of before.values()) {
    const match = after.get(entry.key)
    if (match !== undefined) compareOperation(context, entry, match)
  }
  // An operationId that left one endpoint and arrived at another: the endpoint moved (same SDK method).
  for (const old of removed) {
    const moved = old.operationId === undefined ? undefined : added.find((entry) => entry.operationId === old.operationId)
    if (moved !== undefined) {
      added.splice(added.indexOf(moved), 1)
      // the method keeps its name and compiles, but a Desktop that still serves only the old path answers it 404
      record(context, { path: moved.name, operation: moved.name }, "operation-moved",
        `from ${old.method} ${old.path} to ${moved.method} ${moved.path}: the SDK method keeps its name and calls the new path`,
        `calls to \`${moved.name}\` reach only a Desktop that serves the new path (an older one answers 404)`)
      compareOperation(context, old, moved)
      continue
    }
    record(context, { path: old.name, operation: undefined }, "operation-removed", endpointOf(old), `calls to \`${old.name}\` no longer compile`)
  }
  for (const entry of added) record(context, { path: entry.name, operation: entry.name }, "operation-added", endpointOf(entry))
}

/** `DELETE /v1/chats/{chatID}/reminders`, or nothing when that is already the operation's name (no operationId). */
const endpointOf = (entry: OperationEntry): string => (entry.operationId === undefined ? "" : `${entry.method} ${entry.path}`)

const compareOperation = (context: DiffContext, before: OperationEntry, after: OperationEntry): void => {
  const operation = after.name
  const site = { path: after.name, operation }
  if (before.operationId !== after.operationId) {
    record(context, site, "operation-renamed", `operationId ${before.operationId ?? "(none)"} → ${after.operationId ?? "(none)"}`,
      `the SDK method \`${before.name}\` is now \`${after.name}\``)
  }
  const was = before.operation
  const is = after.operation
  if (newlyKept(was, is)) {
    const theirs = typeof was["x-upstream-operation-id"] === "string" ? `, Desktop's \`${was["x-upstream-operation-id"]}\`` : ""
    record(context, site, "operation-no-longer-upstream", `${after.method} ${after.path}${theirs}`)
  }
  compareKeptRefs(context, after, was, is)
  if (was.deprecated !== true && is.deprecated === true) record(context, site, "operation-deprecated", "")
  const docs = ["summary", "description", "tags", "externalDocs"].filter((key) => !sameJson(was[key], is[key]))
  if (docs.length > 0) record(context, site, "docs-changed", docs.join(", "))
  compareExtensions(context, site, was, is)
  if (!sameJson(was.security ?? context.before.security, is.security ?? context.after.security)) {
    record(context, site, "operation-behaviour-changed", "authentication requirements changed")
  }
  // An operation the previous document already kept (not Desktop's): nothing in it was Desktop's either.
  const keptBefore = was[sourceKey] !== undefined
  compareParameters(context, before, after, keptBefore)
  compareRequestBody(context, before, after, keptBefore)
  compareResponses(context, before, after, keptBefore)
}

/**
 * Extensions the generators act on: `x-pagination` (the Effect layer's paginated Stream), `x-idempotent` and
 * `x-idempotency-key` (retry policy). Other `x-*` keys are documentation.
 */
const compareExtensions = (context: DiffContext, site: Pick<Site, "path" | "operation">, was: Json, is: Json): void => {
  const same = (key: string) => sameJson(was[key], is[key])
  if (!same("x-pagination")) {
    if (is["x-pagination"] === undefined) {
      record(context, site, "operation-behaviour-changed", "no longer paginated", "its paginated Stream is gone")
    } else if (was["x-pagination"] === undefined) {
      record(context, site, "operation-paginated", "")
    } else {
      record(context, site, "operation-behaviour-changed", "pagination fields changed")
    }
  }
  for (const key of ["x-idempotent", "x-idempotency-key"]) {
    if (!same(key)) record(context, site, "operation-behaviour-changed", `${key} ${JSON.stringify(was[key]) ?? "(none)"} → ${JSON.stringify(is[key]) ?? "(none)"}, retry policy`)
  }
  const other = new Set([...Object.keys(was), ...Object.keys(is)].filter((key) => key.startsWith("x-") && !["x-pagination", "x-idempotent", "x-idempotency-key"].includes(key)))
  // The merge's markers of what Desktop's document no longer describes are reported apart (compareOperation), never
  // as documentation.
  if (newlyKept(was, is)) other.delete(sourceKey)
  if (onlyAdded(was[keptRefsKey], is[keptRefsKey])) other.delete(keptRefsKey)
  const changed = [...other].filter((key) => !same(key)).sort()
  if (changed.length > 0) record(context, site, "docs-changed", changed.join(", "))
}

/** Whether `after` is `before` (a map, or absent) with entries added and none changed or removed. */
const onlyAdded = (before: unknown, after: unknown): boolean => {
  if (!isRecord(after)) return false
  const was = isRecord(before) ? before : {}
  return Object.entries(was).every(([key, value]) => sameJson(after[key], value))
}

/**
 * `$ref`s of the operation the merge has just kept (they carry no marker; the operation lists them in
 * `x-beeper-kit-kept-refs` by location: `parameters/query:limit`, `responses/429`, `requestBody`).
 */
const compareKeptRefs = (context: DiffContext, after: OperationEntry, was: Json, is: Json): void => {
  const before = isRecord(was[keptRefsKey]) ? was[keptRefsKey] : {}
  const now = isRecord(is[keptRefsKey]) ? is[keptRefsKey] : {}
  const operation = after.name
  for (const location of Object.keys(now)) {
    if (Object.hasOwn(before, location) || was[sourceKey] !== undefined) continue
    const parameter = /^parameters\/([^:]*):(.*)$/.exec(location)
    if (parameter !== null) {
      record(context, { path: `${operation} ${parameter[1]} parameter ${parameter[2]}`, direction: "request", operation }, "field-no-longer-upstream", "")
    } else if (location === "requestBody") {
      record(context, { path: `${operation} request`, direction: "request", operation }, "body-no-longer-upstream", "")
    } else {
      const code = location.replace(/^responses\//, "")
      record(context, { path: `${operation} ${isSuccess(code) ? "response" : "error response"} ${code}`, direction: "response", operation }, "body-no-longer-upstream", "")
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters

const parametersOf = (document: OpenApiDocument, entry: OperationEntry): Map<string, Json> => {
  const parameters = new Map<string, Json>()
  for (const list of [entry.pathItem.parameters, entry.operation.parameters]) {
    if (!Array.isArray(list)) continue
    for (const raw of list) {
      const parameter = deref(document, raw)
      if (isRecord(parameter) && typeof parameter.name === "string" && typeof parameter.in === "string") {
        parameters.set(`${parameter.in} ${parameter.name}`, parameter)
      }
    }
  }
  return parameters
}

const parameterSchema = (parameter: Json): unknown => {
  if (parameter.schema !== undefined) return parameter.schema
  const content = isRecord(parameter.content) ? Object.values(parameter.content)[0] : undefined
  return isRecord(content) ? content.schema : undefined
}

const compareParameters = (context: DiffContext, before: OperationEntry, after: OperationEntry, keptBefore: boolean): void => {
  const was = parametersOf(context.before, before)
  const is = parametersOf(context.after, after)
  const operation = after.name
  const site = (key: string): Site => ({ path: `${after.name} ${key.replace(" ", " parameter ")}`, direction: "request", operation, keptBefore })
  for (const [key, parameter] of was) {
    if (!is.has(key)) record(context, site(key), "field-removed", "", `calls that set \`${parameter.name}\` no longer compile`)
  }
  for (const [key, parameter] of is) {
    const old = was.get(key)
    const required = parameter.required === true
    if (old === undefined) {
      record(context, site(key), "field-added", `${required ? "required" : "optional"}, ${describeSchema(context.after, parameterSchema(parameter))}`,
        required ? "existing calls do not pass it" : undefined)
      continue
    }
    if (droppedUpstream(site(key), old, parameter)) record(context, site(key), "field-no-longer-upstream", "")
    if (old.required !== true && required) record(context, site(key), "field-made-required", "", "existing calls may not pass it")
    if (old.required === true && !required) record(context, site(key), "field-made-optional", "")
    if (old.deprecated !== true && parameter.deprecated === true) record(context, site(key), "field-deprecated", "")
    if (old.description !== parameter.description) record(context, { ...site(key), direction: undefined }, "docs-changed", "description")
    if (old.style !== parameter.style || old.explode !== parameter.explode) {
      record(context, site(key), "operation-behaviour-changed", "serialization (style/explode) changed")
    }
    compareSchema(context, site(key), parameterSchema(old), parameterSchema(parameter))
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Request bodies

const contentOf = (value: unknown): Map<string, Json> => {
  const content = isRecord(value) && isRecord(value.content) ? value.content : {}
  return new Map(Object.entries(content).filter((entry): entry is [string, Json] => isRecord(entry[1])))
}

const compareContent = (
  context: DiffContext,
  site: Site,
  was: Map<string, Json>,
  is: Map<string, Json>,
): void => {
  const several = was.size > 1 || is.size > 1
  for (const [type, media] of is) {
    const old = was.get(type)
    const at: Site = several ? { ...site, path: `${site.path} (${type})` } : site
    if (old === undefined) {
      if (was.size > 0) record(context, at, "body-added", `content type ${type} added`)
      continue
    }
    if (droppedUpstream(site, old, media)) record(context, at, "body-no-longer-upstream", `content type ${type}`)
    compareSchema(context, at, old.schema, media.schema)
  }
  for (const type of was.keys()) {
    if (is.has(type) || is.size === 0) continue
    record(context, site, "body-removed", `content type ${type} removed`,
      site.direction === "request" ? `calls sending ${type} are rejected` : `code reading ${type} gets something else`)
  }
}

const compareRequestBody = (context: DiffContext, before: OperationEntry, after: OperationEntry, keptBefore: boolean): void => {
  const was = deref(context.before, before.operation.requestBody)
  const is = deref(context.after, after.operation.requestBody)
  const site: Site = { path: `${after.name} request`, direction: "request", operation: after.name, keptBefore }
  if (!isRecord(was) && !isRecord(is)) return
  if (!isRecord(was)) {
    const required = isRecord(is) && is.required === true
    record(context, site, "body-added", required ? "required" : "optional", required ? "existing calls do not send it" : undefined)
    return
  }
  if (!isRecord(is)) {
    record(context, site, "body-removed", "", "calls that send it no longer compile")
    return
  }
  if (droppedUpstream(site, was, is)) record(context, site, "body-no-longer-upstream", "")
  if (was.required !== true && is.required === true) record(context, site, "field-made-required", "", "existing calls may not send it")
  if (was.required === true && is.required !== true) record(context, site, "field-made-optional", "")
  if (was.description !== is.description) record(context, { ...site, direction: undefined }, "docs-changed", "description")
  compareContent(context, site, contentOf(was), contentOf(is))
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

const isSuccess = (code: string): boolean => /^2(\d\d|XX)$/i.test(code)

const responsesOf = (document: OpenApiDocument, entry: OperationEntry): Map<string, Json> => {
  const responses = isRecord(entry.operation.responses) ? entry.operation.responses : {}
  const result = new Map<string, Json>()
  for (const [code, raw] of Object.entries(responses)) {
    const response = deref(document, raw)
    if (isRecord(response)) result.set(code, response)
  }
  return result
}

const compareResponses = (context: DiffContext, before: OperationEntry, after: OperationEntry, keptBefore: boolean): void => {
  const was = responsesOf(context.before, before)
  const is = responsesOf(context.after, after)
  const operation = after.name
  const successBefore = [...was.keys()].filter(isSuccess)
  const successAfter = [...is.keys()].filter(isSuccess)
  const pairs: Array<readonly [string, string]> = []
  if (successBefore.length === 1 && successAfter.length === 1) {
    const [from, to] = [successBefore[0]!, successAfter[0]!]
    if (from !== to) record(context, { path: after.name, operation }, "status-changed", `${from} → ${to}`)
    pairs.push([from, to])
  } else {
    for (const code of successBefore) {
      if (is.has(code)) pairs.push([code, code])
      else record(context, { path: `${after.name} response ${code}`, direction: "response", operation }, "body-removed", "", `code handling the ${code} response no longer compiles`)
    }
    for (const code of successAfter) {
      if (!was.has(code)) record(context, { path: `${after.name} response ${code}`, direction: "response", operation }, "body-added", "")
    }
  }
  for (const [from, to] of pairs) {
    const site: Site = { path: `${after.name} response`, direction: "response", operation, keptBefore }
    const contentBefore = contentOf(was.get(from))
    const contentAfter = contentOf(is.get(to))
    if (contentBefore.size === 0 && contentAfter.size > 0) record(context, site, "body-added", describeContent(context.after, contentAfter))
    else if (contentBefore.size > 0 && contentAfter.size === 0) record(context, site, "body-removed", "", "code reading the response body gets nothing")
    else compareContent(context, site, contentBefore, contentAfter)
    compareHeaders(context, operation, to, was.get(from), is.get(to))
  }
  for (const [code, response] of is) {
    const site: Site = { path: `${after.name} ${isSuccess(code) ? "response" : "error response"} ${code}`, direction: "response", operation, keptBefore }
    if (droppedUpstream(site, was.get(code), response)) record(context, site, "body-no-longer-upstream", "")
  }
  // Error responses: the SDK's error channel. Their bodies are read by callers (response direction).
  for (const code of new Set([...was.keys(), ...is.keys()])) {
    if (isSuccess(code)) continue
    const site: Site = { path: `${after.name} error response ${code}`, direction: "response", operation, keptBefore }
    const old = was.get(code)
    const current = is.get(code)
    if (old === undefined) record(context, site, "error-response-changed", "documented")
    else if (current === undefined) record(context, site, "error-response-changed", "no longer documented")
    else {
      compareContent(context, site, contentOf(old), contentOf(current))
      compareHeaders(context, operation, code, old, current)
    }
  }
}

/** A response's headers by lower-cased name (HTTP header names are case-insensitive), `$ref`s resolved. */
const headersOf = (document: OpenApiDocument, response: Json | undefined): Map<string, readonly [name: string, header: Json]> => {
  const headers = new Map<string, readonly [string, Json]>()
  if (response === undefined || !isRecord(response.headers)) return headers
  for (const [name, raw] of Object.entries(response.headers)) {
    const header = deref(document, raw)
    if (isRecord(header)) headers.set(name.toLowerCase(), [name, header])
  }
  return headers
}

/**
 * Response headers added, removed or changed. The generated SDK reads no response header (core and effect hand out
 * the body; only the mock server sends the documented headers), so none of these breaks a caller: patch. Each is
 * reported at the header's name with the operations whose responses carry it (one entry for their success
 * responses, one for their error responses, so a header shared through components is one or two lines).
 */
const compareHeaders = (context: DiffContext, operation: string, code: string, before: Json | undefined, after: Json | undefined): void => {
  const was = headersOf(context.before, before)
  const is = headersOf(context.after, after)
  const detail = (extra: string) => [isSuccess(code) ? "" : "error responses", extra].filter((part) => part !== "").join(", ")
  const at = (name: string) => ({ path: name, direction: "response" as const, operation })
  for (const [key, [name]] of was) if (!is.has(key)) record(context, at(name), "header-removed", detail(""))
  for (const [key, [name]] of is) if (!was.has(key)) record(context, at(name), "header-added", detail(""))
  for (const [key, [name, header]] of is) {
    const old = was.get(key)?.[1]
    if (old === undefined) continue
    const changed = ["schema", "content", "required", "deprecated", "style", "explode"].filter((field) => !sameJson(old[field], header[field]))
    if (changed.length > 0) record(context, at(name), "header-changed", detail(changed.join(", ")))
    if (!sameJson(old.description, header.description)) record(context, { ...at(name), direction: undefined }, "docs-changed", detail("description"))
  }
}

const describeContent = (document: OpenApiDocument, content: Map<string, Json>): string =>
  [...content].map(([type, media]) => (type.includes("json") ? describeSchema(document, media.schema) : type)).join(", ")

// ---------------------------------------------------------------------------------------------------------------
// Components and the document head

/** Every component schema becomes an exported type of the generated packages: removing one breaks its importers. */
const compareComponents = (context: DiffContext): void => {
  const was = context.before.components?.schemas ?? {}
  const is = context.after.components?.schemas ?? {}
  for (const name of Object.keys(was)) {
    if (!(name in is)) record(context, { path: name, operation: undefined }, "schema-removed", "", `imports of the type \`${name}\` no longer compile`)
  }
  for (const name of Object.keys(is)) {
    if (!(name in was)) record(context, { path: name, operation: undefined }, "schema-added", "")
  }
  // Schemas no operation uses (compared through no walk) still generate types: compare them as responses (what
  // the SDK hands out) so their changes are not lost.
  for (const name of Object.keys(is)) {
    if (!(name in was) || context.compared.has(`${name}|request`) || context.compared.has(`${name}|response`)) continue
    compareSchema(context, { path: name, direction: "response", operation: undefined }, { $ref: `#/components/schemas/${name}` }, { $ref: `#/components/schemas/${name}` })
  }
}

const compareDocumentDocs = (context: DiffContext): void => {
  const site = { path: "document", operation: undefined }
  const was = context.before
  const is = context.after
  const changed = ["info", "tags", "servers", "externalDocs"].filter((key) => {
    if (key !== "info") return !sameJson(was[key], is[key])
    const { version: _a, ...infoBefore } = was.info
    const { version: _b, ...infoAfter } = is.info
    return !sameJson(infoBefore, infoAfter)
  })
  if (changed.length > 0) record(context, site, "docs-changed", changed.join(", "))
}

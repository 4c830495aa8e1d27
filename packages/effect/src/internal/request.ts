// Input → HTTP request: validates the input against the operation's input schema, then places every key where
// the endpoint table says (path, query, header, body). Nothing is sent from here; failures are InvalidRequest.
import {
  appendApiPath,
  encodePathSegment,
  pathSegmentMessage,
  pathSegmentProblem,
  queryPairs,
  trimBaseUrl,
  wireText,
} from "@beeper-kit/core/wire"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as Headers from "effect/http/Headers"
import * as HttpBody from "effect/http/HttpBody"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as UrlParams from "effect/http/UrlParams"
import type { Connection } from "../BeeperConfig.ts"
import { InvalidRequest } from "../BeeperError.ts"
import type { Endpoint } from "../Endpoint.ts"
import { isTokenTransportAllowed } from "../TokenGuard.ts"
import { contextOf, issuePath } from "./issues.ts"
import { callOptionKeys, streamOnlyOptionKeys } from "./options.ts"

/**
 * Encodes `input` through the operation's input schema, failing with `InvalidRequest` on any violation — including
 * a key the operation does not have (a typo would otherwise be dropped silently).
 *
 * An input that the operation's generated input check (`endpoint.inputCheck`) passes is already valid and in its
 * encoded form: it is returned as it is, without the unknown-key scan and the Schema encode (tooling/bench/README.md,
 * "What the profiles show"). Anything the check does not pass goes through both, which decide.
 */
export const encodeInput = (
  endpoint: Endpoint,
  input: unknown,
): Result.Result<Record<string, unknown>, InvalidRequest> => {
  const value = input ?? {}
  // Passing the check also means no key the operation does not have (it counts the keys): nothing else to look at.
  if (endpoint.inputCheck?.(value) === true) return Result.succeed(value as Record<string, unknown>)
  const unknownKey = unknownInputKey(endpoint, input, "call")
  if (unknownKey !== undefined) return Result.fail(unknownKey)
  const result = encoderOf(endpoint.input)(value)
  if (Result.isFailure(result)) {
    const { field, message } = issuePath(result.failure)
    return Result.fail(new InvalidRequest({ ...contextOf(endpoint), field, message }))
  }
  const encoded = result.success
  return typeof encoded === "object" && encoded !== null && !Array.isArray(encoded)
    ? Result.succeed(encoded as Record<string, unknown>)
    : Result.fail(new InvalidRequest({ ...contextOf(endpoint), field: "", message: "input must be an object" }))
}

type Encoder = (input: unknown) => Result.Result<unknown, SchemaIssue.Issue>

/**
 * Each input schema's synchronous encoder, built once (generated input schemas need no services). A `Result`
 * encoder, like the tolerant reader's decoder: the `Exit` one brings its own adapter into every bundle.
 */
const encoders = new WeakMap<object, Encoder>()

const encoderOf = (schema: Endpoint["input"]): Encoder => {
  let encoder = encoders.get(schema)
  if (encoder === undefined) {
    encoder = SchemaParser.encodeUnknownResult(schema as unknown as Schema.ConstraintEncoder<unknown>, {
      onExcessProperty: "error",
    }) as Encoder
    encoders.set(schema, encoder)
  }
  return encoder
}

/**
 * The keys an operation's input has (its input Struct's fields). The schemas refuse other keys themselves, except
 * that an empty `Schema.Struct({})` (an operation without input) accepts any object: so they are checked first.
 */
const fieldsOf = (endpoint: Endpoint): Readonly<Record<string, unknown>> | undefined =>
  (endpoint.input as unknown as { readonly fields?: Readonly<Record<string, unknown>> }).fields

/**
 * How an operation is called: one request (`chats.list(input, options)`), or its Stream forms (`chats.list.stream`,
 * `.pages`), whose input has no cursor or direction (the stream supplies them) and whose options have more keys.
 */
export type CallForm = "call" | "stream"

/** The keys an operation's input takes in a form (`undefined`: its input Schema has no fields to list). */
const inputKeysOf = (endpoint: Endpoint, form: CallForm): ReadonlyArray<string> | undefined => {
  const fields = fieldsOf(endpoint)
  if (fields === undefined) return undefined
  const pagination = endpoint.pagination
  return form === "stream" && pagination != null
    ? Object.keys(fields).filter((key) => key !== pagination.cursorParam && key !== pagination.directionParam)
    : Object.keys(fields)
}

/**
 * A key the input of an operation does not take in this form, refused with `InvalidRequest` naming it, what the input
 * takes and, when the key is an option, where options go — or `undefined`.
 */
export const unknownInputKey = (endpoint: Endpoint, input: unknown, form: CallForm): InvalidRequest | undefined => {
  // An input the generated check passes has no key the operation does not take (the check counts them; a stream's
  // cursor or direction in it was refused before): the fields are read only for one it refuses. In the runtime build
  // they are a getter that builds the input Schemas, and a stream reading them before its first page peaked ~24 MB
  // higher over 100,000 messages on Node's heap (tooling/bench/README.md, "Pagination memory").
  if (endpoint.inputCheck?.(input ?? {}) === true) return undefined
  const keys = inputKeysOf(endpoint, form)
  if (keys === undefined || typeof input !== "object" || input === null || Array.isArray(input)) return undefined
  const key = Object.keys(input).find((name) => !keys.includes(name))
  if (key === undefined) return undefined
  const has = keys.length === 0 ? "takes no input" : `takes ${keys.map((name) => `"${name}"`).join(", ")}`
  const hint = whereKeyBelongs(endpoint, key, "input", form)
  const message = `unknown input key "${key}": ${endpoint.operationId}${form === "stream" ? ".stream" : ""} ${has}${
    hint === undefined ? "" : `; ${hint}`
  }`
  return new InvalidRequest({ ...contextOf(endpoint), field: key, message })
}

/**
 * Where a key given in the wrong place belongs, said only for what exists for this operation: a call option given
 * as input goes in the second argument; `cursor`, `direction` and `maxEmptyPages` are options of the Stream forms of
 * paginated operations only (a plain call has no such option: a hint to pass one there had the call go out with it
 * dropped); an input key given as an option goes in the input. `undefined` when the key is none of these.
 */
export const whereKeyBelongs = (endpoint: Endpoint, key: string, given: "input" | "options", form: CallForm): string | undefined => {
  const op = endpoint.operationId
  const paginated = endpoint.pagination != null
  if (given === "options") {
    if (inputKeysOf(endpoint, form)?.includes(key) === true) {
      return `"${key}" is an input key of ${op}: pass it in the input (the first argument)`
    }
    if (form === "call" && streamOnlyOptionKeys.includes(key)) {
      return paginated
        ? `"${key}" is an option of ${op}.stream and ${op}.pages: ${op}.stream(input, { ${key}: … })`
        : `${op} is not paginated: "cursor", "direction" and "maxEmptyPages" are options of the Stream forms of paginated operations`
    }
    return undefined
  }
  if (callOptionKeys.includes(key) || (form === "stream" && streamOnlyOptionKeys.includes(key))) {
    return `"${key}" is ${form === "stream" ? "a stream" : "a call"} option: pass it as the second argument, e.g. ${op}${
      form === "stream" ? ".stream" : ""
    }(input, { ${key}: … })`
  }
  if (streamOnlyOptionKeys.includes(key)) {
    return paginated
      ? `"${key}" is an option of ${op}.stream and ${op}.pages: pass it as their second argument, e.g. ${op}.stream(input, { ${key}: … })`
      : `${op} is not paginated: it has no "${key}" option either`
  }
  return undefined
}

const loneSurrogate = "contains a lone UTF-16 surrogate (not valid Unicode text)"

/**
 * What is wrong with a value that goes on the wire as text in a query or a header, or `undefined`: a lone UTF-16
 * surrogate (it has no UTF-8 form: `encodeURIComponent` throws, `URLSearchParams` silently turns it into U+FFFD),
 * and, for a header, a character a header value cannot hold (CR, LF, NUL and other controls, or above U+00FF —
 * clients refuse those, or a CR LF would split the header).
 */
const wireTextProblem = (text: string, place: "query" | "header"): string | undefined => {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return loneSurrogate
  if (place === "header" && /[^\t\x20-\x7e\x80-\xff]/.test(text)) {
    return "contains a character a header value cannot hold (CR, LF, another control character, or one above U+00FF)"
  }
  return undefined
}

/**
 * The longest request URL sent, in bytes: path and query as they go on the wire (servers refuse request heads
 * over 8–16 KiB). A longer one is refused with `InvalidRequest` before sending.
 */
export const maxUrlLength = 8 * 1024

/** What every request of a connection shares, worked out once per connection rather than per request. */
interface ConnectionParts {
  /** The base URL as text, without trailing slashes: request paths (`/v1/...`) are appended to it. */
  readonly base: string
  /** How much of a request URL is its origin (what the request target's length leaves out). */
  readonly originLength: number
  /**
   * The `Authorization` header value, when the token may travel to this base URL: never in clear text to a
   * non-loopback host without the opt-in. A request URL is the base URL plus a path of encoded segments, so its
   * scheme and host are the base URL's.
   */
  readonly authorization: string | undefined
  /** Whether the base URL is absolute `http(s)` (so is every request URL made from it). */
  readonly absolute: boolean
  /** Each endpoint's path cut at its parameters, its first literal already after the base URL. */
  readonly templates: WeakMap<Endpoint, PathTemplate>
}

const connectionParts = new WeakMap<Connection, ConnectionParts>()

const partsOf = (connection: Connection): ConnectionParts => {
  let parts = connectionParts.get(connection)
  if (parts === undefined) {
    parts = {
      base: trimBaseUrl(connection.baseUrl.href),
      originLength: connection.baseUrl.origin.length,
      authorization: isTokenTransportAllowed(connection.baseUrl, connection.allowInsecureToken)
        ? `Bearer ${Redacted.value(connection.accessToken)}`
        : undefined,
      absolute: connection.baseUrl.protocol === "http:" || connection.baseUrl.protocol === "https:",
      templates: new WeakMap(),
    }
    connectionParts.set(connection, parts)
  }
  return parts
}

/**
 * An operation's HTTP request as it goes on the wire, in plain parts: what a fetch needs and nothing more. An Effect
 * `HttpClientRequest` is made from it ({@link toHttpClientRequest}) only for a transport that runs one.
 */
export interface WireRequest {
  readonly method: string
  /** The URL without its query. */
  readonly url: string
  /** The query pairs, in order (empty for none). */
  readonly query: ReadonlyArray<readonly [string, string]>
  /** The URL with its query: what is fetched. */
  readonly href: string
  /** Lower-case names; no `content-length` (the transport sets it from the body). */
  readonly headers: Record<string, string>
  /** A JSON body's text, a multipart body, or none. */
  readonly body: string | FormData | undefined
  /** Whether `href` is an absolute `http(s)` URL a `fetch` takes as it is (the connection's base URL is one). */
  readonly absolute: boolean
}

const noQuery: ReadonlyArray<readonly [string, string]> = []

/**
 * Builds the HTTP request of an operation from its already encoded input. Fails with `InvalidRequest` for a
 * missing, empty, `.` or `..` path parameter, for a URL longer than {@link maxUrlLength}, for a lone surrogate in
 * a path, query or header value, and for a header value with CR, LF or another character headers cannot hold.
 *
 * The request is plain parts (a header record, the body's text) rather than an Effect `HttpClientRequest`, which
 * `WebHttpClient`'s one-callback attempts never need; indexed loops and no closures: every object made here is made
 * for every call (tooling/bench/README.md, "What the profiles show").
 */
export const buildRequest = (
  connection: Connection,
  endpoint: Endpoint,
  encoded: Record<string, unknown>,
): Result.Result<WireRequest, InvalidRequest> => {
  const parts = partsOf(connection)

  // Path parameters: required, and each one URL segment by core's wire rule (never "", "." or "..").
  const pathParams = endpoint.pathParams
  const template = templateOf(parts, endpoint)
  let url = template.literals[0]!
  let segments: Array<string> | undefined
  for (let i = 0; i < pathParams.length; i++) {
    const parameter = pathParams[i]!
    const value = encoded[parameter.key]
    if (value === undefined || value === null) return invalid(endpoint, parameter.key, `missing path parameter "${parameter.key}"`)
    const text = wireText(value)
    const problem = pathSegmentProblem(text)
    if (problem !== undefined) return invalid(endpoint, parameter.key, pathSegmentMessage(parameter.key, problem))
    // Percent-encoding refuses a lone surrogate (`URIError`): that is the check, no pattern run over every value.
    let segment: string
    try {
      segment = encodePathSegment(text)
    } catch {
      return invalid(endpoint, parameter.key, `path parameter "${parameter.key}" ${loneSurrogate}`)
    }
    if (template.inOrder) url += segment + template.literals[i + 1]!
    else if (template.slots[i] !== -1) (segments ??= [])[template.slots[i]!] = segment
  }
  if (segments !== undefined) {
    for (let at = 0; at < segments.length; at++) url += segments[at]! + template.literals[at + 1]!
  }

  // Query parameters by core's wire rule: arrays as repeated keys unless `explode: false`; absent/null omitted.
  let query: Array<[string, string]> | undefined
  const queryParams = endpoint.queryParams
  for (let i = 0; i < queryParams.length; i++) {
    const parameter = queryParams[i]!
    const pairs = queryPairs(parameter.name, encoded[parameter.key], parameter.explode)
    for (let j = 0; j < pairs.length; j++) {
      const textProblem = wireTextProblem(pairs[j]![1], "query")
      if (textProblem !== undefined) return invalid(endpoint, parameter.key, `query parameter "${parameter.key}" ${textProblem}`)
      ;(query ??= []).push(pairs[j]!)
    }
  }

  const headers: Record<string, string> = {
    accept: endpoint.success.kind === "json" ? "application/json" : "*/*",
  }
  const headerParams = endpoint.headerParams
  if (headerParams !== undefined && headerParams !== null) {
    for (let i = 0; i < headerParams.length; i++) {
      const parameter = headerParams[i]!
      const value = encoded[parameter.key]
      if (value === undefined || value === null) continue
      const text = wireText(value)
      const textProblem = wireTextProblem(text, "header")
      if (textProblem !== undefined) return invalid(endpoint, parameter.key, `header parameter "${parameter.key}" ${textProblem}`)
      headers[parameter.name.toLowerCase()] = text
    }
  }
  // The token: never on public operations, never in clear text to a non-loopback host without the opt-in.
  if (endpoint.security !== "public" && parts.authorization !== undefined) headers["authorization"] = parts.authorization

  // The request target (path + query) as sent; percent-encoded, so its length is its size in bytes.
  const search = query === undefined ? "" : new URLSearchParams(query).toString()
  const targetLength = url.length - parts.originLength + (search.length === 0 ? 0 : 1 + search.length)
  if (targetLength > maxUrlLength) {
    const field = longestParameter(endpoint, encoded)
    return invalid(
      endpoint,
      field,
      `the request URL would be ${targetLength} bytes (limit ${maxUrlLength}), most of it "${field}": servers refuse such requests`,
    )
  }
  const href = search.length === 0 ? url : `${url}?${search}`
  return Result.succeed({
    method: endpoint.method,
    url,
    query: query ?? noQuery,
    href,
    headers,
    body: bodyOf(endpoint, encoded, headers),
    absolute: parts.absolute,
  })
}

/**
 * An endpoint's URL cut at its path parameters: `literals[0]` (the base URL and the path up to the first parameter),
 * then for each placed parameter its segment and the literal after it. `slots[i]` is the place of `pathParams[i]`
 * among the placed ones (in path order), -1 when the path does not name it. The same URL as replacing each `{name}`
 * in turn (an encoded segment holds no `{`). Made once per connection and endpoint: appending the path to the base URL
 * on every call was ~15% of `buildRequest` on Bun.
 */
interface PathTemplate {
  readonly literals: ReadonlyArray<string>
  readonly slots: ReadonlyArray<number>
  /** Every parameter placed, in `pathParams` order (each endpoint of the table): segments appended as they come. */
  readonly inOrder: boolean
}

const templateOf = (parts: ConnectionParts, endpoint: Endpoint): PathTemplate => {
  let template = parts.templates.get(endpoint)
  if (template === undefined) {
    const path = endpoint.path
    const placed = endpoint.pathParams
      .map((parameter, index) => ({ index, token: `{${parameter.name}}`, at: path.indexOf(`{${parameter.name}}`) }))
      .filter((slot) => slot.at !== -1)
      .sort((a, b) => a.at - b.at)
    const literals: Array<string> = []
    const slots = endpoint.pathParams.map(() => -1)
    let from = 0
    placed.forEach((slot, order) => {
      literals.push(path.slice(from, slot.at))
      from = slot.at + slot.token.length
      slots[slot.index] = order
    })
    literals.push(path.slice(from))
    literals[0] = appendApiPath(parts.base, literals[0]!)
    template = { literals, slots, inOrder: slots.every((slot, index) => slot === index) }
    parts.templates.set(endpoint, template)
  }
  return template
}

const invalid = (endpoint: Endpoint, field: string, message: string): Result.Result<never, InvalidRequest> =>
  Result.fail(new InvalidRequest({ ...contextOf(endpoint), field, message }))

/** The request body from the encoded input (a JSON body's `content-type` set in `headers`), or `undefined`. */
const bodyOf = (
  endpoint: Endpoint,
  encoded: Record<string, unknown>,
  headers: Record<string, string>,
): string | FormData | undefined => {
  const body = endpoint.body
  if (body === undefined || body === null) return undefined
  let payload: unknown
  if (body.fields === undefined || body.fields === null) {
    payload = encoded["body"]
  } else {
    let fields: Record<string, unknown> | undefined
    for (let i = 0; i < body.fields.length; i++) {
      const name = body.fields[i]!
      if (encoded[name] !== undefined) (fields ??= {})[name] = encoded[name]
    }
    payload = fields === undefined ? (body.required === true ? {} : undefined) : fields
  }
  if (payload === undefined) return undefined
  // A multipart body's content-type (with its boundary) is the transport's to set.
  if (body.contentType.startsWith("multipart/form-data")) return toFormData(payload as Record<string, unknown>)
  headers["content-type"] = body.contentType
  return JSON.stringify(payload)
}

/**
 * The request as an Effect `HttpClientRequest`, for a transport that runs one (any `HttpClient`; `WebHttpClient`
 * when the attempt cannot wait in one callback): the JSON body as `HttpBody.text` with its `content-length`.
 */
export const toHttpClientRequest = (wire: WireRequest): HttpClientRequest.HttpClientRequest => {
  const body = wire.body
  let httpBody: HttpBody.HttpBody = HttpBody.empty
  let headers = wire.headers
  if (typeof body === "string") {
    httpBody = HttpBody.text(body, headers["content-type"])
    headers = { ...headers, "content-length": String(httpBody.contentLength) }
  } else if (body !== undefined) {
    httpBody = HttpBody.formData(body)
  }
  return HttpClientRequest.makeWith(
    wire.method as HttpClientRequest.HttpClientRequest["method"],
    wire.url,
    wire.query.length === 0 ? UrlParams.empty : UrlParams.make(wire.query as Array<[string, string]>),
    Option.none(),
    Headers.fromRecordUnsafe(headers),
    httpBody,
  )
}

/** The path or query parameter whose encoded value is longest: the one blamed for a URL over the limit. */
const longestParameter = (endpoint: Endpoint, encoded: Record<string, unknown>): string => {
  let longest = ["", -1] as [string, number]
  for (const parameter of endpoint.pathParams) {
    const length = encodePathSegment(wireText(encoded[parameter.key])).length
    if (length > longest[1]) longest = [parameter.key, length]
  }
  for (const parameter of endpoint.queryParams) {
    const pairs = queryPairs(parameter.name, encoded[parameter.key], parameter.explode)
    if (pairs.length === 0) continue
    const length = new URLSearchParams(pairs).toString().length
    if (length > longest[1]) longest = [parameter.key, length]
  }
  return longest[0]
}

const toFormData = (payload: Record<string, unknown>): FormData => {
  const form = new FormData()
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue
    // A file part needs a non-empty filename: without one (`filename=""` is dropped) multipart parsers read the part
    // as a text field, and the upload fails for want of a file. A Blob's own name comes first: a `File`'s, or the
    // path a `Bun.file(path)` holds (a Blob, not a File), of which the last segment is the file's name.
    const fileName = nonEmpty(value instanceof Blob ? lastSegment((value as { readonly name?: unknown }).name) : undefined) ??
      nonEmpty(payload["fileName"]) ?? name
    if (value instanceof Blob) {
      form.append(name, value, fileName)
    } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      const type = nonEmpty(payload["mimeType"]) ?? "application/octet-stream"
      form.append(name, new Blob([value as BlobPart], { type }), fileName)
    } else {
      form.append(name, wireText(value))
    }
  }
  return form
}

/** The last segment of a path (`/a/b/report.pdf` → `report.pdf`; either separator), when `value` is a string. */
const lastSegment = (value: unknown): string | undefined =>
  typeof value === "string" ? value.slice(Math.max(value.lastIndexOf("/"), value.lastIndexOf("\\")) + 1) : undefined

/** `value` when it is a non-empty string. */
const nonEmpty = (value: unknown): string | undefined => typeof value === "string" && value !== "" ? value : undefined

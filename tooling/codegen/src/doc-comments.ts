// Doc comments for generated exports the spec does not describe itself, so every public export of the generated
// packages has one (`pnpm run docs` checks it). Derived only from the spec and the generated text, so the output
// stays deterministic:
// - a component schema without a `description` names its component and the operations that send or return it;
// - hey-api's per-operation types (`ChatsListData`, `...Errors`, `...Error`, `...Responses`, `...Response`) name
//   their operation and endpoint; the SDK's resource classes name their operationId prefix and methods;
// - the names hey-api's bundled fetch client exports from its entry point (`client/index.ts`) get a fixed text.
import type { OpenApiDocument } from "./spec.ts"

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)

/** One operation of the spec, as the comments name it. */
interface OperationInfo {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly operation: Json
}

const operationsOf = (spec: OpenApiDocument): ReadonlyArray<OperationInfo> => {
  const operations: Array<OperationInfo> = []
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of httpMethods) {
      const operation = item[method]
      if (!isRecord(operation) || typeof operation.operationId !== "string") continue
      operations.push({ operationId: operation.operationId, method: method.toUpperCase(), path, operation })
    }
  }
  return operations
}

/** `chats.list` (GET /v1/chats) */
const label = (operation: OperationInfo): string => `\`${operation.operationId}\` (${operation.method} ${operation.path})`

/** `a`, `a and b`, `a, b, c and 2 more`. */
const listOf = (items: ReadonlyArray<string>, shown = 3): string => {
  if (items.length <= shown + 1) return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`
  return `${items.slice(0, shown).join(", ")} and ${items.length - shown} more`
}

const jsonSchemaRef = (holder: unknown): string | undefined => {
  const content = isRecord(holder) && isRecord(holder.content) ? holder.content : {}
  for (const media of Object.values(content)) {
    if (isRecord(media) && isRecord(media.schema) && typeof media.schema.$ref === "string") return media.schema.$ref
  }
  return undefined
}

/**
 * The doc text of a component schema that has no `description`: names the component and the operations whose
 * request body or success response it is, e.g. "The `VerificationCancelRequest` schema of the Beeper Desktop API
 * (`#/components/schemas/VerificationCancelRequest`): the request body of `app.setup.verifications.cancel` (POST ...)."
 */
export const componentDoc = (spec: OpenApiDocument, name: string): string => {
  const ref = `#/components/schemas/${name}`
  const title = typeof spec.info.title === "string" && spec.info.title !== "" ? spec.info.title : "the API"
  const bodies: Array<string> = []
  const responses: Array<string> = []
  for (const operation of operationsOf(spec)) {
    if (jsonSchemaRef(operation.operation.requestBody) === ref) bodies.push(label(operation))
    const success = isRecord(operation.operation.responses)
      ? Object.entries(operation.operation.responses).find(([status]) => status.startsWith("2"))?.[1]
      : undefined
    if (jsonSchemaRef(success) === ref) responses.push(label(operation))
  }
  const uses = [
    ...(bodies.length > 0 ? [`the request body of ${listOf(bodies)}`] : []),
    ...(responses.length > 0 ? [`the response of ${listOf(responses)}`] : []),
  ]
  return `The \`${name}\` schema of the ${title} (\`${ref}\`)${uses.length > 0 ? `: ${uses.join("; ")}` : ""}.`
}

// ---------------------------------------------------------------------------------------------------------------
// hey-api output

/** Letters and digits only, lower case: how hey-api's PascalCase names and the spec's names are compared. */
const squash = (name: string): string => name.replace(/[^A-Za-z0-9]/g, "").toLowerCase()

const exportPattern = /^export (?:declare )?(?:type|interface|const|let|class|function|enum) ([A-Za-z_$][\w$]*)/

/** Whether the declaration at `index` already has a doc comment (line comments in between do not count against it). */
const hasDocComment = (lines: ReadonlyArray<string>, index: number): boolean => {
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous]!.trim()
    if (line === "" || line.startsWith("//")) continue
    return line.endsWith("*/")
  }
  return false
}

const block = (text: string): ReadonlyArray<string> => ["/**", ` * ${text.replace(/\*\//g, "*\\/")}`, " */"]

/**
 * Inserts `/** text *\/` above every top-level export of `source` that has none and for which `describe` returns a
 * text (`describe` gets the name and the declaration's first line).
 */
export const addMissingDocComments = (source: string, describe: (name: string, line: string) => string | undefined): string => {
  const lines = source.split("\n")
  const out: Array<string> = []
  lines.forEach((line, index) => {
    const name = exportPattern.exec(line)?.[1]
    if (name !== undefined && !hasDocComment(lines, index)) {
      const text = describe(name, line)
      if (text !== undefined) out.push(...block(text))
    }
    out.push(line)
  })
  return out.join("\n")
}

/** Thrown when hey-api emits an export this module cannot describe (a new kind of output after an upgrade). */
export class UndescribedExportError extends Error {
  override readonly name = "UndescribedExportError"
}

const perOperationKinds: Readonly<Record<string, (operation: string) => string>> = {
  Data: (operation) => `Request parameters of ${operation}: path, query, headers and body.`,
  Errors: (operation) => `Error responses of ${operation}, by status code.`,
  Error: (operation) => `The body of any error response of ${operation}.`,
  Responses: (operation) => `Success responses of ${operation}, by status code.`,
  Response: (operation) => `The body of the success response of ${operation}.`,
}

/** Doc comments for `types.gen.ts`: per-operation types, undescribed component schemas, `ClientOptions`. */
const describeTypes = (spec: OpenApiDocument) => {
  const operations = new Map(operationsOf(spec).map((operation) => [squash(operation.operationId), operation]))
  const schemas = new Map(Object.keys(spec.components?.schemas ?? {}).map((name) => [squash(name), name]))
  const server = Array.isArray(spec.servers) && isRecord(spec.servers[0]) && typeof spec.servers[0].url === "string" ? spec.servers[0].url : undefined
  return (name: string, line: string): string => {
    if (name === "ClientOptions") {
      return `Options of the generated client: its \`baseUrl\`${server === undefined ? "" : ` (by default \`${server}\`, the spec's server; any URL is accepted)`}.`
    }
    // `XResponse = XResponses[keyof XResponses]` (also when hey-api renamed it `XResponse2` to avoid a schema's name).
    const alias = /= (\w+)(Responses|Errors)\[keyof \1\2\];/.exec(line)
    const kind = alias !== null ? (alias[2] === "Responses" ? "Response" : "Error") : /^\w+?(Data|Errors|Responses)\d*$/.exec(name)?.[1]
    const base = alias !== null ? alias[1]! : kind === undefined ? undefined : name.replace(new RegExp(`${kind}\\d*$`), "")
    const operation = base === undefined ? undefined : operations.get(squash(base))
    if (kind !== undefined && operation !== undefined) return perOperationKinds[kind]!(label(operation))
    const schema = schemas.get(squash(name)) ?? schemas.get(squash(name.replace(/\d+$/, "")))
    if (schema !== undefined) return componentDoc(spec, schema)
    throw new UndescribedExportError(`types.gen.ts: no doc comment for \`${name}\` (neither an operation's type nor a component schema)`)
  }
}

/** The resource classes of `sdk.gen.ts`: which getter of which class leads to each, and its methods. */
const sdkTree = (source: string) => {
  const classes = new Map<string, { readonly methods: Array<string>; readonly getters: Array<readonly [getter: string, type: string]> }>()
  let current: string | undefined
  for (const line of source.split("\n")) {
    const declared = /^export class (\w+) extends/.exec(line)?.[1]
    if (declared !== undefined) classes.set((current = declared), { methods: [], getters: [] })
    else if (line.startsWith("}")) current = undefined
    if (current === undefined) continue
    const method = /^ {4}public (\w+)</.exec(line)?.[1]
    if (method !== undefined) classes.get(current)!.methods.push(method)
    const getter = /^ {4}get (\w+)\(\): (\w+) \{/.exec(line)
    if (getter !== null) classes.get(current)!.getters.push([getter[1]!, getter[2]!])
  }
  const parents = new Map<string, readonly [parent: string, getter: string]>()
  for (const [name, { getters }] of classes) for (const [getter, type] of getters) parents.set(type, [name, getter])
  const accessPath = (name: string): ReadonlyArray<string> => {
    const parent = parents.get(name)
    return parent === undefined ? [] : [...accessPath(parent[0]), parent[1]]
  }
  return { classes, accessPath }
}

/** Doc comments for `sdk.gen.ts`: the root class, the resource classes, `Options`. */
const describeSdk = (spec: OpenApiDocument, source: string, rootClass: string) => {
  const { classes, accessPath } = sdkTree(source)
  const title = typeof spec.info.title === "string" ? spec.info.title : "the API"
  return (name: string): string => {
    if (name === "Options") {
      return "Options of every SDK method: the operation's parameters (its `*Data` type: path, query, headers, body) and " +
        "per-call settings (`client`, `meta`, `throwOnError`, `responseStyle`, `fetch` ...)."
    }
    if (name === rootClass) {
      return `The ${title}, one method per operation, grouped by operationId: \`chats.messages.reactions.add\` is ` +
        `\`new ${rootClass}().chats.messages.reactions.add(options)\`. Uses the default \`client\` unless given one.`
    }
    const resource = classes.get(name)
    const path = accessPath(name)
    if (resource === undefined || path.length === 0) {
      throw new UndescribedExportError(`sdk.gen.ts: no doc comment for \`${name}\` (not reachable from ${rootClass})`)
    }
    const members = [...resource.methods.map((method) => `\`${method}\``), ...resource.getters.map(([getter]) => `\`${getter}\``)]
    return `The \`${path.join(".")}\` operations of the ${title} (\`new ${rootClass}().${path.join(".")}\`): ${listOf(members, 8)}.`
  }
}

/** The names hey-api's bundled fetch client exports from `client/index.ts` without a doc comment of their own. */
const bundledClientDocs: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "client/types.gen.ts": {
    ResponseStyle: "How a request's result is returned: `'fields'` (the default) gives `{ data, error, request, response }`, `'data'` only the parsed body.",
    Config: "Configuration of a fetch client: base URL, `fetch` implementation, headers, auth, body and query serializers, how to parse responses, and whether to throw on error responses.",
    RequestOptions: "Options of one request: the client configuration, plus its URL, path and query parameters, body and security requirements.",
    ResolvedRequestOptions: "The options of a request after the client merged in its configuration and serialized the body, as interceptors see them.",
    RequestResult: "What a request returns: a Promise of `{ data, request, response }` or `{ error, request, response }`, of the data alone (`responseStyle: 'data'`), or one that rejects on an error response (`throwOnError: true`).",
    ClientOptions: "The settings a client's types depend on: `baseUrl`, `responseStyle` and `throwOnError`.",
    Client: "A fetch client: one method per HTTP verb plus `request`, `sse`, `buildUrl`, `getConfig`/`setConfig` and request, response and error `interceptors`.",
    TDataShape: "The shape of an operation's request parameters (the `*Data` types): `body`, `headers`, `path`, `query` and `url`.",
    Options: "Options of a request for one operation: the request options, with `body`, `path`, `query` and `headers` typed by the operation's `*Data` type.",
  },
  "client/client.gen.ts": {
    createClient: "Creates a fetch client from a configuration, applied over the defaults of `createConfig`.",
  },
  "client/utils.gen.ts": {
    createConfig: "The default client configuration (JSON bodies, `Content-Type: application/json`, `parseAs: 'auto'`, deep-object query serialization) with `override` applied.",
    mergeHeaders: "Merges header sets (a `Headers`, or a record of values or arrays) into one `Headers`: later sets win, `null` deletes a header, objects are sent as JSON.",
  },
  "core/auth.gen.ts": {
    Auth: "A security scheme a request uses: its type (`http` or `apiKey`), scheme (`bearer`, `basic`), and where the credential goes (header, query or cookie, under which name).",
  },
  "core/bodySerializer.gen.ts": {
    QuerySerializerOptions: "How query parameters are serialized (array and object styles, `allowReserved`), for all parameters and per parameter name.",
    formDataBodySerializer: "Sends a body object as `multipart/form-data`: one field per key (arrays repeat the field), strings and Blobs as they are, dates as ISO strings, anything else as JSON.",
    jsonBodySerializer: "Sends a body as JSON (bigints as strings). The default.",
    urlSearchParamsBodySerializer: "Sends a body object as `application/x-www-form-urlencoded`: one pair per key (arrays repeat the key), non-strings as JSON.",
  },
  "core/params.gen.ts": {
    buildClientParams: "Sorts an SDK call's arguments into `body`, `headers`, `path` and `query`, following the operation's field configuration.",
  },
  "core/serverSentEvents.gen.ts": {
    ServerSentEventsResult: "The result of a server-sent-events request: an async generator of its parsed events.",
  },
}

/** The bundled-client names that get a fixed doc comment, by file (for tests: the table must match hey-api's output). */
export const bundledClientDocNames = (): ReadonlyMap<string, ReadonlyArray<string>> =>
  new Map(Object.entries(bundledClientDocs).map(([file, names]) => [file, Object.keys(names)]))

/**
 * Adds the missing doc comments to one file hey-api wrote (`file` relative to its output folder, `/`-separated).
 * Throws {@link UndescribedExportError} when a spec-derived file (`types.gen.ts`, `sdk.gen.ts`, `client.gen.ts`)
 * has an export it cannot describe.
 */
export const documentHeyApiFile = (file: string, source: string, spec: OpenApiDocument, options: { readonly rootClass: string }): string => {
  switch (file) {
    case "types.gen.ts":
      return addMissingDocComments(source, describeTypes(spec))
    case "sdk.gen.ts":
      return addMissingDocComments(source, describeSdk(spec, source, options.rootClass))
    case "client.gen.ts":
      return addMissingDocComments(source, (name, line) => {
        if (name !== "client") throw new UndescribedExportError(`client.gen.ts: no doc comment for \`${name}\``)
        const baseUrl = /baseUrl: '([^']*)'/.exec(line)?.[1]
        return `The client the SDK uses when none is given: a fetch client${baseUrl === undefined ? "" : ` for \`${baseUrl}\``}. Change it with \`client.setConfig({ baseUrl, auth, ... })\`.`
      })
    default: {
      const docs = bundledClientDocs[file]
      return docs === undefined ? source : addMissingDocComments(source, (name) => docs[name])
    }
  }
}

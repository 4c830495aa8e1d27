/**
 * The contract the mock is held to: spec/openapi.yaml for every HTTP response and spec/asyncapi.yaml for
 * every WebSocket frame, checked with a real JSON-Schema validator (Ajv, draft 2020-12, with formats).
 */
import { readFileSync } from "node:fs"
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js"
import formats from "ajv-formats"
import { parse } from "yaml"

const OPENAPI_ID = "https://beeper-kit.test/openapi.yaml"
const ASYNCAPI_ID = "https://beeper-kit.test/asyncapi.yaml"

type Json = Record<string, any>

/** The parsed spec documents. */
export const openapi: Json = parse(readFileSync(new URL("../../../../spec/openapi.yaml", import.meta.url), "utf8"))
export const asyncapi: Json = parse(readFileSync(new URL("../../../../spec/asyncapi.yaml", import.meta.url), "utf8"))

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true })
// ajv-formats is CommonJS: its default export is the plugin function.
;(formats as unknown as { default: (a: Ajv2020) => void }).default(ajv)
ajv.addFormat("binary", true)
ajv.addSchema(openapi, OPENAPI_ID)
ajv.addSchema(asyncapi, ASYNCAPI_ID)

const pointerSegment = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1")
const compiled = new Map<string, ValidateFunction>()
const validatorAt = (documentID: string, pointer: string): ValidateFunction => {
  const key = `${documentID}#${pointer}`
  const cached = compiled.get(key)
  if (cached) return cached
  const validate = ajv.compile({ $ref: key })
  compiled.set(key, validate)
  return validate
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const

/** One operation of the spec. */
export interface SpecOperation {
  readonly operationId: string
  readonly method: (typeof METHODS)[number]
  readonly template: string
  readonly operation: Json
  readonly parameters: Array<Json>
  readonly regex: RegExp
  readonly literalSegments: number
}

/** Every operation of spec/openapi.yaml. */
export const operations: Array<SpecOperation> = Object.entries(openapi["paths"] as Json).flatMap(([template, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({
    operationId: item[method].operationId as string,
    method,
    template,
    operation: item[method],
    parameters: [...((item["parameters"] as Array<Json>) ?? []), ...((item[method].parameters as Array<Json>) ?? [])],
    regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "[^/]+")}$`),
    literalSegments: template.split("/").filter((s) => s !== "" && !s.startsWith("{")).length,
  })),
)

/** The operation serving a request, preferring the most specific template. */
export const operationFor = (method: string, pathname: string): SpecOperation | undefined =>
  operations
    .filter((o) => o.method === method.toLowerCase() && o.regex.test(pathname))
    .sort((a, b) => b.literalSegments - a.literalSegments)[0]

/** The operation with an ID. */
export const operationById = (operationId: string): SpecOperation => {
  const found = operations.find((o) => o.operationId === operationId)
  if (!found) throw new Error(`no operation ${operationId}`)
  return found
}

const responseOf = (op: SpecOperation, status: number): { pointer: string; response: Json } | undefined => {
  const direct = (op.operation["responses"] as Json)[String(status)] as Json | undefined
  if (!direct) return undefined
  const ref = direct["$ref"] as string | undefined
  if (ref) {
    const name = ref.split("/").pop() as string
    return { pointer: `/components/responses/${pointerSegment(name)}`, response: (openapi["components"] as Json)["responses"][name] }
  }
  return { pointer: `/paths/${pointerSegment(op.template)}/${op.method}/responses/${status}`, response: direct }
}

/** Problems of one HTTP response against the spec (empty when it conforms). */
export const checkResponse = (request: { method: string; pathname: string; range?: boolean }, response: { status: number; contentType: string | null; text: string }): Array<string> => {
  const where = `${request.method.toUpperCase()} ${request.pathname} → ${response.status}`
  const op = operationFor(request.method, request.pathname)
  if (!op) return [`${where}: no operation in spec/openapi.yaml`]
  let status = response.status
  const binary200 = responseOf(op, 200)?.response["content"] && !("application/json" in (responseOf(op, 200)?.response["content"] as Json))
  if (status === 206 && binary200 && request.range) status = 200
  const declared = responseOf(op, status)
  if (!declared) return [`${where}: status ${response.status} is not declared for ${op.operationId}`]
  const content = declared.response["content"] as Json | undefined
  if (!content) return response.text === "" ? [] : [`${where}: expected an empty body, got ${response.text.slice(0, 80)}`]
  if (!("application/json" in content)) return []
  if (!response.contentType?.includes("application/json")) return [`${where}: content-type ${response.contentType} is not application/json`]
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return [`${where}: body is not JSON: ${response.text.slice(0, 80)}`]
  }
  const validate = validatorAt(OPENAPI_ID, `${declared.pointer}/content/application~1json/schema`)
  if (validate(body)) return []
  return (validate.errors ?? []).slice(0, 8).map((e) => `${where} (${op.operationId}): ${e.instancePath || "/"} ${e.message} ${e.params ? JSON.stringify(e.params) : ""}`)
}

/** The asyncapi message payload schema of each frame type. */
const frameSchemas = new Map<string, string>(
  Object.values((asyncapi["components"] as Json)["messages"] as Json).map((m: Json) => [m["name"] as string, (m["payload"]["$ref"] as string).slice(1)]),
)

/** Frame types the asyncapi document defines. */
export const frameTypes = (): Array<string> => [...frameSchemas.keys()]

/**
 * `WSDomainEventMessage` of Beeper's own OpenAPI document 5.0.0 (components.schemas), verbatim but for the
 * entries' `additionalProperties: { nullable: true }` (OpenAPI 3.0 for "any value", which Ajv refuses without a
 * `type`), written `true`. `ts` is an
 * ISO 8601 date-time string there, while spec/asyncapi.yaml (owned elsewhere, not edited here) still says epoch
 * milliseconds. The mock emits the upstream form by default.
 */
const UPSTREAM_DOMAIN_EVENT = {
  type: "object",
  properties: {
    type: { type: "string", enum: ["chat.upserted", "chat.deleted", "message.upserted", "message.deleted"] },
    seq: { type: "integer", minimum: 0 },
    ts: { type: "string", format: "date-time" },
    chatID: { type: "string" },
    ids: { type: "array", items: { type: "string" } },
    entries: { type: "array", items: { type: "object", additionalProperties: true } },
  },
  required: ["type", "seq", "ts", "chatID", "ids"],
  additionalProperties: false,
} as const
const upstreamDomainEvent = ajv.compile(UPSTREAM_DOMAIN_EVENT)
const upstreamTs = ajv.compile(UPSTREAM_DOMAIN_EVENT.properties.ts)
const domainEventTypes: ReadonlySet<string> = new Set(UPSTREAM_DOMAIN_EVENT.properties.type.enum)

const problemsOf = (validate: ValidateFunction, frame: any, label: string): Array<string> =>
  validate(frame) ? [] : (validate.errors ?? []).slice(0, 8).map((e) => `${label}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`)

/** A frame whose `ts` is a string: the upstream date-time check, and the frame with `ts` as the epoch ms it denotes. */
const readTs = (frame: any): { frame: any; problems: Array<string> } =>
  typeof frame?.ts === "string"
    ? { frame: { ...frame, ts: Date.parse(frame.ts) }, problems: upstreamTs(frame.ts) ? [] : [`ts ${JSON.stringify(frame.ts)} is not an ISO 8601 date-time`] }
    : { frame, problems: [] }

/**
 * Problems of one WebSocket frame (unknown types are checked against DomainEventBase). A domain event with a
 * string `ts` must match the upstream `WSDomainEventMessage` as a whole (an ISO 8601 date-time), and
 * spec/asyncapi.yaml once its `ts` is read as the epoch milliseconds it denotes (so `entries` are still held to
 * the full Message schema); a numeric `ts` is checked against spec/asyncapi.yaml as it stands.
 */
export const checkFrame = (text: string): Array<string> => {
  let parsed: any
  try {
    parsed = JSON.parse(text)
  } catch {
    return [`frame is not JSON: ${text.slice(0, 80)}`]
  }
  const { frame, problems } = readTs(parsed)
  const pointer = frameSchemas.get(frame?.type)
  if (!pointer) {
    const generic = validatorAt(ASYNCAPI_ID, "/components/schemas/DomainEventBase")
    return [`unknown frame type ${String(frame?.type)}`, ...problems, ...(generic(frame) ? [] : (generic.errors ?? []).map((e) => `${e.instancePath} ${e.message}`))]
  }
  const validate = validatorAt(ASYNCAPI_ID, pointer)
  const upstream = domainEventTypes.has(parsed.type) && typeof parsed.ts === "string" ? problemsOf(upstreamDomainEvent, parsed, `${parsed.type} (upstream WSDomainEventMessage)`) : []
  return [...upstream, ...problems, ...problemsOf(validate, frame, frame.type)]
}

// Reads spec/asyncapi.yaml: validates it with @asyncapi/parser (which also resolves its references into
// openapi.yaml), lists its messages by direction, and returns its schemas with references rewritten so they
// can sit in one components section together with the OpenAPI schemas.
import { readFile } from "node:fs/promises"
import { basename } from "node:path"
import { DiagnosticSeverity, fromFile, Parser } from "@asyncapi/parser"
import { parse } from "yaml"

/** A JSON Schema object as written in the spec (only what the generators read). */
export interface JsonSchema {
  readonly type?: string | ReadonlyArray<string>
  readonly $ref?: string
  readonly const?: unknown
  readonly enum?: ReadonlyArray<unknown>
  readonly description?: string
  readonly deprecated?: boolean
  readonly required?: ReadonlyArray<string>
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly items?: JsonSchema
  readonly allOf?: ReadonlyArray<JsonSchema>
  readonly anyOf?: ReadonlyArray<JsonSchema>
  readonly oneOf?: ReadonlyArray<JsonSchema>
  readonly [keyword: string]: unknown
}

/** One message of the protocol. */
export interface ProtocolMessage {
  /** Wire name, the `type` of the frame (e.g. `message.upserted`). */
  readonly name: string
  /** `send`: client → server command; `receive`: server → client frame. */
  readonly action: "send" | "receive"
  /** Name of its payload schema in the AsyncAPI components (e.g. `MessageUpsertedEvent`). */
  readonly schema: string
  /** True for domain events (payloads built on the shared `DomainEventBase` shape). */
  readonly domainEvent: boolean
  readonly summary: string | undefined
}

/** The protocol as the generators need it. */
export interface Protocol {
  /** Every message, in the spec's operation order, each once. */
  readonly messages: ReadonlyArray<ProtocolMessage>
  /** The AsyncAPI component schemas, references rewritten to `#/components/schemas/<name>`. */
  readonly schemas: Readonly<Record<string, JsonSchema>>
  /** Names of the OpenAPI component schemas the AsyncAPI schemas refer to (e.g. `Message`). */
  readonly openapiRefs: ReadonlyArray<string>
}

/** The schema every domain event extends (`allOf: [{ $ref: DomainEventBase }, ...]`). */
export const DOMAIN_EVENT_SCHEMA = "DomainEventBase"

const LOCAL_REF = /^#\/components\/schemas\/([^/]+)$/

/**
 * Loads and validates `asyncapiPath`. References into the OpenAPI document (`./openapi.yaml#/components/schemas/X`)
 * must point at `openapiPath` and at an existing schema; they become `#/components/schemas/X`.
 */
export const loadProtocol = async (asyncapiPath: string, openapiPath: string): Promise<Protocol> => {
  const { document, diagnostics } = await fromFile(new Parser(), asyncapiPath).parse()
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
  if (!document || errors.length > 0) {
    const details = errors.map((error) => `  ${error.path.join("/")}: ${error.message}`).join("\n")
    throw new Error(`${asyncapiPath} is not a valid AsyncAPI document:\n${details}`)
  }

  const raw = parse(await readFile(asyncapiPath, "utf8")) as { components?: { schemas?: Record<string, JsonSchema> } }
  const openapi = parse(await readFile(openapiPath, "utf8")) as { components?: { schemas?: Record<string, unknown> } }
  const openapiFile = basename(openapiPath)
  const openapiRefs = new Set<string>()

  const rewrite = (value: unknown, at: string): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => rewrite(item, `${at}/${i}`))
    if (typeof value !== "object" || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") out[key] = rewriteRef(item, at)
      else out[key] = rewrite(item, `${at}/${key}`)
    }
    return out
  }
  const rewriteRef = (ref: string, at: string): string => {
    if (LOCAL_REF.test(ref)) return ref
    const [file, pointer = ""] = ref.split("#")
    const name = LOCAL_REF.exec(`#${pointer}`)?.[1]
    if (file !== undefined && basename(file) === openapiFile && name !== undefined) {
      if (!openapi.components?.schemas?.[name]) throw new Error(`${at}: ${ref} names no schema of ${openapiFile}`)
      openapiRefs.add(name)
      return `#/components/schemas/${name}`
    }
    throw new Error(`${at}: unsupported reference ${ref} (only local schemas and ${openapiFile} schemas)`)
  }

  const schemas: Record<string, JsonSchema> = {}
  for (const [name, schema] of Object.entries(raw.components?.schemas ?? {})) {
    schemas[name] = rewrite(schema, `#/components/schemas/${name}`) as JsonSchema
    if (openapi.components?.schemas?.[name]) {
      throw new Error(`AsyncAPI schema ${name} has the name of an OpenAPI schema; schema names must be unique across both`)
    }
  }

  const messages: Array<ProtocolMessage> = []
  const seen = new Set<string>()
  for (const operation of document.operations().all()) {
    const action = operation.action()
    if (action !== "send" && action !== "receive") continue
    for (const message of operation.messages().all()) {
      const name = message.name()
      const schema = message.payload()?.id()
      if (!name || !schema || !schemas[schema]) {
        throw new Error(`AsyncAPI message ${message.id()} needs a name and a payload from components.schemas`)
      }
      if (seen.has(name)) continue
      seen.add(name)
      messages.push({ name, action, schema, domainEvent: extendsDomainEvent(schemas[schema]!), summary: message.summary() })
    }
  }
  return { messages, schemas, openapiRefs: [...openapiRefs].sort() }
}

const extendsDomainEvent = (schema: JsonSchema): boolean =>
  (schema.allOf ?? []).some((member) => member.$ref === `#/components/schemas/${DOMAIN_EVENT_SCHEMA}`)

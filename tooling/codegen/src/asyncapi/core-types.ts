// Prints @beeper-kit/core's WS protocol module (plain TypeScript, no runtime dependency): one type per AsyncAPI
// payload schema, the unions of server frames, client commands and live events, the frame type lists, and a
// table of each server frame's top-level fields that the handwritten codec checks frames against.
import { docLines } from "../effect/schema-term.ts"
import { DOMAIN_EVENT_SCHEMA, type JsonSchema, type Protocol } from "./protocol.ts"

/** Where the OpenAPI types live, relative to the generated WS module (packages/core/src/generated/ws/). */
export const CORE_HTTP_TYPES_MODULE = "../http/types.gen.ts"

const indent = (text: string, by = "  "): string => text.split("\n").map((line) => (line ? by + line : line)).join("\n")

const doc = (schema: JsonSchema): string => {
  const lines = docLines(schema)
  if (!lines) return ""
  return `/**\n${lines.map((line) => ` *${line ? ` ${line.replaceAll("*/", "*\\/")}` : ""}`).join("\n")}\n */\n`
}

const literal = (value: unknown): string => {
  if (Array.isArray(value)) return `readonly [${value.map(literal).join(", ")}]`
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value).map(([key, item]) => `readonly ${JSON.stringify(key)}: ${literal(item)}`).join("; ")} }`
  }
  return JSON.stringify(value)
}

/**
 * The type an enum of the protocol is read as when it is open — `string` or `number`, when every value is one — or
 * `undefined` for a mixed enum, kept closed. The protocol's enums are read from the server, and a newer Desktop may
 * send a value this version does not know: the known values still autocomplete, and the codec reports the others.
 */
const openEnumKind = (values: ReadonlyArray<unknown>): "string" | "number" | undefined =>
  values.every((value) => typeof value === "string")
    ? "string"
    : values.every((value) => typeof value === "number")
    ? "number"
    : undefined

const propertyKey = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key))

const refName = (ref: string): string => ref.slice("#/components/schemas/".length)

/** Properties and required keys of an object schema, seen through `$ref` and `allOf` (later members win). */
export interface ObjectFields {
  readonly properties: ReadonlyMap<string, JsonSchema>
  readonly required: ReadonlySet<string>
}

/** Prints TypeScript types for the normalized schemas of one protocol. */
export class TypePrinter {
  /** OpenAPI schema names used by the printed types (to import). */
  readonly imports = new Set<string>()
  private readonly local: Readonly<Record<string, JsonSchema>>
  private readonly openapiNames: ReadonlySet<string>
  constructor(local: Readonly<Record<string, JsonSchema>>, openapiNames: ReadonlySet<string>) {
    this.local = local
    this.openapiNames = openapiNames
  }

  objectFields(schema: JsonSchema): ObjectFields | undefined {
    if (schema.$ref) {
      const target = this.local[refName(schema.$ref)]
      return target ? this.objectFields(target) : undefined
    }
    if (schema.allOf) {
      const properties = new Map<string, JsonSchema>()
      const required = new Set<string>()
      for (const member of schema.allOf) {
        const fields = this.objectFields(member)
        if (!fields) return undefined
        for (const [key, value] of fields.properties) properties.set(key, value)
        for (const key of fields.required) required.add(key)
      }
      return { properties, required }
    }
    if (schema.type === "object" || schema.properties) {
      return { properties: new Map(Object.entries(schema.properties ?? {})), required: new Set(schema.required ?? []) }
    }
    return undefined
  }

  private objectType(fields: ObjectFields, additional: JsonSchema | boolean | undefined): string {
    const members = [...fields.properties].map(([key, value]) =>
      `${doc(value)}readonly ${propertyKey(key)}${fields.required.has(key) ? "" : "?"}: ${this.type(value)}`
    )
    if (additional) members.push(`readonly [key: string]: ${additional === true ? "unknown" : this.type(additional)}`)
    if (members.length === 0 || (fields.properties.size === 0 && additional === true)) return "{ readonly [key: string]: unknown }"
    return `{\n${indent(members.join("\n"))}\n}`
  }

  type(schema: JsonSchema): string {
    if (schema.$ref) {
      const name = refName(schema.$ref)
      if (this.openapiNames.has(name) && !this.local[name]) this.imports.add(name)
      return name
    }
    if (schema.const !== undefined) return literal(schema.const)
    // the protocol's enums stay open (openEnumKind)
    if (schema.enum) {
      const known = schema.enum.map(literal)
      const open = openEnumKind(schema.enum)
      return open === undefined ? known.join(" | ") : [...known, `(${open} & {})`].join(" | ")
    }
    const union = schema.anyOf ?? schema.oneOf
    if (union) return union.map((member) => this.wrap(this.type(member))).join(" | ")
    if (schema.allOf) {
      const fields = this.objectFields(schema)
      if (!fields) throw new Error("allOf members must be objects")
      return this.objectType(fields, undefined)
    }
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
    if (types.length > 1) return types.map((type) => this.wrap(this.type({ ...schema, type }))).join(" | ")
    switch (types[0]) {
      case "string":
        return "string"
      case "integer":
      case "number":
        return "number"
      case "boolean":
        return "boolean"
      case "null":
        return "null"
      case "array":
        return `ReadonlyArray<${schema.items ? this.type(schema.items) : "unknown"}>`
      case "object":
        return this.objectType(this.objectFields(schema)!, schema["additionalProperties"] as JsonSchema | boolean | undefined)
      default:
        return "unknown"
    }
  }

  private wrap(type: string): string {
    return /^[\w.$<>[\], "'*]+$/.test(type) && !type.includes(" | ") ? type : `(${type})`
  }
}

/**
 * JSON kind of a value, as the codec checks it. `timestamp` is a `format: date-time` field (alone or as a member of
 * a union): the codec reads it in every form it knows (ISO 8601, epoch milliseconds as a number or a string).
 */
export type FieldKind = "string" | "integer" | "number" | "boolean" | "null" | "array" | "object" | "timestamp" | "unknown"

const fieldKinds: ReadonlyArray<FieldKind> = ["string", "integer", "number", "boolean", "null", "array", "object", "timestamp", "unknown"]

const kindOf = (schema: JsonSchema, local: Readonly<Record<string, JsonSchema>>): FieldKind => {
  const { kind, nullable } = nullableKindOf(schema, local)
  return nullable && kind !== "null" && kind !== "unknown" ? "unknown" : kind
}

/**
 * A field's JSON kind and whether `null` is allowed beside it (`type: [integer, "null"]`, or a union with a `null`
 * member): the codec checks the kind and lets `null` through, where a bare {@link kindOf} could only say `unknown`.
 */
const nullableKindOf = (
  schema: JsonSchema,
  local: Readonly<Record<string, JsonSchema>>,
): { readonly kind: FieldKind; readonly nullable: boolean } => {
  if (schema.$ref) {
    const target = local[refName(schema.$ref)]
    return target ? nullableKindOf(target, local) : { kind: "object", nullable: false }
  }
  if (schema["format"] === "date-time") return { kind: "timestamp", nullable: false }
  const union = schema.anyOf ?? schema.oneOf
  if (union) {
    const kinds = new Set(union.map((member) => kindOf(member, local)))
    const nullable = kinds.size > 1 && kinds.delete("null")
    if (kinds.has("timestamp")) return { kind: "timestamp", nullable }
    return { kind: kinds.size === 1 ? [...kinds][0]! : "unknown", nullable }
  }
  if (schema.const !== undefined) {
    const value = schema.const
    return {
      kind: value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "object" ? "object"
        : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value as FieldKind,
      nullable: false,
    }
  }
  if (schema.allOf || (schema.type === "object")) return { kind: "object", nullable: false }
  const types = Array.isArray(schema.type) ? schema.type.filter((type) => type !== "null") : [schema.type]
  const nullable = Array.isArray(schema.type) && types.length < schema.type.length && types.length > 0
  const type = types.length === 1 ? types[0] : undefined
  return {
    kind: type === "object" ? "object"
      : (["string", "integer", "number", "boolean", "null", "array"] as const).find((kind) => kind === type) ?? "unknown",
    nullable,
  }
}

/**
 * Whether an object schema (through `$ref` and `allOf`) declares an open payload (`additionalProperties: true`):
 * fields beyond the listed ones are expected there, while elsewhere they are news from a newer Desktop.
 */
const declaresOpenPayload = (schema: JsonSchema, local: Readonly<Record<string, JsonSchema>>): boolean => {
  if (schema.$ref) {
    const target = local[refName(schema.$ref)]
    return target !== undefined && declaresOpenPayload(target, local)
  }
  if (schema.allOf) return schema.allOf.some((member) => declaresOpenPayload(member, local))
  return schema["additionalProperties"] === true
}

/** Names of the unions this module (and the Effect one) defines beside the spec's schemas. */
export const UNION_NAMES = { server: "ServerFrame", client: "ClientCommand", live: "DomainEventFrame" } as const

/** The body (without header) of packages/core/src/generated/ws/protocol.ts. */
export const printCoreProtocol = (protocol: Protocol, schemas: Readonly<Record<string, JsonSchema>>): string => {
  const printer = new TypePrinter(schemas, new Set(protocol.openapiRefs))
  const blocks: Array<string> = []
  for (const [name, schema] of Object.entries(schemas)) {
    blocks.push(`${doc(schema)}export type ${name} = ${printer.type(schema)}`)
  }

  const server = protocol.messages.filter((message) => message.action === "receive")
  const client = protocol.messages.filter((message) => message.action === "send")
  const live = server.filter((message) => message.domainEvent)
  const union = (name: string, description: string, members: typeof server) =>
    `/** ${description} */\nexport type ${name} =\n${members.map((message) => `  | ${message.schema}`).join("\n")}`
  const list = (name: string, description: string, members: typeof server) =>
    `/** ${description} */\nexport const ${name} = [${members.map((message) => JSON.stringify(message.name)).join(", ")}] as const`
  blocks.push(union(UNION_NAMES.server, "Every frame the server sends, discriminated by `type`.", server))
  blocks.push(union(UNION_NAMES.client, "Every command the client sends, discriminated by `type`.", client))
  blocks.push(union(UNION_NAMES.live, `The domain events (the \`${DOMAIN_EVENT_SCHEMA}\` shape), discriminated by \`type\`.`, live))
  blocks.push(list("serverFrameTypes", "The `type` of every server frame.", server))
  blocks.push(`/** The \`type\` of a server frame. */\nexport type ServerFrameType = (typeof serverFrameTypes)[number]`)
  blocks.push(list("clientCommandTypes", "The `type` of every client command.", client))
  blocks.push(`/** The \`type\` of a client command. */\nexport type ClientCommandType = (typeof clientCommandTypes)[number]`)
  blocks.push(list("domainEventTypes", "The `type` of every domain event.", live))
  blocks.push(`/** The \`type\` of a domain event. */\nexport type DomainEventType = (typeof domainEventTypes)[number]`)

  blocks.push(
    [
      "/** JSON kind of a frame field, as {@link serverFrameFields} records it. */",
      `export type FieldKind = ${fieldKinds.map((kind) => JSON.stringify(kind)).join(" | ")}`,
      "",
      "/**",
      " * One top-level field of a frame: its JSON kind (and its items' kind for arrays), whether it must be present, and",
      " * the values the spec knows for an enum (read as open: another value is accepted).",
      " */",
      "export interface FieldSpec {",
      "  readonly kind: FieldKind",
      "  readonly required: boolean",
      "  readonly items?: FieldKind",
      "  readonly known?: ReadonlyArray<string | number>",
      "  /** `null` is allowed beside {@link FieldSpec.kind} (`type: [integer, \"null\"]`). */",
      "  readonly nullable?: boolean",
      "}",
    ].join("\n"),
  )
  const frameFields = server.map((message) => {
    const fields = printer.objectFields(schemas[message.schema]!)
    if (!fields) throw new Error(`${message.schema} is not an object`)
    const entries = [...fields.properties]
      .filter(([key]) => key !== "type")
      .map(([key, value]) => {
        const { kind, nullable } = nullableKindOf(value, schemas)
        const items = kind === "array" && value.items ? kindOf(value.items, schemas) : undefined
        const known = value.enum !== undefined && openEnumKind(value.enum) !== undefined ? `, known: ${JSON.stringify(value.enum)}` : ""
        return `${propertyKey(key)}: { kind: ${JSON.stringify(kind)}, required: ${fields.required.has(key)}${items && items !== "unknown" ? `, items: ${JSON.stringify(items)}` : ""}${known}${nullable ? ", nullable: true" : ""} }`
      })
    return `${JSON.stringify(message.name)}: {${entries.length ? `\n${indent(entries.join(",\n"))}\n` : ""}}`
  })
  blocks.push(
    [
      "/**",
      " * The top-level fields (besides `type`) of each server frame, for light structural checks of incoming frames; a",
      " * frame whose payload is open beyond these (`additionalProperties: true`) is listed in {@link openServerFrames}.",
      " */",
      `export const serverFrameFields = {\n${indent(frameFields.join(",\n"))}\n} as const satisfies Record<ServerFrameType, Readonly<Record<string, FieldSpec>>>`,
    ].join("\n"),
  )
  const open = server.filter((message) => declaresOpenPayload(schemas[message.schema]!, schemas))
  blocks.push(
    [
      "/** The server frames whose schema declares an open payload: fields beyond {@link serverFrameFields} are expected. */",
      `export const openServerFrames: ReadonlyArray<ServerFrameType> = [${open.map((message) => JSON.stringify(message.name)).join(", ")}]`,
    ].join("\n"),
  )

  const imports = [...printer.imports].sort()
  const head = imports.length ? `import type { ${imports.join(", ")} } from ${JSON.stringify(CORE_HTTP_TYPES_MODULE)}\n\n` : ""
  return `${head}${blocks.join("\n\n")}\n`
}

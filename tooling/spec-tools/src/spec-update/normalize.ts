// The one canonical text form of spec/openapi.yaml: whatever key order and syntax (JSON or YAML) a document arrives
// in, the same content always prints as the same bytes, so a Desktop release shows up in review as a readable diff.
//
// Rules (stable: they depend only on content, never on input order; idempotent: normalising twice changes nothing):
// - Objects of a known OpenAPI kind (operation, parameter, schema, ...) list their keys in a fixed order: the order
//   the OpenAPI / JSON Schema specifications present them, identity first (`operationId`, `name`, `type`), then
//   prose, then extensions (`x-*`, alphabetically), then structure. Unknown keys follow, alphabetically.
// - Registries whose entries are looked up by name are sorted by key (code-point order, not locale):
//   `paths`, every `components.*`, `responses` (status codes), `content` (media types), headers, examples, ...
// - Orders that carry meaning are kept: arrays (tags, parameters, enum, required, allOf ...), schema `properties`
//   (the author's field order is the reading order of the docs and of the generated types), and example data.
// - Formatting: YAML 1.2, 2-space indent, block style, no line folding, multi-line strings as literal blocks,
//   no anchors/aliases, `\n` line endings, one final newline.
import { stringify } from "yaml"

/** What a value in the document is, as far as key ordering is concerned. */
type Kind =
  | "root" | "info" | "contact" | "license" | "server" | "serverVariable" | "tag" | "externalDocs"
  | "paths" | "pathItem" | "operation" | "parameter" | "requestBody" | "mediaType" | "encoding" | "responses"
  | "response" | "header" | "link" | "example" | "components" | "schema" | "discriminator" | "xml"
  | "securityScheme" | "oauthFlows" | "oauthFlow"
  | "data" // example payloads, defaults, extension values: kept exactly as they are

/** A child of a known object: one value of a kind, a name-sorted map of a kind, or an array of a kind. */
type Child = Kind | { readonly mapOf: Kind; readonly keepOrder?: boolean } | { readonly arrayOf: Kind }

interface Shape {
  /** Key order; `"x-*"` marks where the extensions go. */
  readonly order: ReadonlyArray<string>
  readonly children: Readonly<Record<string, Child>>
}

const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const

const schemaMap: Child = { mapOf: "schema" }

const shapes: Readonly<Record<Exclude<Kind, "paths" | "responses" | "data">, Shape>> = {
  root: {
    order: ["openapi", "info", "jsonSchemaDialect", "x-*", "servers", "security", "tags", "paths", "webhooks", "components", "externalDocs"],
    children: {
      info: "info", servers: { arrayOf: "server" }, tags: { arrayOf: "tag" }, paths: "paths",
      webhooks: { mapOf: "pathItem" }, components: "components", externalDocs: "externalDocs", security: "data",
    },
  },
  info: {
    order: ["title", "version", "summary", "description", "termsOfService", "contact", "license", "x-*"],
    children: { contact: "contact", license: "license" },
  },
  contact: { order: ["name", "url", "email", "x-*"], children: {} },
  license: { order: ["name", "identifier", "url", "x-*"], children: {} },
  server: { order: ["url", "description", "variables", "x-*"], children: { variables: { mapOf: "serverVariable" } } },
  serverVariable: { order: ["enum", "default", "description", "x-*"], children: {} },
  tag: { order: ["name", "description", "externalDocs", "x-*"], children: { externalDocs: "externalDocs" } },
  externalDocs: { order: ["description", "url", "x-*"], children: {} },
  pathItem: {
    order: ["$ref", "summary", "description", "x-*", "servers", "parameters", ...httpMethods],
    children: {
      servers: { arrayOf: "server" }, parameters: { arrayOf: "parameter" },
      ...Object.fromEntries(httpMethods.map((method) => [method, "operation"])),
    },
  },
  operation: {
    order: [
      "operationId", "summary", "description", "tags", "deprecated", "x-*", "security", "servers", "parameters",
      "requestBody", "responses", "callbacks", "externalDocs",
    ],
    children: {
      servers: { arrayOf: "server" }, parameters: { arrayOf: "parameter" }, requestBody: "requestBody",
      responses: "responses", callbacks: { mapOf: "paths" }, externalDocs: "externalDocs", security: "data",
    },
  },
  parameter: {
    order: [
      "$ref", "name", "in", "required", "deprecated", "description", "x-*", "style", "explode", "allowReserved",
      "allowEmptyValue", "schema", "content", "example", "examples",
    ],
    children: { schema: "schema", content: { mapOf: "mediaType" }, examples: { mapOf: "example" } },
  },
  header: {
    order: ["$ref", "description", "required", "deprecated", "x-*", "style", "explode", "schema", "content", "example", "examples"],
    children: { schema: "schema", content: { mapOf: "mediaType" }, examples: { mapOf: "example" } },
  },
  requestBody: {
    order: ["$ref", "description", "required", "x-*", "content"],
    children: { content: { mapOf: "mediaType" } },
  },
  mediaType: {
    order: ["schema", "x-*", "example", "examples", "encoding"],
    children: { schema: "schema", examples: { mapOf: "example" }, encoding: { mapOf: "encoding" } },
  },
  encoding: {
    order: ["contentType", "headers", "style", "explode", "allowReserved", "x-*"],
    children: { headers: { mapOf: "header" } },
  },
  response: {
    order: ["$ref", "description", "x-*", "headers", "content", "links"],
    children: { headers: { mapOf: "header" }, content: { mapOf: "mediaType" }, links: { mapOf: "link" } },
  },
  link: { order: ["$ref", "operationRef", "operationId", "description", "parameters", "requestBody", "server", "x-*"], children: { server: "server" } },
  example: { order: ["$ref", "summary", "description", "value", "externalValue", "x-*"], children: {} },
  components: {
    order: ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "x-*"],
    children: {
      schemas: schemaMap, responses: { mapOf: "response" }, parameters: { mapOf: "parameter" },
      examples: { mapOf: "example" }, requestBodies: { mapOf: "requestBody" }, headers: { mapOf: "header" },
      securitySchemes: { mapOf: "securityScheme" }, links: { mapOf: "link" }, callbacks: { mapOf: "paths" },
      pathItems: { mapOf: "pathItem" },
    },
  },
  schema: {
    order: [
      "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$comment", "title", "type", "format",
      "contentMediaType", "contentEncoding", "const", "enum", "description", "deprecated", "readOnly", "writeOnly",
      "nullable", "default", "x-*", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf",
      "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
      "required", "properties", "patternProperties", "additionalProperties", "unevaluatedProperties",
      "propertyNames", "dependentRequired", "dependentSchemas", "prefixItems", "items", "contains", "minContains",
      "maxContains", "unevaluatedItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "discriminator",
      "xml", "externalDocs", "example", "examples", "$defs",
    ],
    children: {
      // `properties` keeps the author's order (see the header); every other name-keyed map is sorted.
      properties: { mapOf: "schema", keepOrder: true },
      patternProperties: schemaMap, dependentSchemas: schemaMap, $defs: schemaMap,
      additionalProperties: "schema", unevaluatedProperties: "schema", propertyNames: "schema", items: "schema",
      contains: "schema", unevaluatedItems: "schema", not: "schema", if: "schema", then: "schema", else: "schema",
      prefixItems: { arrayOf: "schema" }, allOf: { arrayOf: "schema" }, anyOf: { arrayOf: "schema" },
      oneOf: { arrayOf: "schema" }, discriminator: "discriminator", xml: "xml", externalDocs: "externalDocs",
    },
  },
  discriminator: { order: ["propertyName", "mapping", "x-*"], children: { mapping: { mapOf: "data" } } },
  xml: { order: ["name", "namespace", "prefix", "attribute", "wrapped", "x-*"], children: {} },
  securityScheme: {
    order: ["$ref", "type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl", "x-*"],
    children: { flows: "oauthFlows" },
  },
  oauthFlows: {
    order: ["implicit", "password", "clientCredentials", "authorizationCode", "x-*"],
    children: { implicit: "oauthFlow", password: "oauthFlow", clientCredentials: "oauthFlow", authorizationCode: "oauthFlow" },
  },
  oauthFlow: { order: ["authorizationUrl", "tokenUrl", "refreshUrl", "scopes", "x-*"], children: { scopes: { mapOf: "data" } } },
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Code-point order: the same on every machine and locale. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Status codes in numeric order, `1XX`-style ranges after their codes, `default` last. */
const byStatusCode = (a: string, b: string): number => {
  const rank = (code: string): string => (code === "default" ? "~" : code.toUpperCase())
  return byCodePoint(rank(a), rank(b))
}

const sortedEntries = (value: Record<string, unknown>, compare: (a: string, b: string) => number) =>
  Object.keys(value).sort(compare).map((key) => [key, value[key]] as const)

const orderKeys = (value: Record<string, unknown>, order: ReadonlyArray<string>): ReadonlyArray<string> => {
  const known = new Set(order)
  const present = Object.keys(value)
  const extensions = present.filter((key) => key.startsWith("x-")).sort(byCodePoint)
  const unknown = present.filter((key) => !known.has(key) && !key.startsWith("x-")).sort(byCodePoint)
  const keys: Array<string> = []
  for (const key of order) {
    if (key === "x-*") keys.push(...extensions)
    else if (key in value) keys.push(key)
  }
  return [...keys, ...unknown]
}

const normalizeChild = (value: unknown, child: Child): unknown => {
  if (typeof child === "string") return normalizeValue(value, child)
  if ("arrayOf" in child) return Array.isArray(value) ? value.map((item) => normalizeValue(item, child.arrayOf)) : value
  if (!isRecord(value)) return value
  const entries = child.keepOrder ? Object.entries(value) : sortedEntries(value, byCodePoint)
  return Object.fromEntries(entries.map(([key, item]) => [key, normalizeValue(item, child.mapOf)]))
}

const normalizeValue = (value: unknown, kind: Kind): unknown => {
  if (kind === "data" || !isRecord(value)) return value
  if (kind === "paths") {
    return Object.fromEntries(sortedEntries(value, byCodePoint).map(([key, item]) => [key, key.startsWith("x-") ? item : normalizeValue(item, "pathItem")]))
  }
  if (kind === "responses") {
    return Object.fromEntries(sortedEntries(value, byStatusCode).map(([key, item]) => [key, key.startsWith("x-") ? item : normalizeValue(item, "response")]))
  }
  const shape = shapes[kind]
  const result: Record<string, unknown> = {}
  for (const key of orderKeys(value, shape.order)) {
    const child = shape.children[key]
    result[key] = child === undefined ? value[key] : normalizeChild(value[key], child)
  }
  return result
}

/** Returns the document with every key in canonical order (a new object; the input is not changed). */
export const normalizeDocument = <T>(document: T): T => normalizeValue(document, "root") as T

/** The canonical text of a document: {@link normalizeDocument}, printed as YAML by the fixed formatting rules. */
export const printDocument = (document: unknown): string =>
  stringify(normalizeDocument(document), {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: "literal",
    aliasDuplicateObjects: false,
  })

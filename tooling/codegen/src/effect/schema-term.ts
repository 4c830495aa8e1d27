// Translates one schema of hey-api's parsed IR into a SchemaTerm: the Effect 4 Schema it stands for, as a small tree
// of `Schema.*` constructor calls. This is the plugin's one intermediate representation: schema-expr.ts prints a term
// as source (schemas.ts, endpoints.ts) and schema-value.ts builds it as a live Schema, from which validators.ts
// translates the fast response checks (validators.ts) — both outputs come from the same term, in the same pass.
//
// Choices (they keep every generated schema's `Type` equal to its `Encoded`, so decode → encode
// returns the same JSON the server sent, minus unknown keys):
// - optional property → `Schema.optionalKey(x)`: the key may be absent, but when present it holds a
//   value (JSON has no `undefined`); nullable → `Schema.NullOr(x)`; both are independent, as in the spec.
// - `format: date-time` stays `Schema.String`: decoding to `DateTime.Utc` would change `Type` and
//   re-encode a timestamp in a different textual form than the server sent. It gets a format check (`checkFormats`;
//   a `Format` term: the formats module's `dateTimeFormat`, and `isDateTime` in the input and fast response checks),
//   so an input that is no date-time is refused before sending, and a response's is read by the tolerant reader
//   (kept as sent, reported as `timestamp-format` drift) — see {@link formatChecks}.
// - `format: binary` (multipart file parts) → `Blob | Uint8Array`.
// - `number` → `Schema.Finite` (JSON has no NaN/Infinity), `integer` → `Schema.Int`, ranges and lengths → checks.
// - enums → `Schema.Literals`, `const` → `Schema.Literal`, oneOf/anyOf → `Schema.Union` (Effect picks the
//   member by its literal discriminator), allOf of objects → one flat `Schema.Struct` (spreading `X.fields`).
// - enums of response-only components → `openEnum(Schema.Literals(...))` when the context opens them: the same
//   strict decoding, a type that also admits unknown values (see directions.ts); consts stay closed.
// - objects without declared properties → `Schema.Record(Schema.String, …)`; extra keys on declared
//   objects are tolerated (Struct decoding ignores them); `additionalProperties: false` is a plain Struct too (the
//   request encoder refuses excess keys, the tolerant reader reports them), never a rest record of `Never`.
import type { IR } from "@hey-api/openapi-ts"

/** A Schema: `Schema.<member>`, `Schema.<member>(...args)`, `<schema>.check(...)`, `openEnum(<schema>)`, or a component. */
export type SchemaTerm =
  | { readonly _tag: "Member"; readonly member: string }
  | { readonly _tag: "Call"; readonly member: string; readonly args: ReadonlyArray<TermArg> }
  | { readonly _tag: "Check"; readonly schema: SchemaTerm; readonly checks: ReadonlyArray<CheckTerm> }
  | { readonly _tag: "OpenEnum"; readonly schema: SchemaTerm }
  | RefTerm

/** A check of `<schema>.check(...)`: a `Schema.is*(...)` call, or a string format's check from the formats module. */
export type CheckTerm = SchemaTerm | FormatTerm

/** The check of a string format (`format: date-time`), which the formats module exports ({@link formatChecks}). */
export interface FormatTerm {
  readonly _tag: "Format"
  readonly format: CheckedFormat
}

/**
 * A component (`#/components/schemas/X`). `lazy` when it is not defined yet where it is used (a cycle: hey-api walks
 * components in dependency order): printed as `Schema.suspend(() => X)`.
 */
export interface RefTerm {
  readonly _tag: "Ref"
  readonly $ref: string
  readonly lazy: boolean
}

/** An argument of a `Schema.*` call. */
export type TermArg =
  | SchemaTerm
  | { readonly _tag: "Value"; readonly value: string | number | boolean }
  | { readonly _tag: "List"; readonly items: ReadonlyArray<SchemaTerm> }
  | { readonly _tag: "Values"; readonly values: ReadonlyArray<string | number | boolean> }
  | FieldsArg
  | { readonly _tag: "RegExp"; readonly source: string }
  | { readonly _tag: "Global"; readonly name: "Blob" }
  /** A schema's annotations: `{ expected }`, the text its failure message names as expected. */
  | { readonly _tag: "Annotations"; readonly expected: string }

/** The fields of a `Schema.Struct`: the spread components' `.fields` first, then its own (documented) fields. */
export interface FieldsArg {
  readonly _tag: "Fields"
  readonly spreads: ReadonlyArray<RefTerm>
  readonly fields: ReadonlyArray<{ readonly name: string; readonly schema: SchemaTerm; readonly doc?: Array<string> | undefined }>
  /** One field a line (structs of the spec) or all on one line (the structs of a `const`). */
  readonly pretty: boolean
}

/** What the translator needs from its caller: component references and lookups. */
export interface SchemaTermContext {
  /** The term of a component reference (`#/components/schemas/X`), lazy when the component is not defined yet. */
  readonly ref: ($ref: string) => RefTerm
  /** The IR of a component, to look through references (allOf merging). */
  readonly resolve: ($ref: string) => IR.SchemaObject
  /** True when the component is emitted as a plain `Schema.Struct` (so it has `.fields` to spread). */
  readonly isStruct: ($ref: string) => boolean
  /** True to open enums (`openEnum(...)`): for components only responses reach. */
  readonly openEnums?: boolean | undefined
  /**
   * True for a component that is a closed enum of its own (`BridgeLoginRemoveScope`: a request carries it too, so it
   * stays closed). Where {@link openEnums} is on, a reference to one is opened there (`openEnum(X)`), so a new value
   * in a response does not fail a model that only responses carry.
   */
  readonly isClosedEnum?: (($ref: string) => boolean) | undefined
  /**
   * True to check string formats ({@link formatChecks}; needs the plugin's `formatsModule`): a `format: date-time`
   * string must be an RFC 3339 date-time that exists. A request that cannot be valid is then refused before sending;
   * a response's failure of the check is tolerated by the tolerant reader (packages/effect/src/internal/tolerant.ts:
   * `timestamp-format` drift, the string kept as sent), and the fast response checks refuse it so that reader runs.
   */
  readonly checkFormats?: boolean | undefined
}

/**
 * The string formats checked ({@link SchemaTermContext.checkFormats}), and the names the formats module (the plugin's
 * `formatsModule`, packages/effect/src/internal/formats.ts) exports for each: the Schema check the generated Schemas
 * call (`Schema.String.check(dateTimeFormat)`) and its predicate, which the generated input and fast response checks
 * call (`isDateTime(p)`), so all refuse the same strings.
 *
 * `date-time` is an RFC 3339 date-time as Ajv's `format: date-time` (ajv-formats) reads it: the shape and field ranges,
 * and also a day its month has (leap years counted) and a second 60 only as a leap second (23:59:60 in UTC). Those two
 * were once left to Desktop (a pattern cannot count a month's days), but Desktop does not refuse them: it reads a
 * date with `new Date()`, which rolls `2025-02-30` over to 2 March — a reminder set on another day, silently — and
 * makes nothing of `12:00:60` (a 400). A function in a handwritten module checks them instead of a pattern.
 */
export const formatChecks = {
  "date-time": { filter: "dateTimeFormat", predicate: "isDateTime" },
} as const

/** A string format the generated Schemas check. */
export type CheckedFormat = keyof typeof formatChecks

const isCheckedFormat = (format: string | undefined): format is CheckedFormat =>
  format !== undefined && Object.hasOwn(formatChecks, format)

/** Where a translation failed, for a useful generator error. */
export class UnsupportedSchemaError extends Error {
  constructor(path: string, reason: string) {
    super(`Effect Schema plugin: unsupported schema at ${path}: ${reason}`)
    this.name = "UnsupportedSchemaError"
  }
}

/** `Schema.<member>` */
/**
 * What a binary (`format: binary`) input's failure message names as expected: without it a Node `ReadStream` or a
 * `Response` given as an upload's `file` is refused with "Expected <Declaration>". The same ways to get a Blob as
 * core's client names for its own refusal (packages/core/src/client.ts).
 */
const fileContentExpected: TermArg = {
  _tag: "Annotations",
  expected: "a Blob (a File, Bun.file(path), await fs.openAsBlob(path) on Node, await response.blob()) or a Uint8Array",
}

const member = (name: string): SchemaTerm => ({ _tag: "Member", member: name })
/** `Schema.<member>(...args)` */
const call = (name: string, ...args: ReadonlyArray<TermArg>): SchemaTerm => ({ _tag: "Call", member: name, args })
const value = (literal: string | number | boolean): TermArg => ({ _tag: "Value", value: literal })
const list = (items: ReadonlyArray<SchemaTerm>): TermArg => ({ _tag: "List", items })

/** Splits a description into lines of at most `width` characters (longer words stay whole). */
export const wrapText = (text: string, width = 110): Array<string> =>
  text.trim().split("\n").flatMap((line) => {
    const out: Array<string> = []
    let current = ""
    for (const word of line.trimEnd().split(" ")) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current)
        current = word
      } else {
        current = current ? `${current} ${word}` : word
      }
    }
    out.push(current)
    return out
  })

/** JSDoc lines for a schema or property: its description, `@default` and `@deprecated`. */
export const docLines = (
  schema: { readonly description?: string | undefined; readonly default?: unknown; readonly deprecated?: boolean | undefined },
): Array<string> | undefined => {
  const lines: Array<string> = []
  if (schema.description) lines.push(...wrapText(schema.description))
  if (schema.default !== undefined) lines.push(`@default ${JSON.stringify(schema.default)}`)
  if (schema.deprecated) lines.push("@deprecated")
  return lines.length > 0 ? lines : undefined
}

/** `Schema.Literal(v)` for a JSON literal; arrays/objects become tuples/structs of literals. */
const constTerm = (ctx: SchemaTermContext, literal: unknown, path: string): SchemaTerm => {
  if (literal === null) return member("Null")
  if (typeof literal === "string" || typeof literal === "number" || typeof literal === "boolean") {
    return call("Literal", value(literal))
  }
  if (Array.isArray(literal)) {
    return call("Tuple", list(literal.map((item, i) => constTerm(ctx, item, `${path}/${i}`))))
  }
  if (typeof literal === "object") {
    const fields = Object.entries(literal).map(([key, item]) => ({ name: key, schema: constTerm(ctx, item, `${path}/${key}`) }))
    return call("Struct", { _tag: "Fields", spreads: [], fields, pretty: false })
  }
  throw new UnsupportedSchemaError(path, `const ${String(literal)}`)
}

/** Appends `.check(...)` with the filters a schema's keywords ask for. */
const withChecks = (base: SchemaTerm, checks: ReadonlyArray<CheckTerm>): SchemaTerm =>
  checks.length === 0 ? base : { _tag: "Check", schema: base, checks }

const numberChecks = (schema: IR.SchemaObject): Array<SchemaTerm> => {
  const checks: Array<SchemaTerm> = []
  if (typeof schema.minimum === "number") checks.push(call("isGreaterThanOrEqualTo", value(schema.minimum)))
  if (typeof schema.exclusiveMinimum === "number") checks.push(call("isGreaterThan", value(schema.exclusiveMinimum)))
  if (typeof schema.maximum === "number") checks.push(call("isLessThanOrEqualTo", value(schema.maximum)))
  if (typeof schema.exclusiveMaximum === "number") checks.push(call("isLessThan", value(schema.exclusiveMaximum)))
  return checks
}

const lengthChecks = (min: number | undefined, max: number | undefined): Array<SchemaTerm> => {
  const checks: Array<SchemaTerm> = []
  if (typeof min === "number") checks.push(call("isMinLength", value(min)))
  if (typeof max === "number") checks.push(call("isMaxLength", value(max)))
  return checks
}

/** The members of an `or` list, with `null` split off so it can become `Schema.NullOr`. */
const unionTerm = (ctx: SchemaTermContext, items: ReadonlyArray<IR.SchemaObject>, path: string): SchemaTerm => {
  const nullable = items.some((item) => item.type === "null")
  const members = items.filter((item) => item.type !== "null").map((item, i) => toSchemaTerm(ctx, item, `${path}/anyOf/${i}`))
  const inner = members.length === 0 ? member("Null") : members.length === 1 ? members[0]! : call("Union", list(members))
  return nullable && members.length > 0 ? call("NullOr", inner) : inner
}

/** The declared properties of an object-like schema, seen through `$ref`s and `allOf`s. */
interface ObjectShape {
  /** Members that can be spread (`...X.fields`), in order. */
  readonly spreads: ReadonlyArray<{ readonly $ref: string; readonly shape: ObjectShape }>
  readonly properties: ReadonlyMap<string, IR.SchemaObject>
  readonly required: ReadonlySet<string>
}

/**
 * Whether an object schema admits keys it does not declare, each of some schema: `additionalProperties` other than
 * absent or `false`. hey-api's IR writes `additionalProperties: false` as a `never` schema (truthy): that one is
 * closed, a plain `Schema.Struct` — requests are encoded refusing excess keys, and the tolerant reader reports a
 * response's extra key as an unknown field, as for every other struct.
 */
export const hasAdditionalProperties = (schema: IR.SchemaObject): boolean =>
  schema.additionalProperties !== undefined && schema.additionalProperties !== false && schema.additionalProperties.type !== "never"

const isObjectSchema = (schema: IR.SchemaObject): boolean =>
  schema.type === "object" && !hasAdditionalProperties(schema) && !schema.patternProperties

/** The shape of an object-like schema, or `undefined` when it is not a plain object (or allOf of them). */
export const objectShape = (ctx: SchemaTermContext, schema: IR.SchemaObject): ObjectShape | undefined => {
  if (schema.$ref) {
    const target = objectShape(ctx, ctx.resolve(schema.$ref))
    if (!target) return undefined
    if (!ctx.isStruct(schema.$ref)) return target
    return { spreads: [{ $ref: schema.$ref, shape: target }], properties: target.properties, required: target.required }
  }
  if (isObjectSchema(schema)) {
    return {
      spreads: [],
      properties: new Map(Object.entries(schema.properties ?? {})),
      required: new Set(schema.required ?? []),
    }
  }
  if (schema.logicalOperator === "and" && schema.items && !schema.type) {
    const spreads: Array<{ $ref: string; shape: ObjectShape }> = []
    const properties = new Map<string, IR.SchemaObject>()
    const required = new Set<string>()
    for (const item of schema.items) {
      const shape = objectShape(ctx, item)
      if (!shape) return undefined
      spreads.push(...shape.spreads)
      for (const [key, value] of shape.properties) properties.set(key, value)
      for (const key of shape.required) required.add(key)
    }
    return { spreads, properties, required }
  }
  return undefined
}

/** A struct field: `x`, or `Schema.optionalKey(x)` when the key may be absent. */
export const fieldTerm = (ctx: SchemaTermContext, schema: IR.SchemaObject, required: boolean, path: string): SchemaTerm => {
  const term = toSchemaTerm(ctx, schema, path)
  return required ? term : call("optionalKey", term)
}

/** `Schema.Struct({ ...A.fields, own: ... })` for an object shape. */
const structTerm = (ctx: SchemaTermContext, shape: ObjectShape, path: string): SchemaTerm => {
  const spreads: Array<RefTerm> = []
  // A spread covers a key when the spread member's definition and required-ness are the final ones.
  const covered = new Set<string>()
  const seenSpreads = new Set<string>()
  for (const spread of shape.spreads) {
    if (seenSpreads.has(spread.$ref)) continue
    seenSpreads.add(spread.$ref)
    spreads.push(ctx.ref(spread.$ref))
  }
  for (const spread of shape.spreads) {
    for (const [key, value] of spread.shape.properties) {
      if (shape.properties.get(key) === value && spread.shape.required.has(key) === shape.required.has(key)) covered.add(key)
      else covered.delete(key)
    }
  }
  const fields: Array<FieldsArg["fields"][number]> = []
  for (const [key, value] of shape.properties) {
    if (covered.has(key)) continue
    fields.push({ name: key, schema: fieldTerm(ctx, value, shape.required.has(key), `${path}/properties/${key}`), doc: docLines(value) })
  }
  return call("Struct", { _tag: "Fields", spreads, fields, pretty: true })
}

const recordTerm = (values: SchemaTerm): SchemaTerm => call("Record", member("String"), values)

const withoutAdditional = (schema: IR.SchemaObject): IR.SchemaObject => {
  const { additionalProperties: _ignored, ...rest } = schema
  return rest
}

const objectTerm = (ctx: SchemaTermContext, schema: IR.SchemaObject, path: string): SchemaTerm => {
  const hasProperties = Object.keys(schema.properties ?? {}).length > 0
  const additional = schema.additionalProperties
  if (!additional || !hasAdditionalProperties(schema)) {
    // No declared properties and no additionalProperties: any JSON object, kept as a record. Closed
    // (`additionalProperties: false`): a struct of what it declares; declaring nothing, the empty object, a record
    // of `Never` (an Effect `Schema.Struct({})` is the TypeScript `{}`: any value at all, a string included).
    if (!hasProperties) return recordTerm(member(additional ? "Never" : "Unknown"))
    return structTerm(ctx, objectShape(ctx, withoutAdditional(schema))!, path)
  }
  const extra = toSchemaTerm(ctx, additional, `${path}/additionalProperties`)
  if (!hasProperties) return recordTerm(extra)
  // Effect's rest record also sees the declared keys, so its values are the additional schema or any
  // declared property's schema (as in the TypeScript type `{ a: A } & { [k: string]: A | Extra }`).
  const declared = Object.entries(schema.properties ?? {}).map(([key, property]) =>
    toSchemaTerm(ctx, property, `${path}/properties/${key}`)
  )
  const rest = additional.type === "unknown" ? extra : call("Union", list([extra, ...declared]))
  const struct = structTerm(ctx, objectShape(ctx, withoutAdditional(schema))!, path)
  return call("StructWithRest", struct, list([recordTerm(rest)]))
}

const allOfTerm = (ctx: SchemaTermContext, schema: IR.SchemaObject, path: string): SchemaTerm => {
  const items = schema.items ?? []
  if (items.length === 1) return toSchemaTerm(ctx, items[0]!, `${path}/allOf/0`)
  const shape = objectShape(ctx, schema)
  if (!shape) throw new UnsupportedSchemaError(path, "allOf members must all be objects (or references to objects)")
  return structTerm(ctx, shape, path)
}

/** The Schema term of one IR schema. `path` is a JSON pointer, for error messages. */
export const toSchemaTerm = (ctx: SchemaTermContext, schema: IR.SchemaObject, path: string): SchemaTerm => {
  if (schema.$ref) {
    const ref = ctx.ref(schema.$ref)
    return ctx.openEnums && ctx.isClosedEnum?.(schema.$ref) ? { _tag: "OpenEnum", schema: ref } : ref
  }
  if (schema.const !== undefined && schema.type !== "enum") return constTerm(ctx, schema.const, path)
  if (schema.logicalOperator === "and" && schema.items && schema.type !== "array" && schema.type !== "enum") {
    return allOfTerm(ctx, schema, path)
  }
  if (schema.items && !schema.type) return unionTerm(ctx, schema.items, path)
  switch (schema.type) {
    case "string":
      if (schema.format === "binary") {
        return call("Union", list([call("instanceOf", { _tag: "Global", name: "Blob" }, fileContentExpected), member("Uint8Array")]))
      }
      return withChecks(member("String"), [
        ...lengthChecks(schema.minLength, schema.maxLength),
        ...(schema.pattern ? [call("isPattern", { _tag: "RegExp", source: schema.pattern })] : []),
        ...(ctx.checkFormats && isCheckedFormat(schema.format) ? [{ _tag: "Format", format: schema.format } as const] : []),
      ])
    case "number":
      return withChecks(member("Finite"), numberChecks(schema))
    case "integer":
      return withChecks(member("Int"), numberChecks(schema))
    case "boolean":
      return member("Boolean")
    case "null":
      return member("Null")
    case "unknown":
      return member("Unknown")
    case "never":
      return member("Never")
    case "void":
    case "undefined":
      return member("Void")
    case "enum": {
      const values = (schema.items ?? []).map((item) => item.const)
      const nullable = values.includes(null)
      const literals = values.filter((value) => value !== null) as Array<string | number | boolean>
      const closed = literals.length === 1
        ? call("Literal", value(literals[0]!))
        : call("Literals", { _tag: "Values", values: literals })
      const inner: SchemaTerm = ctx.openEnums ? { _tag: "OpenEnum", schema: closed } : closed
      return nullable ? call("NullOr", inner) : inner
    }
    case "array": {
      const items = schema.items ?? []
      const item = items.length === 0
        ? member("Unknown")
        : items.length === 1
          ? toSchemaTerm(ctx, items[0]!, `${path}/items`)
          : schema.logicalOperator === "and"
            ? allOfTerm(ctx, { items, logicalOperator: "and" }, `${path}/items`)
            : unionTerm(ctx, items, `${path}/items`)
      return withChecks(call("Array", item), lengthChecks(schema.minItems, schema.maxItems))
    }
    case "tuple":
      return call("Tuple", list((schema.items ?? []).map((item, i) => toSchemaTerm(ctx, item, `${path}/prefixItems/${i}`))))
    case "object":
      return objectTerm(ctx, schema, path)
    default:
      if (schema.items) return unionTerm(ctx, schema.items, path)
      return member("Unknown")
  }
}

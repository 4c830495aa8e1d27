// Translates one schema of hey-api's parsed IR into an Effect 4 Schema expression (a ts-dsl node).
//
// Choices (they keep every generated schema's `Type` equal to its `Encoded`, so decode → encode
// returns the same JSON the server sent, minus unknown keys):
// - optional property → `Schema.optionalKey(x)`: the key may be absent, but when present it holds a
//   value (JSON has no `undefined`); nullable → `Schema.NullOr(x)`; both are independent, as in the spec.
// - `format: date-time` stays `Schema.String`: decoding to `DateTime.Utc` would change `Type` and
//   re-encode a timestamp in a different textual form than the server sent.
// - `format: binary` (multipart file parts) → `Blob | Uint8Array`.
// - `number` → `Schema.Finite` (JSON has no NaN/Infinity), `integer` → `Schema.Int`, ranges and lengths → checks.
// - enums → `Schema.Literals`, `const` → `Schema.Literal`, oneOf/anyOf → `Schema.Union` (Effect picks the
//   member by its literal discriminator), allOf of objects → one flat `Schema.Struct` (spreading `X.fields`).
// - enums of response-only components → `openEnum(Schema.Literals(...))` when the context opens them: the same
//   strict decoding, a type that also admits unknown values (see directions.ts); consts stay closed.
// - objects without declared properties → `Schema.Record(Schema.String, …)`; extra keys on declared
//   objects are tolerated (Struct decoding ignores them).
import { $, type IR, type TsDsl } from "@hey-api/openapi-ts"
import type ts from "typescript"

/** Any expression node of hey-api's ts-dsl. */
export type Expr = TsDsl<ts.Expression>

/** What the translator needs from its caller: the `Schema` import and component references. */
export interface SchemaExprContext {
  /** The `Schema` namespace imported from "effect". */
  readonly Schema: Parameters<typeof $>[0]
  /** An expression that refers to the generated schema of a component (`#/components/schemas/X`). */
  readonly ref: ($ref: string) => Expr
  /** The IR of a component, to look through references (allOf merging). */
  readonly resolve: ($ref: string) => IR.SchemaObject
  /** True when the component is emitted as a plain `Schema.Struct` (so it has `.fields` to spread). */
  readonly isStruct: ($ref: string) => boolean
  /** Wraps an enum Schema to open its type (`openEnum(...)`), for components only responses reach. */
  readonly openEnum?: ((schema: Expr) => Expr) | undefined
}

/** Where a translation failed, for a useful generator error. */
export class UnsupportedSchemaError extends Error {
  constructor(path: string, reason: string) {
    super(`Effect Schema plugin: unsupported schema at ${path}: ${reason}`)
    this.name = "UnsupportedSchemaError"
  }
}

/** `Schema.<member>`, ready for `.call(...)`. */
const S = (ctx: SchemaExprContext, member: string) => $(ctx.Schema).attr(member)

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
const constExpr = (ctx: SchemaExprContext, value: unknown, path: string): Expr => {
  if (value === null) return S(ctx, "Null")
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return S(ctx, "Literal").call($.literal(value))
  }
  if (Array.isArray(value)) {
    return S(ctx, "Tuple").call($.array(...value.map((item, i) => constExpr(ctx, item, `${path}/${i}`))))
  }
  if (typeof value === "object") {
    const fields = $.object()
    for (const [key, item] of Object.entries(value)) fields.prop(key, constExpr(ctx, item, `${path}/${key}`))
    return S(ctx, "Struct").call(fields)
  }
  throw new UnsupportedSchemaError(path, `const ${String(value)}`)
}

/** Appends `.check(...)` with the filters a schema's keywords ask for. */
const withChecks = (base: Expr, checks: ReadonlyArray<Expr>): Expr =>
  checks.length === 0 ? base : $(base).attr("check").call(...checks)

const numberChecks = (ctx: SchemaExprContext, schema: IR.SchemaObject): Array<Expr> => {
  const checks: Array<Expr> = []
  if (typeof schema.minimum === "number") checks.push(S(ctx, "isGreaterThanOrEqualTo").call($.literal(schema.minimum)))
  if (typeof schema.exclusiveMinimum === "number") checks.push(S(ctx, "isGreaterThan").call($.literal(schema.exclusiveMinimum)))
  if (typeof schema.maximum === "number") checks.push(S(ctx, "isLessThanOrEqualTo").call($.literal(schema.maximum)))
  if (typeof schema.exclusiveMaximum === "number") checks.push(S(ctx, "isLessThan").call($.literal(schema.exclusiveMaximum)))
  return checks
}

const lengthChecks = (ctx: SchemaExprContext, min: number | undefined, max: number | undefined): Array<Expr> => {
  const checks: Array<Expr> = []
  if (typeof min === "number") checks.push(S(ctx, "isMinLength").call($.literal(min)))
  if (typeof max === "number") checks.push(S(ctx, "isMaxLength").call($.literal(max)))
  return checks
}

/** The members of an `or` list, with `null` split off so it can become `Schema.NullOr`. */
const unionExpr = (ctx: SchemaExprContext, items: ReadonlyArray<IR.SchemaObject>, path: string): Expr => {
  const nullable = items.some((item) => item.type === "null")
  const members = items.filter((item) => item.type !== "null").map((item, i) => toSchemaExpr(ctx, item, `${path}/anyOf/${i}`))
  const inner = members.length === 0 ? S(ctx, "Null") : members.length === 1 ? members[0]! : S(ctx, "Union").call($.array(...members))
  return nullable && members.length > 0 ? S(ctx, "NullOr").call(inner) : inner
}

/** The declared properties of an object-like schema, seen through `$ref`s and `allOf`s. */
interface ObjectShape {
  /** Members that can be spread (`...X.fields`), in order. */
  readonly spreads: ReadonlyArray<{ readonly $ref: string; readonly shape: ObjectShape }>
  readonly properties: ReadonlyMap<string, IR.SchemaObject>
  readonly required: ReadonlySet<string>
}

const isObjectSchema = (schema: IR.SchemaObject): boolean =>
  schema.type === "object" && !schema.additionalProperties && !schema.patternProperties

/** The shape of an object-like schema, or `undefined` when it is not a plain object (or allOf of them). */
export const objectShape = (ctx: SchemaExprContext, schema: IR.SchemaObject): ObjectShape | undefined => {
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
export const fieldExpr = (ctx: SchemaExprContext, schema: IR.SchemaObject, required: boolean, path: string): Expr => {
  const value = toSchemaExpr(ctx, schema, path)
  return required ? value : S(ctx, "optionalKey").call(value)
}

/** `Schema.Struct({ ...A.fields, own: ... })` for an object shape. */
const structExpr = (ctx: SchemaExprContext, shape: ObjectShape, path: string): Expr => {
  const fields = $.object().pretty()
  // A spread covers a key when the spread member's definition and required-ness are the final ones.
  const covered = new Set<string>()
  const seenSpreads = new Set<string>()
  for (const spread of shape.spreads) {
    if (seenSpreads.has(spread.$ref)) continue
    seenSpreads.add(spread.$ref)
    fields.spread($(ctx.ref(spread.$ref)).attr("fields"))
  }
  for (const spread of shape.spreads) {
    for (const [key, value] of spread.shape.properties) {
      if (shape.properties.get(key) === value && spread.shape.required.has(key) === shape.required.has(key)) covered.add(key)
      else covered.delete(key)
    }
  }
  for (const [key, value] of shape.properties) {
    if (covered.has(key)) continue
    const prop = $.prop({ kind: "prop", name: key }).value(fieldExpr(ctx, value, shape.required.has(key), `${path}/properties/${key}`))
    const doc = docLines(value)
    fields.props(doc ? prop.doc(doc) : prop)
  }
  return S(ctx, "Struct").call(fields)
}

const recordExpr = (ctx: SchemaExprContext, value: Expr): Expr => S(ctx, "Record").call(S(ctx, "String"), value)

const withoutAdditional = (schema: IR.SchemaObject): IR.SchemaObject => {
  const { additionalProperties: _ignored, ...rest } = schema
  return rest
}

const objectExpr = (ctx: SchemaExprContext, schema: IR.SchemaObject, path: string): Expr => {
  const hasProperties = Object.keys(schema.properties ?? {}).length > 0
  const additional = schema.additionalProperties
  if (additional === false || !additional) {
    // No declared properties and no additionalProperties: any JSON object, kept as a record.
    if (!hasProperties) return recordExpr(ctx, S(ctx, "Unknown"))
    return structExpr(ctx, objectShape(ctx, withoutAdditional(schema))!, path)
  }
  const value = toSchemaExpr(ctx, additional, `${path}/additionalProperties`)
  if (!hasProperties) return recordExpr(ctx, value)
  // Effect's rest record also sees the declared keys, so its values are the additional schema or any
  // declared property's schema (as in the TypeScript type `{ a: A } & { [k: string]: A | Extra }`).
  const declared = Object.entries(schema.properties ?? {}).map(([key, property]) =>
    toSchemaExpr(ctx, property, `${path}/properties/${key}`)
  )
  const rest = additional.type === "unknown" ? value : S(ctx, "Union").call($.array(value, ...declared))
  const struct = structExpr(ctx, objectShape(ctx, withoutAdditional(schema))!, path)
  return S(ctx, "StructWithRest").call(struct, $.array(recordExpr(ctx, rest)))
}

const allOfExpr = (ctx: SchemaExprContext, schema: IR.SchemaObject, path: string): Expr => {
  const items = schema.items ?? []
  if (items.length === 1) return toSchemaExpr(ctx, items[0]!, `${path}/allOf/0`)
  const shape = objectShape(ctx, schema)
  if (!shape) throw new UnsupportedSchemaError(path, "allOf members must all be objects (or references to objects)")
  return structExpr(ctx, shape, path)
}

/** The Effect Schema expression for one IR schema. `path` is a JSON pointer, for error messages. */
export const toSchemaExpr = (ctx: SchemaExprContext, schema: IR.SchemaObject, path: string): Expr => {
  if (schema.$ref) return ctx.ref(schema.$ref)
  if (schema.const !== undefined && schema.type !== "enum") return constExpr(ctx, schema.const, path)
  if (schema.logicalOperator === "and" && schema.items && schema.type !== "array" && schema.type !== "enum") {
    return allOfExpr(ctx, schema, path)
  }
  if (schema.items && !schema.type) return unionExpr(ctx, schema.items, path)
  switch (schema.type) {
    case "string":
      if (schema.format === "binary") {
        return S(ctx, "Union").call($.array(S(ctx, "instanceOf").call($("Blob")), S(ctx, "Uint8Array")))
      }
      return withChecks(S(ctx, "String"), [
        ...lengthChecks(ctx, schema.minLength, schema.maxLength),
        ...(schema.pattern ? [S(ctx, "isPattern").call($.new("RegExp", $.literal(schema.pattern)))] : []),
      ])
    case "number":
      return withChecks(S(ctx, "Finite"), numberChecks(ctx, schema))
    case "integer":
      return withChecks(S(ctx, "Int"), numberChecks(ctx, schema))
    case "boolean":
      return S(ctx, "Boolean")
    case "null":
      return S(ctx, "Null")
    case "unknown":
      return S(ctx, "Unknown")
    case "never":
      return S(ctx, "Never")
    case "void":
    case "undefined":
      return S(ctx, "Void")
    case "enum": {
      const values = (schema.items ?? []).map((item) => item.const)
      const nullable = values.includes(null)
      const literals = values.filter((value) => value !== null) as Array<string | number | boolean>
      const closed = literals.length === 1
        ? S(ctx, "Literal").call($.literal(literals[0]!))
        : S(ctx, "Literals").call($.array(...literals.map((value) => $.literal(value))))
      const inner = ctx.openEnum ? ctx.openEnum(closed) : closed
      return nullable ? S(ctx, "NullOr").call(inner) : inner
    }
    case "array": {
      const items = schema.items ?? []
      const item = items.length === 0
        ? S(ctx, "Unknown")
        : items.length === 1
          ? toSchemaExpr(ctx, items[0]!, `${path}/items`)
          : schema.logicalOperator === "and"
            ? allOfExpr(ctx, { items, logicalOperator: "and" }, `${path}/items`)
            : unionExpr(ctx, items, `${path}/items`)
      return withChecks(S(ctx, "Array").call(item), lengthChecks(ctx, schema.minItems, schema.maxItems))
    }
    case "tuple":
      return S(ctx, "Tuple").call($.array(...(schema.items ?? []).map((item, i) => toSchemaExpr(ctx, item, `${path}/prefixItems/${i}`))))
    case "object":
      return objectExpr(ctx, schema, path)
    default:
      if (schema.items) return unionExpr(ctx, schema.items, path)
      return S(ctx, "Unknown")
  }
}

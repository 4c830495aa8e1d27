// Prints a SchemaTerm (schema-term.ts) as an Effect 4 Schema expression of hey-api's ts-dsl: the source of the
// generated `schemas.ts` and of the Schemas in `endpoints.ts`.
import { $, type TsDsl } from "@hey-api/openapi-ts"
import type ts from "typescript"
import type { CheckedFormat, CheckTerm, FieldsArg, RefTerm, SchemaTerm, TermArg } from "./schema-term.ts"

/** Any expression node of hey-api's ts-dsl. */
export type Expr = TsDsl<ts.Expression>

/** What printing needs: the `Schema` and `openEnum` imports and how a component is referred to. */
export interface SchemaExprContext {
  /** The `Schema` namespace imported from "effect". */
  readonly Schema: Parameters<typeof $>[0]
  /** The expression of a component reference (its constant, or `Schema.suspend(() => X)` when lazy). */
  readonly ref: (term: RefTerm) => Expr
  /** Wraps an enum Schema to open its type (`openEnum(...)`); needed when terms hold `OpenEnum`. */
  readonly openEnum?: ((schema: Expr) => Expr) | undefined
  /** The check of a string format, imported from the formats module; needed when terms hold `Format` checks. */
  readonly formatCheck?: ((format: CheckedFormat) => Expr) | undefined
}

/** The expression of a Schema term. */
export const schemaExpr = (ctx: SchemaExprContext, term: SchemaTerm): Expr => {
  switch (term._tag) {
    case "Ref":
      return ctx.ref(term)
    case "Member":
      return $(ctx.Schema).attr(term.member)
    case "Call": {
      // A struct spreading components' fields is built by the first one's `mapFields` (the same struct), not as
      // `Schema.Struct({ ...X.fields, ... })`: bundlers treat a spread and a property read as side effects, so an
      // unused Schema written that way stays in every bundle; `/*#__PURE__*/ X.mapFields(...)` is dropped.
      const [arg] = term.args
      if (term.member === "Struct" && arg?._tag === "Fields" && arg.spreads.length > 0) {
        const [first, ...rest] = arg.spreads
        const fields = fieldsExpr(ctx, { ...arg, spreads: rest }, $("fields"))
        return $(ctx.ref(first!)).attr("mapFields").call($.func().param("fields").do($.return(fields)))
      }
      return $(ctx.Schema).attr(term.member).call(...term.args.map((arg) => argExpr(ctx, arg)))
    }
    case "Check":
      return $(schemaExpr(ctx, term.schema)).attr("check").call(...term.checks.map((check) => checkExpr(ctx, check)))
    case "OpenEnum":
      if (!ctx.openEnum) throw new Error("Effect Schema plugin: an open enum, but no openEnum import")
      return ctx.openEnum(schemaExpr(ctx, term.schema))
  }
}

const checkExpr = (ctx: SchemaExprContext, check: CheckTerm): Expr => {
  if (check._tag !== "Format") return schemaExpr(ctx, check)
  if (!ctx.formatCheck) throw new Error(`Effect Schema plugin: a format: ${check.format} check, but no formatsModule`)
  return ctx.formatCheck(check.format)
}

const argExpr = (ctx: SchemaExprContext, arg: TermArg): Expr => {
  switch (arg._tag) {
    case "Value":
      return $.literal(arg.value)
    case "Values":
      return $.array(...arg.values.map((value) => $.literal(value)))
    case "List":
      return $.array(...arg.items.map((item) => schemaExpr(ctx, item)))
    case "RegExp":
      return $.new("RegExp", $.literal(arg.source))
    case "Global":
      return $(arg.name)
    case "Annotations":
      return $.object().prop("expected", $.literal(arg.expected))
    case "Fields": {
      if (!arg.pretty) {
        const fields = $.object()
        for (const field of arg.fields) fields.prop(field.name, schemaExpr(ctx, field.schema))
        return fields
      }
      return fieldsExpr(ctx, arg)
    }
    default:
      return schemaExpr(ctx, arg)
  }
}

/** The fields object of a struct (one field a line, documented), after `base` (the fields `mapFields` hands over). */
const fieldsExpr = (ctx: SchemaExprContext, arg: FieldsArg, base?: Expr): Expr => {
  const fields = $.object().pretty()
  if (base !== undefined) fields.spread(base)
  for (const spread of arg.spreads) fields.spread($(ctx.ref(spread)).attr("fields"))
  for (const field of arg.fields) {
    const prop = $.prop({ kind: "prop", name: field.name }).value(schemaExpr(ctx, field.schema))
    fields.props(field.doc ? prop.doc(field.doc) : prop)
  }
  return fields
}

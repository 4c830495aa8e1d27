// Builds a SchemaTerm (schema-term.ts) as a live Effect 4 Schema, the value the printed expression (schema-expr.ts)
// evaluates to in the generated module: the fast response checks (validators.ts) are translated from these values'
// ASTs in the same plugin pass, never by importing the generated files.
import { Schema } from "effect"
import { type CheckTerm, formatChecks, type RefTerm, type SchemaTerm, type TermArg } from "./schema-term.ts"

/** What building needs: the live Schema of a component (built on demand; a lazy reference asks it later). */
export interface SchemaValueContext {
  readonly component: ($ref: string) => Schema.Top
}

type Constructor = (...args: ReadonlyArray<unknown>) => unknown
const schemaMember = (name: string): unknown => {
  const found = (Schema as unknown as Record<string, unknown>)[name]
  if (found === undefined) throw new Error(`Effect Schema plugin: Schema.${name} does not exist`)
  return found
}

/** The live Schema of a term (as the generated module would define it). */
export const schemaValue = (ctx: SchemaValueContext, term: SchemaTerm): Schema.Top => {
  switch (term._tag) {
    case "Ref":
      return refValue(ctx, term)
    case "Member":
      return schemaMember(term.member) as Schema.Top
    case "Call":
      return (schemaMember(term.member) as Constructor)(...term.args.map((arg) => argValue(ctx, arg))) as Schema.Top
    case "Check":
      return (schemaValue(ctx, term.schema) as Schema.Top & { check: Constructor }).check(
        ...term.checks.map((check) => checkValue(ctx, check)),
      ) as Schema.Top
    case "OpenEnum":
      // `openEnum` (packages/effect/src/internal/openEnum.ts) only annotates: decoding, and so the fast check, is the
      // enum's own.
      return schemaValue(ctx, term.schema)
  }
}

/**
 * The representation id of a format check ({@link formatChecks}) as built here: what the fast-check translator
 * (validators.ts) reads to call the formats module's predicate.
 */
export const formatRepresentation = "@beeper-kit/codegen/format"

/**
 * A check as the generated module builds it. A format check stands for the formats module's filter (the generator
 * does not import the package it generates for): only its representation is read, by the translator; it never runs.
 */
const checkValue = (ctx: SchemaValueContext, check: CheckTerm): unknown => {
  if (check._tag !== "Format") return schemaValue(ctx, check)
  return Schema.makeFilter(
    () => {
      throw new Error(`Effect Schema plugin: the format: ${check.format} check stands for ${formatChecks[check.format].filter}, it is not run`)
    },
    { representation: { id: formatRepresentation, payload: { format: check.format } } },
  )
}

const refValue = (ctx: SchemaValueContext, term: RefTerm): Schema.Top =>
  term.lazy ? Schema.suspend((): Schema.Codec<unknown> => ctx.component(term.$ref) as Schema.Codec<unknown>) : ctx.component(term.$ref)

const argValue = (ctx: SchemaValueContext, arg: TermArg): unknown => {
  switch (arg._tag) {
    case "Value":
      return arg.value
    case "Values":
      return arg.values
    case "List":
      return arg.items.map((item) => schemaValue(ctx, item))
    case "RegExp":
      return new RegExp(arg.source)
    case "Global":
      return globalThis[arg.name]
    case "Annotations":
      return { expected: arg.expected }
    case "Fields": {
      const fields: Record<string, unknown> = {}
      for (const spread of arg.spreads) Object.assign(fields, (refValue(ctx, spread) as unknown as { fields: object }).fields)
      for (const field of arg.fields) fields[field.name] = schemaValue(ctx, field.schema)
      return fields
    }
    default:
      return schemaValue(ctx, arg)
  }
}

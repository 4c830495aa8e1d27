// Prints a SchemaTerm (schema-term.ts) as the TypeScript type of the Schema its expression builds (schema-expr.ts),
// naming components (`typeof Chat`) where TypeScript's own inference would spell their structure out. `schemas.ts`
// annotates each component with it, so the published declarations (dist/generated/schemas.d.ts) describe every
// component once instead of again inside every Schema that uses it. The type is the one TypeScript infers for the
// expression, written out: the annotation narrows nothing (`pnpm typecheck` checks each assignment, and
// conformance.ts that every Schema's `Type` is its named model).
import { $, type TsDsl } from "@hey-api/openapi-ts"
import type ts from "typescript"
import type { FieldsArg, RefTerm, SchemaTerm, TermArg } from "./schema-term.ts"

/** Any type node of hey-api's ts-dsl. */
export type TypeNode = TsDsl<ts.TypeNode>

/** What printing needs: the `Schema` and `OpenEnum` imports, component names and the fields of spread components. */
export interface SchemaTypeContext {
  /** The `Schema` namespace imported from "effect". */
  readonly Schema: Parameters<typeof $>[0]
  /** The type `OpenEnum` (of `openEnum(...)`); needed when terms hold `OpenEnum`. */
  readonly OpenEnum?: Parameters<typeof $.type>[0] | undefined
  /** The constant of a component defined earlier (`typeof` it), or undefined (a cycle: `Schema.suspend`). */
  readonly component: (term: RefTerm) => Parameters<typeof $>[0] | undefined
  /** The fields of a component a struct spreads (`...X.fields`): it is a plain `Schema.Struct`. */
  readonly fieldsOf: ($ref: string) => FieldsArg | undefined
}

/** A term the printer has no type for: the caller leaves that Schema to TypeScript's inference. */
class Unsupported extends Error {}

/** The type of a Schema term, or undefined when some part of it has no written form here. */
export const schemaType = (ctx: SchemaTypeContext, term: SchemaTerm): TypeNode | undefined => {
  try {
    return typeOf(ctx, term)
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}

const typeOf = (ctx: SchemaTypeContext, term: SchemaTerm): TypeNode => {
  const S = (member: string) => $.type(ctx.Schema).attr(member)
  switch (term._tag) {
    case "Ref": {
      const component = ctx.component(term)
      // `Schema.suspend((): Schema.Codec<unknown> => X)` (schema-expr.ts)
      return component === undefined ? S("suspend").generic(S("Codec").generic("unknown")) : $.type.query($(component))
    }
    case "Member":
      return $.type.query($(ctx.Schema).attr(term.member))
    case "Check": // `.check(...)` rebuilds the same Schema type
      return typeOf(ctx, term.schema)
    case "OpenEnum":
      if (ctx.OpenEnum === undefined) throw new Unsupported()
      return $.type(ctx.OpenEnum).generic(typeOf(ctx, term.schema))
    case "Call":
      return callType(ctx, term.member, term.args)
  }
}

const schemaArg = (ctx: SchemaTypeContext, arg: TermArg | undefined): TypeNode => {
  if (arg === undefined) throw new Unsupported()
  switch (arg._tag) {
    case "Ref":
    case "Member":
    case "Check":
    case "OpenEnum":
    case "Call":
      return typeOf(ctx, arg)
    default:
      throw new Unsupported()
  }
}

const readonlyTuple = (elements: ReadonlyArray<TypeNode>): TypeNode => $.type.operator().readonly($.type.tuple(...elements))

const callType = (ctx: SchemaTypeContext, member: string, args: ReadonlyArray<TermArg>): TypeNode => {
  const S = (name: string) => $.type(ctx.Schema).attr(name)
  const [first, second] = args
  switch (member) {
    case "Array":
      return S("$Array").generic(schemaArg(ctx, first))
    case "optionalKey":
    case "optional":
    case "NullOr":
      return S(member).generic(schemaArg(ctx, first))
    case "Record":
      return S("$Record").generic(schemaArg(ctx, first)).generic(schemaArg(ctx, second))
    case "Literal":
      if (first?._tag !== "Value") throw new Unsupported()
      return S("Literal").generic($.type.literal(first.value))
    case "Literals":
      if (first?._tag !== "Values") throw new Unsupported()
      return S("Literals").generic(readonlyTuple(first.values.map((value) => $.type.literal(value))))
    case "Union":
      if (first?._tag !== "List") throw new Unsupported()
      return S("Union").generic(readonlyTuple(first.items.map((item) => typeOf(ctx, item))))
    case "instanceOf":
      // `Schema.instanceOf(Blob)`: the instance type, and `unknown` for its isomorphism (as TypeScript infers it)
      if (first?._tag !== "Global") throw new Unsupported()
      return S("instanceOf").generic(first.name).generic("unknown")
    case "Struct":
      if (first?._tag !== "Fields") throw new Unsupported()
      return S("Struct").generic(fieldsType(ctx, first))
    default:
      throw new Unsupported()
  }
}

/** A struct's fields as one type literal: the spread components' fields first, its own fields over them. */
const fieldsType = (ctx: SchemaTypeContext, fields: FieldsArg): TypeNode => {
  const all = new Map<string, FieldsArg["fields"][number]>()
  const collect = (arg: FieldsArg): void => {
    for (const spread of arg.spreads) {
      const spreadFields = ctx.fieldsOf(spread.$ref)
      if (spreadFields === undefined) throw new Unsupported()
      collect(spreadFields)
    }
    for (const field of arg.fields) all.set(field.name, field)
  }
  collect(fields)
  const type = $.type.object()
  for (const [name, field] of all) {
    const fieldType = typeOf(ctx, field.schema)
    type.prop(name, (p) => {
      p.readonly().type(fieldType)
      if (field.doc) p.doc(field.doc)
    })
  }
  return type
}

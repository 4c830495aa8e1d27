// Open enums: what the generated Schemas (src/generated/schemas.ts) call on the enums of models that only appear in
// responses. A newer Desktop may send a value this SDK does not know yet; the tolerant reader (tolerant.ts) keeps
// it as the raw value, so the type admits it: `"single" | "group" | (string & {})` still autocompletes the known
// values. Decoding is unchanged — the strict `Literals` — and the annotation marks the enum for the tolerant reader.
// Request-side enums are never opened: inputs stay strictly typed and validated.
import type * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/** Known literals `A`, plus any other string (for string literals) or number (for number literals). */
export type Open<A> = A | (A extends string ? string & {} : never) | (A extends number ? number & {} : never)

/** The Schema of an open enum: the enum's Schema, its `Type` and `Encoded` opened. */
export interface OpenEnum<S extends Schema.Top>
  extends Schema.Codec<Open<S["Type"]>, Open<S["Encoded"]>, S["DecodingServices"], S["EncodingServices"]>
{}

const openEnumKey = "@beeper-kit/effect/openEnum"

/** Marks an enum Schema (a literal or a union of literals) as open; decoding stays strict. */
export const openEnum = <S extends Schema.Top>(schema: S): OpenEnum<S> =>
  schema.annotate({ [openEnumKey]: true }) as unknown as OpenEnum<S>

/** Whether an AST is an enum marked by {@link openEnum}. */
export const isOpenEnum = (ast: SchemaAST.AST): boolean => SchemaAST.resolve(ast)?.[openEnumKey] === true

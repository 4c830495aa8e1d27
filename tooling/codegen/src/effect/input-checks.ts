// The input checks of the Effect Schema plugin (packages/effect/src/generated/inputChecks.ts): for every operation,
// the live input Schema (the flat `Schema.Struct` of its path, query and header parameters and body fields that
// `endpoints.ts` defines as `<Operation>Input`), handed to the fast-check translator (validators.ts, `kind: "input"`).
// Its predicate, `is<Operation>Input`, is the entry's `inputCheck`: true only when encoding the input with that
// Schema would succeed and return it unchanged, so the client can send it as it is instead of running the (slower)
// Schema encode; false means "encode" (which builds the `InvalidRequest` with its field path).
//
// Why the response translator is the right one: it only accepts Schemas without transformations (an `encoding`
// anywhere makes the Schema unsupported, and no check is emitted), and for those the encoded form is the decoded
// form, so "decode returns the value unchanged" and "encode returns the value unchanged" are the same predicate.
// The one thing inputs have that responses do not is `Schema.optional` (a top-level key given as `undefined`, as in
// `{ limit: maybe }`): in `kind: "input"` the translator counts such a key as given and checks its value only when
// it is not `undefined` (the encode keeps it as `undefined`, which the request builder reads as absent).
import { Schema } from "effect"
import { pascalCase } from "./names.ts"
import type { InputField } from "./plugin-types.ts"
import { type SchemaValueContext, schemaValue } from "./schema-value.ts"
import type { ValidatorEntry } from "./validators.ts"

/** What {@link inputCheckEntries} adds to the translator's entries, and which entry is whose. */
export interface InputCheckEntries {
  readonly entries: ReadonlyArray<ValidatorEntry>
  readonly operations: ReadonlyArray<{ readonly operationId: string; readonly entry: string }>
}

/** The name of an operation's input Schema (and so of its check, `is<name>`): `messages.send` → `MessagesSendInput`. */
export const inputSchemaName = (operationId: string): string => `${pascalCase(operationId)}Input`

/**
 * One translator entry per operation: its input Schema built live from its fields as `endpoints.ts` prints it
 * (required fields as they are, the others `Schema.optional`). Two operations whose input Schemas would have one
 * name are refused.
 */
export const inputCheckEntries = (
  values: SchemaValueContext,
  operations: ReadonlyArray<{ readonly operationId: string; readonly fields: ReadonlyArray<InputField> }>,
): InputCheckEntries => {
  const entries: Array<ValidatorEntry> = []
  const named: Array<{ operationId: string; entry: string }> = []
  for (const { operationId, fields } of operations) {
    const name = inputSchemaName(operationId)
    const other = named.find((op) => op.entry === name)
    if (other !== undefined) throw new Error(`Effect Schema plugin: ${operationId} and ${other.operationId} would both have the input check is${name}`)
    const struct: Record<string, Schema.Top> = {}
    for (const field of fields) {
      const value = schemaValue(values, field.term)
      struct[field.key] = field.required ? value : Schema.optional(value)
    }
    entries.push({ name, schema: Schema.Struct(struct) })
    named.push({ operationId, entry: name })
  }
  return { entries, operations: named }
}

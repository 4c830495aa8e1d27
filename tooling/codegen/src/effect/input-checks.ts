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
// The one thing inputs have that responses do not is `Schema.optional` (`undefined` accepted for an absent
// top-level key): the translator is handed `Schema.optionalKey` in its place, which makes the same predicate — a key
// whose value is `undefined` fails the translator's strict key count either way, and goes through the encode, which
// accepts it — without an `Undefined` member to check in every optional field.
import { Schema } from "effect"
import { operationTypeNames } from "./names.ts"
import type { InputField } from "./plugin-types.ts"
import { type SchemaValueContext, schemaValue } from "./schema-value.ts"
import type { ValidatorEntry } from "./validators.ts"

/** What {@link inputCheckEntries} adds to the translator's entries, and which entry is whose. */
export interface InputCheckEntries {
  readonly entries: ReadonlyArray<ValidatorEntry>
  readonly operations: ReadonlyArray<{ readonly operationId: string; readonly entry: string }>
}

/** The name of an operation's input Schema (and so of its check, `is<name>`): `messages.send` → `MessagesSendInput`. */
export const inputSchemaName = (operationId: string): string => operationTypeNames(operationId).input

/**
 * One translator entry per operation: its input Schema built live from its fields as `endpoints.ts` prints it
 * (required fields as they are), but for `Schema.optional` fields `Schema.optionalKey` (see the header). Two
 * operations whose input Schemas would have one name are refused.
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
      struct[field.key] = field.required ? value : Schema.optionalKey(value)
    }
    entries.push({ name, schema: Schema.Struct(struct) })
    named.push({ operationId, entry: name })
  }
  return { entries, operations: named }
}

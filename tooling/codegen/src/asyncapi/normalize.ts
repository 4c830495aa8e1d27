// Rewrites AsyncAPI payload schemas into equivalent JSON Schema that both generators of this step can read
// without losing a rule: hey-api's parser drops a base `type`/`items` that sits next to `anyOf`/`oneOf`, and
// drops `not`. Each rewrite keeps the set of accepted values unchanged.
import type { JsonSchema } from "./protocol.ts"

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")

/** `{ type: string, not: { const: "x" } }` → `{ type: string, pattern: "^(?!x$)" }` (any string but "x"). */
const notConstToPattern = (schema: JsonSchema): JsonSchema => {
  const not = schema["not"] as JsonSchema | undefined
  if (!not || typeof not.const !== "string" || Object.keys(not).length !== 1) return schema
  if (schema.pattern !== undefined) throw new Error("cannot combine `not: {const}` with an existing `pattern`")
  const { not: _not, ...rest } = schema
  return { type: "string", ...rest, pattern: `^(?!${escapeRegExp(not.const)}$)` }
}

/** Merges a base schema into an `anyOf` member (`items` are merged too, as in `allOf`). */
const mergeInto = (base: JsonSchema, member: JsonSchema): JsonSchema => {
  const merged: Record<string, unknown> = { ...base, ...member }
  if (base.items && member.items) merged["items"] = normalizeSchema({ ...base.items, ...member.items })
  for (const key of Object.keys(base)) {
    if (key in member && key !== "items" && key !== "description" && key !== "title" && JSON.stringify(base[key]) !== JSON.stringify(member[key])) {
      throw new Error(`cannot distribute "${key}" into an anyOf member that redefines it`)
    }
  }
  return normalizeSchema(merged as JsonSchema)
}

/**
 * `{ type, items, anyOf: [A, B] }` → `{ anyOf: [{ type, items, ...A }, { type, items, ...B }] }` (keywords of the
 * base apply to every member), and `not: { const }` on strings → a pattern. Applied recursively.
 */
export const normalizeSchema = (schema: JsonSchema): JsonSchema => {
  const walked: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && value && typeof value === "object") {
      walked[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, normalizeSchema(property as JsonSchema)]))
    } else if ((key === "items" || key === "additionalProperties") && value && typeof value === "object") {
      walked[key] = normalizeSchema(value as JsonSchema)
    } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
      walked[key] = value.map((member: JsonSchema) => normalizeSchema(member))
    } else {
      walked[key] = value
    }
  }
  let out = notConstToPattern(walked as JsonSchema)
  for (const combinator of ["anyOf", "oneOf"] as const) {
    const members = out[combinator]
    if (!members || (out.type === undefined && out.items === undefined)) continue
    const { [combinator]: _members, description, title, examples, ...base } = out
    const distributed = members.map((member) => mergeInto(base, member))
    out = {
      ...(description !== undefined ? { description } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(examples !== undefined ? { examples } : {}),
      [combinator]: distributed,
    }
  }
  return out
}

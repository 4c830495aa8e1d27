// Mutated copies of a JSON value, one change each, for the fast-check tests (validators.test.ts): every kind of
// break or drift a response can show at one place — a wrong type, a missing key, an undeclared key, an unknown
// enum value, null where it may not be, a timestamp in another format, a number that is not an integer or out of
// range — so a check can be compared with the Schema decode on values that only just fail (or only just pass).

/** One mutated copy: what was changed where (for the failure message) and the value. */
export interface Mutant {
  readonly label: string
  readonly value: unknown
}

type Json = null | boolean | number | string | Array<Json> | { [key: string]: Json }

/** What a node of each kind is replaced by (one mutant each). */
const replacements = (node: Json): Array<[string, Json]> => {
  if (node === null) return [["a string for null", "x"], ["0 for null", 0], ["{} for null", {}], ["false for null", false]]
  if (Array.isArray(node)) return [["{} for an array", {}], ["[] (emptied)", []], ["null for an array", null], ["[null]", [null]]]
  switch (typeof node) {
    case "string":
      return [
        ["a number for a string", 42],
        ["null for a string", null],
        ["an unknown enum value", "zz-not-a-known-value"],
        ["an empty string", ""],
        ["a timestamp without milliseconds", "2026-12-04T18:16:25Z"],
        ["a timestamp as epoch milliseconds", 1796407000000],
        ["an array for a string", ["x"]],
      ]
    case "number":
      return [
        ["a fraction", node + 0.5],
        ["a negative number", -node - 3],
        ["a larger integer", node + 1],
        ["an unsafe integer", 2 ** 60],
        ["a numeric string", String(node)],
        ["null for a number", null],
      ]
    case "boolean":
      return [["a string for a boolean", String(node)], ["0 for a boolean", 0], ["null for a boolean", null]]
    default:
      return [
        ["an array for an object", []],
        ["null for an object", null],
        ["a string for an object", "x"],
      ]
  }
}

const setAt = (root: Json, path: ReadonlyArray<string | number>, value: Json | undefined): Json => {
  const copy = structuredClone(root)
  if (path.length === 0) return value === undefined ? null : value
  let parent = copy as { [key: string]: Json } & Array<Json>
  for (const key of path.slice(0, -1)) parent = parent[key as never] as never
  const last = path[path.length - 1]!
  if (value === undefined) delete parent[last as never]
  else parent[last as never] = value as never
  return copy
}

/**
 * Mutants of `value`: at its root and at every node under it — under an array, only its first and last elements
 * (so a page of 25 chats stays a few thousand mutants) — each node replaced by each of its `replacements`, each
 * key of an object removed, and an undeclared key added to each object.
 */
export const mutantsOf = (value: unknown): Array<Mutant> => {
  const root = value as Json
  const out: Array<Mutant> = []
  const visit = (node: Json, path: Array<string | number>): void => {
    const at = path.length === 0 ? "(root)" : path.join(".")
    for (const [what, replacement] of replacements(node)) out.push({ label: `${at}: ${what}`, value: setAt(root, path, replacement) })
    if (Array.isArray(node)) {
      const indexes = [...new Set([0, node.length - 1])].filter((i) => i >= 0)
      for (const i of indexes) visit(node[i]!, [...path, i])
    } else if (node !== null && typeof node === "object") {
      out.push({ label: `${at}: an undeclared key`, value: setAt(root, [...path, "zzUndeclared"], true) })
      for (const key of Object.keys(node)) {
        out.push({ label: `${at}.${key}: removed`, value: setAt(root, [...path, key], undefined) })
        visit(node[key]!, [...path, key])
      }
    }
  }
  visit(root, [])
  return out
}

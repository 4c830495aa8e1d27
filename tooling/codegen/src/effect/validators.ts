// The fast response checks of the Effect Schema plugin (packages/effect/src/generated/validators.ts): for every
// success-response Schema of the endpoint table, a straight-line plain-TypeScript predicate that is true only when decoding the
// JSON value with that Schema would succeed AND return a value deep-equal to the input. The client runs it on
// the parsed body and skips the (much slower) Effect decode when it passes; when it fails, the Effect decode
// runs as before (it builds the precise DecodeError, or strips keys the Schema does not declare).
//
// The predicates are translated from the ASTs of the live Schemas the plugin builds from its SchemaTerms (the same
// terms it prints as `schemas.ts` / `endpoints.ts`, in the same pass: plugin.ts), so they check exactly what the
// Schemas check. Rules that keep "true ⇒ decode returns the input unchanged":
// - a struct with a key it does not declare is refused (decoding would strip the key);
// - a union takes the first member whose checks pass ignoring extra keys (as Effect's decode does) and then
//   requires that member to match without extra keys;
// - anything the translator does not know (transformations, declarations, unknown checks) makes the whole
//   Schema unsupported: no predicate is emitted for it, and the client always decodes.
// Emitted as source (no eval / `new Function`), so it runs on workerd too.
//
// The same translator makes the operations' input checks (`kind: "input"`, input-checks.ts), in a module of their
// own: values a caller built may be any object, so there an object must also be a plain one (a class instance or a
// `Date` is refused: the Schema would rebuild it, and JSON.stringify of it as it is would send something else) and
// have no symbol keys (the key count does not see them; the encode refuses them).
// JSON.parse makes only plain objects, so response checks leave that test out.
import type { SchemaAST } from "effect"
import { pascalCase } from "./names.ts"

/** A Schema as far as the translator is concerned: anything with an `ast`. */
interface HasAst {
  readonly ast: SchemaAST.AST
}

/** One exported predicate: `is<name>` for the Schema `schema`. */
export interface ValidatorEntry {
  readonly name: string
  readonly schema: HasAst
}

/** The result of {@link emitValidators}: the module body and which entries got a predicate. */
export interface EmittedValidators {
  /** TypeScript source of the module (without the generated header). */
  readonly source: string
  /** Names of the entries a predicate was emitted for. */
  readonly supported: ReadonlyArray<string>
  /** Names of the entries that use something the translator does not support (no predicate). */
  readonly unsupported: ReadonlyArray<string>
}

class Unsupported extends Error {}

/**
 * Translates Schemas into predicates. `components` names the shared Schemas (their helper functions get
 * readable names and are emitted once); `entries` are the Schemas to export a predicate for; `operations`
 * maps operation IDs to entry names (emitted as `responseValidators`). `kind: "input"` makes the module of the
 * input checks instead (see the header; no `responseValidators`).
 */
export const emitValidators = (options: {
  readonly components: ReadonlyArray<ValidatorEntry>
  readonly entries: ReadonlyArray<ValidatorEntry>
  readonly operations: ReadonlyArray<{ readonly operationId: string; readonly entry: string }>
  readonly kind?: "response" | "input" | undefined
}): EmittedValidators => {
  const input = options.kind === "input"
  const componentNames = new Map<SchemaAST.AST, string>()
  for (const c of options.components) if (!componentNames.has(c.schema.ast)) componentNames.set(c.schema.ast, c.name)

  const functions = new Map<SchemaAST.AST, { name: string; body: string | undefined }>()
  const patterns: Array<string> = []
  let counter = 0

  /** The name of the helper function `(u: unknown, s: boolean) => boolean` checking `ast` (emitted once). */
  const fnFor = (ast: SchemaAST.AST): string => {
    const existing = functions.get(ast)
    if (existing) return existing.name
    const component = componentNames.get(ast)
    const name = component !== undefined ? `check${component}` : `check${counter++}`
    const entry: { name: string; body: string | undefined } = { name, body: undefined }
    functions.set(ast, entry)
    try {
      entry.body = ast._tag === "Objects" ? objectBody(ast) : ast._tag === "Arrays" ? arrayBody(ast) : `  return ${expr(ast, "u", "s")};`
    } catch (error) {
      functions.delete(ast)
      throw error
    }
    return name
  }

  const checksOf = (ast: SchemaAST.AST, v: string): Array<string> => {
    const out: Array<string> = []
    const collect = (check: SchemaAST.Check<unknown>): void => {
      if (check._tag !== "Filter") {
        for (const inner of check.checks) collect(inner)
        return
      }
      const representation = (check.annotations as { representation?: { id?: unknown; payload?: Record<string, unknown> | null } } | undefined)
        ?.representation
      const payload = representation?.payload ?? {}
      const num = (key: string): string => {
        const value = payload[key]
        if (typeof value !== "number" || !Number.isFinite(value)) throw new Unsupported(`filter payload ${key}`)
        return String(value)
      }
      switch (representation?.id) {
        case "effect/schema/isInt":
          out.push(`Number.isSafeInteger(${v})`)
          break
        case "effect/schema/isFinite":
          out.push(`Number.isFinite(${v})`)
          break
        case "effect/schema/isGreaterThanOrEqualTo":
          out.push(`${v} >= ${num("minimum")}`)
          break
        case "effect/schema/isGreaterThan":
          out.push(`${v} > ${num("exclusiveMinimum")}`)
          break
        case "effect/schema/isLessThanOrEqualTo":
          out.push(`${v} <= ${num("maximum")}`)
          break
        case "effect/schema/isLessThan":
          out.push(`${v} < ${num("exclusiveMaximum")}`)
          break
        case "effect/schema/isMinLength":
          out.push(`${v}.length >= ${num("minLength")}`)
          break
        case "effect/schema/isMaxLength":
          out.push(`${v}.length <= ${num("maxLength")}`)
          break
        case "effect/schema/isPattern": {
          const { source, flags } = payload as { source?: unknown; flags?: unknown }
          if (typeof source !== "string" || flags !== "") throw new Unsupported("pattern")
          patterns.push(source)
          out.push(`pattern${patterns.length - 1}.test(${v})`)
          break
        }
        default:
          throw new Unsupported(`filter ${String(representation?.id)}`)
      }
    }
    for (const check of ast.checks ?? []) collect(check)
    return out
  }

  const withChecks = (base: string, ast: SchemaAST.AST, v: string): string => {
    const checks = checksOf(ast, v)
    return checks.length === 0 ? base : `(${[base, ...checks].join(" && ")})`
  }

  /** A boolean expression checking the value `v`; `s` is the strictness expression (refuse extra keys). */
  const expr = (ast: SchemaAST.AST, v: string, s: string): string => {
    if (ast.encoding !== undefined) throw new Unsupported("encoding")
    switch (ast._tag) {
      case "String":
        return withChecks(`typeof ${v} === "string"`, ast, v)
      case "Number":
        return withChecks(`typeof ${v} === "number"`, ast, v)
      case "Boolean":
        return withChecks(`typeof ${v} === "boolean"`, ast, v)
      case "Null":
        return withChecks(`${v} === null`, ast, v)
      case "Unknown":
      case "Any":
        return withChecks("true", ast, v)
      case "Literal":
        if (typeof ast.literal === "bigint") throw new Unsupported("bigint literal")
        return withChecks(`${v} === ${JSON.stringify(ast.literal)}`, ast, v)
      case "Union": {
        // Effect tries the members in order and keeps the first that decodes (extra keys only get stripped):
        // the first member passing leniently must also pass strictly.
        let out = "false"
        for (const member of [...ast.types].reverse()) {
          const lenient = expr(member, v, "false")
          const strict = expr(member, v, s)
          out = lenient === strict ? `${lenient} || ${out}` : `(${lenient} ? ${strict} : ${out})`
        }
        return withChecks(`(${out})`, ast, v)
      }
      case "Arrays":
      case "Objects":
        return `${fnFor(ast)}(${v}, ${s})`
      case "Suspend":
        return withChecks(`${fnFor(ast.thunk())}(${v}, ${s})`, ast, v)
      default:
        throw new Unsupported(ast._tag)
    }
  }

  const arrayBody = (ast: SchemaAST.Arrays): string => {
    if (ast.elements.length > 0 || ast.rest.length !== 1) throw new Unsupported("tuple")
    const item = expr(ast.rest[0]!, "u[i]", "s")
    return [
      "  if (!Array.isArray(u)) return false;",
      `  for (let i = 0; i < u.length; i++) if (!(${item})) return false;`,
      `  return ${["true", ...checksOf(ast, "u")].join(" && ")};`,
    ].join("\n")
  }

  const objectBody = (ast: SchemaAST.Objects): string => {
    const lines = [
      input ? "  if (!plainObject(u)) return false;" : "  if (typeof u !== \"object\" || u === null || Array.isArray(u)) return false;",
      "  const r = u as { readonly [key: string]: unknown };",
      "  let n = 0;",
    ]
    for (const ps of ast.propertySignatures) {
      if (typeof ps.name !== "string") throw new Unsupported("symbol key")
      const key = JSON.stringify(ps.name)
      const check = expr(ps.type, "p", "s")
      const optional = ps.type.context?.isOptional === true
      lines.push("  {", `    const p = r[${key}];`)
      if (optional) {
        // optionalKey: absent is fine. A key present with `undefined` is not counted, so the strict key count
        // below refuses it (the Effect decode then decides).
        lines.push(`    if (p !== undefined) { n++; if (!(${check})) return false; }`)
      } else {
        lines.push(`    if (p === undefined || !(${check})) return false;`, "    n++;")
      }
      lines.push("  }")
    }
    if (ast.indexSignatures.length > 0) {
      if (ast.propertySignatures.length > 0 || ast.indexSignatures.length !== 1) throw new Unsupported("mixed record")
      const is = ast.indexSignatures[0]!
      if (is.parameter._tag !== "String" || (is.parameter.checks ?? []).length > 0) throw new Unsupported("record key")
      lines.push(`  for (const k in r) { const x = r[k]; if (!(${expr(is.type, "x", "s")})) return false; }`)
      lines.push(`  return ${["true", ...checksOf(ast, "u")].join(" && ")};`)
    } else {
      lines.push("  if (s) { for (const _ in r) n--; if (n !== 0) return false; }")
      lines.push(`  return ${["true", ...checksOf(ast, "u")].join(" && ")};`)
    }
    return lines.join("\n")
  }

  const exported: Array<string> = []
  const supported: Array<string> = []
  const unsupported: Array<string> = []
  for (const entry of options.entries) {
    const snapshot = new Map(functions)
    const patternCount = patterns.length
    try {
      const body = expr(entry.schema.ast, "u", "true")
      exported.push(
        [
          `/** True when \`u\` is already a valid \`${entry.name}\` that ${input ? "encoding" : "decoding"} would return unchanged (no undeclared keys). */`,
          `export const is${entry.name} = (u: unknown): boolean => ${body};`,
        ].join("\n"),
      )
      supported.push(entry.name)
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      functions.clear()
      for (const [k, v] of snapshot) functions.set(k, v)
      patterns.length = patternCount
      unsupported.push(entry.name)
    }
  }

  const helpers = [...functions.values()].map(({ name, body }) => {
    if (body === undefined) throw new Error(`validator ${name} has no body`)
    return `function ${name}(u: unknown, s: boolean): boolean {\n${body}\n}`
  })
  const supportedSet = new Set(supported)
  const table = options.operations
    .filter((op) => supportedSet.has(op.entry))
    .map((op) => `  ${JSON.stringify(op.operationId)}: is${op.entry},`)
  if (input) {
    const source = [
      "// Input checks: see @beeper-kit/codegen src/effect/input-checks.ts. Each `is<Operation>Input` is true only when",
      "// encoding with that input Schema would succeed and return the value unchanged; false means \"run the Schema encode\".",
      "",
      ...patterns.map((source, i) => `const pattern${i} = new RegExp(${JSON.stringify(source)});`),
      ...(patterns.length > 0 ? [""] : []),
      ...exported.flatMap((text) => [text, ""]),
      ...helpers.flatMap((text) => [text, ""]),
      "/**",
      " * A plain object (not an array, not a class instance) without symbol keys (which the key count does not see and",
      " * the encode refuses): what the input Schemas' encode returns unchanged.",
      " */",
      "function plainObject(u: unknown): boolean {",
      "  if (typeof u !== \"object\" || u === null) return false;",
      "  const proto = Object.getPrototypeOf(u);",
      "  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(u).length === 0;",
      "}",
      "",
    ].join("\n")
    return { source, supported, unsupported }
  }
  const source = [
    "// Fast response checks: see @beeper-kit/codegen src/effect/validators.ts. Each `is<Schema>` is true only when",
    "// decoding with that Schema would succeed and return the input unchanged; false means \"run the Schema decode\".",
    "",
    ...patterns.map((source, i) => `const pattern${i} = new RegExp(${JSON.stringify(source)});`),
    ...(patterns.length > 0 ? [""] : []),
    ...exported.flatMap((text) => [text, ""]),
    "/** The fast check of each operation's JSON success body, by operation ID (absent: always decode). */",
    "export const responseValidators: { readonly [operationId: string]: ((u: unknown) => boolean) | undefined } = {",
    ...table,
    "};",
    "",
    ...helpers.flatMap((text) => [text, ""]),
  ].join("\n")
  return { source, supported, unsupported }
}

/** The components (every component Schema, by name) and the JSON success Schema of each operation. */
export const validatorInputs = (
  schemas: ReadonlyArray<{ readonly name: string; readonly schema: HasAst }>,
  successes: ReadonlyArray<{ readonly operationId: string; readonly schema: HasAst }>,
): Parameters<typeof emitValidators>[0] => {
  const components = [...schemas].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const byAst = new Map(components.map((c) => [c.schema.ast, c.name]))
  const entries = new Map<string, ValidatorEntry>()
  const operations: Array<{ operationId: string; entry: string }> = []
  const sorted = [...successes].sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0))
  for (const { operationId, schema } of sorted) {
    const name = byAst.get(schema.ast) ?? `${pascalCase(operationId)}Response`
    if (!entries.has(name)) entries.set(name, { name, schema })
    operations.push({ operationId, entry: name })
  }
  return { components, entries: [...entries.values()].sort((a, b) => a.name.localeCompare(b.name)), operations }
}

// The fast response checks of the Effect Schema plugin (packages/effect/src/generated/validators.ts): for every
// success-response Schema of the endpoint table, a straight-line plain-TypeScript predicate that is true only when decoding the
// JSON value with that Schema would succeed AND return a value deep-equal to the input. The client runs it on
// the parsed body and skips the (much slower) Effect decode when it passes; when it fails, the Effect decode
// runs as before (it builds the precise DecodeError, or strips keys the Schema does not declare).
//
// The predicates are translated from the ASTs of the live Schemas the plugin builds from its SchemaTerms (the same
// terms it prints as `schemas.ts` / `endpoints.ts`, in the same pass: plugin.ts), so they check exactly what the
// Schemas check. Rules that keep "true ⇒ decode returns the input unchanged":
// - a struct with a key it does not declare is refused (decoding would strip the key): a struct's check is one
//   `for…in` over the object's keys, each told apart by name in a `switch` — an undeclared key refuses, a declared
//   one has its value checked, the required ones are counted. (The same answer as reading each declared key and
//   counting the object's keys, for any object whose properties are enumerable — all that `JSON.parse` makes —
//   and about 2× faster on V8 and JavaScriptCore: no lookup of absent optional keys). Effect reads an object's own
//   keys only (since effect 4.1.5), so a key named like a property of `Object.prototype` (`constructor`...) is
//   absent when the object does not own it, wherever the check reads it by name; a declared `__proto__` key is
//   not translated;
// - a union takes the first member whose checks pass ignoring extra keys (as Effect's decode does) and then
//   requires that member to match without extra keys. Where no value can pass two members (their kinds differ —
//   object, string, null... —, or a required key's values can never be equal: a discriminator) or a member has no
//   struct to be lenient about, that is just "one member passes", checked cheapest first; only the other unions
//   call a `loose<Name>` check (extra keys ignored, emitted for them alone) before the strict one;
// - a string format's check (schema-term.ts, `formatChecks`: `format: date-time`, on either side) is a call of the
//   formats module's predicate (`isDateTime(p)`), imported from `formatsModule` — the same function the Schema's
//   check calls, so both refuse the same strings;
// - anything the translator does not know (transformations, declarations, unknown checks) makes the whole
//   Schema unsupported: no predicate is emitted for it, and the client always decodes.
// What the emitted code is shaped for (V8 in Node and Deno, JavaScriptCore in Bun): one function per struct and per
// array, each taking the value alone; no closures, no shared helper taking a callback (a megamorphic call on
// every field), no allocation. A Schema reached under several ASTs (`Schema.optionalKey(Message)` is a copy of
// `Message`'s AST) and structurally equal Schemas share one function, which keeps a bundle's checks small.
// Emitted as source (no eval / `new Function`), so it runs on workerd too.
//
// The same translator makes the operations' input checks (`kind: "input"`, input-checks.ts), in a module of their
// own: values a caller built may be any object, so there an object must also be a plain one (a class instance or a
// `Date` is refused: the Schema would rebuild it, and JSON.stringify of it as it is would send something else) whose
// own keys are all enumerable strings (a `for…in` does not see a symbol or a non-enumerable key; the encode refuses
// the one and reads the other).
import type { SchemaAST } from "effect"
import { operationTypeNames } from "./names.ts"
import { type CheckedFormat, formatChecks } from "./schema-term.ts"
import { formatRepresentation } from "./schema-value.ts"

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
 * `strict`: valid and no undeclared key anywhere (what `is<Name>` answers); `loose`: valid when undeclared keys
 * are ignored (whether Effect's decode of a union member would succeed).
 */
type Mode = "strict" | "loose"

/** What kinds of JSON value a check can accept (`undefined`: only `Unknown`/`Any`, which accept everything). */
type Kind = "string" | "number" | "boolean" | "null" | "object" | "array" | "undefined"
const anyKind: ReadonlySet<Kind> = new Set<Kind>(["string", "number", "boolean", "null", "object", "array", "undefined"])

/** The AST behind `Suspend`s (a recursive Schema's reference). */
const resolved = (ast: SchemaAST.AST): SchemaAST.AST => {
  let out = ast
  for (let depth = 0; out._tag === "Suspend" && depth < 16; depth++) out = out.thunk()
  return out
}

/** The kinds of value `ast`'s check can accept (conservative: `anyKind` when unsure). */
const kindsOf = (ast: SchemaAST.AST, depth = 0): ReadonlySet<Kind> => {
  const node = resolved(ast)
  switch (node._tag) {
    case "String":
      return new Set(["string"])
    case "Number":
      return new Set(["number"])
    case "Boolean":
      return new Set(["boolean"])
    case "Null":
      return new Set(["null"])
    case "Literal":
      return new Set([typeof node.literal as Kind])
    case "Objects":
      return new Set(["object"])
    case "Arrays":
      return new Set(["array"])
    case "Union":
      return depth > 16 ? anyKind : new Set(node.types.flatMap((member) => [...kindsOf(member, depth + 1)]))
    default:
      return anyKind
  }
}

/**
 * No value passes both `a`'s and `b`'s lenient checks (undeclared keys ignored): their kinds differ, two different
 * literals, every member of a union is exclusive with the other, or two structs require one key with exclusive
 * values (a discriminator such as `type: "qr"` / `type: "nothing"`). `false` when unsure.
 */
const exclusive = (a: SchemaAST.AST, b: SchemaAST.AST, depth = 0): boolean => {
  if (depth > 8) return false
  const x = resolved(a)
  const y = resolved(b)
  if (x._tag === "Union") return x.types.every((member) => exclusive(member, y, depth + 1))
  if (y._tag === "Union") return y.types.every((member) => exclusive(x, member, depth + 1))
  const kinds = kindsOf(y)
  if (![...kindsOf(x)].some((kind) => kinds.has(kind))) return true
  if (x._tag === "Literal" && y._tag === "Literal") return x.literal !== y.literal
  if (x._tag === "Objects" && y._tag === "Objects") {
    const required = (ps: SchemaAST.PropertySignature): boolean => ps.type.context?.isOptional !== true
    for (const px of x.propertySignatures) {
      if (!required(px)) continue
      const py = y.propertySignatures.find((ps) => ps.name === px.name && required(ps))
      if (py !== undefined && exclusive(px.type, py.type, depth + 1)) return true
    }
  }
  return false
}

/** Whether the strict and loose checks of `ast` differ: it contains a struct (which counts its keys when strict). */
const countsKeys = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST> = new Set()): boolean => {
  if (seen.has(ast)) return true
  seen.add(ast)
  switch (ast._tag) {
    case "Objects":
      return ast.indexSignatures.length === 0 || ast.indexSignatures.some((is) => countsKeys(is.type, seen))
    case "Arrays":
      return [...ast.elements, ...ast.rest].some((item) => countsKeys(item, seen))
    case "Union":
      return ast.types.some((member) => countsKeys(member, seen))
    case "Suspend":
      return countsKeys(ast.thunk(), seen)
    default:
      return false
  }
}

/** `v === a || v === b ...`, or a range test for three or more consecutive integers. */
const literalSet = (values: ReadonlyArray<string | number | boolean>, v: string): Array<string> => {
  const numbers = values.filter((value): value is number => typeof value === "number")
  const others = values.filter((value) => typeof value !== "number").map((value) => `${v} === ${JSON.stringify(value)}`)
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const consecutive = sorted.length >= 3 && sorted.every((n, i) => Number.isSafeInteger(n) && (i === 0 || n === sorted[i - 1]! + 1))
  return consecutive
    ? [`(typeof ${v} === "number" && ${v} >= ${sorted[0]} && ${v} <= ${sorted[sorted.length - 1]} && Number.isInteger(${v}))`, ...others]
    : [...numbers.map((n) => `${v} === ${JSON.stringify(n)}`), ...others]
}

/** The negation of a boolean expression, without doubled parentheses. */
const not = (expression: string): string => {
  if (expression.startsWith("(")) {
    let depth = 0
    for (let i = 0; i < expression.length; i++) {
      if (expression[i] === "(") depth++
      else if (expression[i] === ")" && --depth === 0) return i === expression.length - 1 ? `!${expression}` : `!(${expression})`
    }
  }
  return `!(${expression})`
}

/** One emitted helper function; `alias` when another function has the same body (it is emitted once, under that name). */
interface Helper {
  readonly name: string
  body: string | undefined
  alias: string | undefined
  /** Called while its body was being translated (a recursive Schema): it keeps its own name. */
  recursive: boolean
}

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
  /**
   * Module of the string formats' predicates (schema-term.ts, `formatChecks`), relative to the emitted module: a
   * format check calls its predicate, imported from there. Without it, a Schema with a format check gets no predicate.
   */
  readonly formatsModule?: string | null | undefined
}): EmittedValidators => {
  const input = options.kind === "input"
  // ASTs that differ only by their context (`Schema.optionalKey(X)` copies X's AST) check the same: one function.
  const bodies = new Map<unknown, Array<SchemaAST.AST>>()
  const canonical = (ast: SchemaAST.AST): SchemaAST.AST => {
    const key = ast._tag === "Objects" ? ast.propertySignatures : ast._tag === "Arrays" ? ast.rest : ast
    const known = bodies.get(key) ?? []
    const same = known.find((other) =>
      other._tag === ast._tag && other.checks === ast.checks && other.encoding === ast.encoding &&
      (ast._tag !== "Objects" || (other as SchemaAST.Objects).indexSignatures === ast.indexSignatures) &&
      (ast._tag !== "Arrays" || (other as SchemaAST.Arrays).elements === ast.elements)
    )
    if (same) return same
    bodies.set(key, [...known, ast])
    return ast
  }
  const componentNames = new Map<SchemaAST.AST, string>()
  for (const c of options.components) {
    const ast = canonical(c.schema.ast)
    if (!componentNames.has(ast)) componentNames.set(ast, c.name)
  }

  const helpers: Record<Mode, Map<SchemaAST.AST, Helper>> = { strict: new Map(), loose: new Map() }
  /** Emitted body (by mode) → the function that has it. */
  const byBody = new Map<string, string>()
  const patterns: Array<string> = []
  /** The formats module's predicates the checks call, in order of first use. */
  const predicates: Array<string> = []
  let counter = 0

  /** The name of the helper function `(u: unknown) => boolean` checking `ast` in `mode` (emitted once). */
  const fnFor = (node: SchemaAST.AST, mode: Mode): string => {
    const ast = canonical(node)
    const existing = helpers[mode].get(ast)
    if (existing) {
      if (existing.body === undefined) existing.recursive = true
      return existing.alias ?? existing.name
    }
    const component = componentNames.get(ast)
    const prefix = mode === "strict" ? "check" : "loose"
    const name = component !== undefined ? `${prefix}${component}` : `${prefix}${counter++}`
    const helper: Helper = { name, body: undefined, alias: undefined, recursive: false }
    helpers[mode].set(ast, helper)
    try {
      helper.body = ast._tag === "Objects"
        ? objectBody(ast, mode)
        : ast._tag === "Arrays"
        ? arrayBody(ast, mode)
        : `  return ${expr(ast, "u", mode)};`
    } catch (error) {
      helpers[mode].delete(ast)
      throw error
    }
    const same = byBody.get(`${mode}\n${helper.body}`)
    if (same !== undefined && !helper.recursive) {
      helper.alias = same
      return same
    }
    byBody.set(`${mode}\n${helper.body}`, name)
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
        case formatRepresentation: {
          const { format } = payload as { format?: unknown }
          if (typeof format !== "string" || !Object.hasOwn(formatChecks, format) || !options.formatsModule) {
            throw new Unsupported(`format ${String(format)}`)
          }
          const predicate = formatChecks[format as CheckedFormat].predicate
          if (!predicates.includes(predicate)) predicates.push(predicate)
          out.push(`${predicate}(${v})`)
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

  /** A number check; `Number.isSafeInteger(v)` alone says `v` is a number (no `typeof` before it). */
  const numberCheck = (ast: SchemaAST.AST, v: string): string => {
    const checks = checksOf(ast, v)
    if (checks.length === 1 && checks[0]!.startsWith("Number.is")) return checks[0]!
    return checks.length === 0 ? `typeof ${v} === "number"` : `(${[`typeof ${v} === "number"`, ...checks].join(" && ")})`
  }

  /** The disjuncts of a union any of whose members may answer (the order does not matter), cheapest first. */
  const anyOf = (members: ReadonlyArray<SchemaAST.AST>, v: string, mode: Mode): string => {
    const literals: Array<string | number | boolean> = []
    const cheap: Array<string> = []
    const calls: Array<string> = []
    for (const member of members) {
      if (member._tag === "Literal" && (member.checks ?? []).length === 0 && typeof member.literal !== "bigint") {
        literals.push(member.literal)
        continue
      }
      const text = expr(member, v, mode)
      ;(/^[\w$]+\(/.test(text) ? calls : cheap).push(text)
    }
    return [...cheap, ...literalSet(literals, v), ...calls].join(" || ") || "false"
  }

  /** A boolean expression checking the value `v` (a plain identifier or property read). */
  const expr = (ast: SchemaAST.AST, v: string, mode: Mode): string => {
    if (ast.encoding !== undefined) throw new Unsupported("encoding")
    switch (ast._tag) {
      case "String":
        return withChecks(`typeof ${v} === "string"`, ast, v)
      case "Number":
        return numberCheck(ast, v)
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
        // Effect tries the members in order and keeps the first that decodes (extra keys only get stripped): the
        // first member passing leniently must also pass strictly. When no member can be passed leniently by a value
        // a later member also passes (or it has no struct, so lenient is strict), that is "some member passes".
        const members = ast.types
        const simple = mode === "loose" ||
          members.every((member, i) => !countsKeys(member) || members.slice(i + 1).every((later) => exclusive(member, later)))
        if (simple) return withChecks(`(${anyOf(members, v, mode)})`, ast, v)
        let out = "false"
        for (let i = members.length - 1; i >= 0; i--) {
          const member = members[i]!
          const strict = expr(member, v, "strict")
          out = !countsKeys(member) || members.slice(i + 1).every((later) => exclusive(member, later))
            ? (out === "false" ? strict : `${strict} || ${out}`)
            : `(${expr(member, v, "loose")} ? ${strict} : ${out})`
        }
        return withChecks(`(${out})`, ast, v)
      }
      case "Arrays":
      case "Objects":
        return `${fnFor(ast, mode)}(${v})`
      case "Suspend":
        return withChecks(`${fnFor(ast.thunk(), mode)}(${v})`, ast, v)
      default:
        throw new Unsupported(ast._tag)
    }
  }

  /** `for (...) <check of item>`, the item read once when the check reads it more than once. */
  const itemLoop = (head: string, item: string, check: (v: string) => string): string => {
    const inline = check(item)
    return inline.split(item).length > 2
      ? `  ${head} { const x = ${item}; if (${not(check("x"))}) return false; }`
      : `  ${head} if (${not(inline)}) return false;`
  }

  const arrayBody = (ast: SchemaAST.Arrays, mode: Mode): string => {
    if (ast.elements.length > 0 || ast.rest.length !== 1) throw new Unsupported("tuple")
    const rest = ast.rest[0]!
    return [
      "  if (!Array.isArray(u)) return false;",
      itemLoop("for (let i = 0; i < u.length; i++)", "u[i]", (v) => expr(rest, v, mode)),
      `  return ${["true", ...checksOf(ast, "u")].join(" && ")};`,
    ].join("\n")
  }

  const objectBody = (ast: SchemaAST.Objects, mode: Mode): string => {
    const lines = [
      input ? "  if (!plainObject(u)) return false;" : "  if (typeof u !== \"object\" || u === null || Array.isArray(u)) return false;",
      "  const r = u as { readonly [key: string]: unknown };",
    ]
    const checks = checksOf(ast, "u")
    if (ast.indexSignatures.length > 0) {
      if (ast.propertySignatures.length > 0 || ast.indexSignatures.length !== 1) throw new Unsupported("mixed record")
      const is = ast.indexSignatures[0]!
      if (is.parameter._tag !== "String" || (is.parameter.checks ?? []).length > 0) throw new Unsupported("record key")
      lines.push(itemLoop("for (const k in r)", "r[k]", (v) => expr(is.type, v, mode)))
      lines.push(`  return ${["true", ...checks].join(" && ")};`)
      return lines.join("\n")
    }
    const strict = mode === "strict"
    for (const ps of ast.propertySignatures) if (typeof ps.name !== "string") throw new Unsupported("symbol key")
    const isRequired = (ps: SchemaAST.PropertySignature): boolean => ps.type.context?.isOptional !== true
    const required = ast.propertySignatures.filter(isRequired).length
    if (ast.propertySignatures.some((ps) => ps.name === "__proto__")) throw new Unsupported("a key named __proto__")
    if (strict) {
      // Strict: one pass over the object's keys, each looked up by name; an undeclared key refuses, `n` counts the
      // required keys seen.
      const groups = new Map<string, Array<string>>()
      for (const ps of ast.propertySignatures) {
        const absent = kindsOf(ps.type).has("undefined") ? "p === undefined || " : ""
        const test = `if (${absent}${not(expr(ps.type, "p", mode))}) return false;${isRequired(ps) ? " n++;" : ""}`
        groups.set(test, [...(groups.get(test) ?? []), ps.name as string])
      }
      if (required > 0) lines.push("  let n = 0;")
      lines.push("  for (const k in r) {", "    const p = r[k];", "    switch (k) {")
      for (const [test, keys] of groups) {
        lines.push(`      case ${keys.map((key) => JSON.stringify(key)).join(": case ")}:`, `        ${test}`, "        break;")
      }
      lines.push("      default:", "        return false;", "    }", "  }")
      lines.push(`  return ${[required > 0 ? `n === ${required}` : "true", ...checks].join(" && ")};`)
      return lines.join("\n")
    }
    // Lenient (a union's first pass): each declared key read by name, other keys ignored.
    if (ast.propertySignatures.length > 0) lines.push("  let p: unknown;")
    for (const ps of ast.propertySignatures) {
      const check = expr(ps.type, "p", mode)
      const key = JSON.stringify(ps.name)
      // a key named like a property of `Object.prototype` is the object's own or absent, as Effect reads it
      lines.push((ps.name as string) in Object.prototype ? `  p = Object.hasOwn(r, ${key}) ? r[${key}] : undefined;` : `  p = r[${key}];`)
      if (ps.type.context?.isOptional === true) {
        // optionalKey: absent is fine
        lines.push(`  if (p !== undefined && ${not(check)}) return false;`)
      } else {
        // `undefined` (absent) fails every check but `Unknown`'s.
        const absent = kindsOf(ps.type).has("undefined") ? "p === undefined || " : ""
        lines.push(`  if (${absent}${not(check)}) return false;`)
      }
    }
    lines.push(`  return ${["true", ...checks].join(" && ")};`)
    return lines.join("\n")
  }

  const exported: Array<string> = []
  const supported: Array<string> = []
  const unsupported: Array<string> = []
  for (const entry of options.entries) {
    const snapshot = { strict: new Map(helpers.strict), loose: new Map(helpers.loose), byBody: new Map(byBody) }
    const patternCount = patterns.length
    const predicateCount = predicates.length
    try {
      const body = expr(entry.schema.ast, "u", "strict")
      const doc = `/** True when \`u\` is already a valid \`${entry.name}\` that ${input ? "encoding" : "decoding"} would return unchanged (no undeclared keys). */`
      const call = /^([\w$]+)\(u\)$/.exec(body)
      exported.push(
        [
          doc,
          call ? `export const is${entry.name}: (u: unknown) => boolean = ${call[1]};` : `export const is${entry.name} = (u: unknown): boolean => ${body};`,
        ].join("\n"),
      )
      supported.push(entry.name)
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      for (const mode of ["strict", "loose"] as const) {
        helpers[mode].clear()
        for (const [k, v] of snapshot[mode]) helpers[mode].set(k, v)
      }
      byBody.clear()
      for (const [k, v] of snapshot.byBody) byBody.set(k, v)
      patterns.length = patternCount
      predicates.length = predicateCount
      unsupported.push(entry.name)
    }
  }

  const functions = [...helpers.strict.values(), ...helpers.loose.values()].flatMap(({ name, body, alias }) => {
    if (alias !== undefined) return []
    if (body === undefined) throw new Error(`validator ${name} has no body`)
    return [`function ${name}(u: unknown): boolean {\n${body}\n}`]
  })
  const imports = predicates.length === 0
    ? []
    : [`import { ${[...predicates].sort().join(", ")} } from ${JSON.stringify(options.formatsModule)};`, ""]
  if (input) {
    const source = [
      "// Input checks: see @beeper-kit/codegen src/effect/input-checks.ts. Each `is<Operation>Input` is true only when",
      "// encoding with that input Schema would succeed and return the value unchanged; false means \"run the Schema encode\".",
      "",
      ...imports,
      ...patterns.map((source, i) => `const pattern${i} = new RegExp(${JSON.stringify(source)});`),
      ...(patterns.length > 0 ? [""] : []),
      ...exported.flatMap((text) => [text, ""]),
      ...functions.flatMap((text) => [text, ""]),
      "/**",
      " * A plain object (not an array, not a class instance) whose own keys are all enumerable strings, as `for…in` sees",
      " * them (the encode refuses a symbol key and reads a non-enumerable one): what the input Schemas' encode returns",
      " * unchanged. (No symbol, and as many own names as enumerable ones: `Reflect.ownKeys` says the same but makes",
      " * ~4× the garbage on V8 for a small object, on every call.)",
      " */",
      "function plainObject(u: unknown): boolean {",
      "  if (typeof u !== \"object\" || u === null) return false;",
      "  const proto = Object.getPrototypeOf(u);",
      "  return (proto === Object.prototype || proto === null) && Object.getOwnPropertySymbols(u).length === 0 &&",
      "    Object.getOwnPropertyNames(u).length === Object.keys(u).length;",
      "}",
      "",
    ].join("\n")
    return { source, supported, unsupported }
  }
  const supportedSet = new Set(supported)
  const table = options.operations
    .filter((op) => supportedSet.has(op.entry))
    .map((op) => `  ${JSON.stringify(op.operationId)}: is${op.entry},`)
  const source = [
    "// Fast response checks: see @beeper-kit/codegen src/effect/validators.ts. Each `is<Schema>` is true only when",
    "// decoding with that Schema would succeed and return the input unchanged; false means \"run the Schema decode\".",
    "",
    ...imports,
    ...patterns.map((source, i) => `const pattern${i} = new RegExp(${JSON.stringify(source)});`),
    ...(patterns.length > 0 ? [""] : []),
    ...exported.flatMap((text) => [text, ""]),
    "/** The fast check of each operation's JSON success body, by operation ID (absent: always decode). */",
    "export const responseValidators: { readonly [operationId: string]: ((u: unknown) => boolean) | undefined } = {",
    ...table,
    "};",
    "",
    ...functions.flatMap((text) => [text, ""]),
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
    const name = byAst.get(schema.ast) ?? operationTypeNames(operationId).response
    if (!entries.has(name)) entries.set(name, { name, schema })
    operations.push({ operationId, entry: name })
  }
  return { components, entries: [...entries.values()].sort((a, b) => a.name.localeCompare(b.name)), operations }
}

// The tolerant reader: decodes what a Desktop sent with a generated Schema, accepting compatible drift.
//
// 1. Decode strictly (`errors: "all"`, `onExcessProperty: "error"`). Success: the value, no drift.
// 2. Otherwise classify every issue of the tree, at its path in the input:
//    - a string (number) where an open enum of string (number) literals was expected (`openEnum`, openEnum.ts: the
//      generated enums of response-only models; possibly nullable) → `unknown-enum-value`: the raw value is kept
//      in the output, as the open enum's type allows;
//    - a string that fails a `format: date-time` check (`dateTimeFormat`, formats.ts: not an RFC 3339 date-time, e.g.
//      `"yesterday"` or epoch ms as a string) → `timestamp-format`: the string is kept in the output as sent (a
//      number there is a wrong type: a break);
//    - a key the schema does not declare → `unknown-field`: dropped from the value;
//    - a required key that is absent although its schema admits `null` (the spec's required-nullable cursors of a
//      last page, ...) → `missing-optional`: read as `null`;
//    - anything else (a required key missing, a wrong type, a failed check, a value outside a closed enum or a
//      const, a union member that cannot be chosen — e.g. an unknown discriminator, a new variant) → a break.
//    Where a union of objects reports candidate members, each one's issues are classified in turn: the value is read
//    through the one member whose differences are all tolerable; with none, the break is told as the member with
//    the fewest breaks tells it; with several, the union is a break as a whole (which member was meant is not
//    knowable).
// 3. Breaks, or any drift with `strict: true` → `error` with every issue (path in `items[3].participants.total`
//    form, message without the offending value). Otherwise the value: the input with each unknown enum value replaced
//    by a known literal, each odd timestamp by a valid one and each missing nullable key set to `null` (in copies of
//    the containers on those paths only: the input is not changed, nor walked whole) is decoded (excess keys are
//    stripped by the default `onExcessProperty: "ignore"`), then the raw values are put back at their paths in
//    the decoded output.
//
// Synchronous and pure; reporting the drift (`DriftLog`, drift.ts) is the caller's business.
import * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import { type Drift, type DriftKind, timestampDetail, unknownEnumDetail } from "./drift.ts"
import { dateTimeFormat, someDateTime } from "./formats.ts"
import { formatIssues, formatPath, type PathIssue } from "./issues.ts"
import { isOpenEnum } from "./openEnum.ts"

/** Where the input comes from and how to read it. */
export interface TolerantOptions {
  /** The operationId or event type, as drift reports it. */
  readonly source: string
  /** Tolerances are errors. */
  readonly strict: boolean
}

/** The outcome of {@link decodeTolerant}. */
export type TolerantResult<A> =
  | { readonly _tag: "ok"; readonly value: A; readonly drift: ReadonlyArray<Drift> }
  | { readonly _tag: "error"; readonly issues: ReadonlyArray<PathIssue>; readonly total: number }

const strictOptions: SchemaAST.ParseOptions = { errors: "all", onExcessProperty: "error" }
const lenientOptions: SchemaAST.ParseOptions = { errors: "all" }

/** Decodes `input` with `schema`, tolerating compatible drift (see the module header). Never throws for bad input. */
export const decodeTolerant = <A>(
  schema: Schema.ConstraintDecoder<A>,
  input: unknown,
  options: TolerantOptions,
): TolerantResult<A> => {
  const strict = SchemaParser.decodeUnknownResult(schema, strictOptions)(input)
  if (Result.isSuccess(strict)) return { _tag: "ok", value: strict.success, drift: [] }
  const found: Found = { tolerated: [], breaks: [] }
  classify(strict.failure, [], [], input, undefined, found)
  if (found.breaks.length > 0 || options.strict) {
    const issues = options.strict ? [...found.tolerated.map(asIssue), ...found.breaks] : found.breaks
    return errorOf(issues)
  }
  // the input is left as it is: the containers on each substitute's path are copied (once each), the rest shared
  const copies = new WeakSet<object>()
  let root = input
  for (const t of found.tolerated) {
    if (t.substitute !== undefined) root = setInCopy(root, t.path, t.substitute.value, copies)
  }
  const lenient = SchemaParser.decodeUnknownResult(schema, lenientOptions)(root)
  if (Result.isFailure(lenient)) return errorOf(formatIssues(lenient.failure)) // not expected: classify was wrong
  let value: unknown = lenient.success
  for (const t of found.tolerated) {
    if (t.restore !== undefined) value = setAt(value, t.path, t.restore.value)
  }
  const drift = found.tolerated.map((t): Drift => {
    const path = formatPath(t.path)
    const pattern = formatPath(t.pattern)
    return pattern === path
      ? { source: options.source, path, kind: t.kind, detail: t.detail }
      : { source: options.source, path, pattern, kind: t.kind, detail: t.detail }
  })
  return { _tag: "ok", value: value as A, drift }
}

/** A tolerable difference at a path, and how to read past it. */
interface Tolerated {
  readonly path: ReadonlyArray<PropertyKey>
  /** {@link Tolerated.path} with each key of a map (a `Record`'s, e.g. `chats`' chat IDs) as `*`. */
  readonly pattern: ReadonlyArray<PropertyKey>
  readonly kind: DriftKind
  readonly detail: string
  /** The value decoded in its place. */
  readonly substitute?: { readonly value: unknown } | undefined
  /** The value put back in the output afterwards. */
  readonly restore?: { readonly value: unknown } | undefined
}

interface Found {
  readonly tolerated: Array<Tolerated>
  readonly breaks: Array<PathIssue>
}

const errorOf = (issues: ReadonlyArray<PathIssue>): TolerantResult<never> => ({
  _tag: "error",
  issues,
  total: issues.length,
})

/** A tolerance refused by `strict`, as an issue. */
const asIssue = (t: Tolerated): PathIssue => ({ path: formatPath(t.path), message: `${t.detail} (strict)` })

/**
 * Walks an issue tree. `value` is the input at `path`; `owner` the AST of the innermost object being decoded
 * (to look up the schema of a missing key); `pattern` is `path` with map keys as `*`.
 */
const classify = (
  issue: SchemaIssue.Issue,
  path: ReadonlyArray<PropertyKey>,
  pattern: ReadonlyArray<PropertyKey>,
  value: unknown,
  owner: SchemaAST.AST | undefined,
  found: Found,
): void => {
  switch (issue._tag) {
    case "Pointer":
      return classify(
        issue.issue,
        [...path, ...issue.path],
        [...pattern, ...issue.path.map((key) => isMapKey(owner, key) ? "*" : key)],
        childAt(value, issue.path),
        owner,
        found,
      )
    case "Composite":
      for (const child of issue.issues) classify(child, path, pattern, value, issue.ast, found)
      return
    case "Filter":
      if (issue.filter === dateTimeFormat && typeof value === "string") {
        found.tolerated.push({
          path,
          pattern,
          kind: "timestamp-format",
          detail: timestampDetail(value),
          substitute: { value: someDateTime },
          restore: { value },
        })
        return
      }
      break
    case "UnexpectedKey":
      found.tolerated.push({ path, pattern, kind: "unknown-field", detail: "field not in the spec" })
      return
    case "MissingKey": {
      const key = path[path.length - 1]
      const declared = owner !== undefined && SchemaAST.isObjects(owner)
        ? owner.propertySignatures.find((property) => property.name === key)
        : undefined
      if (declared !== undefined && admitsNull(declared.type)) {
        found.tolerated.push({
          path,
          pattern,
          kind: "missing-optional",
          detail: "required nullable field absent",
          substitute: { value: null },
        })
        return
      }
      break
    }
    case "InvalidType":
    case "AnyOf": {
      const known = typeof value === "string" || typeof value === "number"
        ? openEnumLiterals(issue.ast)?.filter((literal) => typeof literal === typeof value)
        : undefined
      if (known !== undefined && known.length > 0) {
        found.tolerated.push({
          path,
          pattern,
          kind: "unknown-enum-value",
          detail: unknownEnumDetail(value as string | number, known),
          substitute: { value: known[0] },
          restore: { value },
        })
        return
      }
      if (issue._tag === "AnyOf" && issue.issues.length === 1) {
        return classify(issue.issues[0]!, path, pattern, value, owner, found)
      }
      if (issue._tag === "AnyOf" && issue.issues.length > 1) return classifyCandidates(issue, path, pattern, value, owner, found)
      break
    }
  }
  found.breaks.push(...formatIssues(issue, path))
}

/**
 * A union with several candidate members (a member without a discriminator — `AppSetupSuccess` beside
 * `AppSetupRegistrationRequired` — stays a candidate for any object): each member's issues are classified on their
 * own. When exactly one member has no break, the value is read through it with its tolerances (the lenient decode
 * then picks it too: every other member has a break). Otherwise it is a break, told as the member with the fewest
 * breaks tells it (the one most likely meant) — or, when several members fit, as the union's own issue.
 */
const classifyCandidates = (
  union: SchemaIssue.AnyOf,
  path: ReadonlyArray<PropertyKey>,
  pattern: ReadonlyArray<PropertyKey>,
  value: unknown,
  owner: SchemaAST.AST | undefined,
  found: Found,
): void => {
  const readings = union.issues.map((member) => {
    const reading: Found = { tolerated: [], breaks: [] }
    classify(member, path, pattern, value, owner, reading)
    return reading
  })
  const fitting = readings.filter((reading) => reading.breaks.length === 0)
  if (fitting.length === 1) {
    found.tolerated.push(...fitting[0]!.tolerated)
    return
  }
  if (fitting.length > 1) {
    found.breaks.push(...formatIssues(union, path))
    return
  }
  const likeliest = readings.reduce((best, reading) => reading.breaks.length < best.breaks.length ? reading : best)
  found.breaks.push(...likeliest.breaks)
}

/**
 * The literals of an open enum (marked by `openEnum`, possibly inside a nullable union); `undefined` for any other
 * AST — a closed enum or a const (a union discriminator, say) is not tolerated.
 */
const openEnumLiterals = (ast: SchemaAST.AST): ReadonlyArray<unknown> | undefined => {
  if (isOpenEnum(ast)) return literalsOf(ast)
  if (SchemaAST.isSuspend(ast)) return openEnumLiterals(ast.thunk())
  if (!SchemaAST.isUnion(ast)) return undefined
  const out: Array<unknown> = []
  for (const member of ast.types) {
    if (SchemaAST.isNull(member) || SchemaAST.isUndefined(member)) continue
    const literals = openEnumLiterals(member)
    if (literals === undefined) return undefined
    out.push(...literals)
  }
  return out
}

/** The literals of a literal or a union of literals (`[]` for anything else). */
const literalsOf = (ast: SchemaAST.AST): ReadonlyArray<unknown> =>
  SchemaAST.isLiteral(ast) ? [ast.literal] : SchemaAST.isUnion(ast) ? ast.types.flatMap(literalsOf) : []

/** Whether `null` is a valid value of the AST (a `Null`, or a union with one). */
const admitsNull = (ast: SchemaAST.AST): boolean =>
  SchemaAST.isNull(ast) ||
  (SchemaAST.isSuspend(ast) && admitsNull(ast.thunk())) ||
  (SchemaAST.isUnion(ast) && ast.types.some(admitsNull))

/** Whether `key` of an object decoded by `owner` is a map's key (an index signature's, not a declared property). */
const isMapKey = (owner: SchemaAST.AST | undefined, key: PropertyKey): boolean =>
  owner !== undefined && SchemaAST.isObjects(owner) && owner.indexSignatures.length > 0 &&
  !owner.propertySignatures.some((property) => property.name === key)

const childAt = (value: unknown, keys: ReadonlyArray<PropertyKey>): unknown => {
  let current = value
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/**
 * `root` with `value` at `path`, the input untouched: each container on the path is copied the first time (`copies`
 * holds the copies made), so the rest of the value — however deep — is shared, never walked. Iterative; a path that
 * leaves the value (a primitive on the way) changes nothing.
 */
const setInCopy = (root: unknown, path: ReadonlyArray<PropertyKey>, value: unknown, copies: WeakSet<object>): unknown => {
  if (path.length === 0) return value
  const own = (container: object): Record<PropertyKey, unknown> => {
    if (copies.has(container)) return container as Record<PropertyKey, unknown>
    const copy = (Array.isArray(container) ? container.slice() : { ...container }) as Record<PropertyKey, unknown>
    copies.add(copy)
    return copy
  }
  if (typeof root !== "object" || root === null) return root
  const top = own(root)
  let parent = top
  for (let i = 0; i < path.length - 1; i++) {
    const child = parent[path[i]!]
    if (typeof child !== "object" || child === null) return top
    parent = parent[path[i]!] = own(child)
  }
  parent[path[path.length - 1]!] = value
  return top
}

/** Sets `value` at `path` in a tree this module owns (a fresh decode output); returns the new root. */
const setAt = (root: unknown, path: ReadonlyArray<PropertyKey>, value: unknown): unknown => {
  if (path.length === 0) return value
  const parent = childAt(root, path.slice(0, -1))
  if (typeof parent === "object" && parent !== null) (parent as Record<PropertyKey, unknown>)[path[path.length - 1]!] = value
  return root
}

/**
 * Reading request input the way the spec describes it: small parsers for JSON bodies and query strings
 * that collect every problem as a `ValidationIssue` (`{ code, message, path }`), so one 400 lists them all.
 * Object and query shapes are typed against the openapi-typescript types, so a parameter the spec adds or
 * renames is a compile error here until the mock handles it.
 */
import type { ValidationIssue } from "./errors.ts"

/** Marks a value that failed to parse (its issue is already recorded). */
export const INVALID: unique symbol = Symbol("invalid")
type Invalid = typeof INVALID

type Path = ReadonlyArray<string | number>

/** Parses one JSON value. */
export interface Parser<T> {
  readonly parse: (value: unknown, path: Path, issues: Array<ValidationIssue>) => T | Invalid
}

const issue = (issues: Array<ValidationIssue>, path: Path, code: string, message: string): Invalid => {
  issues.push({ code, message, path: [...path] })
  return INVALID
}
const where = (path: Path): string => (path.length === 0 ? "body" : path.join("."))
const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value)

/** RFC 3339 date-time, as `format: date-time` requires. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/** The days of `month` (1–12) in `year`, leap years counted. */
const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/**
 * True when the string is an RFC 3339 date-time that denotes a real instant. `Date.parse` refuses what it cannot read
 * (a second 60, a month 13) but rolls a day past its month's end over (`2025-02-30` is 2 March), so the day is
 * checked against its month first: `format: date-time` (Ajv's, the SDK's) refuses it, and so does the mock, with its 400.
 */
export const isDateTime = (value: string): boolean => {
  const match = DATE_TIME.exec(value)
  if (match === null) return false
  const month = Number(match[2])
  return month >= 1 && month <= 12 && Number(match[3]) >= 1 && Number(match[3]) <= daysInMonth(Number(match[1]), month) &&
    !Number.isNaN(Date.parse(value))
}

/** A JSON string, optionally with length bounds. */
export const string = (options: { readonly minLength?: number; readonly maxLength?: number } = {}): Parser<string> => ({
  parse: (value, path, issues) => {
    if (typeof value !== "string") return issue(issues, path, "invalid_type", `${where(path)} must be a string, got ${typeName(value)}`)
    if (options.minLength !== undefined && value.length < options.minLength)
      return issue(issues, path, "too_small", `${where(path)} must have at least ${options.minLength} character(s)`)
    if (options.maxLength !== undefined && value.length > options.maxLength)
      return issue(issues, path, "too_big", `${where(path)} must have at most ${options.maxLength} characters`)
    return value
  },
})

/** A JSON string in RFC 3339 date-time format. */
export const dateTime = (): Parser<string> => ({
  parse: (value, path, issues) => {
    if (typeof value !== "string") return issue(issues, path, "invalid_type", `${where(path)} must be a date-time string, got ${typeName(value)}`)
    return isDateTime(value) ? value : issue(issues, path, "invalid_string", `${where(path)} must be an ISO 8601 date-time`)
  },
})

/** A JSON number. */
export const number = (): Parser<number> => ({
  parse: (value, path, issues) =>
    typeof value === "number" && Number.isFinite(value)
      ? value
      : issue(issues, path, "invalid_type", `${where(path)} must be a number, got ${typeName(value)}`),
})

/** A JSON integer with optional bounds. */
export const integer = (options: { readonly minimum?: number; readonly maximum?: number } = {}): Parser<number> => ({
  parse: (value, path, issues) => {
    if (typeof value !== "number" || !Number.isInteger(value))
      return issue(issues, path, "invalid_type", `${where(path)} must be an integer, got ${typeName(value)}`)
    if (options.minimum !== undefined && value < options.minimum)
      return issue(issues, path, "too_small", `${where(path)} must be >= ${options.minimum}`)
    if (options.maximum !== undefined && value > options.maximum)
      return issue(issues, path, "too_big", `${where(path)} must be <= ${options.maximum}`)
    return value
  },
})

/** A JSON boolean. */
export const boolean = (): Parser<boolean> => ({
  parse: (value, path, issues) =>
    typeof value === "boolean" ? value : issue(issues, path, "invalid_type", `${where(path)} must be a boolean, got ${typeName(value)}`),
})

/** Exactly one value (e.g. `acceptTerms: true`). */
export const literal = <const T extends string | number | boolean>(expected: T): Parser<T> => ({
  parse: (value, path, issues) =>
    value === expected ? expected : issue(issues, path, "invalid_literal", `${where(path)} must be ${JSON.stringify(expected)}`),
})

/** One of the listed strings. */
export const oneOf = <const T extends string>(values: ReadonlyArray<T>): Parser<T> => ({
  parse: (value, path, issues) =>
    typeof value === "string" && (values as ReadonlyArray<string>).includes(value)
      ? (value as T)
      : issue(issues, path, "invalid_enum_value", `${where(path)} must be one of ${values.map((v) => `'${v}'`).join(", ")}`),
})

/** `null` or the inner value. */
export const nullable = <T>(inner: Parser<T>): Parser<T | null> => ({
  parse: (value, path, issues) => (value === null ? null : inner.parse(value, path, issues)),
})

/** A JSON array of items. */
export const array = <T>(item: Parser<T>, options: { readonly minItems?: number } = {}): Parser<Array<T>> => ({
  parse: (value, path, issues) => {
    if (!Array.isArray(value)) return issue(issues, path, "invalid_type", `${where(path)} must be an array, got ${typeName(value)}`)
    if (options.minItems !== undefined && value.length < options.minItems)
      return issue(issues, path, "too_small", `${where(path)} must have at least ${options.minItems} item(s)`)
    const out: Array<T> = []
    let failed = false
    value.forEach((element, index) => {
      const parsed = item.parse(element, [...path, index], issues)
      if (parsed === INVALID) failed = true
      else out.push(parsed)
    })
    return failed ? INVALID : out
  },
})

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** A JSON object whose values all parse with `item` (`additionalProperties: <schema>`). */
export const record = <T>(item: Parser<T>): Parser<Record<string, T>> => ({
  parse: (value, path, issues) => {
    if (!isPlainObject(value)) return issue(issues, path, "invalid_type", `${where(path)} must be an object, got ${typeName(value)}`)
    const out: Record<string, T> = {}
    let failed = false
    for (const [key, element] of Object.entries(value)) {
      const parsed = item.parse(element, [...path, key], issues)
      if (parsed === INVALID) failed = true
      else out[key] = parsed
    }
    return failed ? INVALID : out
  },
})

/** Wraps the parser of an optional object property. */
export interface Optional<T> {
  readonly optional: Parser<T>
}
/** Marks an object property as optional (may be absent). */
export const optional = <T>(parser: Parser<T>): Optional<T> => ({ optional: parser })

/** The parsers of an object's properties, typed against the spec's object type `T`. */
export type Shape<T> = {
  readonly [K in keyof T]-?: {} extends Pick<T, K> ? Optional<Exclude<T[K], undefined>> : Parser<T[K]>
}

/** A JSON object with known properties (unknown properties are ignored, like the real server). */
export const object = <T>(shape: Shape<T>): Parser<T> => ({
  parse: (value, path, issues) => {
    if (!isPlainObject(value)) return issue(issues, path, "invalid_type", `${where(path)} must be an object, got ${typeName(value)}`)
    const out: Record<string, unknown> = {}
    let failed = false
    for (const [key, field] of Object.entries(shape) as Array<[string, Parser<unknown> | Optional<unknown>]>) {
      const isOptional = "optional" in field
      const parser = "optional" in field ? field.optional : field
      if (!(key in value) || value[key] === undefined) {
        if (!isOptional) {
          issue(issues, [...path, key], "invalid_type", `${where([...path, key])} is required`)
          failed = true
        }
        continue
      }
      const parsed = parser.parse(value[key], [...path, key], issues)
      if (parsed === INVALID) failed = true
      else out[key] = parsed
    }
    return failed ? INVALID : (out as T)
  },
})

// ---------------------------------------------------------------------------------------------- query strings

/** Parses the values of one query parameter (all occurrences of its key). */
export interface QueryField<T> {
  readonly required: boolean
  readonly parse: (values: ReadonlyArray<string>, name: string, issues: Array<ValidationIssue>) => T | Invalid | undefined
}

const scalar = <T>(convert: (raw: string, name: string, issues: Array<ValidationIssue>) => T | Invalid): QueryField<T> => ({
  required: false,
  parse: (values, name, issues) => {
    if (values.length === 0) return undefined
    if (values.length > 1) return issue(issues, [name], "invalid_type", `${name} must be given once`)
    return convert(values[0] as string, name, issues)
  },
})

/**
 * Query parameter parsers. A value is what the query string says: `query=null` searches for the word "null";
 * only parameters marked {@link query.nullable} (the spec's `type: [..., "null"]`) read `null` as absent.
 */
export const query = {
  string: (options: { readonly minLength?: number } = {}): QueryField<string> =>
    scalar((raw, name, issues) =>
      options.minLength !== undefined && raw.length < options.minLength
        ? issue(issues, [name], "too_small", `${name} must have at least ${options.minLength} character(s)`)
        : raw,
    ),
  integer: (options: { readonly minimum?: number; readonly maximum?: number } = {}): QueryField<number> =>
    scalar((raw, name, issues) => {
      if (!/^-?\d+$/.test(raw)) return issue(issues, [name], "invalid_type", `${name} must be an integer`)
      const value = Number(raw)
      if (options.minimum !== undefined && value < options.minimum) return issue(issues, [name], "too_small", `${name} must be >= ${options.minimum}`)
      if (options.maximum !== undefined && value > options.maximum) return issue(issues, [name], "too_big", `${name} must be <= ${options.maximum}`)
      return value
    }),
  boolean: (): QueryField<boolean> =>
    scalar((raw, name, issues) =>
      raw === "true" ? true : raw === "false" ? false : issue(issues, [name], "invalid_type", `${name} must be 'true' or 'false'`),
    ),
  oneOf: <const T extends string>(values: ReadonlyArray<T>): QueryField<T> =>
    scalar((raw, name, issues) =>
      (values as ReadonlyArray<string>).includes(raw)
        ? (raw as T)
        : issue(issues, [name], "invalid_enum_value", `${name} must be one of ${values.map((v) => `'${v}'`).join(", ")}`),
    ),
  dateTime: (): QueryField<string> =>
    scalar((raw, name, issues) => (isDateTime(raw) ? raw : issue(issues, [name], "invalid_string", `${name} must be an ISO 8601 date-time`))),
  /** A repeated-key array (`a=1&a=2`); `a[]=1` is read too. */
  strings: (): QueryField<Array<string>> => ({ required: false, parse: (values) => (values.length === 0 ? undefined : [...values]) }),
  oneOfMany: <const T extends string>(values: ReadonlyArray<T>): QueryField<Array<T>> => ({
    required: false,
    parse: (raw, name, issues) => {
      if (raw.length === 0) return undefined
      const bad = raw.find((v) => !(values as ReadonlyArray<string>).includes(v))
      return bad === undefined
        ? (raw as Array<T>)
        : issue(issues, [name], "invalid_enum_value", `${name} items must be one of ${values.map((v) => `'${v}'`).join(", ")}`)
    },
  }),
  /** Marks a nullable query parameter (the spec's `type: [..., "null"]`): the value `null` reads as absent. */
  nullable: <T>(field: QueryField<T>): QueryField<T> & { readonly nullable: true } => ({
    ...field,
    nullable: true,
    parse: (values, name, issues) => (values.length === 1 && values[0] === "null" ? undefined : field.parse(values, name, issues)),
  }),
  /** Marks a query parameter as required. */
  required: <F extends QueryField<unknown>>(field: F): F & { readonly required: true } => ({ ...field, required: true }),
}

type QueryValue<T> = Exclude<T, undefined | null>
type NullableMark<T> = null extends T ? { readonly nullable: true } : { readonly nullable?: never }
/**
 * The parsers of an operation's query parameters, typed against the spec's `parameters.query`: required ones must
 * be {@link query.required}, nullable ones {@link query.nullable} (and only those).
 */
export type QueryShape<Q> = {
  readonly [K in keyof Q]-?: ({} extends Pick<Q, K> ? QueryField<QueryValue<Q[K]>> : QueryField<QueryValue<Q[K]>> & { readonly required: true }) & NullableMark<Q[K]>
}
/** Parsed query parameters: optional ones may be undefined. */
export type ParsedQuery<Q> = { readonly [K in keyof Q]-?: {} extends Pick<Q, K> ? QueryValue<Q[K]> | undefined : QueryValue<Q[K]> }

/** Parses a query string with a shape; problems are appended to `issues`. */
export const parseQuery = <Q>(params: URLSearchParams, shape: QueryShape<Q>, issues: Array<ValidationIssue>): ParsedQuery<Q> => {
  const out: Record<string, unknown> = {}
  for (const [name, field] of Object.entries(shape) as Array<[string, QueryField<unknown>]>) {
    const values = [...params.getAll(name), ...params.getAll(`${name}[]`)]
    const parsed = field.parse(values, name, issues)
    if (parsed === INVALID) continue
    if (parsed === undefined) {
      if (field.required) issue(issues, [name], "invalid_type", `${name} is required`)
      continue
    }
    out[name] = parsed
  }
  return out as ParsedQuery<Q>
}

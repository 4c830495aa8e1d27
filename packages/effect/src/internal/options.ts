// Checks of option values (durations, counts) before they are used: a value that cannot be meant — "soon", NaN, 0,
// a negative or fractional count — is reported as a problem naming the option, instead of being read as zero, as
// unbounded or as a thrown defect deep inside a call. Callers turn a problem into their own typed error.
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Schedule from "effect/Schedule"
import type { CallOptions } from "../CallOptions.ts"

/** A checked option: its value, or what is wrong with it (a sentence starting with the option's name). */
export type Checked<A> = Result.Result<A, string>

/**
 * A duration option that must be longer than zero (`Infinity` or `"Infinity"` allowed): a `Duration.Input` that
 * parses, not NaN, not zero or negative. `undefined` gives `fallback`.
 */
export const positiveDuration = (
  name: string,
  input: Duration.Input | undefined,
  fallback: Duration.Duration,
): Checked<Duration.Duration> => {
  if (input === undefined) return Result.succeed(fallback)
  const problem = (what: string) => Result.fail(`${name} must be a duration longer than zero, got ${what}`)
  if (typeof input === "number" && Number.isNaN(input)) return problem("NaN")
  const parsed = Option.getOrUndefined(Duration.fromInput(input))
  if (parsed === undefined) return problem(describe(input))
  if (!Duration.isPositive(parsed)) return problem(describe(input))
  return Result.succeed(parsed)
}

/** A count option that must be a whole number of at least 1 (no NaN, no Infinity). `undefined` gives `fallback`. */
export const positiveInteger = (name: string, input: number | undefined, fallback: number): Checked<number> => {
  if (input === undefined) return Result.succeed(fallback)
  return typeof input === "number" && Number.isSafeInteger(input) && input >= 1
    ? Result.succeed(input)
    : Result.fail(`${name} must be a whole number of at least 1, got ${describe(input)}`)
}

/**
 * A schedule option (a retry or reconnect schedule): an Effect `Schedule`, or `false` where `orFalse` allows it (no
 * retries). Anything else — a count (`3`), `true`, `{}`, `null` from plain JavaScript — is a problem: it would
 * otherwise die deep inside the first retry ("Not a valid effect") or never run at all. `undefined` gives `fallback`.
 */
export const scheduleOption = <S>(name: string, input: S | undefined, fallback: S, orFalse = false): Checked<S> => {
  if (input === undefined) return Result.succeed(fallback)
  return Schedule.isSchedule(input) || (orFalse && input === false)
    ? Result.succeed(input)
    : Result.fail(`${name} must be a Schedule${orFalse ? " or false" : ""}, got ${describe(input)}`)
}

/**
 * An optional option that must be a function (a callback, a client transform), or — with `member` — an object with a
 * function of that name (a health record's `update`). `undefined` stays `undefined`.
 */
export const callableOption = <A>(name: string, input: A | undefined, member?: string): Checked<A | undefined> => {
  if (input === undefined) return Result.succeed(undefined)
  const callable = member === undefined
    ? typeof input === "function"
    : typeof input === "object" && input !== null && typeof (input as Record<string, unknown>)[member] === "function"
  return callable
    ? Result.succeed(input)
    : Result.fail(`${name} must be ${member === undefined ? "a function" : `an object with an ${member} function`}, got ${describe(input)}`)
}

/** An option that is one of a few words (e.g. an overflow strategy). `undefined` gives `fallback`. */
export const oneOf = <A extends string>(
  name: string,
  input: A | undefined,
  allowed: ReadonlyArray<A>,
  fallback: A,
): Checked<A> => {
  if (input === undefined) return Result.succeed(fallback)
  return allowed.includes(input)
    ? Result.succeed(input)
    : Result.fail(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${describe(input)}`)
}

/** The first problem of several checks, or `undefined` when all passed. */
export const firstProblem = (...checks: ReadonlyArray<Checked<unknown>>): string | undefined => {
  for (const check of checks) if (Result.isFailure(check)) return check.failure
  return undefined
}

/** The options of every call (`CallOptions`): what a call reads from its second argument. */
export const callOptionKeys: ReadonlyArray<string> = ["retry", "timeout"]

/** The options the Stream forms of a paginated operation take besides the call options (`StreamOptions`). */
export const streamOnlyOptionKeys: ReadonlyArray<string> = ["direction", "cursor", "maxEmptyPages"]

/** The call options of a larger options object (a stream's, `sendAndConfirm`'s), for the calls it makes. */
export const callOptionsOf = (options: CallOptions | null | undefined): CallOptions | undefined =>
  options == null ? undefined : { retry: options.retry, timeout: options.timeout }

/**
 * What is wrong with an options argument (the second argument of a call, a stream's, `sendAndConfirm`'s), or
 * `undefined`: an object, or absent (`undefined`, or `null` as plain JavaScript writes "none"), whose keys are options
 * there are (`known`). A string or a number was read as no options at all, and a key that is no option (`retries`,
 * `timeoutMs`, a stream's `cursor` given to a call) was dropped — silently, both. A key whose value is `undefined`
 * sets nothing and is let be. `hint` may add where an option of that name belongs.
 */
export const optionsArgumentProblem = (
  name: string,
  input: unknown,
  known: ReadonlyArray<string>,
  hint?: (key: string) => string | undefined,
): { readonly field: string; readonly message: string } | undefined => {
  if (input === undefined || input === null) return undefined
  if (typeof input !== "object" || Array.isArray(input)) {
    return { field: "options", message: `${name} must be an object, got ${describe(input)}` }
  }
  for (const key in input) {
    if (!Object.hasOwn(input, key) || known.includes(key) || (input as Record<string, unknown>)[key] === undefined) continue
    const more = hint?.(key)
    return {
      field: `options.${key}`,
      message: `${name} have no option "${key}": they are ${known.map((k) => `"${k}"`).join(", ")}${more === undefined ? "" : `; ${more}`}`,
    }
  }
  return undefined
}

/**
 * What is wrong with a cursor stream's `direction` or `cursor` option, or `undefined`: `"before"` or `"after"`, and a
 * string (the cursor a page gave). Without this check either went into the request and was refused as an input key
 * the caller never passed.
 */
export const streamOptionsProblem = (
  options: { readonly direction?: unknown; readonly cursor?: unknown },
): { readonly field: string; readonly message: string } | undefined =>
  options.direction !== undefined && options.direction !== "before" && options.direction !== "after"
    ? { field: "options.direction", message: `the stream option direction must be "before" or "after", got ${describe(options.direction)}` }
    : options.cursor !== undefined && typeof options.cursor !== "string"
    ? { field: "options.cursor", message: `the stream option cursor must be a string (a page's cursor), got ${describe(options.cursor)}` }
    : undefined

const describe = (input: unknown): string => {
  if (input === null) return "null"
  if (typeof input === "boolean") return String(input)
  if (Array.isArray(input)) return "an array"
  if (typeof input === "string") return JSON.stringify(input)
  if (typeof input === "number" || typeof input === "bigint") return String(input)
  if (Duration.isDuration(input)) return Duration.format(input)
  return typeof input
}

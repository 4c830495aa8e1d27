/**
 * The string formats the generated Schemas check (`format: date-time`): what they
 * (`Schema.String.check(dateTimeFormat)`), the generated input checks and the fast response checks (`isDateTime(p)`)
 * call, so all refuse the same strings. A request is refused before sending; in a response, the tolerant reader
 * (tolerant.ts) keeps such a string as sent and reports it as `timestamp-format` drift. A pattern alone cannot say whether a day exists in its month: the generator
 * (tooling/codegen, schema-term.ts) emits calls of these instead.
 *
 * @internal
 */
import * as Schema from "effect/Schema"

/**
 * The shape of an RFC 3339 `date-time` (JSON Schema's `format: date-time`): `2024-07-01T00:00:00Z`,
 * `2024-07-01T00:00:00.5+02:00`, each field in its range. Whether the day exists in its month and when a second may be
 * 60 is {@link isDateTime}'s to say.
 */
const shape =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?(?:[Zz]|([+-])([01]\d|2[0-3]):([0-5]\d))$/

/** Days of each month (January first) in a common year. */
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)

/**
 * Whether `s` is an RFC 3339 date-time that can exist, as Ajv's `format: date-time` (ajv-formats) reads it: the
 * shape above, a day its month has (`2025-02-30` is refused: `new Date()` rolls it over to 2 March, so a reminder
 * would be set on another day), and a second 60 only for a leap second, 23:59:60 in UTC once the offset is taken
 * off (`2025-08-31T12:00:60Z` is refused; `2016-12-31T18:59:60-05:00` is one). Which leap seconds really happened is
 * not known here, as RFC 3339 leaves it.
 *
 * Read character by character rather than by {@link shape}'s `exec`: the fast response checks call it on every
 * timestamp of every response (50 on a 25-chat page), and the capture groups, their strings and `Number()`s cost
 * about twice the rest of that page's check (tooling/bench/README.md, the fast check of the 25-chat page).
 */
export const isDateTime = (s: string): boolean => {
  const length = s.length
  if (length < 20) return false
  if (s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH || s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return false
  const t = s.charCodeAt(10)
  if (t !== 84 && t !== 116) return false // T, t
  const year = digits(s, 0, 4)
  const month = digits(s, 5, 2)
  const day = digits(s, 8, 2)
  const hour = digits(s, 11, 2)
  const minute = digits(s, 14, 2)
  const second = digits(s, 17, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return false
  if (second < 0 || second > 60 || day > (month === 2 && isLeapYear(year) ? 29 : monthDays[month - 1]!)) return false
  let i = 19
  if (s.charCodeAt(i) === DOT) {
    const first = ++i
    while (i < length && isDigit(s.charCodeAt(i))) i++
    if (i === first) return false
  }
  let offset = 0
  const zone = s.charCodeAt(i)
  if (zone === 90 || zone === 122) { // Z, z
    if (i + 1 !== length) return false
  } else if (zone === PLUS || zone === DASH) {
    if (i + 6 !== length || s.charCodeAt(i + 3) !== COLON) return false
    const offsetHour = digits(s, i + 1, 2)
    const offsetMinute = digits(s, i + 4, 2)
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false
    offset = (zone === DASH ? -1 : 1) * (offsetHour * 60 + offsetMinute)
  } else {
    return false
  }
  if (second !== 60) return true
  const utcMinuteOfDay = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440
  return utcMinuteOfDay === 23 * 60 + 59
}

const DASH = 45
const PLUS = 43
const COLON = 58
const DOT = 46

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** The number written by the `count` ASCII digits of `s` from `start`, or -1 when one is not a digit. */
const digits = (s: string, start: number, count: number): number => {
  let value = 0
  for (let i = start; i < start + count; i++) {
    const code = s.charCodeAt(i)
    if (!isDigit(code)) return -1
    value = value * 10 + code - 48
  }
  return value
}

/**
 * The Schema check of a `format: date-time` string ({@link isDateTime}); the tolerant reader knows a response's
 * failure of it by this object. Generated values for tests (`Arbitrary`) follow the shape, then this check.
 */
export const dateTimeFormat = /*#__PURE__*/ Schema.makeFilter<string>((s) => isDateTime(s), {
  expected: "an RFC 3339 date-time that exists, e.g. 2025-08-31T12:00:00Z or 2025-08-31T14:00:00.5+02:00",
  arbitraryConstraint: { patterns: [{ source: shape.source, flags: "" }] },
  toJsonSchema: () => ({ format: "date-time" }),
})

/** A date-time {@link isDateTime} accepts: what the tolerant reader decodes in the place of one it does not. */
export const someDateTime = "1970-01-01T00:00:00Z"

/**
 * The string formats checked on the request side (`format: date-time`): what the generated input Schemas
 * (`Schema.String.check(dateTimeFormat)`) and the generated input checks (`isDateTime(p)`) call, so both refuse the
 * same strings. A pattern alone cannot say whether a day exists in its month: the generator (tooling/codegen,
 * schema-term.ts) emits calls of these instead.
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
 */
export const isDateTime = (s: string): boolean => {
  const match = shape.exec(s)
  if (match === null) return false
  const year = Number(match[1])
  const month = Number(match[2])
  if (Number(match[3]) > (month === 2 && isLeapYear(year) ? 29 : monthDays[month - 1]!)) return false
  if (match[6] !== "60") return true
  const offset = match[7] === undefined ? 0 : (match[7] === "-" ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]))
  const utcMinuteOfDay = (((Number(match[4]) * 60 + Number(match[5]) - offset) % 1440) + 1440) % 1440
  return utcMinuteOfDay === 23 * 60 + 59
}

/**
 * The Schema check of a request's `format: date-time` string ({@link isDateTime}). Generated values for tests
 * (`Arbitrary`) follow the shape, then this check.
 */
export const dateTimeFormat = /*#__PURE__*/ Schema.makeFilter<string>((s) => isDateTime(s), {
  expected: "an RFC 3339 date-time that exists, e.g. 2025-08-31T12:00:00Z or 2025-08-31T14:00:00.5+02:00",
  arbitraryConstraint: { patterns: [{ source: shape.source, flags: "" }] },
  toJsonSchema: () => ({ format: "date-time" }),
})

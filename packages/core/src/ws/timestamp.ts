// The `ts` of a live event, in every form a Desktop sends it, read as one value: epoch milliseconds.

/**
 * How a timestamp was written on the wire:
 * - `epoch-ms`: a number of milliseconds since the Unix epoch (`1739320000000`, the docs page's form);
 * - `iso-8601`: a date-time string with a time zone (`"2025-02-12T00:26:40.000Z"`, upstream OpenAPI 5.0.0);
 * - `epoch-ms-string`: epoch milliseconds as a decimal string (`"1739320000000"`).
 */
export type TimestampForm = "epoch-ms" | "iso-8601" | "epoch-ms-string"

/** A timestamp read from the wire: its epoch milliseconds and the form it was written in. */
export interface ReadTimestamp {
  readonly millis: number
  readonly form: TimestampForm
}

// RFC 3339 / ISO 8601 date-time with a time zone (the `format: date-time` of JSON Schema), fractions of any length
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/
const decimal = /^-?\d{1,16}$/

/**
 * Reads a timestamp written as epoch milliseconds (a safe integer, or a decimal string) or as an ISO 8601
 * date-time with a time zone. `undefined` for anything else (`"yesterday"`, `1.5`, `true`, a date without a zone).
 */
export const readTimestamp = (value: unknown): ReadTimestamp | undefined => {
  if (typeof value === "number") return isEpochMillis(value) ? { millis: value, form: "epoch-ms" } : undefined
  if (typeof value !== "string") return undefined
  // a frame's `ts` is read more than once (checked, drift, normalised): the regular expressions and Date.parse once
  if (value === lastText) return lastRead
  lastText = value
  lastRead = readString(value)
  return lastRead
}

/**
 * The most milliseconds from the epoch a JavaScript `Date` holds, either way (±100,000,000 days): a `ts` beyond it is
 * no timestamp (`new Date(ts).toISOString()` would throw).
 */
const maxDateMillis = 8.64e15

/** Whether `value` is an integer number of milliseconds a `Date` can hold. */
export const isEpochMillis = (value: number): boolean => Number.isInteger(value) && Math.abs(value) <= maxDateMillis

/** The last string read, and what it read as (a reading is immutable: handed out again as is). */
let lastText: string | undefined
let lastRead: ReadTimestamp | undefined

const readString = (value: string): ReadTimestamp | undefined => {
  if (decimal.test(value)) {
    const millis = Number(value)
    return isEpochMillis(millis) ? Object.freeze({ millis, form: "epoch-ms-string" }) : undefined
  }
  const parts = isoDateTime.exec(value)
  if (parts === null || !isCalendarTime(parts)) return undefined
  const millis = Date.parse(value)
  return Number.isNaN(millis) ? undefined : Object.freeze({ millis, form: "iso-8601" })
}

/**
 * Whether a date-time's fields name a real instant: `Date.parse` rolls an impossible one over (2025-02-30 reads as
 * March 2nd, 24:00 as the next day), which would make a timestamp that is none read as another one.
 */
const isCalendarTime = (parts: RegExpExecArray): boolean => {
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = parts.slice(1).map(Number) as Array<number>
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= new Date(Date.UTC(year!, month!, 0)).getUTCDate() &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && !(offsetHour! > 23) && !(offsetMinute! > 59)
}

// `isDateTime` (formats.ts) reads a date-time character by character, for speed (the fast response checks call it on
// every timestamp): it must answer exactly what the pattern of RFC 3339's date-time and the day/leap-second rules
// answer. The oracle below is that reading, as a regular expression; the strings are valid date-times of every form
// and each of them with one character replaced, removed or added, at every place.
import { assert, describe, it } from "@effect/vitest"
import { isDateTime } from "../src/internal/formats.ts"

const oracle = (s: string): boolean => {
  const match =
    /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?(?:[Zz]|([+-])([01]\d|2[0-3]):([0-5]\d))$/
      .exec(s)
  if (match === null) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (Number(match[3]) > (month === 2 && leap ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)) return false
  if (match[6] !== "60") return true
  const offset = match[7] === undefined ? 0 : (match[7] === "-" ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]))
  return (((Number(match[4]) * 60 + Number(match[5]) - offset) % 1440) + 1440) % 1440 === 23 * 60 + 59
}

const seeds = [
  "2026-12-06T06:00:08Z",
  "2026-12-06T06:00:08.123Z",
  "2026-12-06t06:00:08.5z",
  "2026-12-06T07:00:08+01:00",
  "2024-02-29T23:59:59-05:30",
  "2016-12-31T23:59:60Z",
  "2016-12-31T18:59:60-05:00",
  "2017-01-01T00:59:60+01:00",
  "1900-02-28T00:00:00Z",
  "2000-02-29T12:00:00Z",
]
const replacements = ["0", "1", "2", "3", "5", "6", "9", "-", "+", ":", ".", "T", "t", "Z", "z", " ", "x", "٣"]

describe("isDateTime", () => {
  it("answers as RFC 3339's pattern and the day and leap-second rules do, on every one-character change", () => {
    let valid = 0
    let invalid = 0
    for (const seed of seeds) {
      const variants = [seed, seed.slice(0, -1), `${seed}0`, "", "yesterday", "1796536588454", "2026-12-06 06:00:08"]
      for (let i = 0; i < seed.length; i++) {
        variants.push(seed.slice(0, i) + seed.slice(i + 1))
        for (const c of replacements) {
          variants.push(seed.slice(0, i) + c + seed.slice(i + 1), seed.slice(0, i) + c + seed.slice(i))
        }
      }
      for (const variant of variants) {
        const expected = oracle(variant)
        assert.strictEqual(isDateTime(variant), expected, JSON.stringify(variant))
        if (expected) valid++
        else invalid++
      }
    }
    assert.isAbove(valid, 500)
    assert.isAbove(invalid, 3000)
  })
})

// Tables that fit the terminal: columns cut by rank with "…" (IDs, counts and times never), wide characters measured as
// two cells.
import { CliOutput } from "effect/cli"
import { describe, expect, it } from "vitest"
import { type Column, renderTable, textWidth, truncate } from "../src/output/table.ts"

interface Row {
  readonly id: string
  readonly name: string
  readonly note: string
  readonly count: number
}

const columns: ReadonlyArray<Column<Row>> = [
  { header: "ID", cell: (r) => r.id },
  { header: "Name", cell: (r) => r.name, shrink: 2, minWidth: 6 },
  { header: "Count", cell: (r) => String(r.count), align: "right" },
  { header: "Note", cell: (r) => r.note, shrink: 1, minWidth: 8 },
]

const rows: ReadonlyArray<Row> = [
  { id: "90738", name: "Movie Night", note: "Are we still on for tonight? 🎬 I can bring popcorn", count: 3 },
  { id: "91202", name: "Nadia Haddad", note: "line one\nline two", count: 12 },
]

describe("renderTable", () => {
  it("keeps natural widths when the table fits", () => {
    const lines = renderTable(columns, rows, 200)
    expect(lines[0]).toBe("ID     NAME          COUNT  NOTE")
    expect(lines[1]).toBe("90738  Movie Night       3  Are we still on for tonight? 🎬 I can bring popcorn")
    expect(lines[2]).toBe("91202  Nadia Haddad     12  line one line two")
  })

  it("cuts rank 1 first, then rank 2, never the unranked columns, to fit the width", () => {
    const at40 = renderTable(columns, rows, 40)
    for (const line of at40) expect(textWidth(line)).toBeLessThanOrEqual(40)
    expect(at40[1]).toBe("90738  Movie Night       3  Are we stil…")
    const at30 = renderTable(columns, rows, 30)
    for (const line of at30) expect(textWidth(line)).toBeLessThanOrEqual(30)
    expect(at30[1]).toBe("90738  Movie…      3  Are we …")
  })

  it("on a narrow terminal, cuts the ranked columns further (to 3 cells), never an ID or a count: the line is wider instead", () => {
    const at24 = renderTable(columns, rows, 24)
    for (const line of at24) expect(textWidth(line)).toBeLessThanOrEqual(24)
    expect(at24[1]).toBe("90738  Mov…      3  Are…")
    // before: every column down to 3 cells, "90…" — a copied ID was a wrong one
    const at10 = renderTable(columns, rows, 10)
    expect(at10).toEqual(["ID     NA…  COUNT  NO…", "90738  Mo…      3  Ar…", "91202  Na…     12  li…"])
  })
})

describe("truncate", () => {
  it("counts emoji and wide characters as two cells", () => {
    expect(textWidth("🎬")).toBe(2)
    expect(truncate("ab🎬cd", 4)).toBe("ab…")
    expect(truncate("会議は明日", 6)).toBe("会議…")
    expect(truncate("short", 10)).toBe("short")
  })

  it("measures narrow text (accents, Greek, Cyrillic, punctuation) as CliOutput.displayWidth does, without it", () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x370, 0x482], [0x48a, 0x590], [0x2010, 0x2027], [0x2030, 0x205e]]
    const narrow = ranges.flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCharCode(from! + i)))
    for (const char of narrow) expect([char, textWidth(char)]).toEqual([char, CliOutput.displayWidth(char)])
    const text = narrow.join("")
    expect(textWidth(text)).toBe(CliOutput.displayWidth(text))
    expect(truncate("Zoë Ångström–Łukasz", 8)).toBe("Zoë Ång…")
    // outside the narrow set: a combining accent, the soft hyphen
    expect(textWidth("e\u0301")).toBe(1)
    expect(textWidth("co\u00adop")).toBe(4)
  })
})

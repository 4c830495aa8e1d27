/**
 * Tables that fit a terminal: columns sized to their content, the shrinkable ones (names, text) cut with "…" (widest
 * first) until the table fits the width, every cell on one line. The others (IDs, counts, times) are never cut: a value
 * copied from a table is the value.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import { CliOutput } from "effect/cli"

/** One column of a table. */
export interface Column<Row> {
  /** The heading, printed in capitals. */
  readonly header: string
  /** The cell of a row (control characters and line breaks become spaces). */
  readonly cell: (row: Row) => string
  /** Numbers read better right-aligned. Default "left". */
  readonly align?: "left" | "right"
  /**
   * When this column gives up width to make the table fit: columns of rank 1 are cut (down to their `minWidth`)
   * first, then rank 2, and so on; then, on a narrow terminal, every ranked column down to {@link tightestWidth}.
   * Without a rank (IDs, times, counts) a column is never cut: when such columns alone are wider than the terminal,
   * the lines are wider than it.
   */
  readonly shrink?: number
  /** The narrowest this column gets when it shrinks (default 8, or the heading's width if shorter). */
  readonly minWidth?: number
}

const gap = "  "
const ellipsis = "…"
/** The narrowest a shrinkable column gets on a terminal too narrow for the `minWidth`s: two characters and "…". */
const tightestWidth = 3
/** Made on first use: creating an `Intl.Segmenter` loads ICU data, tens of milliseconds a command may not need. */
let segmenter: Intl.Segmenter | undefined

/**
 * Text whose every character is a grapheme of its own one cell wide: printable ASCII, Latin-1 and Latin Extended,
 * IPA and spacing modifiers, Greek, Cyrillic, Armenian, and general punctuation such as "…" and "–". No character
 * here is a combining mark, a control, default-ignorable (the soft hyphen U+00AD, zero-width and bidi marks), wide,
 * an emoji presentation or a joiner, so `CliOutput.displayWidth` counts each as 1 (a test checks every one); all
 * are one UTF-16 unit, so such text is as many cells as its `length`.
 */
const narrowText = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u048a-\u0590\u2010-\u2027\u2030-\u205e]*$/

/** The number of terminal cells `text` takes (emoji and East Asian wide characters count 2). */
export const textWidth = (text: string): number =>
  // Narrow text first (names with accents, the "…" of a cut cell): measuring through graphemes loads ICU's break
  // rules (~10 ms of a command's start-up) on the first call.
  narrowText.test(text) ? text.length : CliOutput.displayWidth(text)

/** `text` cut to at most `width` cells, ending with "…" when it was cut. */
export const truncate = (text: string, width: number): string => {
  if (textWidth(text) <= width) return text
  if (width <= 0) return ""
  if (narrowText.test(text)) return text.slice(0, width - 1) + ellipsis
  let out = ""
  let used = 0
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(text)) {
    const w = textWidth(segment)
    if (used + w > width - 1) break
    out += segment
    used += w
  }
  return out + ellipsis
}

const pad = (text: string, width: number, align: "left" | "right"): string => {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)))
  return align === "right" ? fill + text : text + fill
}

/**
 * The width of each column so that the table fits `maxWidth` where it can: only ranked columns are cut; unranked ones
 * keep their natural width, even when that makes the table wider than `maxWidth`.
 */
const layout = <Row>(columns: ReadonlyArray<Column<Row>>, natural: ReadonlyArray<number>, maxWidth: number) => {
  const widths = [...natural]
  const total = () => widths.reduce((sum, w) => sum + w, 0) + gap.length * (widths.length - 1)
  // Rounds of cutting: rank 1, ranks 1–2, ..., each down to its minWidth; then (a terminal too narrow for those)
  // every ranked column down to the tightest width.
  const ranks = [...new Set(columns.flatMap((c) => (c.shrink === undefined ? [] : [c.shrink])))].sort((a, b) => a - b)
  const floor = (i: number, round: number) => {
    const column = columns[i]!
    if (column.shrink === undefined || column.shrink > round) return natural[i]!
    if (round === Number.POSITIVE_INFINITY) return Math.min(natural[i]!, tightestWidth)
    return Math.min(natural[i]!, column.minWidth ?? 8)
  }
  for (const round of [...ranks, Number.POSITIVE_INFINITY]) {
    while (total() > maxWidth) {
      // cut the widest column of the round that can still give a cell
      let widest = -1
      for (let i = 0; i < widths.length; i++) {
        if (widths[i]! > floor(i, round) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i
      }
      if (widest < 0) break
      widths[widest] = widths[widest]! - 1
    }
  }
  return widths
}

/**
 * Renders rows as a table no wider than `maxWidth` when the unranked columns (IDs, counts, times) allow it — they are
 * never cut —: a heading line, then one line per row. Trailing spaces are trimmed.
 */
export const renderTable = <Row>(
  columns: ReadonlyArray<Column<Row>>,
  rows: ReadonlyArray<Row>,
  maxWidth: number,
): Array<string> => {
  const headers = columns.map((column) => column.header.toUpperCase())
  const cells = rows.map((row) => columns.map((column) => oneLine(column.cell(row))))
  const natural = columns.map((_, i) => Math.max(textWidth(headers[i]!), ...cells.map((line) => textWidth(line[i]!))))
  const widths = layout(columns, natural, maxWidth)
  const render = (line: ReadonlyArray<string>) =>
    line.map((cell, i) => pad(truncate(cell, widths[i]!), widths[i]!, columns[i]!.align ?? "left")).join(gap).trimEnd()
  return [render(headers), ...cells.map(render)]
}

/**
 * Writing to the terminal: results on stdout (what a pipe receives), notes and hints on stderr.
 *
 * @module
 */
import { Console, Effect } from "effect"
import { type Column, renderTable } from "./table.ts"
import { stdoutWidth } from "./terminal.ts"

/** Prints lines on stdout. */
export const printLines = (lines: ReadonlyArray<string>): Effect.Effect<void> =>
  Effect.forEach(lines, (line) => Console.log(line), { discard: true })

/** Prints a table sized to the terminal on stdout. */
export const printTable = <Row>(columns: ReadonlyArray<Column<Row>>, rows: ReadonlyArray<Row>): Effect.Effect<void> =>
  printLines(renderTable(columns, rows, stdoutWidth()))

/** Prints a note for the human (counts, hints) on stderr, so that stdout stays the data. */
export const note = (text: string): Effect.Effect<void> => Console.error(text)

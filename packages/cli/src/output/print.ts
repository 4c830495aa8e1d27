/**
 * Writing to the terminal: results on stdout (what a pipe receives), notes and hints on stderr.
 *
 * @module
 */
import { Console, Effect } from "effect"
import { type Column, renderTable } from "./table.ts"
import { stdoutWidth } from "./terminal.ts"

/**
 * Waits while stdout's buffer is over its mark (a `write` returned `false`), until `drain` — or until stdout closes
 * or errors (then the stdout error handler of `main.ts` ends the process). A pipe to a slow reader slows the printer
 * down instead of queueing everything in memory.
 */
const stdoutRoom: Effect.Effect<void> = Effect.callback<void>((resume) => {
  const stdout = process.stdout
  if (!stdout.writableNeedDrain) return resume(Effect.void)
  const done = () => {
    cleanup()
    resume(Effect.void)
  }
  const cleanup = () => {
    stdout.off("drain", done)
    stdout.off("close", done)
    stdout.off("error", done)
  }
  stdout.on("drain", done)
  stdout.on("close", done)
  stdout.on("error", done)
  return Effect.sync(cleanup)
})

/** Prints one line on stdout, then waits until stdout has room again (backpressure from the reader). */
export const printLine = (line: string): Effect.Effect<void> => Effect.andThen(Console.log(line), stdoutRoom)

/** Prints lines on stdout (with backpressure, see {@link printLine}). */
export const printLines = (lines: ReadonlyArray<string>): Effect.Effect<void> =>
  Effect.forEach(lines, printLine, { discard: true })

/** Prints a table sized to the terminal on stdout. */
export const printTable = <Row>(columns: ReadonlyArray<Column<Row>>, rows: ReadonlyArray<Row>): Effect.Effect<void> =>
  printLines(renderTable(columns, rows, stdoutWidth()))

/** Prints a note for the human (counts, hints) on stderr, so that stdout stays the data. */
export const note = (text: string): Effect.Effect<void> => Console.error(text)

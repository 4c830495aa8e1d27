/**
 * What the CLI knows about the terminal: how wide stdout is, and whether stderr is a terminal a spinner may draw on.
 *
 * @module
 */

/** Fallback width when stdout is not a terminal and `COLUMNS` is not set. */
export const defaultWidth = 80

/** The width tables are sized to: the terminal's columns, else `COLUMNS`, else 80. */
export const stdoutWidth = (): number => {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns
  const fromEnv = Number(process.env["COLUMNS"])
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultWidth
}

/** True when stderr is an interactive terminal (spinners and progress are drawn only then). */
export const stderrIsTerminal = (): boolean => process.stderr.isTTY === true

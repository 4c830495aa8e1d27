/**
 * Log lines — the SDK's warnings (data read tolerantly, live events that cannot connect, ...) — on stderr, so that
 * stdout stays the data (`tail --json` is one JSON object a line).
 *
 * @module
 */
import { Logger } from "effect"
import { oneLine } from "@beeper-kit/core/wire"

/**
 * Effect's simple format (`timestamp=… level=WARN fiber=#9 message="…"`), each entry on one line with its control
 * characters made spaces: a message may quote what a server sent (a WebSocket close reason), and a terminal's escape
 * sequences in it must not reach the terminal, as on every other line the CLI prints.
 */
export const terminalLogger = Logger.map(Logger.formatSimple, oneLine)

/** Logs through {@link terminalLogger} on stderr, in place of Effect's default logger. */
export const logToStderr = Logger.layer([Logger.withConsoleError(terminalLogger)])

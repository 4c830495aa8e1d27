/**
 * A spinner with a status text on stderr while something slow runs (a send waiting for confirmation, a long
 * pagination). Drawn only when stderr is a terminal, and erased when the work ends, however it ends — so stdout
 * stays clean for pipes and nothing is drawn in logs.
 *
 * @module
 */
import { Effect } from "effect"
import { stderrIsTerminal } from "./terminal.ts"

/** Updates the status text shown next to the spinner. */
export type Report = (status: string) => Effect.Effect<void>

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
const frameInterval = 80

/** Runs `work` with a spinner labelled `label` on stderr; `work` may report progress (e.g. "120 chats"). */
export const withProgress = <A, E, R>(
  label: string,
  work: (report: Report) => Effect.Effect<A, E, R>,
): Effect.Effect<A, E, R> => {
  if (!stderrIsTerminal()) return work(() => Effect.void)
  return Effect.acquireUseRelease(
    Effect.sync(() => {
      const state = { frame: 0, status: "" }
      const draw = () => {
        const columns = process.stderr.columns > 0 ? process.stderr.columns : 80
        const line = `${frames[state.frame++ % frames.length]} ${label}${state.status === "" ? "" : ` ${state.status}`}`
        process.stderr.write(`\r${line.slice(0, columns - 1)}\u001b[K`)
      }
      draw()
      const timer = setInterval(draw, frameInterval)
      return { state, timer }
    }),
    ({ state }) => work((status) => Effect.sync(() => (state.status = status))),
    ({ timer }) =>
      Effect.sync(() => {
        clearInterval(timer)
        process.stderr.write("\r\u001b[K")
      }),
  )
}

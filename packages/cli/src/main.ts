/**
 * The `beeper-kit` process: runs the CLI on Node with the platform services, turns Ctrl-C into a clean stop for
 * `tail` (exit 0) and into an interrupt for everything else (exit 130), and exits with the command's code.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Effect, Exit } from "effect"
import { runCli } from "./cli.ts"
import { cannotWriteOutput, ExitCode } from "./failure.ts"
import { logToStderr } from "./output/log.ts"
import { makeStopSignal, StopSignal } from "./StopSignal.ts"

let stdoutFailed = false
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // `beeper-kit tail --json | head -1`: when the reader goes away, stop quietly, as shell tools do.
  if (error.code === "EPIPE") process.exit(ExitCode.ok)
  // Any other failure (a full disk: `> /dev/full`, ENOSPC; EIO, ...) ends the command as a failure, on its one line —
  // not as an uncaught exception's stack trace. Once: every later write fails the same way.
  if (stdoutFailed) return
  stdoutFailed = true
  process.stderr.write(`beeper-kit: ${oneLine(cannotWriteOutput(error))}\n`, () => process.exit(ExitCode.failed))
})

const stop = makeStopSignal()

// a leading "--" is what `pnpm start -- <command>` passes on (pnpm 10 forwards it): not an argument
const args = process.argv.slice(2)
const fiber = runCli(args[0] === "--" ? args.slice(1) : args).pipe(
  Effect.provideService(StopSignal, stop.signal),
  Effect.provide(logToStderr),
  Effect.provide(NodeServices.layer),
  Effect.runFork,
)

// Keep the process alive while the command runs, whatever it waits on.
const keepAlive = setInterval(() => {}, 2 ** 31 - 1)

let signals = 0
const onSignal = () => {
  signals++
  // A command that handles Ctrl-C ends itself; a second Ctrl-C (or any other command) interrupts.
  if (stop.claimed() && signals === 1) stop.stop()
  else fiber.interruptUnsafe()
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

fiber.addObserver((exit) => {
  process.off("SIGINT", onSignal)
  process.off("SIGTERM", onSignal)
  clearInterval(keepAlive)
  const code = Exit.isSuccess(exit) ? exit.value : ExitCode.interrupted
  process.exitCode = code
  // Stopped by Ctrl-C (or SIGTERM): exit once stderr is written out (its last line, e.g. "the message was sent but
  // not confirmed", where stderr is a pipe written asynchronously), whatever else is pending — output queued for a
  // stdout reader that is busy or stuck (its pipe full), a socket still closing — since nobody waits for it after
  // Ctrl-C. Without a signal the process ends by itself once its output is written out (`| head`, large outputs whole).
  if (signals > 0) process.stderr.write("", () => process.exit(code))
})

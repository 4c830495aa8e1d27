/**
 * Entry point: `deno task start` (or `deno run --allow-net=localhost:23373 --allow-env src/main.ts`). Reads
 * `BEEPER_ACCESS_TOKEN` / `BEEPER_DESKTOP_URL` and the bot's `BOT_*` settings from the environment, runs the bot
 * on the Deno adapter — its place kept in the file `BOT_CHECKPOINT` when set (then also `--allow-read` and
 * `--allow-write` for it), in memory otherwise — and stops cleanly on Ctrl-C.
 *
 * @module
 */
import { BeeperDeno } from "@beeper-kit/deno"
import { Checkpoints, mayHaveBeenSent } from "@beeper-kit/effect"
import { Cause, Config, Effect, Exit, Layer, Option } from "effect"
import { botConfig, runBot } from "./KeywordBot.ts"

declare const Deno: {
  addSignalListener(signal: "SIGINT" | "SIGTERM", handler: () => void): void
  exit(code: number): never
}

/** Where the bot keeps its place: the file `BOT_CHECKPOINT`, or memory. */
const checkpoints = Layer.unwrap(
  Effect.map(
    Config.option(Config.String("BOT_CHECKPOINT")),
    (file) => Option.isSome(file) ? BeeperDeno.layerCheckpointFile(file.value) : Checkpoints.layerMemory,
  ),
)

const fiber = Effect.flatMap(botConfig, runBot).pipe(
  Effect.provide(checkpoints),
  Effect.provide(BeeperDeno.layerConfig()),
  Effect.runFork,
)

const stop = () => fiber.interruptUnsafe()
Deno.addSignalListener("SIGINT", stop)
Deno.addSignalListener("SIGTERM", stop)

/**
 * Deno's refusal of a host outside `--allow-net` (`NotCapable`; `PermissionDenied` before Deno 2). The SDK's errors
 * pass its words on in their message: `Requires net access to "127.0.0.1:23373", run again with the --allow-net flag`.
 */
const isNetRefusal = (error: unknown, message: string): boolean =>
  (error instanceof Error && (error.name === "NotCapable" || error.name === "PermissionDenied")) ||
  /--allow-net\b|\bNotCapable\b|\bPermissionDenied\b/.test(message)

/** The one line a failure deserves. */
const describe = (error: unknown): string => {
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : ""
  const message = error instanceof Error ? error.message : String(error)
  if (tag === "Unauthorized") return "the access token was refused (401). Set BEEPER_ACCESS_TOKEN."
  // Desktop may well be running: Deno's permissions kept the bot from dialling it (nothing was sent). Say so, or
  // the user looks for a Desktop problem that is a flag of the command.
  if (isNetRefusal(error, message)) {
    const host = /Requires net access to "([^"]+)"/.exec(message)?.[1]
    return host === undefined
      ? `Deno refused network access to Beeper Desktop — add its host to --allow-net (${message})`
      : `Deno refused network access to ${host} — add it to --allow-net (e.g. --allow-net=${host})`
  }
  // Only a request that never left (refused, DNS, TLS) means Desktop cannot be reached; a reset after it was written
  // means Desktop is there but closed the connection, a timeout that it is there but did not answer.
  if (tag === "Timeout") return `Beeper Desktop did not answer in time: ${message}`
  if (tag === "TransportError" && mayHaveBeenSent(error)) {
    return `Beeper Desktop closed the connection before answering: ${message}`
  }
  if (tag === "TransportError" || tag === "ConnectionLost") return `cannot reach Beeper Desktop — is it running? (${message})`
  return message
}

fiber.addObserver((exit) => {
  if (Exit.isSuccess(exit) || Cause.hasInterruptsOnly(exit.cause)) Deno.exit(0)
  console.error(`deno-bot: ${describe(Cause.squash(exit.cause))}`)
  Deno.exit(1)
})

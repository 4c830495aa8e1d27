/**
 * Entry point: `deno task start` (or `deno run --allow-net=localhost:23373 --allow-env src/main.ts`). Reads
 * `BEEPER_ACCESS_TOKEN` / `BEEPER_DESKTOP_URL` and the bot's `BOT_*` settings from the environment, runs the bot
 * on the Deno adapter, and stops cleanly on Ctrl-C.
 *
 * @module
 */
import { BeeperDeno } from "@beeper-kit/deno"
import { Cause, Effect, Exit } from "effect"
import { botConfig, runBot } from "./KeywordBot.ts"

declare const Deno: {
  addSignalListener(signal: "SIGINT" | "SIGTERM", handler: () => void): void
  exit(code: number): never
}

const fiber = Effect.flatMap(botConfig, runBot).pipe(
  Effect.provide(BeeperDeno.layerConfig()),
  Effect.runFork,
)

const stop = () => fiber.interruptUnsafe()
Deno.addSignalListener("SIGINT", stop)
Deno.addSignalListener("SIGTERM", stop)

/** The one line a failure deserves. */
const describe = (error: unknown): string => {
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : ""
  if (tag === "Unauthorized") return "the access token was refused (401). Set BEEPER_ACCESS_TOKEN."
  if (tag === "TransportError" || tag === "ConnectionLost") return "cannot reach Beeper Desktop — is it running?"
  return error instanceof Error ? error.message : String(error)
}

fiber.addObserver((exit) => {
  if (Exit.isSuccess(exit) || Cause.hasInterruptsOnly(exit.cause)) Deno.exit(0)
  console.error(`deno-bot: ${describe(Cause.squash(exit.cause))}`)
  Deno.exit(1)
})

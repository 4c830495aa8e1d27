/**
 * Entry point: `bun src/main.ts [--per-chat n]` (or `pnpm start`). Reads `BEEPER_ACCESS_TOKEN` /
 * `BEEPER_DESKTOP_URL` from the environment, prints the unread digest on the Bun adapter, and exits: 0 on success,
 * 1 for an API error (or a connection Desktop closed before answering), 2 for bad arguments, 3 when the token is
 * refused, 4 when Beeper Desktop cannot be reached (nothing was sent: refused, DNS, TLS).
 *
 * @module
 */
import { BeeperBun } from "@beeper-kit/bun"
import { mayHaveBeenSent } from "@beeper-kit/effect"
import { Cause, Effect, Exit } from "effect"
import { parseArgs } from "node:util"
import { collectDigest, renderDigest } from "./UnreadDigest.ts"

const fail = (code: number, message: string): never => {
  console.error(`bun-digest: ${message}`)
  process.exit(code)
}

const { values } = (() => {
  try {
    return parseArgs({ options: { "per-chat": { type: "string", default: "3" } } })
  } catch (error) {
    return fail(2, error instanceof Error ? error.message : String(error))
  }
})()
const perChat = Number(values["per-chat"])
if (!Number.isInteger(perChat) || perChat < 0) fail(2, "--per-chat must be a whole number")

const exit = await collectDigest(perChat).pipe(
  Effect.map((digest) => renderDigest(digest, process.stdout.columns || 100)),
  Effect.provide(BeeperBun.layerConfig()),
  Effect.runPromiseExit,
)

if (Exit.isSuccess(exit)) {
  console.log(exit.value.join("\n"))
} else {
  const error = Cause.squash(exit.cause) as { readonly _tag?: string; readonly message?: string }
  if (error._tag === "Unauthorized") fail(3, "the access token was refused (401). Set BEEPER_ACCESS_TOKEN.")
  // The digest only reads, so a reset after a request was written changes nothing — but Desktop is there, so it is
  // not "cannot reach": only a request that never left (refused, DNS, TLS) is. A timeout: there, but no answer.
  if (error._tag === "Timeout") fail(1, `Beeper Desktop did not answer in time: ${error.message}`)
  if (error._tag === "TransportError" && mayHaveBeenSent(error)) {
    fail(1, `Beeper Desktop closed the connection before answering: ${error.message}`)
  }
  if (error._tag === "TransportError") fail(4, "cannot reach Beeper Desktop — is it running?")
  fail(1, error.message ?? String(error))
}

/**
 * `beeper-kit send <chatID> <text> [--json]`: sends a message and waits until Beeper Desktop confirms it.
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import { BeeperDesktop, sendAndConfirm, TokenGuard } from "@beeper-kit/effect"
import { Console, Effect } from "effect"
import { Argument, Command } from "effect/cli"
import { CliFailure, ExitCode, maybeSent, sentUnconfirmed } from "../failure.ts"
import { clockTime } from "../output/format.ts"
import { jsonFlag, printJson } from "../output/json.ts"
import { withProgress } from "../output/progress.ts"
import { withBeeper } from "./root.ts"

/**
 * `send`: looks the chat up (so a wrong ID fails before anything is sent), sends once, waits for confirmation;
 * `--json`: prints the confirmed message as JSON.
 */
export const send = Command.make("send", {
  chatID: Argument.String("chatID").pipe(Argument.withDescription("The chat, by the ID `beeper-kit chats` shows")),
  text: Argument.String("text").pipe(Argument.withDescription("The message (quote it)")),
  json: jsonFlag,
}, ({ chatID, json, text }) =>
  withBeeper((connection) => Effect.gen(function*() {
    if (text.trim() === "") return yield* new CliFailure({ code: ExitCode.usage, message: "the message is empty" })
    const beeper = yield* BeeperDesktop
    const chat = yield* beeper.chats.retrieve({ chatID })
    const title = oneLine(chat.title) // the server's text, to a terminal
    // Ctrl-C must not look like nothing was sent once the send went out (a user who sends again would send it twice):
    // after Desktop answered, the CLI names the pending message; before, the request may already have reached it.
    // Before the request goes out (while it waits for the live subscription), nothing was sent: nothing to say.
    let sending = false
    let pending: string | undefined
    const onSending = () => void (sending = true)
    const onSent = (sent: { readonly pendingMessageID: string }) => Effect.sync(() => (pending = sent.pendingMessageID))
    const message = yield* withProgress(`Sending to ${title}`, (report) =>
      Effect.andThen(report("(waiting for confirmation)"), sendAndConfirm({ chatID: chat.id, text }, { onSending, onSent }))).pipe(
        // still interrupted (exit 130), after saying so, on one line: the ID is Desktop's text, scrubbed of the token
        // (a server echoing it) and of line breaks and control characters
        Effect.onInterrupt(() =>
          pending !== undefined
            ? Console.error(`beeper-kit: ${oneLine(sentUnconfirmed(TokenGuard.scrubberOf(connection.token)(pending)))}`)
            : sending
            ? Console.error(`beeper-kit: ${maybeSent} (interrupted before Desktop answered)`)
            : Effect.void
        ),
      )
    if (json) return yield* printJson(message)
    yield* Console.log(
      `✓ Sent to ${title} and confirmed: message ${message.id} at ${clockTime(new Date(message.timestamp))}`,
    )
  }))).pipe(Command.withDescription("Send a message and wait until it is confirmed"))

/**
 * The bot: follows new incoming messages (`handleIncoming`) and, when someone else writes a message containing the
 * keyword (as a whole word, any case), answers it with a reply to that message, once: through `replyOnce`, which
 * sends nothing when a reply of ours to it is already in the chat — a message handled again after a restart (stopped
 * after its reply was sent, before its checkpoint was written) is not answered twice. Each message is handled once
 * (an edit or a reaction does not trigger a second reply, and after a reconnect the missed messages are caught up),
 * your own messages — the bot's replies included — never trigger it, and a failed reply is logged without stopping
 * the bot.
 *
 * @module
 */
import {
  BeeperDesktop,
  type BeeperEvents,
  handleIncoming,
  makeHealth,
  type IncomingError,
  type RequestError,
  type Schemas,
  mayHaveBeenSent,
  MessageText,
  replyOnce,
  type Subscription,
} from "@beeper-kit/effect"
import { Config, Console, Effect } from "effect"

/** What the bot listens for and what it answers. */
export interface BotOptions {
  /** The word that triggers a reply, e.g. `ping`. */
  readonly keyword: string
  /** The reply's text. */
  readonly reply: string
  /** The chats to follow: `"*"` for every chat, or chat IDs. */
  readonly chats: Subscription
}

/**
 * The options from the environment: `BOT_KEYWORD` (default `ping`), `BOT_REPLY` (default `pong 🏓`) and
 * `BOT_CHATS` (comma-separated chat IDs, default `*` for every chat).
 */
export const botConfig: Config.Config<BotOptions> = Config.all({
  keyword: Config.String("BOT_KEYWORD").pipe(Config.withDefault("ping")),
  reply: Config.String("BOT_REPLY").pipe(Config.withDefault("pong 🏓")),
  chats: Config.String("BOT_CHATS").pipe(
    Config.withDefault("*"),
    Config.map((value): Subscription => {
      const ids = value.split(",").map((id) => id.trim()).filter((id) => id !== "")
      return ids.length === 0 || ids.includes("*") ? "*" : ids
    }),
  ),
})

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Does `text` contain `keyword` as a whole word, in any case? */
export const mentionsKeyword = (keyword: string) => {
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(keyword)}($|[^\\p{L}\\p{N}_])`, "iu")
  return (text: string | undefined): boolean => text !== undefined && pattern.test(text)
}

/**
 * Runs the bot until interrupted. Checks the connection over HTTP first, so that a refused token or a Desktop that
 * is not running fails at once (the live events would otherwise keep reconnecting); then fails only when delivery
 * does.
 */
export const runBot = (
  options: BotOptions,
): Effect.Effect<void, RequestError | IncomingError, BeeperDesktop | BeeperEvents> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    yield* beeper.accounts.list()
    const matches = mentionsKeyword(options.keyword)
    const where = options.chats === "*" ? "all chats" : `${options.chats.length} chat(s)`

    const answer = (message: Schemas.Message) =>
      replyOnce(message, options.reply).pipe(
        Effect.flatMap((reply) =>
          Console.log(
            reply.sent
              ? `replied to ${message.senderName ?? message.senderID} in ${message.chatID}: "${MessageText.plainText(message.text)}" → "${options.reply}" (pending ${reply.id})`
              // handled again (a restart before its checkpoint was written): the reply is in the chat already
              : `already replied to message ${message.id} in ${message.chatID} (message ${reply.id})`,
          )
        ),
        Effect.catch((error) =>
          Console.error(
            mayHaveBeenSent(error)
              // a reset or timeout after the send was written: replying again could post the reply twice
              ? `the reply to message ${message.id} may have been sent — check the chat before sending again (${error.message})`
              : `could not reply to message ${message.id}: ${error.message}`,
          )
        ),
      )

    const health = yield* makeHealth
    yield* Effect.forkScoped(Effect.andThen(health.ready, Console.log(`listening for "${options.keyword}" in ${where}`)))
    // the words as written: a formatted message's text is Matrix HTML, whose tags and entities are not the message
    yield* handleIncoming(({ message }) => matches(MessageText.plainText(message.text)) ? answer(message) : Effect.void, {
      chats: options.chats,
      health,
    })
  }).pipe(Effect.scoped)

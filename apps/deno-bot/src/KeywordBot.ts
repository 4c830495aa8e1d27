/**
 * The bot: follows live events and, when someone else writes a message containing the keyword (as a whole word,
 * any case), answers it with a reply to that message — sent once and confirmed. Each message is answered at most
 * once (an edit does not trigger a second reply), your own messages never trigger it, and a failed reply is logged
 * without stopping the bot.
 *
 * @module
 */
import {
  BeeperDesktop,
  BeeperEvents,
  type EventsStreamError,
  type RequestError,
  type Schemas,
  sendAndConfirm,
  type Subscription,
} from "@beeper-kit/effect"
import { Config, Console, Effect, Stream } from "effect"

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
 * is not running fails at once (the live events would otherwise keep reconnecting); then fails only when the
 * event stream does.
 */
export const runBot = (
  options: BotOptions,
): Effect.Effect<void, RequestError | EventsStreamError, BeeperDesktop | BeeperEvents> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const live = yield* BeeperEvents
    yield* beeper.accounts.list()
    const matches = mentionsKeyword(options.keyword)
    const answered = new Set<string>()
    const where = options.chats === "*" ? "all chats" : `${options.chats.length} chat(s)`

    const answer = (message: Schemas.Message) =>
      sendAndConfirm({ chatID: message.chatID, text: options.reply, replyToMessageID: message.id }).pipe(
        Effect.flatMap((sent) =>
          Console.log(
            `replied to ${message.senderName ?? message.senderID} in ${message.chatID}: "${message.text}" → "${options.reply}" (message ${sent.id})`,
          )
        ),
        Effect.catch((error) => Console.error(`could not reply to message ${message.id}: ${error.message}`)),
      )

    yield* live.events(options.chats).pipe(
      Stream.runForEach((event) => {
        if (event.type === "connected") {
          return Console.log(`listening for "${options.keyword}" in ${where}`)
        }
        if (event.type !== "message.upserted") return Effect.void
        const triggers = (event.entries ?? []).filter((message) =>
          message.isSender !== true && !answered.has(message.id) && matches(message.text)
        )
        for (const message of triggers) answered.add(message.id)
        return Effect.forEach(triggers, answer, { discard: true })
      }),
    )
  })

/**
 * A message's `text` as a person reads it. Desktop returns `Message.text` as the message's Matrix HTML body when it
 * has one (a formatted message reads `a &amp; b<br>c`) and its plain body otherwise; `plainText` gives the text a
 * reader sees either way, for matching keywords, logging, or quoting it back in a send (whose `text` is Markdown).
 *
 * ```ts
 * import { handleIncoming, MessageText, replyOnce } from "@beeper-kit/effect"
 * import { Effect } from "effect"
 *
 * const bot = handleIncoming(({ message }) => {
 *   const words = MessageText.plainText(message.text).toLowerCase()
 *   return words.includes("ping") ? replyOnce(message, "pong") : Effect.void
 * })
 * ```
 *
 * @module
 */
import { plainText as fromRichText } from "@beeper-kit/core/wire"

/**
 * The text a reader sees in a message's `text` (`""` when it has none): line breaks for `<br>`, paragraphs and list
 * items; a reply's quoted fallback (`<mx-reply>`) dropped; a custom emoji as its `alt` name; other tags removed with
 * their content kept; character references decoded. A body that is not HTML comes back as written (`x < y`, `<3`).
 * @since 1.0.0
 * @category Text
 */
export const plainText = (text: string | undefined): string => text === undefined ? "" : fromRichText(text)

/** The user's changes to existing messages: PUT (edit) and DELETE /v1/chats/{chatID}/messages/{messageID}. */
import type { MessagingContext } from "./context.ts"
import { tombstone, type ChatRecord, type MessageRecord } from "./model.ts"
import { Rejected } from "./outcomes.ts"

/** Edits and deletes the user's messages. */
export class Messages {
  readonly #ctx: MessagingContext

  constructor(ctx: MessagingContext) {
    this.#ctx = ctx
  }

  /** PUT /v1/chats/{chatID}/messages/{messageID}: own text messages, within the network's edit window. */
  edit(chat: ChatRecord, record: MessageRecord, text: string): void {
    const m = record.message
    if (record.pending) throw new Rejected("MESSAGE_PENDING", "The message is still being sent")
    if (m.isDeleted) throw new Rejected("MESSAGE_DELETED", "Deleted messages cannot be edited")
    if (!m.isSender) throw new Rejected("NOT_SENDER", "Only your own messages can be edited")
    if ((m.attachments?.length ?? 0) > 0) throw new Rejected("HAS_ATTACHMENTS", "Messages with attachments cannot be edited")
    if ((chat.capabilities.edit ?? 0) <= 0) throw new Rejected("UNSUPPORTED", `Editing is not supported on ${chat.network}`)
    const maxAge = chat.capabilities.editMaxAge ?? 0
    if (maxAge > 0 && this.#ctx.clock.now() - record.ts > maxAge * 1000) throw new Rejected("EDIT_WINDOW_PASSED", `Messages can only be edited within ${maxAge} seconds`)
    if (text === "") throw new Rejected("EMPTY_MESSAGE", "text must not be empty")
    m.text = text
    m.editedTimestamp = new Date(this.#ctx.clock.now()).toISOString()
    this.#ctx.changes.messages(chat, [record])
  }

  /**
   * DELETE /v1/chats/{chatID}/messages/{messageID}: for everyone (tombstone) or only for me (removed). `forEveryone`
   * defaults to true, as the spec and upstream declare, so someone else's message needs `forEveryone=false`.
   */
  delete(chat: ChatRecord, record: MessageRecord, forEveryone: boolean | undefined): void {
    if (record.pending) throw new Rejected("MESSAGE_PENDING", "Pending messages cannot be deleted while sending")
    const everyone = forEveryone ?? true
    if (everyone && !record.message.isSender) throw new Rejected("NOT_SENDER", "Only your own messages can be deleted for everyone (forEveryone defaults to true; pass forEveryone=false to delete it for you)")
    if (everyone && (chat.capabilities.delete ?? 0) <= 0) throw new Rejected("UNSUPPORTED", `Deleting for everyone is not supported on ${chat.network}`)
    const id = record.message.id
    if (everyone) {
      tombstone(record.message)
      delete record.message.mentions
    } else this.#ctx.records.removeMessage(chat, record)
    this.#ctx.changes.messageDeleted(chat, id)
    this.#ctx.changes.chat(chat)
  }
}

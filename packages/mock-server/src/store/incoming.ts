/** Messages from the outside world: other participants write, edit and delete (simulation, welcome chats). */
import { type ContentKind, makeContent } from "../fixtures/content.ts"
import type { Random } from "../support/random.ts"
import type { MessagingContext } from "./context.ts"
import { tombstone, type ChatRecord, type Message, type MessageRecord } from "./model.ts"
import { Rejected } from "./outcomes.ts"

/** An incoming message from someone else. */
export interface IncomingMessage {
  readonly senderID?: string
  readonly text?: string
  readonly kind?: ContentKind
  readonly replyToMessageID?: string
  readonly mentionsSelf?: boolean
}

/** What other participants do to messages. */
export class Incoming {
  readonly #ctx: MessagingContext
  readonly #rng: Random

  constructor(ctx: MessagingContext, rng: Random) {
    this.#ctx = ctx
    this.#rng = rng
  }

  /** A message from another participant arrives (a merged chat's goes to its latest member). */
  receive(target: ChatRecord, input: IncomingMessage): MessageRecord {
    const chat = this.#ctx.records.writeTarget(target)
    const others = chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot)
    const sender = input.senderID !== undefined ? chat.participants.find((p) => p.id === input.senderID) : others[0]
    if (!sender) throw new Rejected("UNKNOWN_SENDER", `Not a participant of ${chat.id}: ${input.senderID ?? "(none)"}`)
    const server = chat.accountID.startsWith("local-") ? { contentURL: (t: string) => `localmxc://${chat.accountID.split("_")[0]}/${t}` } : { contentURL: (t: string) => `mxc://beeper.com/${t}` }
    const content = makeContent(this.#rng, input.kind ?? "text", server, input.text)
    const now = this.#ctx.clock.now()
    const message: Message = {
      id: this.#ctx.ids.messageID(),
      accountID: chat.accountID,
      chatID: chat.id,
      senderID: sender.id,
      senderName: sender.fullName ?? sender.username ?? sender.id,
      sortKey: this.#ctx.ids.sortKey(),
      timestamp: new Date(now).toISOString(),
      isSender: sender.isSelf === true,
      type: content.type,
    }
    if (content.text !== undefined) message.text = content.text
    if (content.attachments) message.attachments = content.attachments.map((a) => ({ ...a }))
    if (content.links) message.links = content.links.map((l) => ({ ...l }))
    if (input.replyToMessageID !== undefined) message.linkedMessageID = this.#ctx.records.requireMessage(chat, input.replyToMessageID).message.id
    if (input.mentionsSelf) message.mentions = [this.#ctx.records.selfOf(chat).id]
    const record = this.#ctx.records.append(chat, message)
    if (chat.reminder?.dismissOnIncomingMessage) chat.reminder = null
    this.#ctx.changes.messages(chat, [record])
    this.#ctx.changes.chat(chat)
    return record
  }

  /** Someone else edits their message. */
  edit(chat: ChatRecord, record: MessageRecord, text: string): void {
    record.message.text = text
    record.message.editedTimestamp = new Date(this.#ctx.clock.now()).toISOString()
    this.#ctx.changes.messages(chat, [record])
  }

  /** Someone else deletes their message for everyone. */
  delete(chat: ChatRecord, record: MessageRecord): void {
    tombstone(record.message)
    this.#ctx.changes.messageDeleted(chat, record.message.id)
    this.#ctx.changes.chat(chat)
  }
}

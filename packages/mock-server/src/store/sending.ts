/**
 * Sending: POST /v1/chats/{chatID}/messages creates a pending message; after the send delay the network
 * confirms it (a final ID, `SUCCESS`) or fails it (a simulated failure, or the account needs reconnecting).
 */
import type { MessagingContext } from "./context.ts"
import type { ChatRecord, Message, MessageRecord } from "./model.ts"
import { attachmentMessageType, outgoingAttachment, type OutgoingAttachment } from "./outgoing-attachment.ts"
import { Rejected } from "./outcomes.ts"
import { toRichText } from "../support/rich-text.ts"

/** How the network fails a send. */
export interface SendFailure {
  readonly status: "FAIL_RETRIABLE" | "FAIL_PERMANENT"
  readonly reason: string
  readonly message: string
}

/** What the user sends. */
export interface OutgoingMessage {
  /** The text as the API takes it (Markdown, or JSON-stringified HTML); stored as the HTML body, measured as given. */
  readonly text?: string
  readonly replyToMessageID?: string
  readonly attachment?: OutgoingAttachment
}

/** The user's sends and the network's answers. */
export class Sending {
  readonly #ctx: MessagingContext
  /** Outcome of the next sends (simulated network failures); consumed in order. */
  readonly failures: Array<SendFailure> = []

  constructor(ctx: MessagingContext) {
    this.#ctx = ctx
  }

  /** POST /v1/chats/{chatID}/messages: creates a pending message; the network confirms it later. */
  send(target: ChatRecord, input: OutgoingMessage): { chat: ChatRecord; pendingMessageID: string } {
    const chat = this.#ctx.records.writeTarget(target)
    if (chat.isReadOnly) throw new Rejected("READ_ONLY_CHAT", "Messages cannot be sent in this chat")
    if ((input.text === undefined || input.text === "") && !input.attachment) throw new Rejected("EMPTY_MESSAGE", "A message needs text or an attachment")
    const maxText = chat.capabilities.maxTextLength
    if (input.text !== undefined && maxText !== undefined && input.text.length > maxText) throw new Rejected("TEXT_TOO_LONG", `Text exceeds ${maxText} characters`)
    const replyTo = input.replyToMessageID === undefined ? undefined : this.#ctx.records.message(chat, input.replyToMessageID)
    if (input.replyToMessageID !== undefined && !replyTo) throw new Rejected("UNKNOWN_REPLY_TARGET", `Message to reply to not found: ${input.replyToMessageID}`)
    const now = this.#ctx.clock.now()
    const self = this.#ctx.records.selfOf(chat)
    const pendingMessageID = this.#ctx.ids.pendingID(now)
    const message: Message = {
      id: pendingMessageID,
      accountID: chat.accountID,
      chatID: chat.id,
      senderID: self.id,
      senderName: self.fullName ?? self.id,
      sortKey: this.#ctx.ids.sortKey(),
      timestamp: new Date(now).toISOString(),
      isSender: true,
      type: input.attachment ? attachmentMessageType(input.attachment) : "TEXT",
      sendStatus: { status: "PENDING", timestamp: new Date(now).toISOString() },
    }
    if (input.text !== undefined && input.text !== "") message.text = toRichText(input.text)
    if (replyTo) message.linkedMessageID = replyTo.message.id
    if (input.attachment) message.attachments = [outgoingAttachment(input.attachment)]
    const record = this.#ctx.records.append(chat, message, { pendingID: pendingMessageID, pending: true })
    chat.lastReadSortKey = message.sortKey
    chat.isMarkedUnread = false
    this.#ctx.changes.messages(chat, [record])
    this.#ctx.changes.chat(chat)
    const account = this.#ctx.records.account(chat.accountID)
    const failure: SendFailure | undefined =
      this.failures.shift() ??
      (account?.account.status === "reconnect_required" ? { status: "FAIL_RETRIABLE", reason: "account_disconnected", message: "The account needs to be reconnected" } : undefined)
    this.#ctx.scheduler.schedule("send", () => this.#settle(chat, record, failure))
    return { chat, pendingMessageID }
  }

  /** The network answered a pending send: the message becomes real (new ID) or carries a failure status. */
  #settle(chat: ChatRecord, record: MessageRecord, failure: SendFailure | undefined): void {
    if (!record.pending || !this.#ctx.records.has(chat)) return
    const now = new Date(this.#ctx.clock.now()).toISOString()
    if (failure) {
      record.message.sendStatus = { status: failure.status, timestamp: now, reason: failure.reason, message: failure.message }
      record.pending = false
      this.#ctx.changes.messages(chat, [record])
      return
    }
    const pendingID = record.message.id
    this.#ctx.records.renameMessage(chat, record, this.#ctx.ids.messageID())
    record.pending = false
    const recipients = chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot).map((p) => p.id)
    record.message.sendStatus = { status: "SUCCESS", timestamp: now, deliveredToUsers: recipients.slice(0, 20) }
    this.#ctx.changes.messages(chat, [record])
    this.#ctx.changes.messageDeleted(chat, pendingID)
  }
}

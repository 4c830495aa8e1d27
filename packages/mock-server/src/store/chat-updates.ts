/**
 * The user's changes to a chat's own state: PATCH /v1/chats/{chatID} (title, flags, disappearing timer,
 * draft), archive, read / unread, reminders and notify-anyway.
 */
import type { MessagingContext } from "./context.ts"
import type { ChatDraft, ChatRecord } from "./model.ts"
import { Rejected } from "./outcomes.ts"

/** Fields of PATCH /v1/chats/{chatID}. */
export interface ChatPatch {
  readonly title?: string | null
  readonly description?: string | null
  readonly imgURL?: string | null
  readonly isArchived?: boolean
  readonly isLowPriority?: boolean
  readonly isMuted?: boolean
  readonly isPinned?: boolean
  readonly messageExpirySeconds?: number | null
  readonly draft?: ChatDraft | null
}

/** True for no draft, or one without text and attachments. */
const emptyDraft = (draft: ChatDraft | null): boolean => draft === null || (draft.text === "" && Object.keys(draft.attachments ?? {}).length === 0)

/** Applies the user's changes to chats. */
export class ChatUpdates {
  readonly #ctx: MessagingContext

  constructor(ctx: MessagingContext) {
    this.#ctx = ctx
  }

  /** PATCH /v1/chats/{chatID}. */
  update(chat: ChatRecord, patch: ChatPatch): void {
    const groupOnly = (field: string): never => {
      throw new Rejected("UNSUPPORTED_FOR_DIRECT_CHAT", `${field} can only be changed on group chats`)
    }
    if (patch.description !== undefined && chat.type === "single") groupOnly("description")
    if (patch.imgURL !== undefined && chat.type === "single") groupOnly("imgURL")
    if (patch.messageExpirySeconds !== undefined && (chat.capabilities.state?.disappearingTimer?.level ?? 0) <= 0)
      throw new Rejected("UNSUPPORTED", "Disappearing messages are not supported in this chat")
    // Only a non-empty draft is refused over a non-empty one (spec: "Non-empty drafts are only accepted when the
    // current draft is empty"); an empty one clears, like draft=null.
    if (patch.draft !== undefined && !emptyDraft(patch.draft) && !emptyDraft(chat.draft))
      throw new Rejected("DRAFT_NOT_EMPTY", "The chat already has a draft; send draft=null to clear it first")
    if (patch.title !== undefined) chat.title = patch.title ?? undefined
    if (patch.description !== undefined) chat.description = patch.description
    if (patch.imgURL !== undefined) chat.imgURL = patch.imgURL
    if (patch.isArchived !== undefined) chat.isArchived = patch.isArchived
    if (patch.isLowPriority !== undefined) chat.isLowPriority = patch.isLowPriority
    if (patch.isMuted !== undefined) chat.isMuted = patch.isMuted
    if (patch.isPinned !== undefined) chat.isPinned = patch.isPinned
    if (patch.messageExpirySeconds !== undefined) chat.messageExpirySeconds = patch.messageExpirySeconds
    if (patch.draft !== undefined) chat.draft = patch.draft
    this.#ctx.changes.chat(chat)
  }

  /** POST /v1/chats/{chatID}/archive. */
  archive(chat: ChatRecord, archived: boolean): void {
    chat.isArchived = archived
    this.#ctx.changes.chat(chat)
  }

  /** POST /v1/chats/{chatID}/read: marks read through a message (default: the latest). */
  markRead(chat: ChatRecord, messageID: string | undefined): void {
    const members = chat.merge ? this.#ctx.records.members(chat) : [chat]
    if (messageID !== undefined) {
      const record = this.#ctx.records.requireMessage(chat, messageID)
      chat.lastReadSortKey = record.message.sortKey > chat.lastReadSortKey ? record.message.sortKey : chat.lastReadSortKey
    } else {
      for (const member of members) member.lastReadSortKey = member.messages[member.messages.length - 1]?.message.sortKey ?? member.lastReadSortKey
    }
    for (const member of members) member.isMarkedUnread = false
    chat.isMarkedUnread = false
    for (const member of members) if (member !== chat) this.#ctx.changes.chat(member)
    this.#ctx.changes.chat(chat)
  }

  /** POST /v1/chats/{chatID}/unread: unread from a message, or flags the chat as marked unread. */
  markUnread(chat: ChatRecord, messageID: string | undefined): void {
    if (chat.capabilities.markAsUnread === false) throw new Rejected("UNSUPPORTED", "Marking chats unread is not supported on this network")
    if (messageID !== undefined) {
      const record = this.#ctx.records.requireMessage(chat, messageID)
      const index = chat.messages.indexOf(record)
      chat.lastReadSortKey = chat.messages[index - 1]?.message.sortKey ?? ""
    } else {
      chat.isMarkedUnread = true
    }
    this.#ctx.changes.chat(chat)
  }

  /** POST /v1/chats/{chatID}/notify-anyway: only networks that support it (iMessage). */
  notifyAnyway(chat: ChatRecord): void {
    const account = this.#ctx.records.account(chat.accountID)
    if (account?.account.bridge.type !== "imessage") throw new Rejected("UNSUPPORTED_NETWORK", `notify-anyway is not supported on ${chat.network}`)
  }

  /** POST /v1/chats/{chatID}/reminders. */
  setReminder(chat: ChatRecord, reminder: { remindAt: string; dismissOnIncomingMessage?: boolean }): void {
    chat.reminder = { ...reminder }
    this.#ctx.changes.chat(chat)
  }

  /** DELETE /v1/chats/{chatID}/reminders. */
  clearReminder(chat: ChatRecord): void {
    chat.reminder = null
    this.#ctx.changes.chat(chat)
  }
}

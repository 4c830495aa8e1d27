/**
 * The wire views of the records, computed on each read: a Message with `isUnread`, a Chat with its title,
 * participants page, unread counts, last activity, labels and merge fields, and a chat list item's `preview`.
 */
import type { Chat, ChatRecord, ChatWithPreview, Label, Message, MessageRecord } from "./model.ts"
import type { Records } from "./records.ts"

/** Participants shown by list and search endpoints. */
export const LIST_PARTICIPANTS = 20

/** Computes wire views from the records. */
export class Views {
  readonly #records: Records

  constructor(records: Records) {
    this.#records = records
  }

  #isUnread(chat: ChatRecord, record: MessageRecord): boolean {
    const m = record.message
    return m.isSender !== true && m.isDeleted !== true && m.isHidden !== true && m.sortKey > chat.lastReadSortKey
  }

  #unread(chat: ChatRecord): { count: number; mentions: number } {
    if (chat.merge) {
      return this.#records
        .members(chat)
        .map((c) => this.#unread(c))
        .reduce((a, b) => ({ count: a.count + b.count, mentions: a.mentions + b.mentions }), { count: 0, mentions: 0 })
    }
    const selfID = this.#records.selfOf(chat).id
    let count = 0
    let mentions = 0
    for (let i = chat.messages.length - 1; i >= 0; i--) {
      const record = chat.messages[i] as MessageRecord
      if (record.message.sortKey <= chat.lastReadSortKey) break
      if (!this.#isUnread(chat, record)) continue
      count++
      if (record.message.mentions?.some((m) => m === selfID || m === "@room")) mentions++
    }
    return { count, mentions }
  }

  /** The wire Message of a record. */
  message(chat: ChatRecord, record: MessageRecord): Message {
    return { ...record.message, isUnread: this.#isUnread(chat, record) }
  }

  /** The wire Chat of a record; `maxParticipants` -1 means all. */
  chat(chat: ChatRecord, maxParticipants: number = LIST_PARTICIPANTS): Chat {
    const self = this.#records.selfOf(chat)
    const others = chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot)
    const title = chat.title ?? others[0]?.fullName ?? others[0]?.username ?? others[0]?.id ?? self.fullName ?? "Chat"
    const shown = maxParticipants < 0 ? chat.participants : chat.participants.slice(0, maxParticipants)
    const unread = this.#unread(chat)
    const view: Chat = {
      id: chat.id,
      localChatID: chat.localChatID,
      accountID: chat.accountID,
      network: chat.network,
      title,
      type: chat.type,
      participants: { items: shown.map((p) => ({ ...p })), hasMore: shown.length < chat.participants.length, total: chat.participants.length },
      unreadCount: unread.count,
      unreadMentionsCount: unread.mentions,
      lastActivity: new Date(this.#records.lastActivity(chat)).toISOString(),
      isArchived: chat.isArchived,
      isLowPriority: chat.isLowPriority,
      isMarkedUnread: chat.isMarkedUnread,
      isMuted: chat.isMuted,
      isPinned: chat.isPinned,
      isReadOnly: chat.isReadOnly,
      description: chat.description,
      imgURL: chat.imgURL,
      draft: chat.draft,
      reminder: chat.reminder,
      snooze: chat.snooze,
      messageExpirySeconds: chat.messageExpirySeconds,
      capabilities: chat.capabilities,
    }
    if (chat.lastReadSortKey !== "") view.lastReadMessageSortKey = chat.lastReadSortKey
    const labels = chat.labelIDs.map((id) => this.#records.labels.find((l) => l.id === id)).filter((l): l is Label => l !== undefined)
    if (labels.length > 0) view.labels = labels
    if (chat.merge) view.merge = { ...chat.merge, chatIDs: [...chat.merge.chatIDs] }
    if (chat.mergedIntoChatID) view.mergedIntoChatID = chat.mergedIntoChatID
    return view
  }

  /** A chat with its last message as `preview` (GET /v1/chats). */
  chatWithPreview(chat: ChatRecord): ChatWithPreview {
    const view: ChatWithPreview = this.chat(chat)
    const source = chat.merge ? this.#records.latestMember(chat) : chat
    const last = source?.messages[source.messages.length - 1]
    if (source && last) view.preview = this.message(source, last)
    return view
  }
}

/**
 * The messaging records and how to find them: accounts, labels, chats (by Beeper or local chat ID), messages
 * (by final ID, pendingMessageID or Matrix event ID), the members of merged chats and each chat's last activity.
 */
import type { Ids } from "./ids.ts"
import type { AccountRecord, ChatRecord, Label, Message, MessageRecord, Participant } from "./model.ts"
import { NotFound, Rejected } from "./outcomes.ts"

/** The index of accounts, chats and messages; every other messaging module reads and writes through it. */
export class Records {
  readonly accounts: Array<AccountRecord>
  readonly labels: Array<Label>
  readonly #chats = new Map<string, ChatRecord>()
  readonly #byLocalID = new Map<string, ChatRecord>()
  readonly #messages = new Map<string, { chat: ChatRecord; record: MessageRecord }>()
  readonly #ids: Ids

  constructor(init: { accounts: Array<AccountRecord>; chats: Array<ChatRecord>; labels: Array<Label> }, ids: Ids) {
    this.accounts = init.accounts
    this.labels = init.labels
    this.#ids = ids
    for (const chat of init.chats) this.add(chat)
  }

  /** An account by ID. */
  account(accountID: string): AccountRecord | undefined {
    return this.accounts.find((a) => a.account.accountID === accountID)
  }

  /** An account by ID, or {@link NotFound}. */
  requireAccount(accountID: string): AccountRecord {
    const account = this.account(accountID)
    if (!account) throw new NotFound("Account", accountID)
    return account
  }

  /** A chat by Beeper chat ID or local chat ID. */
  chat(chatID: string): ChatRecord | undefined {
    return this.#chats.get(chatID) ?? this.#byLocalID.get(chatID)
  }

  /** A chat by ID, or {@link NotFound}. */
  requireChat(chatID: string): ChatRecord {
    const chat = this.chat(chatID)
    if (!chat) throw new NotFound("Chat", chatID)
    return chat
  }

  /** True while the chat exists. */
  has(chat: ChatRecord): boolean {
    return this.#chats.has(chat.id)
  }

  /** All chats (any order). */
  chats(): Array<ChatRecord> {
    return [...this.#chats.values()]
  }

  /** A message of a chat by final ID, pendingMessageID or Matrix event ID. */
  message(chat: ChatRecord, messageID: string): MessageRecord | undefined {
    const found = this.#messages.get(messageID)
    if (found && found.chat === chat) return found.record
    return chat.messages.find((m) => m.pendingID === messageID || m.eventID === messageID)
  }

  /** A message by ID, or {@link NotFound}. */
  requireMessage(chat: ChatRecord, messageID: string): MessageRecord {
    const record = this.message(chat, messageID)
    if (!record) throw new NotFound("Message", messageID)
    return record
  }

  /** Every message of every chat (for search). */
  allMessages(): Array<{ chat: ChatRecord; record: MessageRecord }> {
    return [...this.#chats.values()].flatMap((chat) => chat.messages.map((record) => ({ chat, record })))
  }

  /** The self participant of a chat. */
  selfOf(chat: ChatRecord): Participant {
    const self = chat.participants.find((p) => p.isSelf)
    if (self) return self
    const account = this.account(chat.accountID)
    return { ...(account?.account.user ?? { id: "@me:beeper.com" }), isSelf: true }
  }

  /** The member chats of a merged chat that still exist. */
  members(chat: ChatRecord): Array<ChatRecord> {
    return (chat.merge?.chatIDs ?? []).map((id) => this.#chats.get(id)).filter((c): c is ChatRecord => c !== undefined && c !== chat && !c.merge)
  }

  /** The merged chat a member chat belongs to. */
  mergedInto(chat: ChatRecord): ChatRecord | undefined {
    return chat.mergedIntoChatID === undefined ? undefined : this.#chats.get(chat.mergedIntoChatID)
  }

  /** Epoch ms of the chat's last activity. */
  lastActivity(chat: ChatRecord): number {
    if (chat.merge) return Math.max(chat.createdAt, ...this.members(chat).map((member) => this.lastActivity(member)))
    return chat.messages[chat.messages.length - 1]?.ts ?? chat.createdAt
  }

  /** The member a merged chat shows and writes to: its default member, else the most recently active one. */
  latestMember(chat: ChatRecord): ChatRecord | undefined {
    const members = this.members(chat)
    const preferred = chat.merge?.defaultChatID ? this.chat(chat.merge.defaultChatID) : undefined
    return preferred ?? members.sort((a, b) => this.lastActivity(b) - this.lastActivity(a))[0]
  }

  /** The chat messages for a chat are written to: itself, or the latest member of a merged chat. */
  writeTarget(chat: ChatRecord): ChatRecord {
    if (!chat.merge) return chat
    const member = this.latestMember(chat)
    if (!member) throw new Rejected("EMPTY_MERGED_CHAT", "The merged chat has no member chats")
    return member
  }

  /** Indexes a chat and its messages. */
  add(chat: ChatRecord): void {
    this.#chats.set(chat.id, chat)
    this.#byLocalID.set(chat.localChatID, chat)
    for (const record of chat.messages) this.#messages.set(record.message.id, { chat, record })
  }

  /** Forgets a chat and its messages. */
  delete(chat: ChatRecord): void {
    this.#chats.delete(chat.id)
    this.#byLocalID.delete(chat.localChatID)
    for (const record of chat.messages) this.#messages.delete(record.message.id)
  }

  /** Appends a new message to a chat (with a new Matrix event ID) and indexes it. */
  append(chat: ChatRecord, message: Message, extra: Partial<MessageRecord> = {}): MessageRecord {
    const record: MessageRecord = { message, eventID: this.#ids.eventID(), ts: Date.parse(message.timestamp), ...extra }
    chat.messages.push(record)
    this.#messages.set(message.id, { chat, record })
    return record
  }

  /** Gives an indexed message a new ID (a pending send confirmed). */
  renameMessage(chat: ChatRecord, record: MessageRecord, id: string): void {
    this.#messages.delete(record.message.id)
    record.message.id = id
    this.#messages.set(id, { chat, record })
  }

  /** Removes a message from its chat and the index. */
  removeMessage(chat: ChatRecord, record: MessageRecord): void {
    chat.messages.splice(chat.messages.indexOf(record), 1)
    this.#messages.delete(record.message.id)
  }
}

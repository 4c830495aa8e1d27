/**
 * Accounts, contacts, chats and messages: the state behind the accounts, contacts, chats, reminders,
 * messages and reactions endpoints, every write they allow, and the change events those writes cause.
 * Views (the wire shapes) are computed from the records on each read.
 */
import type { Clock } from "../clock.ts"
import { type ContentKind, makeContent } from "../fixtures/content.ts"
import { notFound, unprocessable, badRequest, ApiError } from "../http/errors.ts"
import type { Random } from "../random.ts"
import type { EventBus } from "./events.ts"
import type { Ids } from "./ids.ts"
import type {
  AccountRecord,
  Attachment,
  Chat,
  ChatDraft,
  ChatRecord,
  ChatWithPreview,
  Label,
  Message,
  MessageRecord,
  Participant,
  Reaction,
  UploadRecord,
  User,
} from "./model.ts"
import { chatRecordOf } from "./model.ts"
import type { Scheduler } from "./scheduler.ts"

/** Participants shown by list and search endpoints. */
export const LIST_PARTICIPANTS = 20

/** An attachment to send: a completed upload plus the caller's overrides. */
export interface OutgoingAttachment {
  readonly upload: UploadRecord
  readonly type?: "image" | "video" | "audio" | "file" | "gif" | "voice-note" | "sticker"
  readonly fileName?: string
  readonly mimeType?: string
  readonly duration?: number
  readonly size?: { readonly width: number; readonly height: number }
}

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

/** An incoming message from someone else (simulated outside world). */
export interface IncomingMessage {
  readonly senderID?: string
  readonly text?: string
  readonly kind?: ContentKind
  readonly replyToMessageID?: string
  readonly mentionsSelf?: boolean
}

const tsOf = (iso: string): number => Date.parse(iso)

/** Chats, messages, contacts and accounts, with every mutation the API allows. */
export class Messaging {
  readonly accounts: Array<AccountRecord>
  readonly labels: Array<Label>
  readonly #chats = new Map<string, ChatRecord>()
  readonly #byLocalID = new Map<string, ChatRecord>()
  readonly #messages = new Map<string, { chat: ChatRecord; record: MessageRecord }>()
  readonly #reactionTransactions = new Map<string, { chatID: string; messageID: string; reactionKey: string }>()
  readonly #events: EventBus
  readonly #ids: Ids
  readonly #clock: Clock
  readonly #scheduler: Scheduler
  readonly #rng: Random
  /** Outcome of the next sends (simulated network failures); consumed in order. */
  readonly sendFailures: Array<{ status: "FAIL_RETRIABLE" | "FAIL_PERMANENT"; reason: string; message: string }> = []

  constructor(
    init: { accounts: Array<AccountRecord>; chats: Array<ChatRecord>; labels: Array<Label> },
    deps: { events: EventBus; ids: Ids; clock: Clock; scheduler: Scheduler; rng: Random },
  ) {
    this.accounts = init.accounts
    this.labels = init.labels
    this.#events = deps.events
    this.#ids = deps.ids
    this.#clock = deps.clock
    this.#scheduler = deps.scheduler
    this.#rng = deps.rng
    for (const chat of init.chats) this.#addChatRecord(chat)
  }

  // ------------------------------------------------------------------------------------------ lookups

  /** An account by ID. */
  account(accountID: string): AccountRecord | undefined {
    return this.accounts.find((a) => a.account.accountID === accountID)
  }

  /** An account by ID, or 404. */
  requireAccount(accountID: string): AccountRecord {
    const account = this.account(accountID)
    if (!account) throw notFound("Account", accountID)
    return account
  }

  /** A chat by Beeper chat ID or local chat ID. */
  chat(chatID: string): ChatRecord | undefined {
    return this.#chats.get(chatID) ?? this.#byLocalID.get(chatID)
  }

  /** A chat by ID, or 404. */
  requireChat(chatID: string): ChatRecord {
    const chat = this.chat(chatID)
    if (!chat) throw notFound("Chat", chatID)
    return chat
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

  /** A message by ID, or 404. */
  requireMessage(chat: ChatRecord, messageID: string): MessageRecord {
    const record = this.message(chat, messageID)
    if (!record) throw notFound("Message", messageID)
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

  // ------------------------------------------------------------------------------------------ views

  /** Epoch ms of the chat's last activity. */
  lastActivity(chat: ChatRecord): number {
    if (chat.merge) return Math.max(chat.createdAt, ...this.#members(chat).map((member) => this.lastActivity(member)))
    return chat.messages[chat.messages.length - 1]?.ts ?? chat.createdAt
  }

  #isUnread(chat: ChatRecord, record: MessageRecord): boolean {
    const m = record.message
    return m.isSender !== true && m.isDeleted !== true && m.isHidden !== true && m.sortKey > chat.lastReadSortKey
  }

  /** The member chats of a merged chat that still exist. */
  #members(chat: ChatRecord): Array<ChatRecord> {
    return (chat.merge?.chatIDs ?? []).map((id) => this.#chats.get(id)).filter((c): c is ChatRecord => c !== undefined && c !== chat && !c.merge)
  }

  #unread(chat: ChatRecord): { count: number; mentions: number } {
    if (chat.merge) {
      return this.#members(chat)
        .map((c) => this.#unread(c))
        .reduce((a, b) => ({ count: a.count + b.count, mentions: a.mentions + b.mentions }), { count: 0, mentions: 0 })
    }
    const selfID = this.selfOf(chat).id
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
  viewMessage(chat: ChatRecord, record: MessageRecord): Message {
    return { ...record.message, isUnread: this.#isUnread(chat, record) }
  }

  /** The wire Chat of a record; `maxParticipants` -1 means all. */
  viewChat(chat: ChatRecord, maxParticipants: number = LIST_PARTICIPANTS): Chat {
    const self = this.selfOf(chat)
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
      lastActivity: new Date(this.lastActivity(chat)).toISOString(),
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
    const labels = chat.labelIDs.map((id) => this.labels.find((l) => l.id === id)).filter((l): l is Label => l !== undefined)
    if (labels.length > 0) view.labels = labels
    if (chat.merge) view.merge = { ...chat.merge, chatIDs: [...chat.merge.chatIDs] }
    if (chat.mergedIntoChatID) view.mergedIntoChatID = chat.mergedIntoChatID
    return view
  }

  /** A chat with its last message as `preview` (GET /v1/chats). */
  viewChatWithPreview(chat: ChatRecord): ChatWithPreview {
    const view: ChatWithPreview = this.viewChat(chat)
    const source = chat.merge ? this.#latestMember(chat) : chat
    const last = source?.messages[source.messages.length - 1]
    if (source && last) view.preview = this.viewMessage(source, last)
    return view
  }

  #latestMember(chat: ChatRecord): ChatRecord | undefined {
    const members = this.#members(chat)
    const preferred = chat.merge?.defaultChatID ? this.chat(chat.merge.defaultChatID) : undefined
    return preferred ?? members.sort((a, b) => this.lastActivity(b) - this.lastActivity(a))[0]
  }

  // ------------------------------------------------------------------------------------------ events

  #chatChanged(chat: ChatRecord): void {
    this.#events.emit({ type: "chat.upserted", chatID: chat.id, ids: [chat.id] })
    if (chat.mergedIntoChatID) this.#events.emit({ type: "chat.upserted", chatID: chat.mergedIntoChatID, ids: [chat.mergedIntoChatID] })
  }

  #messagesChanged(chat: ChatRecord, records: ReadonlyArray<MessageRecord>): void {
    this.#events.emit({
      type: "message.upserted",
      chatID: chat.id,
      ids: records.map((r) => r.message.id),
      entries: records.map((r) => this.viewMessage(chat, r)),
    })
  }

  // ------------------------------------------------------------------------------------------ chats

  #addChatRecord(chat: ChatRecord): void {
    this.#chats.set(chat.id, chat)
    this.#byLocalID.set(chat.localChatID, chat)
    for (const record of chat.messages) this.#messages.set(record.message.id, { chat, record })
  }

  /** Adds a chat (created through the API or appearing from the outside world) and announces it. */
  addChat(chat: ChatRecord): ChatRecord {
    this.#addChatRecord(chat)
    this.#chatChanged(chat)
    return chat
  }

  /** Removes a chat and its messages (outside world: the chat was deleted or its account removed). */
  removeChat(chatID: string): boolean {
    const chat = this.chat(chatID)
    if (!chat) return false
    this.#chats.delete(chat.id)
    this.#byLocalID.delete(chat.localChatID)
    for (const record of chat.messages) this.#messages.delete(record.message.id)
    this.#events.emit({ type: "chat.deleted", chatID: chat.id, ids: [chat.id] })
    for (const member of this.#members(chat)) {
      delete member.mergedIntoChatID
      this.#events.emit({ type: "chat.upserted", chatID: member.id, ids: [member.id] })
    }
    const merged = chat.mergedIntoChatID === undefined ? undefined : this.#chats.get(chat.mergedIntoChatID)
    if (merged?.merge) {
      merged.merge.chatIDs = merged.merge.chatIDs.filter((id) => id !== chat.id)
      if (merged.merge.defaultChatID === chat.id) delete merged.merge.defaultChatID
      const remaining = this.#members(merged)
      if (remaining.length < 2) {
        for (const member of remaining) {
          delete member.mergedIntoChatID
          this.#events.emit({ type: "chat.upserted", chatID: member.id, ids: [member.id] })
        }
        this.removeChat(merged.id)
      } else this.#events.emit({ type: "chat.upserted", chatID: merged.id, ids: [merged.id] })
    }
    return true
  }

  /** A new chat record with defaults, for an account. */
  newChatRecord(account: AccountRecord, type: "single" | "group", participants: Array<Participant>, title: string | undefined): ChatRecord {
    const server = account.account.user.id.split(":").slice(1).join(":") || "beeper.com"
    const local = account.account.bridge.provider === "local" || account.account.bridge.provider === "self-hosted"
    const template = this.chats().find((c) => c.accountID === account.account.accountID)
    return chatRecordOf({
      id: local ? `!${this.#ids.token(27)}:${server}` : `!${this.#ids.token(18)}:beeper.com`,
      localChatID: this.#ids.localChatID(),
      accountID: account.account.accountID,
      network: account.account.network ?? account.account.bridge.type,
      type,
      title,
      participants,
      capabilities: template?.capabilities ?? { archive: true, reply: 2, reaction: 2, edit: 2, delete: 2 },
      createdAt: this.#clock.now(),
    })
  }

  /** The direct chat with a user on an account, if one exists. */
  directChatWith(accountID: string, userID: string): ChatRecord | undefined {
    return this.chats().find((c) => c.accountID === accountID && c.type === "single" && !c.merge && c.participants.some((p) => p.id === userID && !p.isSelf))
  }

  /** POST /v1/chats: reuses the direct chat with the user, or creates the chat. */
  createChat(input: { accountID: string; participantIDs: ReadonlyArray<string>; type: "single" | "group"; title?: string; messageText?: string }): { chat: ChatRecord; status: "existing" | "created" } {
    const account = this.account(input.accountID)
    if (!account) throw unprocessable("UNKNOWN_ACCOUNT", `Account not found: ${input.accountID}`)
    if (input.type === "single" && input.participantIDs.length !== 1)
      throw new ApiError(400, "VALIDATION_ERROR", "'single' requires exactly one participantID", { issues: [{ code: "invalid_length", message: "'single' requires exactly one participantID", path: ["participantIDs"] }] })
    const users = input.participantIDs.map((id) => {
      const user = account.contacts.find((c) => c.id === id) ?? this.#knownUser(account.account.accountID, id)
      if (!user) throw unprocessable("UNKNOWN_PARTICIPANT", `Unknown participant on ${account.account.accountID}: ${id}`)
      if (user.cannotMessage) throw unprocessable("CANNOT_MESSAGE", `Beeper cannot start a chat with ${id}`)
      return user
    })
    if (input.type === "single") {
      const existing = this.directChatWith(account.account.accountID, (users[0] as User).id)
      if (existing) {
        if (input.messageText) this.send(existing, { text: input.messageText })
        return { chat: existing, status: "existing" }
      }
    }
    const participants: Array<Participant> = [{ ...account.account.user, isSelf: true, ...(input.type === "group" ? { isAdmin: true } : {}) }, ...users.map((u) => ({ ...u }))]
    const title = input.type === "group" ? (input.title ?? users.map((u) => u.fullName?.split(" ")[0] ?? u.id).join(", ")) : undefined
    const chat = this.addChat(this.newChatRecord(account, input.type, participants, title))
    if (input.messageText) this.send(chat, { text: input.messageText })
    return { chat, status: "created" }
  }

  #knownUser(accountID: string, userID: string): User | undefined {
    for (const chat of this.#chats.values()) {
      if (chat.accountID !== accountID) continue
      const p = chat.participants.find((x) => x.id === userID && !x.isSelf)
      if (p) return { id: p.id, ...(p.fullName ? { fullName: p.fullName } : {}), ...(p.cannotMessage !== undefined ? { cannotMessage: p.cannotMessage } : {}) }
    }
    return undefined
  }

  /** POST /v1/chats/start: resolves a user from identifiers and opens (or reuses) the direct chat. */
  startChat(input: {
    accountID: string
    user: { id?: string; email?: string; fullName?: string; phoneNumber?: string; username?: string }
    allowInvite?: boolean
    messageText?: string
  }): { chat: ChatRecord; status: "existing" | "created" } {
    const account = this.account(input.accountID)
    if (!account) throw unprocessable("UNKNOWN_ACCOUNT", `Account not found: ${input.accountID}`)
    const { id, email, phoneNumber, username, fullName } = input.user
    if (!id && !email && !phoneNumber && !username)
      throw unprocessable("NO_IDENTIFIER", "user needs at least one of id, email, phoneNumber or username (fullName is a ranking hint only)")
    const normalize = (s: string): string => s.replace(/^@/, "").toLowerCase()
    const digits = (s: string): string => s.replace(/[^\d]/g, "")
    const candidates = account.contacts.filter(
      (c) =>
        (id !== undefined && c.id === id) ||
        (email !== undefined && c.email?.toLowerCase() === email.toLowerCase()) ||
        (phoneNumber !== undefined && c.phoneNumber !== undefined && digits(c.phoneNumber) === digits(phoneNumber)) ||
        (username !== undefined && c.username !== undefined && normalize(c.username) === normalize(username)),
    )
    const ranked = fullName ? [...candidates].sort((a, b) => Number(b.fullName === fullName) - Number(a.fullName === fullName)) : candidates
    let user = ranked[0] ?? (id ? this.#knownUser(account.account.accountID, id) : undefined)
    if (!user && phoneNumber && input.allowInvite !== false) {
      user = { id: `@${account.account.bridge.type}_${digits(phoneNumber)}:${account.account.user.id.split(":").slice(1).join(":")}`, phoneNumber, ...(fullName ? { fullName } : {}) }
      account.contacts.push(user)
    }
    if (!user) throw unprocessable("USER_NOT_FOUND", "No user matches the given identifiers on this account")
    const existing = this.directChatWith(account.account.accountID, user.id)
    if (existing) {
      if (input.messageText) this.send(existing, { text: input.messageText })
      return { chat: existing, status: "existing" }
    }
    const chat = this.addChat(this.newChatRecord(account, "single", [{ ...account.account.user, isSelf: true }, { ...user }], undefined))
    if (input.messageText) this.send(chat, { text: input.messageText })
    return { chat, status: "created" }
  }

  /** PATCH /v1/chats/{chatID}. */
  updateChat(chat: ChatRecord, patch: ChatPatch): void {
    const groupOnly = (field: string): never => {
      throw unprocessable("UNSUPPORTED_FOR_DIRECT_CHAT", `${field} can only be changed on group chats`)
    }
    if (patch.description !== undefined && chat.type === "single") groupOnly("description")
    if (patch.imgURL !== undefined && chat.type === "single") groupOnly("imgURL")
    if (patch.messageExpirySeconds !== undefined && (chat.capabilities.state?.disappearingTimer?.level ?? 0) <= 0)
      throw unprocessable("UNSUPPORTED", "Disappearing messages are not supported in this chat")
    if (patch.draft !== undefined && patch.draft !== null) {
      const current = chat.draft
      const currentEmpty = current === null || (current.text === "" && Object.keys(current.attachments ?? {}).length === 0)
      if (!currentEmpty) throw unprocessable("DRAFT_NOT_EMPTY", "The chat already has a draft; send draft=null to clear it first")
    }
    if (patch.title !== undefined) chat.title = patch.title ?? undefined
    if (patch.description !== undefined) chat.description = patch.description
    if (patch.imgURL !== undefined) chat.imgURL = patch.imgURL
    if (patch.isArchived !== undefined) chat.isArchived = patch.isArchived
    if (patch.isLowPriority !== undefined) chat.isLowPriority = patch.isLowPriority
    if (patch.isMuted !== undefined) chat.isMuted = patch.isMuted
    if (patch.isPinned !== undefined) chat.isPinned = patch.isPinned
    if (patch.messageExpirySeconds !== undefined) chat.messageExpirySeconds = patch.messageExpirySeconds
    if (patch.draft !== undefined) chat.draft = patch.draft
    this.#chatChanged(chat)
  }

  /** POST /v1/chats/{chatID}/archive. */
  archive(chat: ChatRecord, archived: boolean): void {
    chat.isArchived = archived
    this.#chatChanged(chat)
  }

  /** POST /v1/chats/{chatID}/read: marks read through a message (default: the latest). */
  markRead(chat: ChatRecord, messageID: string | undefined): void {
    const members = chat.merge ? this.#members(chat) : [chat]
    if (messageID !== undefined) {
      const record = this.requireMessage(chat, messageID)
      chat.lastReadSortKey = record.message.sortKey > chat.lastReadSortKey ? record.message.sortKey : chat.lastReadSortKey
    } else {
      for (const member of members) member.lastReadSortKey = member.messages[member.messages.length - 1]?.message.sortKey ?? member.lastReadSortKey
    }
    for (const member of members) member.isMarkedUnread = false
    chat.isMarkedUnread = false
    for (const member of members) if (member !== chat) this.#chatChanged(member)
    this.#chatChanged(chat)
  }

  /** POST /v1/chats/{chatID}/unread: unread from a message, or flags the chat as marked unread. */
  markUnread(chat: ChatRecord, messageID: string | undefined): void {
    if (chat.capabilities.markAsUnread === false) throw unprocessable("UNSUPPORTED", "Marking chats unread is not supported on this network")
    if (messageID !== undefined) {
      const record = this.requireMessage(chat, messageID)
      const index = chat.messages.indexOf(record)
      chat.lastReadSortKey = chat.messages[index - 1]?.message.sortKey ?? ""
    } else {
      chat.isMarkedUnread = true
    }
    this.#chatChanged(chat)
  }

  /** POST /v1/chats/{chatID}/notify-anyway: only networks that support it (iMessage). */
  notifyAnyway(chat: ChatRecord): void {
    const account = this.account(chat.accountID)
    if (account?.account.bridge.type !== "imessage") throw badRequest("UNSUPPORTED_NETWORK", `notify-anyway is not supported on ${chat.network}`)
  }

  /** POST /v1/chats/{chatID}/reminders. */
  setReminder(chat: ChatRecord, reminder: { remindAt: string; dismissOnIncomingMessage?: boolean }): void {
    chat.reminder = { ...reminder }
    this.#chatChanged(chat)
  }

  /** DELETE /v1/chats/{chatID}/reminders. */
  clearReminder(chat: ChatRecord): void {
    chat.reminder = null
    this.#chatChanged(chat)
  }

  // ------------------------------------------------------------------------------------------ messages

  #append(chat: ChatRecord, message: Message, extra: Partial<MessageRecord> = {}): MessageRecord {
    const record: MessageRecord = { message, eventID: this.#ids.eventID(), ts: tsOf(message.timestamp), ...extra }
    chat.messages.push(record)
    this.#messages.set(message.id, { chat, record })
    return record
  }

  #routeToMember(chat: ChatRecord): ChatRecord {
    if (!chat.merge) return chat
    const member = this.#latestMember(chat)
    if (!member) throw unprocessable("EMPTY_MERGED_CHAT", "The merged chat has no member chats")
    return member
  }

  /** POST /v1/chats/{chatID}/messages: creates a pending message; the network confirms it later. */
  send(target: ChatRecord, input: { text?: string; replyToMessageID?: string; attachment?: OutgoingAttachment }): { chat: ChatRecord; pendingMessageID: string } {
    const chat = this.#routeToMember(target)
    if (chat.isReadOnly) throw unprocessable("READ_ONLY_CHAT", "Messages cannot be sent in this chat")
    if ((input.text === undefined || input.text === "") && !input.attachment) throw unprocessable("EMPTY_MESSAGE", "A message needs text or an attachment")
    const maxText = chat.capabilities.maxTextLength
    if (input.text !== undefined && maxText !== undefined && input.text.length > maxText) throw unprocessable("TEXT_TOO_LONG", `Text exceeds ${maxText} characters`)
    if (input.replyToMessageID !== undefined) {
      const target = this.message(chat, input.replyToMessageID)
      if (!target) throw unprocessable("UNKNOWN_REPLY_TARGET", `Message to reply to not found: ${input.replyToMessageID}`)
    }
    const now = this.#clock.now()
    const self = this.selfOf(chat)
    const pendingMessageID = this.#ids.pendingID(now)
    const message: Message = {
      id: pendingMessageID,
      accountID: chat.accountID,
      chatID: chat.id,
      senderID: self.id,
      senderName: self.fullName ?? self.id,
      sortKey: this.#ids.sortKey(),
      timestamp: new Date(now).toISOString(),
      isSender: true,
      type: input.attachment ? attachmentMessageType(input.attachment) : "TEXT",
      sendStatus: { status: "PENDING", timestamp: new Date(now).toISOString() },
    }
    if (input.text !== undefined && input.text !== "") message.text = input.text
    if (input.replyToMessageID !== undefined) message.linkedMessageID = (this.message(chat, input.replyToMessageID) as MessageRecord).message.id
    if (input.attachment) message.attachments = [outgoingAttachment(input.attachment)]
    const record = this.#append(chat, message, { pendingID: pendingMessageID, pending: true })
    chat.lastReadSortKey = message.sortKey
    chat.isMarkedUnread = false
    this.#messagesChanged(chat, [record])
    this.#chatChanged(chat)
    const account = this.account(chat.accountID)
    const failure =
      this.sendFailures.shift() ??
      (account?.account.status === "reconnect_required"
        ? { status: "FAIL_RETRIABLE" as const, reason: "account_disconnected", message: "The account needs to be reconnected" }
        : undefined)
    this.#scheduler.schedule("send", () => this.#settle(chat, record, failure))
    return { chat, pendingMessageID }
  }

  /** The network answered a pending send: the message becomes real (new ID) or carries a failure status. */
  #settle(chat: ChatRecord, record: MessageRecord, failure: { status: "FAIL_RETRIABLE" | "FAIL_PERMANENT"; reason: string; message: string } | undefined): void {
    if (!record.pending || !this.#chats.has(chat.id)) return
    const now = new Date(this.#clock.now()).toISOString()
    if (failure) {
      record.message.sendStatus = { status: failure.status, timestamp: now, reason: failure.reason, message: failure.message }
      record.pending = false
      this.#messagesChanged(chat, [record])
      return
    }
    const pendingID = record.message.id
    const finalID = this.#ids.messageID()
    this.#messages.delete(pendingID)
    record.message.id = finalID
    record.pending = false
    const recipients = chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot).map((p) => p.id)
    record.message.sendStatus = { status: "SUCCESS", timestamp: now, deliveredToUsers: recipients.slice(0, 20) }
    this.#messages.set(finalID, { chat, record })
    this.#messagesChanged(chat, [record])
    this.#events.emit({ type: "message.deleted", chatID: chat.id, ids: [pendingID] })
  }

  /** True while messages are waiting for the network. */
  pendingCount(): number {
    return this.allMessages().filter((m) => m.record.pending).length
  }

  /** PUT /v1/chats/{chatID}/messages/{messageID}. */
  editMessage(chat: ChatRecord, record: MessageRecord, text: string): void {
    const m = record.message
    if (record.pending) throw unprocessable("MESSAGE_PENDING", "The message is still being sent")
    if (m.isDeleted) throw unprocessable("MESSAGE_DELETED", "Deleted messages cannot be edited")
    if (!m.isSender) throw unprocessable("NOT_SENDER", "Only your own messages can be edited")
    if ((m.attachments?.length ?? 0) > 0) throw unprocessable("HAS_ATTACHMENTS", "Messages with attachments cannot be edited")
    if ((chat.capabilities.edit ?? 0) <= 0) throw unprocessable("UNSUPPORTED", `Editing is not supported on ${chat.network}`)
    const maxAge = chat.capabilities.editMaxAge ?? 0
    if (maxAge > 0 && this.#clock.now() - record.ts > maxAge * 1000) throw unprocessable("EDIT_WINDOW_PASSED", `Messages can only be edited within ${maxAge} seconds`)
    if (text === "") throw unprocessable("EMPTY_MESSAGE", "text must not be empty")
    m.text = text
    m.editedTimestamp = new Date(this.#clock.now()).toISOString()
    this.#messagesChanged(chat, [record])
  }

  /** DELETE /v1/chats/{chatID}/messages/{messageID}: for everyone (tombstone) or only for me (removed). */
  deleteMessage(chat: ChatRecord, record: MessageRecord, forEveryone: boolean | undefined): void {
    if (record.pending) throw badRequest("MESSAGE_PENDING", "Pending messages cannot be deleted while sending")
    const everyone = forEveryone ?? record.message.isSender === true
    if (everyone && !record.message.isSender) throw badRequest("NOT_SENDER", "Only your own messages can be deleted for everyone")
    if (everyone && (chat.capabilities.delete ?? 0) <= 0) throw badRequest("UNSUPPORTED", `Deleting for everyone is not supported on ${chat.network}`)
    const id = record.message.id
    if (everyone) {
      const m = record.message
      m.isDeleted = true
      delete m.text
      delete m.attachments
      delete m.links
      delete m.reactions
      delete m.mentions
    } else {
      chat.messages.splice(chat.messages.indexOf(record), 1)
      this.#messages.delete(id)
    }
    this.#events.emit({ type: "message.deleted", chatID: chat.id, ids: [id] })
    this.#chatChanged(chat)
  }

  /** POST .../reactions: adds the user's reaction (deduplicated by transactionID). */
  addReaction(chat: ChatRecord, record: MessageRecord, reactionKey: string, transactionID: string | undefined): { transactionID: string } {
    if (transactionID !== undefined) {
      const seen = this.#reactionTransactions.get(transactionID)
      if (seen) return { transactionID }
    }
    if (record.pending) throw unprocessable("MESSAGE_PENDING", "The message is still being sent")
    if (record.message.isDeleted) throw unprocessable("MESSAGE_DELETED", "Deleted messages cannot be reacted to")
    if ((chat.capabilities.reaction ?? 0) <= 0) throw unprocessable("UNSUPPORTED", `Reactions are not supported on ${chat.network}`)
    const allowed = chat.capabilities.allowedReactions
    if (allowed && !allowed.includes(reactionKey)) throw unprocessable("REACTION_NOT_ALLOWED", `Allowed reactions: ${allowed.join(" ")}`)
    const self = this.selfOf(chat)
    const multi = (chat.capabilities.reactionCount ?? 1) > 1
    const reactions = record.message.reactions ?? []
    const mine = reactions.filter((r) => r.participantID === self.id)
    if (!mine.some((r) => r.reactionKey === reactionKey)) {
      const kept = multi ? reactions : reactions.filter((r) => r.participantID !== self.id)
      const reaction: Reaction = { id: multi ? `${self.id}${reactionKey}` : self.id, participantID: self.id, reactionKey, emoji: !/^[a-z0-9_+-]+$/.test(reactionKey) }
      record.message.reactions = [...kept, reaction]
      this.#messagesChanged(chat, [record])
    }
    const txn = transactionID ?? `txn_${this.#ids.token(12)}`
    this.#reactionTransactions.set(txn, { chatID: chat.id, messageID: record.message.id, reactionKey })
    return { transactionID: txn }
  }

  /** DELETE .../reactions/{reactionKey}: removes the user's own reaction (404 when there is none). */
  removeReaction(chat: ChatRecord, record: MessageRecord, reactionKey: string): void {
    const self = this.selfOf(chat)
    const reactions = record.message.reactions ?? []
    const remaining = reactions.filter((r) => !(r.participantID === self.id && r.reactionKey === reactionKey))
    if (remaining.length === reactions.length) throw notFound("Reaction", reactionKey)
    if (remaining.length > 0) record.message.reactions = remaining
    else delete record.message.reactions
    this.#messagesChanged(chat, [record])
  }

  // ------------------------------------------------------------------------------------------ outside world

  /** A message from another participant arrives (simulation). */
  receive(target: ChatRecord, input: IncomingMessage): MessageRecord {
    const chat = this.#routeToMember(target)
    const others = chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot)
    const sender = input.senderID !== undefined ? chat.participants.find((p) => p.id === input.senderID) : others[0]
    if (!sender) throw unprocessable("UNKNOWN_SENDER", `Not a participant of ${chat.id}: ${input.senderID ?? "(none)"}`)
    const server = chat.accountID.startsWith("local-") ? { contentURL: (t: string) => `localmxc://${chat.accountID.split("_")[0]}/${t}` } : { contentURL: (t: string) => `mxc://beeper.com/${t}` }
    const content = makeContent(this.#rng, input.kind ?? "text", server, input.text)
    const now = this.#clock.now()
    const message: Message = {
      id: this.#ids.messageID(),
      accountID: chat.accountID,
      chatID: chat.id,
      senderID: sender.id,
      senderName: sender.fullName ?? sender.username ?? sender.id,
      sortKey: this.#ids.sortKey(),
      timestamp: new Date(now).toISOString(),
      isSender: sender.isSelf === true,
      type: content.type,
    }
    if (content.text !== undefined) message.text = content.text
    if (content.attachments) message.attachments = content.attachments.map((a) => ({ ...a }))
    if (content.links) message.links = content.links.map((l) => ({ ...l }))
    if (input.replyToMessageID !== undefined) message.linkedMessageID = this.requireMessage(chat, input.replyToMessageID).message.id
    if (input.mentionsSelf) message.mentions = [this.selfOf(chat).id]
    const record = this.#append(chat, message)
    if (chat.reminder?.dismissOnIncomingMessage) chat.reminder = null
    this.#messagesChanged(chat, [record])
    this.#chatChanged(chat)
    return record
  }

  /** Another participant reacts to a message (simulation). */
  receiveReaction(chat: ChatRecord, record: MessageRecord, participantID: string, reactionKey: string): void {
    if (!chat.participants.some((p) => p.id === participantID)) throw unprocessable("UNKNOWN_SENDER", `Not a participant: ${participantID}`)
    const multi = (chat.capabilities.reactionCount ?? 1) > 1
    const reactions = (record.message.reactions ?? []).filter((r) => multi || r.participantID !== participantID)
    reactions.push({ id: multi ? `${participantID}${reactionKey}` : participantID, participantID, reactionKey, emoji: !/^[a-z0-9_+-]+$/.test(reactionKey) })
    record.message.reactions = reactions
    this.#messagesChanged(chat, [record])
  }

  /** Someone else edits their message (simulation). */
  receiveEdit(chat: ChatRecord, record: MessageRecord, text: string): void {
    record.message.text = text
    record.message.editedTimestamp = new Date(this.#clock.now()).toISOString()
    this.#messagesChanged(chat, [record])
  }

  /** Someone else deletes their message for everyone (simulation). */
  receiveDeletion(chat: ChatRecord, record: MessageRecord): void {
    const m = record.message
    m.isDeleted = true
    delete m.text
    delete m.attachments
    delete m.links
    delete m.reactions
    this.#events.emit({ type: "message.deleted", chatID: chat.id, ids: [m.id] })
    this.#chatChanged(chat)
  }

  /** Every attachment URL (IDs, local files, posters) with what is known about the file. */
  mediaIndex(): Map<string, Attachment> {
    const index = new Map<string, Attachment>()
    for (const { record } of this.allMessages())
      for (const a of record.message.attachments ?? []) {
        if (a.id) index.set(a.id, a)
        if (a.srcURL) index.set(a.srcURL, a)
        if (a.posterImg) index.set(a.posterImg, { type: "img", mimeType: "image/jpeg", fileName: "poster.jpg", fileSize: 48_000 })
      }
    return index
  }
}

const attachmentMessageType = (a: OutgoingAttachment): NonNullable<Message["type"]> => {
  const mime = a.mimeType ?? a.upload.mimeType
  switch (a.type) {
    case "sticker":
      return "STICKER"
    case "voice-note":
      return "VOICE"
    case "gif":
    case "image":
      return "IMAGE"
    case "video":
      return "VIDEO"
    case "audio":
      return "AUDIO"
    case "file":
      return "FILE"
    default:
      return mime.startsWith("image/") ? "IMAGE" : mime.startsWith("video/") ? "VIDEO" : mime.startsWith("audio/") ? "AUDIO" : "FILE"
  }
}

const outgoingAttachment = (a: OutgoingAttachment): Attachment => {
  const mimeType = a.mimeType ?? a.upload.mimeType
  const messageType = attachmentMessageType(a)
  const type: Attachment["type"] = messageType === "IMAGE" || messageType === "STICKER" ? "img" : messageType === "VIDEO" ? "video" : messageType === "AUDIO" || messageType === "VOICE" ? "audio" : "unknown"
  const attachment: Attachment = {
    type,
    id: `mxc://beeper.com/${a.upload.uploadID}`,
    srcURL: a.upload.srcURL,
    fileName: a.fileName ?? a.upload.fileName,
    mimeType,
    fileSize: a.upload.bytes.byteLength,
  }
  const width = a.size?.width ?? a.upload.width
  const height = a.size?.height ?? a.upload.height
  if (width !== undefined && height !== undefined) attachment.size = { width, height }
  const duration = a.duration ?? a.upload.duration
  if (duration !== undefined) attachment.duration = duration
  if (a.type === "gif" || mimeType === "image/gif") attachment.isGif = true
  if (a.type === "sticker") attachment.isSticker = true
  if (a.type === "voice-note") attachment.isVoiceNote = true
  return attachment
}

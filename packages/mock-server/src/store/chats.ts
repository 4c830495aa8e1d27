/**
 * Chat lifecycle: chats appearing (POST /v1/chats, POST /v1/chats/start, the outside world) and disappearing
 * (deleted elsewhere, account removed), including how merged chats follow their members.
 */
import type { MessagingContext } from "./context.ts"
import { chatRecordOf, type AccountRecord, type ChatRecord, type Participant, type User } from "./model.ts"
import { InvalidField, Rejected } from "./outcomes.ts"

/** A chat opened through the API, and whether it already existed. */
export interface OpenedChat {
  readonly chat: ChatRecord
  readonly status: "existing" | "created"
}

/** Creates and removes chats. */
export class Chats {
  readonly #ctx: MessagingContext

  constructor(ctx: MessagingContext) {
    this.#ctx = ctx
  }

  /** Adds a chat (created through the API or appearing from the outside world) and announces it. */
  add(chat: ChatRecord): ChatRecord {
    this.#ctx.records.add(chat)
    this.#ctx.changes.chat(chat)
    return chat
  }

  /** Removes a chat and its messages (outside world: the chat was deleted or its account removed). */
  remove(chatID: string): boolean {
    const chat = this.#ctx.records.chat(chatID)
    if (!chat) return false
    this.#ctx.records.delete(chat)
    this.#ctx.changes.chatDeleted(chat)
    for (const member of this.#ctx.records.members(chat)) this.#detach(member)
    const merged = this.#ctx.records.mergedInto(chat)
    if (merged?.merge) {
      merged.merge.chatIDs = merged.merge.chatIDs.filter((id) => id !== chat.id)
      if (merged.merge.defaultChatID === chat.id) delete merged.merge.defaultChatID
      const remaining = this.#ctx.records.members(merged)
      if (remaining.length < 2) {
        for (const member of remaining) this.#detach(member)
        this.remove(merged.id)
      } else this.#ctx.changes.chat(merged)
    }
    return true
  }

  /** A member chat leaves its merged chat. */
  #detach(member: ChatRecord): void {
    delete member.mergedIntoChatID
    this.#ctx.changes.chat(member)
  }

  /** A new chat record with defaults, for an account. */
  newRecord(account: AccountRecord, type: "single" | "group", participants: Array<Participant>, title: string | undefined): ChatRecord {
    const server = account.account.user.id.split(":").slice(1).join(":") || "beeper.com"
    const local = account.account.bridge.provider === "local" || account.account.bridge.provider === "self-hosted"
    const template = this.#ctx.records.chats().find((c) => c.accountID === account.account.accountID)
    return chatRecordOf({
      id: local ? `!${this.#ctx.ids.token(27)}:${server}` : `!${this.#ctx.ids.token(18)}:beeper.com`,
      localChatID: this.#ctx.ids.localChatID(),
      accountID: account.account.accountID,
      network: account.account.network ?? account.account.bridge.type,
      type,
      title,
      participants,
      capabilities: template?.capabilities ?? { archive: true, reply: 2, reaction: 2, edit: 2, delete: 2 },
      createdAt: this.#ctx.clock.now(),
    })
  }

  /** The direct chat with a user on an account, if one exists. */
  directChatWith(accountID: string, userID: string): ChatRecord | undefined {
    return this.#ctx.records.chats().find((c) => c.accountID === accountID && c.type === "single" && !c.merge && c.participants.some((p) => p.id === userID && !p.isSelf))
  }

  /** POST /v1/chats: reuses the direct chat with the user, or creates the chat (the route sends `messageText` there). */
  create(input: { accountID: string; participantIDs: ReadonlyArray<string>; type: "single" | "group"; title?: string }): OpenedChat {
    const account = this.#account(input.accountID)
    if (input.type === "single" && input.participantIDs.length !== 1) throw new InvalidField(["participantIDs"], "invalid_length", "'single' requires exactly one participantID")
    const users = input.participantIDs.map((id) => {
      const user = account.contacts.find((c) => c.id === id) ?? this.#knownUser(account.account.accountID, id)
      if (!user) throw new Rejected("UNKNOWN_PARTICIPANT", `Unknown participant on ${account.account.accountID}: ${id}`)
      if (user.cannotMessage) throw new Rejected("CANNOT_MESSAGE", `Beeper cannot start a chat with ${id}`)
      return user
    })
    if (input.type === "single") {
      const existing = this.directChatWith(account.account.accountID, (users[0] as User).id)
      if (existing) return { chat: existing, status: "existing" }
    }
    const participants: Array<Participant> = [{ ...account.account.user, isSelf: true, ...(input.type === "group" ? { isAdmin: true } : {}) }, ...users.map((u) => ({ ...u }))]
    const title = input.type === "group" ? (input.title ?? users.map((u) => u.fullName?.split(" ")[0] ?? u.id).join(", ")) : undefined
    return { chat: this.add(this.newRecord(account, input.type, participants, title)), status: "created" }
  }

  /** POST /v1/chats/start: resolves a user from identifiers and opens (or reuses) the direct chat (the route sends `messageText`). */
  start(input: {
    accountID: string
    user: { id?: string; email?: string; fullName?: string; phoneNumber?: string; username?: string }
    allowInvite?: boolean
  }): OpenedChat {
    const account = this.#account(input.accountID)
    const { id, email, phoneNumber, username, fullName } = input.user
    if (!id && !email && !phoneNumber && !username)
      throw new Rejected("NO_IDENTIFIER", "user needs at least one of id, email, phoneNumber or username (fullName is a ranking hint only)")
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
    if (!user) throw new Rejected("USER_NOT_FOUND", "No user matches the given identifiers on this account")
    if (user.cannotMessage) throw new Rejected("CANNOT_MESSAGE", `Beeper cannot start a chat with ${user.id}`)
    const existing = this.directChatWith(account.account.accountID, user.id)
    if (existing) return { chat: existing, status: "existing" }
    return { chat: this.add(this.newRecord(account, "single", [{ ...account.account.user, isSelf: true }, { ...user }], undefined)), status: "created" }
  }

  #account(accountID: string): AccountRecord {
    const account = this.#ctx.records.account(accountID)
    if (!account) throw new Rejected("UNKNOWN_ACCOUNT", `Account not found: ${accountID}`)
    return account
  }

  /** A user seen as a participant of a chat on the account (not necessarily a contact). */
  #knownUser(accountID: string, userID: string): User | undefined {
    for (const chat of this.#ctx.records.chats()) {
      if (chat.accountID !== accountID) continue
      const p = chat.participants.find((x) => x.id === userID && !x.isSelf)
      if (p) return { id: p.id, ...(p.fullName ? { fullName: p.fullName } : {}), ...(p.cannotMessage !== undefined ? { cannotMessage: p.cannotMessage } : {}) }
    }
    return undefined
  }
}

/**
 * The outside world, on demand: contacts sending, reacting, editing and deleting; chats appearing and
 * disappearing; the network confirming (or failing) sends; a phone scanning a login QR code; another
 * device asking for verification; and optional background chatter for demos.
 */
import { CONTENT_KINDS, type ContentKind } from "../fixtures/content.ts"
import { makePeople } from "../fixtures/people.ts"
import type { ValidationIssue } from "../http/errors.ts"
import { makeRandom } from "../support/random.ts"
import type { Store } from "../store/index.ts"
import type { Chat, ChatRecord, Message, Participant, Verification } from "../store/model.ts"
import { InvalidField, NotFound, Rejected } from "../store/outcomes.ts"
import { TASK_KINDS, type TaskKind, trafficProblem } from "../store/scheduler.ts"

/** Simulation of everything that happens outside the API. */
export interface Simulate {
  /**
   * A contact sends a message (default: the other participant of the most recently active chat of a connected
   * account, a random line). Throws for a `kind` that is not a content kind.
   */
  readonly incomingMessage: (input?: {
    readonly chatID?: string
    readonly senderID?: string
    readonly text?: string
    readonly kind?: ContentKind
    readonly replyToMessageID?: string
    readonly mentionsSelf?: boolean
  }) => Message
  /**
   * A chat appears, started by someone else (default: a new contact on the first account writes "Hey! 👋"). Throws
   * for a `type` other than `single` or `group`.
   */
  readonly newChat: (input?: {
    readonly accountID?: string
    readonly type?: "single" | "group"
    readonly title?: string
    readonly participantIDs?: ReadonlyArray<string>
    readonly text?: string
  }) => Chat
  /** A participant reacts to a message. */
  readonly reaction: (input: { readonly chatID: string; readonly messageID: string; readonly reactionKey: string; readonly senderID?: string }) => Message
  /** The sender edits a message. */
  readonly editMessage: (input: { readonly chatID: string; readonly messageID: string; readonly text: string }) => Message
  /** The sender deletes a message for everyone. */
  readonly deleteMessage: (input: { readonly chatID: string; readonly messageID: string }) => void
  /** The chat is deleted (e.g. on another device). */
  readonly deleteChat: (chatID: string) => void
  /**
   * Runs deferred work held back by a `"manual"` delay (sends being confirmed, remote actions); returns how many ran.
   * Throws for a `kind` other than `send` or `remote`.
   */
  readonly settle: (kind?: TaskKind) => number
  /** The network will reject the next send. */
  readonly failNextSend: (failure?: { readonly status?: "FAIL_RETRIABLE" | "FAIL_PERMANENT"; readonly reason?: string; readonly message?: string }) => void
  /** The phone scans the QR code / confirms the code of a login session (default: every waiting session). */
  readonly confirmLoginDisplay: (loginSessionID?: string) => number
  /** Another signed-in device asks to verify this one. */
  readonly incomingVerification: (device?: { readonly name?: string; readonly deviceID?: string }) => Verification
  /** Starts (ms interval) or stops (`false`) random incoming messages in recent chats of connected accounts. */
  readonly traffic: (intervalMs: number | false) => void
}

/** The chat types `simulate.newChat` makes: the spec's `Chat.type` (the drift profile's `channel` is its own). */
export const SIMULATED_CHAT_TYPES = ["single", "group"] as const

/**
 * The problem of an enumerated input field (`kind`, `type`) that is given but not one of `allowed`, or undefined:
 * `POST /_mock/simulate/...` answers 400 with it, the programmatic API throws it as an {@link InvalidField}.
 */
export const enumIssue = (name: string, value: unknown, allowed: ReadonlyArray<string>): ValidationIssue | undefined =>
  value === undefined || (typeof value === "string" && allowed.includes(value))
    ? undefined
    : { code: "invalid_enum_value", message: `${name} must be one of ${allowed.join(", ")} (got ${typeof value === "string" ? JSON.stringify(value) : String(value)})`, path: [name] }

/** Refuses an input field outside `allowed` (input may come from untyped JavaScript). */
const requireOneOf = (name: string, value: unknown, allowed: ReadonlyArray<string>): void => {
  const issue = enumIssue(name, value, allowed)
  if (issue) throw new InvalidField([name], issue.code, issue.message)
}

/** Creates the simulation API over a store. */
export const makeSimulate = (store: Store, seed: string | number): Simulate & { readonly stop: () => void } => {
  const { records, views } = store
  const rng = makeRandom(`${seed}:simulate`)
  const strangers = makePeople(makeRandom(`${seed}:strangers`), 60)
  let strangerIndex = 0
  let timer: ReturnType<typeof setInterval> | undefined

  /**
   * Chats someone else can write in, most recently active first: not of an account that needs reconnecting (a
   * disconnected account receives nothing on a real Desktop, and a reply there fails: traffic that brought its chats
   * to the top made "answer the latest chat" fail with "The account needs to be reconnected").
   */
  const recentChats = (): Array<ChatRecord> =>
    records
      .chats()
      .filter((c) =>
        !c.merge && !c.isReadOnly && c.participants.some((p) => !p.isSelf && !p.isNetworkBot) &&
        records.account(c.accountID)?.account.status !== "reconnect_required"
      )
      .sort((a, b) => records.lastActivity(b) - records.lastActivity(a))

  const chatFor = (chatID: string | undefined): ChatRecord => {
    if (chatID !== undefined) return records.requireChat(chatID)
    const chat = recentChats()[0]
    if (!chat) throw new Rejected("NO_CHAT", "There is no chat to receive a message")
    return chat
  }

  const incomingMessage: Simulate["incomingMessage"] = (input = {}) => {
    requireOneOf("kind", input.kind, CONTENT_KINDS)
    const chat = chatFor(input.chatID)
    const record = store.incoming.receive(chat, {
      ...(input.senderID !== undefined ? { senderID: input.senderID } : {}),
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.replyToMessageID !== undefined ? { replyToMessageID: input.replyToMessageID } : {}),
      ...(input.mentionsSelf !== undefined ? { mentionsSelf: input.mentionsSelf } : {}),
    })
    const target = records.chat(record.message.chatID) ?? chat
    return views.message(target, record)
  }

  const newChat: Simulate["newChat"] = (input = {}) => {
    requireOneOf("type", input.type, SIMULATED_CHAT_TYPES)
    const account = input.accountID !== undefined ? records.requireAccount(input.accountID) : records.accounts.find((a) => a.contacts.length > 0)
    if (!account) throw new Rejected("NO_ACCOUNT", "There is no account to receive a chat")
    const type = input.type ?? ((input.participantIDs?.length ?? 1) > 1 ? "group" : "single")
    let others: Array<Participant>
    if (input.participantIDs !== undefined) {
      others = input.participantIDs.map((id) => {
        const user = account.contacts.find((u) => u.id === id)
        if (!user) throw new Rejected("UNKNOWN_PARTICIPANT", `Not a contact of ${account.account.accountID}: ${id}`)
        return { ...user }
      })
    } else {
      const person = strangers[strangerIndex++ % strangers.length]
      const server = account.account.user.id.split(":").slice(1).join(":") || "beeper.com"
      const user = { id: `@${account.account.bridge.type}_new${strangerIndex}:${server}`, fullName: person?.fullName ?? `New contact ${strangerIndex}`, isSelf: false, cannotMessage: false }
      account.contacts.push(user)
      others = [{ ...user }]
      if (type === "group") others.push(...rng.sample(account.contacts.slice(0, -1), 3).map((u) => ({ ...u })))
    }
    const self: Participant = { ...account.account.user, isSelf: true }
    const title = type === "group" ? (input.title ?? others.map((p) => p.fullName?.split(" ")[0] ?? p.id).join(", ")) : input.title
    const chat = store.chats.newRecord(account, type, [self, ...others], title)
    const sibling = records.chats().find((c) => c.accountID === account.account.accountID)
    if (sibling) chat.capabilities = sibling.capabilities
    store.chats.add(chat)
    store.incoming.receive(chat, { senderID: (others[0] as Participant).id, text: input.text ?? "Hey! 👋" })
    return views.chat(chat)
  }

  const messageOf = (chatID: string, messageID: string) => {
    const chat = records.requireChat(chatID)
    return { chat, record: records.requireMessage(chat, messageID) }
  }

  return {
    incomingMessage,
    newChat,
    reaction: ({ chatID, messageID, reactionKey, senderID }) => {
      const { chat, record } = messageOf(chatID, messageID)
      const reactor = senderID ?? chat.participants.find((p) => !p.isSelf && !p.isNetworkBot)?.id
      if (reactor === undefined) throw new Rejected("UNKNOWN_SENDER", "The chat has no other participant")
      store.reactions.receive(chat, record, reactor, reactionKey)
      return views.message(chat, record)
    },
    editMessage: ({ chatID, messageID, text }) => {
      const { chat, record } = messageOf(chatID, messageID)
      store.incoming.edit(chat, record, text)
      return views.message(chat, record)
    },
    deleteMessage: ({ chatID, messageID }) => {
      const { chat, record } = messageOf(chatID, messageID)
      store.incoming.delete(chat, record)
    },
    deleteChat: (chatID) => {
      if (!store.chats.remove(records.requireChat(chatID).id)) throw new NotFound("Chat", chatID)
    },
    settle: (kind) => {
      requireOneOf("kind", kind, TASK_KINDS)
      return store.scheduler.release(kind)
    },
    failNextSend: (failure = {}) => {
      store.sending.failures.push({
        status: failure.status ?? "FAIL_PERMANENT",
        reason: failure.reason ?? "network_error",
        message: failure.message ?? "The network rejected the message",
      })
    },
    confirmLoginDisplay: (loginSessionID) => {
      const ids = loginSessionID === undefined ? store.bridges.waitingForDisplay() : [loginSessionID]
      return ids.filter((id) => store.bridges.confirmDisplay(id)).length
    },
    incomingVerification: (device = {}) => store.app.addIncomingVerification({ id: device.name ?? "Beeper on Android", deviceID: device.deviceID ?? `ANDROID${rng.token(4).toUpperCase()}` }),
    traffic: (intervalMs) => {
      const problem = intervalMs === false ? undefined : trafficProblem(intervalMs)
      if (problem !== undefined) throw new InvalidField(["intervalMs"], "invalid_type", `intervalMs ${problem}, or false`)
      if (timer) clearInterval(timer)
      timer = undefined
      if (intervalMs === false) return
      timer = setInterval(() => {
        const chat = rng.pick(recentChats().slice(0, 12))
        const sender = rng.pick(chat.participants.filter((p) => !p.isSelf && !p.isNetworkBot))
        store.incoming.receive(chat, { senderID: sender.id, kind: rng.chance(0.85) ? "text" : rng.pick(["image", "voice", "link", "gif"] as const) })
      }, intervalMs)
      timer.unref?.()
    },
    stop: () => {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}

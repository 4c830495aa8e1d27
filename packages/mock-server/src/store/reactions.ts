/**
 * Reactions: the user's (POST/DELETE .../reactions, deduplicated by transactionID, tapback-only networks) and
 * other participants' (the outside world). One reaction per person and key. Where `reactionCount` is 1, a new
 * reaction replaces the person's last; above 1, it is the most the user may have on a message.
 */
import type { MessagingContext } from "./context.ts"
import type { ChatRecord, MessageRecord, Reaction } from "./model.ts"
import { NotFound, Rejected } from "./outcomes.ts"

/** How many reactions a person may have on one message (`reactionCount`, "maximum number of reactions allowed on a single message"). */
const reactionLimit = (chat: ChatRecord): number => chat.capabilities.reactionCount ?? 1

/** True when the chat keeps several reactions per person. */
const multiReaction = (chat: ChatRecord): boolean => reactionLimit(chat) > 1

/** A person's reaction (its ID is the person, plus the key where one person may have several). */
const reactionOf = (participantID: string, reactionKey: string, multi: boolean): Reaction => ({
  id: multi ? `${participantID}${reactionKey}` : participantID,
  participantID,
  reactionKey,
  emoji: !/^[a-z0-9_+-]+$/.test(reactionKey),
})

/** Adds and removes reactions. */
export class Reactions {
  readonly #ctx: MessagingContext
  readonly #transactions = new Map<string, { chatID: string; messageID: string; reactionKey: string }>()

  constructor(ctx: MessagingContext) {
    this.#ctx = ctx
  }

  /** POST .../reactions: adds the user's reaction (deduplicated by transactionID). */
  add(chat: ChatRecord, record: MessageRecord, reactionKey: string, transactionID: string | undefined): { transactionID: string } {
    if (transactionID !== undefined && this.#transactions.has(transactionID)) return { transactionID }
    if (record.pending) throw new Rejected("MESSAGE_PENDING", "The message is still being sent")
    if (record.message.isDeleted) throw new Rejected("MESSAGE_DELETED", "Deleted messages cannot be reacted to")
    if ((chat.capabilities.reaction ?? 0) <= 0) throw new Rejected("UNSUPPORTED", `Reactions are not supported on ${chat.network}`)
    const allowed = chat.capabilities.allowedReactions
    if (allowed && !allowed.includes(reactionKey)) throw new Rejected("REACTION_NOT_ALLOWED", `Allowed reactions: ${allowed.join(" ")}`)
    const self = this.#ctx.records.selfOf(chat)
    const multi = multiReaction(chat)
    const reactions = record.message.reactions ?? []
    const mine = reactions.filter((r) => r.participantID === self.id)
    if (!mine.some((r) => r.reactionKey === reactionKey)) {
      const limit = reactionLimit(chat)
      if (multi && mine.length >= limit)
        throw new Rejected("REACTION_LIMIT_REACHED", `At most ${limit} reactions per message on ${chat.network}; remove one of yours first`)
      const kept = multi ? reactions : reactions.filter((r) => r.participantID !== self.id)
      record.message.reactions = [...kept, reactionOf(self.id, reactionKey, multi)]
      this.#ctx.changes.messages(chat, [record])
    }
    const txn = transactionID ?? `txn_${this.#ctx.ids.token(12)}`
    this.#transactions.set(txn, { chatID: chat.id, messageID: record.message.id, reactionKey })
    return { transactionID: txn }
  }

  /** DELETE .../reactions/{reactionKey}: removes the user's own reaction ({@link NotFound} when there is none). */
  remove(chat: ChatRecord, record: MessageRecord, reactionKey: string): void {
    const self = this.#ctx.records.selfOf(chat)
    const reactions = record.message.reactions ?? []
    const remaining = reactions.filter((r) => !(r.participantID === self.id && r.reactionKey === reactionKey))
    if (remaining.length === reactions.length) throw new NotFound("Reaction", reactionKey)
    if (remaining.length > 0) record.message.reactions = remaining
    else delete record.message.reactions
    this.#ctx.changes.messages(chat, [record])
  }

  /** Another participant reacts to a message (the outside world); the same reaction again changes nothing. */
  receive(chat: ChatRecord, record: MessageRecord, participantID: string, reactionKey: string): void {
    if (!chat.participants.some((p) => p.id === participantID)) throw new Rejected("UNKNOWN_SENDER", `Not a participant: ${participantID}`)
    if ((record.message.reactions ?? []).some((r) => r.participantID === participantID && r.reactionKey === reactionKey)) return
    const multi = multiReaction(chat)
    const reactions = (record.message.reactions ?? []).filter((r) => multi || r.participantID !== participantID)
    reactions.push(reactionOf(participantID, reactionKey, multi))
    record.message.reactions = reactions
    this.#ctx.changes.messages(chat, [record])
  }
}

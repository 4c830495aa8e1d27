/**
 * The pure rules of incoming-message delivery, tested without a socket: which messages count as *incoming* (from
 * someone else, new, real), and the per-chat cursor that says whether one was already delivered — the sortKey of
 * the last delivered message plus a bounded window of recently delivered IDs (insertion order, oldest forgotten
 * first), so memory stays bounded however long a bot runs.
 *
 * @module
 */
import type { Message } from "../generated/schemas.ts"
import { millisOf } from "./ActiveChats.ts"
import { compareSortKeys } from "./GapFill.ts"

/**
 * Where delivery stands in one chat: the last delivered message and the IDs delivered most recently.
 * @since 1.0.0
 * @category Delivery
 */
export interface ChatCursor {
  readonly chatID: string
  /** ID of the last delivered message. */
  readonly id: string
  /**
   * Its sortKey: a message below it is history, never delivered again; one with the same sortKey is new unless it is
   * this message or among `recent` (several messages may share a sortKey).
   */
  readonly sortKey: string
  /** Its timestamp (epoch ms), when known. */
  readonly timestamp: number | undefined
  /** IDs delivered most recently, oldest first (at most the window given to {@link advance}). */
  readonly recent: ReadonlyArray<string>
}

/** Default size of the recent-ID window per chat. */
export const defaultRecentWindow = 256

/**
 * Whether `message` is an incoming message at all: sent by someone else (`isSender` is not `true`, and — for a
 * server that leaves `isSender` out — the sender is none of `ownUserIDs`, the accounts' own users), not a reaction,
 * not deleted or hidden, and not a send of ours still in flight (a `sendStatus` other than `SUCCESS` only ever
 * appears on our own messages; a pending ID is one of them).
 */
export const isIncoming = (message: Message, ownUserIDs: ReadonlySet<string> = new Set()): boolean =>
  message.isSender !== true && !ownUserIDs.has(message.senderID) && message.type !== "REACTION" &&
  message.isDeleted !== true && message.isHidden !== true &&
  (message.sendStatus === undefined || message.sendStatus.status === "SUCCESS")

/**
 * Whether `message` is new for `cursor`: not older than the last delivered message (by sortKey; a distinct message
 * with the same sortKey is new) and neither that message nor among the IDs delivered recently — duplicates are told
 * by ID. A chat without a cursor has had nothing delivered: everything is new.
 */
export const isNew = (cursor: ChatCursor | undefined, message: Message): boolean =>
  cursor === undefined ||
  (compareSortKeys(message.sortKey, cursor.sortKey) >= 0 && message.id !== cursor.id &&
    !cursor.recent.includes(message.id))

/** Whether `message` is one to deliver for `cursor`: {@link isIncoming} and {@link isNew}. */
export const isDeliverable = (
  cursor: ChatCursor | undefined,
  message: Message,
  ownUserIDs: ReadonlySet<string> = new Set(),
): boolean => isIncoming(message, ownUserIDs) && isNew(cursor, message)

/**
 * The cursor after `message` was delivered (the window keeps the newest `window` IDs). A message with the same
 * sortKey as the cursor's joins `recent` and leaves the cursor's message as it is (still not new, see {@link isNew}).
 */
export const advance = (cursor: ChatCursor | undefined, message: Message, window = defaultRecentWindow): ChatCursor => {
  const recent = (cursor?.recent ?? []).filter((id) => id !== message.id)
  recent.push(message.id)
  const later = cursor === undefined || compareSortKeys(message.sortKey, cursor.sortKey) > 0
  const timestamp = Date.parse(message.timestamp)
  return {
    chatID: message.chatID,
    id: later ? message.id : cursor.id,
    sortKey: later ? message.sortKey : cursor.sortKey,
    timestamp: later ? (Number.isNaN(timestamp) ? undefined : timestamp) : cursor.timestamp,
    recent: recent.slice(Math.max(0, recent.length - Math.max(1, window))),
  }
}

/**
 * The part of `cursor.recent` that {@link isNew} needs once the messages older than the cursor are out of sight (what a
 * checkpoint keeps across a restart): the IDs delivered after the cursor's own message — those sharing its sortKey,
 * as {@link advance} moves the cursor to every later one — since every other delivered message is below the cursor's
 * sortKey, history already. When the cursor's message has left the window (more messages than the window shared one
 * sortKey), or the cursor was not made by {@link advance}, all of `recent`.
 */
export const sharingSortKey = (cursor: ChatCursor): ReadonlyArray<string> => {
  const at = cursor.recent.lastIndexOf(cursor.id)
  return at < 0 ? cursor.recent : cursor.recent.slice(at + 1)
}

/**
 * Which of two messages of one chat came first: the lower sortKey; for messages that share one (Desktop can give
 * several the same), the earlier timestamp — a property of the message, so the order does not depend on how the
 * messages were fetched —; `0` when neither tells (a stable sort then keeps the order they were given in).
 */
export const compareOldestFirst = (a: Message, b: Message): number => {
  const bySortKey = compareSortKeys(a.sortKey, b.sortKey)
  if (bySortKey !== 0) return bySortKey
  const [at, bt] = [millisOf(a.timestamp), millisOf(b.timestamp)]
  return at === undefined || bt === undefined ? 0 : at - bt
}

/**
 * Of `messages` (one chat, possibly repeated), those to deliver: incoming, new for `cursor`, once each, oldest first
 * ({@link compareOldestFirst}) — and the cursor after them, for in-process bookkeeping. Give `messages` oldest first as
 * far as known (a listing of Desktop's, newest first, reversed): messages that share a sortKey and a timestamp keep
 * that order.
 */
export const select = (
  cursor: ChatCursor | undefined,
  messages: ReadonlyArray<Message>,
  window = defaultRecentWindow,
  ownUserIDs: ReadonlySet<string> = new Set(),
): { readonly deliver: ReadonlyArray<Message>; readonly cursor: ChatCursor | undefined } => {
  const byID = new Map<string, Message>()
  for (const message of messages) {
    if (isDeliverable(cursor, message, ownUserIDs)) byID.set(message.id, message)
  }
  const deliver = [...byID.values()].sort(compareOldestFirst)
  let next = cursor
  for (const message of deliver) next = advance(next, message, window)
  return { deliver, cursor: next }
}

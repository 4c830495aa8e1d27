/**
 * What an events `Stream` carries: the server's domain events, decoded, and the client's control signals.
 * Every element has a `type`; domain events keep the wire's type names (`message.upserted`...), so
 * `if (event.type === "message.upserted")` narrows to a typed event whose `entries` are decoded `Message`s.
 *
 * @module
 */
import type {
  ChatDeletedEvent,
  ChatUpsertedEvent,
  MessageDeletedEvent,
  MessageUpsertedEvent,
} from "../generated/ws.ts"
import type { MalformedFrame } from "./EventsError.ts"

/**
 * A chat was created or updated (`{ type, seq, ts, chatID, ids }`; `seq` restarts on every connection). Fetch the
 * chat with `beeper.chats.retrieve({ chatID })`.
 */
export type ChatUpserted = ChatUpsertedEvent

/** A chat was deleted. */
export type ChatDeleted = ChatDeletedEvent

/**
 * Messages were created or updated. `entries`, when the server sent them, are the messages, decoded with the
 * generated `Message` schema; an entry that is not a valid Message is left out (its ID stays in `ids`).
 */
export interface MessageUpserted extends MessageUpsertedEvent {
  /**
   * `true` on events made by the gap filler from `GET /v1/chats/{chatID}/messages` rather than received live;
   * their `seq` is `0` and `ts` the time of the fill.
   */
  readonly filled?: true
}

/** Messages were deleted. */
export type MessageDeleted = MessageDeletedEvent

/** The four documented domain events. */
export type DomainEvent = ChatUpserted | ChatDeleted | MessageUpserted | MessageDeleted

/** A frame whose `type` this version does not know (a newer Beeper Desktop). Never a failure. */
export interface UnknownEvent {
  readonly type: "unknown"
  /** The frame's own `type`. */
  readonly eventType: string
  /** The whole frame, as parsed JSON. */
  readonly frame: unknown
}

/**
 * A connection is ready: the server acknowledged the subscription. `connection` counts from 1; every number after
 * 1 is a reconnect, followed by a `gap` signal when events may have been missed.
 */
export interface Connected {
  readonly type: "connected"
  readonly connection: number
  /** The effective subscription, as the server acknowledged it (`["*"]`, `[]` or chat IDs). */
  readonly chatIDs: ReadonlyArray<string>
}

/** A live connection dropped; the service reconnects on its schedule. */
export interface Disconnected {
  readonly type: "disconnected"
  readonly connection: number
  /** Why, e.g. `closed with code 1006` or `no frame for 30000 ms`. */
  readonly message: string
}

/**
 * Events may have been missed for `chatIDs`.
 * - reason `"reconnect"`: the connection dropped and was re-established (seq restarted). When the subscription
 *   was `"*"`, `allChats` is `true`: any chat may be affected, `chatIDs` lists the chats seen so far.
 * - reason `"overflow"`: the buffer was full (strategy `"drop-oldest"`); `dropped` events of `chatIDs` were discarded.
 */
export interface Gap {
  readonly type: "gap"
  readonly reason: "reconnect" | "overflow"
  readonly chatIDs: ReadonlyArray<string>
  readonly allChats: boolean
  /** How many buffered elements were discarded (`0` for reconnects). */
  readonly dropped: number
}

/** The gap filler fetched what a gap may have hidden; `messages` new messages were emitted as `message.upserted`. */
export interface GapFilled {
  readonly type: "gap.filled"
  /** The chats that were fetched. */
  readonly chatIDs: ReadonlyArray<string>
  readonly messages: number
  /** Chats of the gap that could not be filled (no message of theirs seen yet, or the fetch failed). */
  readonly unfilled: ReadonlyArray<string>
}

/** A frame could not be read (invalid JSON or a shape that breaks the protocol). The stream continues. */
export interface FrameMalformed {
  readonly type: "frame.malformed"
  readonly error: MalformedFrame
}

/** The server sent an `error` frame not tied to a request of ours. Repeated ones end the stream. */
export interface ServerErrorSignal {
  readonly type: "server.error"
  readonly code: string
  readonly message: string
  readonly requestID?: string
}

/** `setSubscriptions` took effect: events from here on follow the new set. */
export interface SubscriptionsUpdated {
  readonly type: "subscriptions.updated"
  readonly chatIDs: ReadonlyArray<string>
}

/** The client's control signals, interleaved with the events in stream order. */
export type Signal =
  | Connected
  | Disconnected
  | Gap
  | GapFilled
  | FrameMalformed
  | ServerErrorSignal
  | SubscriptionsUpdated

/** One element of an events stream. */
export type LiveEvent = DomainEvent | UnknownEvent | Signal

/** Whether `event` is one of the four domain events (not unknown, not a signal). */
export const isDomainEvent = (event: LiveEvent): event is DomainEvent =>
  event.type === "chat.upserted" || event.type === "chat.deleted" || event.type === "message.upserted" ||
  event.type === "message.deleted"

/** The chats an element is about, for gap accounting: its `chatID`, or a gap's `chatIDs`. */
export const chatsOf = (event: LiveEvent): ReadonlyArray<string> =>
  isDomainEvent(event) ? [event.chatID] : event.type === "gap" ? event.chatIDs : []

/**
 * Whether the `"drop-oldest"` strategy may discard `event`: events, unknown events and malformed-frame signals may
 * go; the connection signals (`connected`, `disconnected`, `gap`, `gap.filled`, `subscriptions.updated`) are kept.
 */
export const isDroppable = (event: LiveEvent): boolean =>
  isDomainEvent(event) || event.type === "unknown" || event.type === "frame.malformed" || event.type === "server.error"

/**
 * Folds a discarded element into the pending overflow gap (strategy `"drop-oldest"`): the chats are united, the
 * counts added; a discarded reconnect gap keeps `allChats`.
 */
export const foldDropped = (pending: LiveEvent | undefined, dropped: LiveEvent): LiveEvent => {
  const previous: Gap | undefined = pending?.type === "gap" ? pending : undefined
  const chats = new Set(previous?.chatIDs ?? [])
  for (const chat of chatsOf(dropped)) chats.add(chat)
  const droppedGap = dropped.type === "gap" ? dropped : undefined
  return {
    type: "gap",
    reason: "overflow",
    chatIDs: [...chats],
    allChats: (previous?.allChats ?? false) || (droppedGap?.allChats ?? false),
    dropped: (previous?.dropped ?? 0) + 1 + (droppedGap?.dropped ?? 0),
  }
}

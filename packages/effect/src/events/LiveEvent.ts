/**
 * What an events `Stream` carries: the server's domain events, decoded, and the client's control signals.
 * Every element has a `type`; domain events keep the wire's type names (`message.upserted`...), so
 * `if (event.type === "message.upserted")` narrows to a typed event whose `entries` are complete, validated
 * `Message`s.
 *
 * @module
 */
import type { ChatDeletedEvent, ChatUpsertedEvent, MessageDeletedEvent, MessageUpsertedEvent } from "@beeper-kit/core/ws"
import type { AppSetupState, Chat, Message } from "../generated/schemas.ts"
import type { Overflow } from "./EventBuffer.ts"
import type { MalformedFrame } from "./EventsError.ts"

/**
 * A best-effort entry of an upserted event that could not be completed: the server sent it partial (or not
 * matching the schema) and fetching the resource over HTTP did not succeed. Its ID stays in the event's `ids`.
 * @since 1.0.0
 * @category Events
 */
export interface UnhydratedEntry {
  /** The entity's ID (the entry's `id`); `undefined` when the entry had none. */
  readonly id: string | undefined
  /**
   * Why it could not be completed: `not-found` (the GET answered 404), `request-failed` (any other failure of the
   * GET, after its retries), `no-http-client` (no `BeeperDesktop` service was provided to fetch it), `missing-id`
   * (the entry has no ID to fetch it by).
   */
  readonly reason: "not-found" | "request-failed" | "no-http-client" | "missing-id"
  /** Short and human, e.g. `NotFound: Message not found`. */
  readonly message: string
}

/**
 * A chat was created or updated (`{ type, seq, ts, chatID, ids }`; `seq` restarts on every connection). `entries`,
 * when the server sent them, are complete, validated `Chat`s (partial ones completed with `chats.retrieve`); else
 * fetch the chat with `beeper.chats.retrieve({ chatID })`.
 * @since 1.0.0
 * @category Events
 */
export interface ChatUpserted extends Omit<ChatUpsertedEvent, "ts" | "entries"> {
  /** Server time of the event, in epoch milliseconds — whatever the wire form (ISO 8601, epoch ms, numeric string). */
  readonly ts: number
  /** Complete, validated chats, in the order the server sent them. */
  readonly entries?: ReadonlyArray<Chat>
  /** Entries that could not be completed (see {@link UnhydratedEntry}); absent when every entry is complete. */
  readonly unhydrated?: ReadonlyArray<UnhydratedEntry>
}

/**
 * A chat was deleted.
 * @since 1.0.0
 * @category Events
 */
export interface ChatDeleted extends Omit<ChatDeletedEvent, "ts"> {
  /** Server time of the event, in epoch milliseconds — whatever the wire form (ISO 8601, epoch ms, numeric string). */
  readonly ts: number
}

/**
 * Messages were created or updated. `entries`, when the server sent them, are complete messages validated with the
 * generated `Message` schema: a partial entry (the server's entries are best-effort) is completed with
 * `messages.retrieve`, and one that cannot be is listed in `unhydrated`. No entry is left out without a signal.
 * @since 1.0.0
 * @category Events
 */
export interface MessageUpserted extends Omit<MessageUpsertedEvent, "ts" | "entries"> {
  /** Server time of the event, in epoch milliseconds — whatever the wire form (ISO 8601, epoch ms, numeric string). */
  readonly ts: number
  /** Complete, validated messages, in the order the server sent them. */
  readonly entries?: ReadonlyArray<Message>
  /** Entries that could not be completed (see {@link UnhydratedEntry}); absent when every entry is complete. */
  readonly unhydrated?: ReadonlyArray<UnhydratedEntry>
  /**
   * `true` on events made by the gap filler from `GET /v1/chats/{chatID}/messages` rather than received live;
   * their `seq` is `0` and `ts` the time of the fill.
   */
  readonly filled?: true
}

/**
 * Messages were deleted.
 * @since 1.0.0
 * @category Events
 */
export interface MessageDeleted extends Omit<MessageDeletedEvent, "ts"> {
  /** Server time of the event, in epoch milliseconds — whatever the wire form (ISO 8601, epoch ms, numeric string). */
  readonly ts: number
}

/**
 * The four documented domain events.
 * @since 1.0.0
 * @category Events
 */
export type DomainEvent = ChatUpserted | ChatDeleted | MessageUpserted | MessageDeleted

/**
 * `message.stream`, sent by newer Desktop builds. What it carries is not documented (see the spec's note): the fields
 * domain events have are read when present, and the whole frame is kept.
 * @since 1.0.0
 * @category Events
 */
export interface MessageStream {
  readonly type: "message.stream"
  readonly seq?: number
  /** Server time, in epoch milliseconds, when the frame has a `ts`. */
  readonly ts?: number
  readonly chatID?: string
  readonly accountID?: string
  /** The whole frame, as parsed JSON. */
  readonly frame: Readonly<Record<string, unknown>>
}

/**
 * `app.state.updated`, sent by newer Desktop builds: the app's sign-in and encrypted messaging setup state changed
 * (the `state` of `GET /v1/app/setup`). Not documented by Beeper; read as third-party clients read it.
 * @since 1.0.0
 * @category Events
 */
export interface AppStateUpdated {
  readonly type: "app.state.updated"
  readonly seq?: number
  /** Server time, in epoch milliseconds, when the frame has a `ts`. */
  readonly ts?: number
  /** `appState.state`, when sent: `ready`, `needs-login`, `initializing`, ... (a newer Desktop may send others). */
  readonly state?: AppSetupState | (string & {})
  /** `appState` as sent (an open object). */
  readonly appState?: Readonly<Record<string, unknown>>
  /** The whole frame, as parsed JSON. */
  readonly frame: Readonly<Record<string, unknown>>
}

/**
 * A frame whose `type` this version does not know (a newer Beeper Desktop). Never a failure: reported once as
 * `unknown-event-type` drift, and — with `strict: true` — refused as a `frame.malformed` signal instead.
 * @since 1.0.0
 * @category Events
 */
export interface UnknownEvent {
  readonly type: "unknown"
  /** The frame's own `type`. */
  readonly eventType: string
  /** The whole frame, as parsed JSON. */
  readonly frame: unknown
}

/**
 * A connection is ready: the server acknowledged a subscription covering the stream's chats. `connection` numbers the
 * layer's shared connection from 1 (a stream that joins it later may first see a higher number); a `connected`
 * after a `disconnected` is a reconnect, followed by a `gap` signal when events may have been missed.
 * @since 1.0.0
 * @category Events
 */
export interface Connected {
  readonly type: "connected"
  readonly connection: number
  /** The effective subscription, as the server acknowledged it (`["*"]`, `[]` or chat IDs). */
  readonly chatIDs: ReadonlyArray<string>
}

/**
 * A live connection dropped; the service reconnects on its schedule.
 * @since 1.0.0
 * @category Events
 */
export interface Disconnected {
  readonly type: "disconnected"
  readonly connection: number
  /**
   * Why, e.g. `closed with code 1006`, `closed with code 4000 (bye)` (the server's close reason on one line, without
   * control characters) or `no frame for 30000 ms`.
   */
  readonly message: string
}

/**
 * Events may have been missed for `chatIDs`.
 * - reason `"reconnect"`: the connection dropped and was re-established (seq restarted). When the subscription
 *   was `"*"`, `allChats` is `true`: any chat may be affected, `chatIDs` lists the chats seen so far (the 1,000 seen
 *   most recently, none whose ID is longer than 512 characters).
 * - reason `"overflow"`: the buffer was full (strategy `"drop-oldest"`); `dropped` events of `chatIDs` were discarded.
 * @since 1.0.0
 * @category Events
 */
export interface Gap {
  readonly type: "gap"
  readonly reason: "reconnect" | "overflow"
  readonly chatIDs: ReadonlyArray<string>
  readonly allChats: boolean
  /** How many buffered elements were discarded (`0` for reconnects). */
  readonly dropped: number
}

/**
 * The gap filler fetched what a gap may have hidden; `messages` new messages were emitted as `message.upserted`.
 * @since 1.0.0
 * @category Events
 */
export interface GapFilled {
  readonly type: "gap.filled"
  /** The chats that were fetched. */
  readonly chatIDs: ReadonlyArray<string>
  readonly messages: number
  /**
   * Chats of the gap that could not be filled: the fetch failed or ran past `maxPages`; for a gap of given chats, no
   * message of theirs seen yet; for a gap of every chat, chats active during the gap beyond `maxChats`.
   */
  readonly unfilled: ReadonlyArray<string>
  /**
   * `true` for a gap of every chat (`allChats`) when the chats active during it could not all be listed (the chat
   * list failed, or went on past the pages read): chats in neither `chatIDs` nor `unfilled` may have missed
   * messages too. Absent otherwise.
   */
  readonly unchecked?: true
}

/**
 * A frame could not be read (invalid JSON or a shape that breaks the protocol), or — with `strict: true` — it carried
 * what the spec does not describe (the message names each tolerance). The stream continues.
 * @since 1.0.0
 * @category Events
 */
export interface FrameMalformed {
  readonly type: "frame.malformed"
  readonly error: MalformedFrame
}

/**
 * The server sent an `error` frame not tied to a request of ours. Repeated ones end the stream.
 * @since 1.0.0
 * @category Events
 */
export interface ServerErrorSignal {
  readonly type: "server.error"
  readonly code: string
  readonly message: string
  readonly requestID?: string
}

/**
 * `setSubscriptions` took effect: events from here on follow the new set.
 * @since 1.0.0
 * @category Events
 */
export interface SubscriptionsUpdated {
  readonly type: "subscriptions.updated"
  readonly chatIDs: ReadonlyArray<string>
}

/**
 * The client's control signals, interleaved with the events in stream order.
 * @since 1.0.0
 * @category Events
 */
export type Signal =
  | Connected
  | Disconnected
  | Gap
  | GapFilled
  | FrameMalformed
  | ServerErrorSignal
  | SubscriptionsUpdated

/**
 * One element of an events stream.
 * @since 1.0.0
 * @category Events
 */
export type LiveEvent = DomainEvent | MessageStream | AppStateUpdated | UnknownEvent | Signal

/**
 * Whether `event` is one of the four domain events (not unknown, not a signal).
 * @since 1.0.0
 * @category Events
 */
export const isDomainEvent = (event: LiveEvent): event is DomainEvent =>
  event.type === "chat.upserted" || event.type === "chat.deleted" || event.type === "message.upserted" ||
  event.type === "message.deleted"

/** The chats an element is about, for gap accounting: its `chatID`, or a gap's `chatIDs`. */
export const chatsOf = (event: LiveEvent): ReadonlyArray<string> =>
  isDomainEvent(event)
    ? [event.chatID]
    : event.type === "gap"
    ? event.chatIDs
    : event.type === "message.stream" && event.chatID !== undefined
    ? [event.chatID]
    : []

/**
 * Whether the `"drop-oldest"` strategy may discard `event`: events (known, newer and unknown ones) and
 * malformed-frame signals may go; the connection signals (`connected`, `disconnected`, `gap`, `gap.filled`,
 * `subscriptions.updated`) are kept.
 */
export const isDroppable = (event: LiveEvent): boolean =>
  isDomainEvent(event) || event.type === "message.stream" || event.type === "app.state.updated" ||
  event.type === "unknown" || event.type === "frame.malformed" || event.type === "server.error"

/**
 * The pending overflow gap of the `"drop-oldest"` strategy, accumulated as elements are discarded: the chats are
 * united, the counts added; a discarded reconnect gap keeps `allChats`. O(1) per discarded event (per chat of a
 * discarded gap); the `gap` itself is built once, when the consumer takes it.
 */
export const overflowGap = (): Overflow<LiveEvent> => {
  const chats = new Set<string>()
  let allChats = false
  let dropped = 0
  return {
    add: (event) => {
      for (const chat of chatsOf(event)) chats.add(chat)
      if (event.type === "gap") {
        allChats ||= event.allChats
        dropped += event.dropped
      }
      dropped++
    },
    record: () => ({ type: "gap", reason: "overflow", chatIDs: [...chats], allChats, dropped }),
  }
}

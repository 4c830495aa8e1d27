// generated — do not edit.
// Source: spec/asyncapi.yaml · generator: @beeper-kit/codegen asyncapi step, @asyncapi/parser 3.6.3 · regenerate with `pnpm generate`.

import type { Message } from "../http/types.gen.ts"

/**
 * The chats to subscribe to. `["*"]` subscribes to all chats; a list of chat IDs subscribes to those chats only;
 * `[]` pauses events. `"*"` cannot be mixed with specific chat IDs (the server answers with an `error` frame,
 * code `INVALID_PAYLOAD`).
 */
export type SubscriptionChatIDs = readonly ["*"] | ReadonlyArray<string>

/**
 * Client → server. Fully replaces the current subscription set.
 */
export type SubscriptionsSetCommand = {
  readonly type: "subscriptions.set"
  /**
   * Client-chosen ID, echoed back in the `subscriptions.updated` or `error` reply.
   */
  readonly requestID?: string
  readonly chatIDs: SubscriptionChatIDs
}

/**
 * Server → client, sent on connect (initially no subscriptions).
 */
export type ReadyFrame = {
  readonly type: "ready"
  /**
   * Protocol version.
   */
  readonly version: number
  /**
   * The current subscriptions (empty right after connecting).
   */
  readonly chatIDs: ReadonlyArray<string>
}

/**
 * Server → client. Acknowledgement of `subscriptions.set`.
 */
export type SubscriptionsUpdatedFrame = {
  readonly type: "subscriptions.updated"
  /**
   * The `requestID` of the `subscriptions.set` being acknowledged.
   */
  readonly requestID?: string
  /**
   * The effective subscription list (`["*"]` for all chats, `[]` when paused).
   */
  readonly chatIDs: ReadonlyArray<string>
}

/**
 * Server → client error frame.
 */
export type ErrorFrame = {
  readonly type: "error"
  /**
   * The `requestID` of the command that failed, when applicable.
   */
  readonly requestID?: string
  /**
   * Machine-readable error code. Known value: `INVALID_PAYLOAD` (e.g. `chatIDs` combining `*` with specific IDs).
   * The list is open; treat unknown codes as generic errors.
   */
  readonly code: string
  /**
   * Human-readable error message.
   */
  readonly message: string
}

/**
 * The flat shape shared by all live domain events ("All live domain events use the same flat shape").
 */
export type DomainEvent = {
  /**
   * Domain event name: `chat.upserted`, `chat.deleted`, `message.upserted` or `message.deleted`.
   */
  readonly type: string
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  /**
   * Server timestamp in milliseconds (Unix epoch).
   */
  readonly ts: number
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort full payload objects. Documented for message.upserted events only.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/**
 * A chat was created or updated. Carries IDs only.
 */
export type ChatUpsertedEvent = {
  readonly type: "chat.upserted"
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  /**
   * Server timestamp in milliseconds (Unix epoch).
   */
  readonly ts: number
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort full payload objects. Documented for message.upserted events only.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/**
 * A chat was deleted. Carries IDs only.
 */
export type ChatDeletedEvent = {
  readonly type: "chat.deleted"
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  /**
   * Server timestamp in milliseconds (Unix epoch).
   */
  readonly ts: number
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort full payload objects. Documented for message.upserted events only.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/**
 * Messages were created or updated. `entries`, when present, are best-effort full Message objects.
 */
export type MessageUpsertedEvent = {
  readonly type: "message.upserted"
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  /**
   * Server timestamp in milliseconds (Unix epoch).
   */
  readonly ts: number
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort full Message objects for the IDs in `ids`.
   */
  readonly entries?: ReadonlyArray<Message>
}

/**
 * Messages were deleted. Carries IDs only.
 */
export type MessageDeletedEvent = {
  readonly type: "message.deleted"
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  /**
   * Server timestamp in milliseconds (Unix epoch).
   */
  readonly ts: number
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort full payload objects. Documented for message.upserted events only.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/** Every frame the server sends, discriminated by `type`. */
export type ServerFrame =
  | ReadyFrame
  | SubscriptionsUpdatedFrame
  | ErrorFrame
  | ChatUpsertedEvent
  | ChatDeletedEvent
  | MessageUpsertedEvent
  | MessageDeletedEvent

/** Every command the client sends, discriminated by `type`. */
export type ClientCommand =
  | SubscriptionsSetCommand

/** The domain events (the `DomainEvent` shape), discriminated by `type`. */
export type LiveEvent =
  | ChatUpsertedEvent
  | ChatDeletedEvent
  | MessageUpsertedEvent
  | MessageDeletedEvent

/** The `type` of every server frame. */
export const serverFrameTypes = ["ready", "subscriptions.updated", "error", "chat.upserted", "chat.deleted", "message.upserted", "message.deleted"] as const

/** The `type` of a server frame. */
export type ServerFrameType = (typeof serverFrameTypes)[number]

/** The `type` of every client command. */
export const clientCommandTypes = ["subscriptions.set"] as const

/** The `type` of a client command. */
export type ClientCommandType = (typeof clientCommandTypes)[number]

/** The `type` of every domain event. */
export const liveEventTypes = ["chat.upserted", "chat.deleted", "message.upserted", "message.deleted"] as const

/** The `type` of a domain event. */
export type LiveEventType = (typeof liveEventTypes)[number]

/** JSON kind of a frame field, as {@link serverFrameFields} records it. */
export type FieldKind = "string" | "integer" | "number" | "boolean" | "null" | "array" | "object" | "unknown"

/** One top-level field of a frame: its JSON kind (and its items' kind for arrays) and whether it must be present. */
export interface FieldSpec {
  readonly kind: FieldKind
  readonly required: boolean
  readonly items?: FieldKind
}

/** The top-level fields (besides `type`) of each server frame, for light structural checks of incoming frames. */
export const serverFrameFields = {
  "ready": {
    version: { kind: "integer", required: true },
    chatIDs: { kind: "array", required: true, items: "string" }
  },
  "subscriptions.updated": {
    requestID: { kind: "string", required: false },
    chatIDs: { kind: "array", required: true, items: "string" }
  },
  "error": {
    requestID: { kind: "string", required: false },
    code: { kind: "string", required: true },
    message: { kind: "string", required: true }
  },
  "chat.upserted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "integer", required: true },
    chatID: { kind: "string", required: true },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "chat.deleted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "integer", required: true },
    chatID: { kind: "string", required: true },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "message.upserted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "integer", required: true },
    chatID: { kind: "string", required: true },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "message.deleted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "integer", required: true },
    chatID: { kind: "string", required: true },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  }
} as const satisfies Record<ServerFrameType, Readonly<Record<string, FieldSpec>>>

// generated — do not edit.
// Source: spec/asyncapi.yaml · generator: @beeper-kit/codegen asyncapi step, @asyncapi/parser 3.6.6 · regenerate with `pnpm generate`.

import type { Chat, Message } from "../http/types.gen.ts"

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
   * Protocol version. Read as an open list: another version (a newer Desktop) is accepted and reported as drift,
   * which `strict` reading refuses.
   */
  readonly version: 1 | (number & {})
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
   * Machine-readable error code, e.g. `INVALID_PAYLOAD` for `chatIDs` combining `*` with specific IDs. Read as an
   * open list: a code outside the enum (a newer Desktop) is accepted as a generic error.
   */
  readonly code: "INVALID_COMMAND" | "INVALID_PAYLOAD" | "NOT_SUBSCRIBED" | "INTERNAL_ERROR" | (string & {})
  /**
   * Human-readable error message.
   */
  readonly message: string
}

/**
 * The flat shape shared by all live domain events ("All live domain events use the same flat shape").
 */
export type DomainEventBase = {
  /**
   * Domain event name: `chat.upserted`, `chat.deleted`, `message.upserted` or `message.deleted`.
   */
  readonly type: string
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  readonly ts: EventTimestamp
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * The chat account the event belongs to (sent by newer Desktop builds).
   */
  readonly accountID?: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort payload objects for the IDs in `ids`: complete ones are the resource (a Message for
   * message.*, a Chat for chat.*), others are partial.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/**
 * Server timestamp of an event: an ISO 8601 date-time (upstream OpenAPI 5.0.0) or Unix epoch milliseconds (the
 * docs page: "server timestamp in milliseconds", example 1739320000000).
 */
export type EventTimestamp = string | number

/**
 * A chat was created or updated. `entries`, when present, are best-effort Chat objects.
 */
export type ChatUpsertedEvent = {
  readonly type: "chat.upserted"
  /**
   * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
   * compare across connections.
   */
  readonly seq: number
  readonly ts: EventTimestamp
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * The chat account the event belongs to (sent by newer Desktop builds).
   */
  readonly accountID?: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort Chat objects for the IDs in `ids`, complete or partial.
   */
  readonly entries?: ReadonlyArray<Chat | PartialEntry>
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
  readonly ts: EventTimestamp
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * The chat account the event belongs to (sent by newer Desktop builds).
   */
  readonly accountID?: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort payload objects for the IDs in `ids`: complete ones are the resource (a Message for
   * message.*, a Chat for chat.*), others are partial.
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
  readonly ts: EventTimestamp
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * The chat account the event belongs to (sent by newer Desktop builds).
   */
  readonly accountID?: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort Message objects for the IDs in `ids`, complete or partial.
   */
  readonly entries?: ReadonlyArray<Message | PartialEntry>
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
  readonly ts: EventTimestamp
  /**
   * Canonical chat identifier.
   */
  readonly chatID: string
  /**
   * The chat account the event belongs to (sent by newer Desktop builds).
   */
  readonly accountID?: string
  /**
   * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
   */
  readonly ids: ReadonlyArray<string>
  /**
   * Optional best-effort payload objects for the IDs in `ids`: complete ones are the resource (a Message for
   * message.*, a Chat for chat.*), others are partial.
   */
  readonly entries?: ReadonlyArray<{ readonly [key: string]: unknown }>
}

/**
 * A best-effort entry that is not a complete resource (e.g. the docs' `{ "id": "m1", "reactions": [] }`).
 * Clients complete it with a GET of the resource by its ID.
 */
export type PartialEntry = {
  /**
   * The entity's ID, when present.
   */
  readonly id?: string
  readonly [key: string]: unknown
}

/**
 * Sent by newer Desktop builds. Nothing is documented beyond `type`; the fields every domain event carries are
 * declared optional in case they are present, everything else is an open payload.
 */
export type MessageStreamEvent = {
  readonly type: "message.stream"
  readonly seq?: number
  readonly ts?: EventTimestamp
  readonly chatID?: string
  readonly accountID?: string
  readonly [key: string]: unknown
}

/**
 * The app's sign-in and encrypted messaging setup state changed (newer Desktop builds). `appState.state` is an
 * `AppSetupState` (the schema of GET /v1/app/setup); the rest is an open payload.
 */
export type AppStateUpdatedEvent = {
  readonly type: "app.state.updated"
  /**
   * Counted in the connection's `seq` like domain events; third-party tests also send `null`.
   */
  readonly seq?: number | null
  readonly ts?: EventTimestamp
  readonly appState?: {
    /**
     * An `AppSetupState` (`needs-login`, `initializing`, `needs-cross-signing-setup`, `needs-verification`,
     * `needs-secrets`, `needs-first-sync`, `ready`), read as an open string.
     */
    readonly state?: string
    readonly [key: string]: unknown
  }
  readonly [key: string]: unknown
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
  | MessageStreamEvent
  | AppStateUpdatedEvent

/** Every command the client sends, discriminated by `type`. */
export type ClientCommand =
  | SubscriptionsSetCommand

/** The domain events (the `DomainEventBase` shape), discriminated by `type`. */
export type DomainEventFrame =
  | ChatUpsertedEvent
  | ChatDeletedEvent
  | MessageUpsertedEvent
  | MessageDeletedEvent

/** The `type` of every server frame. */
export const serverFrameTypes = ["ready", "subscriptions.updated", "error", "chat.upserted", "chat.deleted", "message.upserted", "message.deleted", "message.stream", "app.state.updated"] as const

/** The `type` of a server frame. */
export type ServerFrameType = (typeof serverFrameTypes)[number]

/** The `type` of every client command. */
export const clientCommandTypes = ["subscriptions.set"] as const

/** The `type` of a client command. */
export type ClientCommandType = (typeof clientCommandTypes)[number]

/** The `type` of every domain event. */
export const domainEventTypes = ["chat.upserted", "chat.deleted", "message.upserted", "message.deleted"] as const

/** The `type` of a domain event. */
export type DomainEventType = (typeof domainEventTypes)[number]

/** JSON kind of a frame field, as {@link serverFrameFields} records it. */
export type FieldKind = "string" | "integer" | "number" | "boolean" | "null" | "array" | "object" | "timestamp" | "unknown"

/**
 * One top-level field of a frame: its JSON kind (and its items' kind for arrays), whether it must be present, and
 * the values the spec knows for an enum (read as open: another value is accepted).
 */
export interface FieldSpec {
  readonly kind: FieldKind
  readonly required: boolean
  readonly items?: FieldKind
  readonly known?: ReadonlyArray<string | number>
  /** `null` is allowed beside {@link FieldSpec.kind} (`type: [integer, "null"]`). */
  readonly nullable?: boolean
}

/**
 * The top-level fields (besides `type`) of each server frame, for light structural checks of incoming frames; a
 * frame whose payload is open beyond these (`additionalProperties: true`) is listed in {@link openServerFrames}.
 */
export const serverFrameFields = {
  "ready": {
    version: { kind: "integer", required: true, known: [1] },
    chatIDs: { kind: "array", required: true, items: "string" }
  },
  "subscriptions.updated": {
    requestID: { kind: "string", required: false },
    chatIDs: { kind: "array", required: true, items: "string" }
  },
  "error": {
    requestID: { kind: "string", required: false },
    code: { kind: "string", required: true, known: ["INVALID_COMMAND","INVALID_PAYLOAD","NOT_SUBSCRIBED","INTERNAL_ERROR"] },
    message: { kind: "string", required: true }
  },
  "chat.upserted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "timestamp", required: true },
    chatID: { kind: "string", required: true },
    accountID: { kind: "string", required: false },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "chat.deleted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "timestamp", required: true },
    chatID: { kind: "string", required: true },
    accountID: { kind: "string", required: false },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "message.upserted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "timestamp", required: true },
    chatID: { kind: "string", required: true },
    accountID: { kind: "string", required: false },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "message.deleted": {
    seq: { kind: "integer", required: true },
    ts: { kind: "timestamp", required: true },
    chatID: { kind: "string", required: true },
    accountID: { kind: "string", required: false },
    ids: { kind: "array", required: true, items: "string" },
    entries: { kind: "array", required: false, items: "object" }
  },
  "message.stream": {
    seq: { kind: "integer", required: false },
    ts: { kind: "timestamp", required: false },
    chatID: { kind: "string", required: false },
    accountID: { kind: "string", required: false }
  },
  "app.state.updated": {
    seq: { kind: "integer", required: false, nullable: true },
    ts: { kind: "timestamp", required: false },
    appState: { kind: "object", required: false }
  }
} as const satisfies Record<ServerFrameType, Readonly<Record<string, FieldSpec>>>

/** The server frames whose schema declares an open payload: fields beyond {@link serverFrameFields} are expected. */
export const openServerFrames: ReadonlyArray<ServerFrameType> = ["message.stream", "app.state.updated"]

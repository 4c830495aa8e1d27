// generated — do not edit.
// Source: spec/asyncapi.yaml (+ spec/openapi.yaml) · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin, @asyncapi/parser 3.6.3 · regenerate with `pnpm generate`.

import { Message } from './schemas.ts';
import { Schema } from 'effect';

/**
 * The chats to subscribe to. `["*"]` subscribes to all chats; a list of chat IDs subscribes to those chats only;
 * `[]` pauses events. `"*"` cannot be mixed with specific chat IDs (the server answers with an `error` frame,
 * code `INVALID_PAYLOAD`).
 */
export const SubscriptionChatIDs = Schema.Union([Schema.Tuple([Schema.Literal('*')]), Schema.Array(Schema.String.check(Schema.isPattern(new RegExp('^(?!\\*$)'))))]);

export type SubscriptionChatIDs = typeof SubscriptionChatIDs.Type;

/**
 * Client → server. Fully replaces the current subscription set.
 */
export const SubscriptionsSetCommand = Schema.Struct({
    type: Schema.Literal('subscriptions.set'),
    /**
     * Client-chosen ID, echoed back in the `subscriptions.updated` or `error` reply.
     */
    requestID: Schema.optionalKey(Schema.String),
    chatIDs: SubscriptionChatIDs
});

export type SubscriptionsSetCommand = typeof SubscriptionsSetCommand.Type;

/**
 * Server → client, sent on connect (initially no subscriptions).
 */
export const ReadyFrame = Schema.Struct({
    type: Schema.Literal('ready'),
    /**
     * Protocol version.
     */
    version: Schema.Int,
    /**
     * The current subscriptions (empty right after connecting).
     */
    chatIDs: Schema.Array(Schema.String)
});

export type ReadyFrame = typeof ReadyFrame.Type;

/**
 * Server → client. Acknowledgement of `subscriptions.set`.
 */
export const SubscriptionsUpdatedFrame = Schema.Struct({
    type: Schema.Literal('subscriptions.updated'),
    /**
     * The `requestID` of the `subscriptions.set` being acknowledged.
     */
    requestID: Schema.optionalKey(Schema.String),
    /**
     * The effective subscription list (`["*"]` for all chats, `[]` when paused).
     */
    chatIDs: Schema.Array(Schema.String)
});

export type SubscriptionsUpdatedFrame = typeof SubscriptionsUpdatedFrame.Type;

/**
 * Server → client error frame.
 */
export const ErrorFrame = Schema.Struct({
    type: Schema.Literal('error'),
    /**
     * The `requestID` of the command that failed, when applicable.
     */
    requestID: Schema.optionalKey(Schema.String),
    /**
     * Machine-readable error code. Known value: `INVALID_PAYLOAD` (e.g. `chatIDs` combining `*` with specific IDs).
     * The list is open; treat unknown codes as generic errors.
     */
    code: Schema.String,
    /**
     * Human-readable error message.
     */
    message: Schema.String
});

export type ErrorFrame = typeof ErrorFrame.Type;

/**
 * The flat shape shared by all live domain events ("All live domain events use the same flat shape").
 */
export const DomainEvent = Schema.Struct({
    /**
     * Domain event name: `chat.upserted`, `chat.deleted`, `message.upserted` or `message.deleted`.
     */
    type: Schema.String,
    /**
     * Monotonic per-connection sequence number. It restarts on each connection, so it cannot be used to resume or
     * compare across connections.
     */
    seq: Schema.Int,
    /**
     * Server timestamp in milliseconds (Unix epoch).
     */
    ts: Schema.Int,
    /**
     * Canonical chat identifier.
     */
    chatID: Schema.String,
    /**
     * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
     */
    ids: Schema.Array(Schema.String),
    /**
     * Optional best-effort full payload objects. Documented for message.upserted events only.
     */
    entries: Schema.optionalKey(Schema.Array(Schema.Record(Schema.String, Schema.Unknown)))
});

export type DomainEvent = typeof DomainEvent.Type;

/**
 * A chat was created or updated. Carries IDs only.
 */
export const ChatUpsertedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('chat.upserted')
});

export type ChatUpsertedEvent = typeof ChatUpsertedEvent.Type;

/**
 * A chat was deleted. Carries IDs only.
 */
export const ChatDeletedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('chat.deleted')
});

export type ChatDeletedEvent = typeof ChatDeletedEvent.Type;

/**
 * Messages were created or updated. `entries`, when present, are best-effort full Message objects.
 */
export const MessageUpsertedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('message.upserted'),
    /**
     * Optional best-effort full Message objects for the IDs in `ids`.
     */
    entries: Schema.optionalKey(Schema.Array(Message))
});

export type MessageUpsertedEvent = typeof MessageUpsertedEvent.Type;

/**
 * Messages were deleted. Carries IDs only.
 */
export const MessageDeletedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('message.deleted')
});

export type MessageDeletedEvent = typeof MessageDeletedEvent.Type;

/**
 * Every frame the server sends, discriminated by `type`.
 */
export const ServerFrame = Schema.Union([
    ReadyFrame,
    SubscriptionsUpdatedFrame,
    ErrorFrame,
    ChatUpsertedEvent,
    ChatDeletedEvent,
    MessageUpsertedEvent,
    MessageDeletedEvent
]);

export type ServerFrame = typeof ServerFrame.Type;

/**
 * Every command the client sends, discriminated by `type`.
 */
export const ClientCommand = SubscriptionsSetCommand;

export type ClientCommand = typeof ClientCommand.Type;

/**
 * The domain events, discriminated by `type`.
 */
export const LiveEvent = Schema.Union([
    ChatUpsertedEvent,
    ChatDeletedEvent,
    MessageUpsertedEvent,
    MessageDeletedEvent
]);

export type LiveEvent = typeof LiveEvent.Type;

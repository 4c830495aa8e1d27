// generated — do not edit.
// Source: spec/asyncapi.yaml (+ spec/openapi.yaml) · generator: @hey-api/openapi-ts 0.99.0 + @beeper-kit/effect-schema plugin, @asyncapi/parser 3.6.3 · regenerate with `pnpm generate`.

import { Chat, Message } from './schemas.ts';
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
export const SubscriptionsSetCommand = Schema.StructWithRest(Schema.Struct({
    type: Schema.Literal('subscriptions.set'),
    /**
     * Client-chosen ID, echoed back in the `subscriptions.updated` or `error` reply.
     */
    requestID: Schema.optionalKey(Schema.String),
    chatIDs: SubscriptionChatIDs
}), [Schema.Record(Schema.String, Schema.Union([
        Schema.Never,
        Schema.Literal('subscriptions.set'),
        Schema.String,
        SubscriptionChatIDs
    ]))]);

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
     * Machine-readable error code, e.g. `INVALID_PAYLOAD` for `chatIDs` combining `*` with specific IDs. Read as an
     * open list: a code outside the enum (a newer Desktop) is accepted as a generic error.
     */
    code: Schema.Literals([
        'INVALID_COMMAND',
        'INVALID_PAYLOAD',
        'NOT_SUBSCRIBED',
        'INTERNAL_ERROR'
    ]),
    /**
     * Human-readable error message.
     */
    message: Schema.String
});

export type ErrorFrame = typeof ErrorFrame.Type;

/**
 * Server timestamp of an event: an ISO 8601 date-time (upstream OpenAPI 5.0.0) or Unix epoch milliseconds (the
 * docs page: "server timestamp in milliseconds", example 1739320000000).
 */
export const EventTimestamp = Schema.Union([Schema.String, Schema.Int]);

export type EventTimestamp = typeof EventTimestamp.Type;

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
    seq: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
    ts: EventTimestamp,
    /**
     * Canonical chat identifier.
     */
    chatID: Schema.String,
    /**
     * The chat account the event belongs to (sent by newer Desktop builds).
     */
    accountID: Schema.optionalKey(Schema.String),
    /**
     * Changed entity IDs (message IDs for message.*, chat IDs for chat.*).
     */
    ids: Schema.Array(Schema.String),
    /**
     * Optional best-effort payload objects for the IDs in `ids`: complete ones are the resource (a Message for
     * message.*, a Chat for chat.*), others are partial.
     */
    entries: Schema.optionalKey(Schema.Array(Schema.Record(Schema.String, Schema.Unknown)))
});

export type DomainEvent = typeof DomainEvent.Type;

/**
 * A chat was deleted. Carries IDs only.
 */
export const ChatDeletedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('chat.deleted')
});

export type ChatDeletedEvent = typeof ChatDeletedEvent.Type;

/**
 * Messages were deleted. Carries IDs only.
 */
export const MessageDeletedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('message.deleted')
});

export type MessageDeletedEvent = typeof MessageDeletedEvent.Type;

/**
 * A best-effort entry that is not a complete resource (e.g. the docs' `{ "id": "m1", "reactions": [] }`).
 * Clients complete it with a GET of the resource by its ID.
 */
export const PartialEntry = Schema.StructWithRest(Schema.Struct({
    /**
     * The entity's ID, when present.
     */
    id: Schema.optionalKey(Schema.String)
}), [Schema.Record(Schema.String, Schema.Unknown)]);

export type PartialEntry = typeof PartialEntry.Type;

/**
 * A chat was created or updated. `entries`, when present, are best-effort Chat objects.
 */
export const ChatUpsertedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('chat.upserted'),
    /**
     * Optional best-effort Chat objects for the IDs in `ids`, complete or partial.
     */
    entries: Schema.optionalKey(Schema.Array(Schema.Union([Chat, PartialEntry])))
});

export type ChatUpsertedEvent = typeof ChatUpsertedEvent.Type;

/**
 * Messages were created or updated. `entries`, when present, are best-effort full Message objects.
 */
export const MessageUpsertedEvent = Schema.Struct({
    ...DomainEvent.fields,
    type: Schema.Literal('message.upserted'),
    /**
     * Optional best-effort Message objects for the IDs in `ids`, complete or partial.
     */
    entries: Schema.optionalKey(Schema.Array(Schema.Union([Message, PartialEntry])))
});

export type MessageUpsertedEvent = typeof MessageUpsertedEvent.Type;

/**
 * Sent by newer Desktop builds. Nothing is documented beyond `type`; the fields every domain event carries are
 * declared optional in case they are present, everything else is an open payload.
 */
export const MessageStreamEvent = Schema.StructWithRest(Schema.Struct({
    type: Schema.Literal('message.stream'),
    seq: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
    ts: Schema.optionalKey(EventTimestamp),
    chatID: Schema.optionalKey(Schema.String),
    accountID: Schema.optionalKey(Schema.String)
}), [Schema.Record(Schema.String, Schema.Unknown)]);

export type MessageStreamEvent = typeof MessageStreamEvent.Type;

/**
 * The app's sign-in and encrypted messaging setup state changed (newer Desktop builds). `appState.state` is an
 * `AppSetupState` (the schema of GET /v1/app/setup); the rest is an open payload.
 */
export const AppStateUpdatedEvent = Schema.StructWithRest(Schema.Struct({
    type: Schema.Literal('app.state.updated'),
    /**
     * Counted in the connection's `seq` like domain events; third-party tests also send `null`.
     */
    seq: Schema.optionalKey(Schema.NullOr(Schema.Int)),
    ts: Schema.optionalKey(EventTimestamp),
    appState: Schema.optionalKey(Schema.StructWithRest(Schema.Struct({
        /**
         * An `AppSetupState` (`needs-login`, `initializing`, `needs-cross-signing-setup`, `needs-verification`,
         * `needs-secrets`, `needs-first-sync`, `ready`), read as an open string.
         */
        state: Schema.optionalKey(Schema.String)
    }), [Schema.Record(Schema.String, Schema.Unknown)]))
}), [Schema.Record(Schema.String, Schema.Unknown)]);

export type AppStateUpdatedEvent = typeof AppStateUpdatedEvent.Type;

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
    MessageDeletedEvent,
    MessageStreamEvent,
    AppStateUpdatedEvent
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
export const DomainEventFrame = Schema.Union([
    ChatUpsertedEvent,
    ChatDeletedEvent,
    MessageUpsertedEvent,
    MessageDeletedEvent
]);

export type DomainEventFrame = typeof DomainEventFrame.Type;

// The /v1/ws protocol codec of @beeper-kit/core: web-standard, no dependencies, never throws.
export {
  ALL_CHATS,
  checkSubscriptionsSet,
  type EncodeResult,
  encodeSubscriptionsSet,
  type SubscriptionsSetError,
  type SubscriptionsSetInput,
} from "./commands.ts"
export {
  type DecodedServerFrame,
  decodeServerFrame,
  type FrameDrift,
  frameDrift,
  type MalformedFrame,
  type UnknownFrame,
} from "./frames.ts"
export { readTimestamp, type ReadTimestamp, type TimestampForm } from "./timestamp.ts"
export type {
  AppStateUpdatedEvent,
  ChatDeletedEvent,
  ChatUpsertedEvent,
  ClientCommand,
  ClientCommandType,
  DomainEvent,
  ErrorFrame,
  EventTimestamp,
  LiveEvent,
  LiveEventType,
  MessageDeletedEvent,
  MessageStreamEvent,
  MessageUpsertedEvent,
  PartialEntry,
  ReadyFrame,
  ServerFrame,
  ServerFrameType,
  SubscriptionChatIDs,
  SubscriptionsSetCommand,
  SubscriptionsUpdatedFrame,
} from "../generated/ws/protocol.ts"
export { clientCommandTypes, liveEventTypes, serverFrameTypes } from "../generated/ws/protocol.ts"

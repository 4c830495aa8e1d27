// The /v1/ws protocol codec of @beeper-kit/core: web-standard, no dependencies, never throws.
import type { DomainEventFrame, DomainEventType } from "../generated/ws/protocol.ts"
import { domainEventTypes } from "../generated/ws/protocol.ts"
import type { MalformedServerFrame } from "./frames.ts"

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
  type MalformedServerFrame,
  type UnknownFrame,
} from "./frames.ts"
export { readTimestamp, type ReadTimestamp, type TimestampForm } from "./timestamp.ts"
export type {
  AppStateUpdatedEvent,
  ChatDeletedEvent,
  ChatUpsertedEvent,
  ClientCommand,
  ClientCommandType,
  DomainEventBase,
  DomainEventFrame,
  DomainEventType,
  ErrorFrame,
  EventTimestamp,
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
export { clientCommandTypes, domainEventTypes, serverFrameTypes } from "../generated/ws/protocol.ts"

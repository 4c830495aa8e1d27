/**
 * @beeper-kit/effect — the Effect service layer for the Beeper Desktop API: the `BeeperDesktop` HTTP service
 * (typed errors, retries, timeouts, cursor Streams, spans), the `BeeperEvents` live events service, both in one layer
 * (`BeeperServices`), Config, and the generated Schemas of every API model.
 *
 * @module
 */
export {
  BeeperDesktop,
  type BeeperDesktopApi,
  type ClientOptions,
  defaultTimeout,
  type Input,
  type Options,
  type Output,
} from "./BeeperDesktop.ts"
export {
  BeeperClient,
  type BeeperClientApi,
  type PaginatedEndpoint,
} from "./BeeperClient.ts"
export * from "./BeeperError.ts"
export * from "./BeeperEvents.ts"
export * as BeeperConfig from "./BeeperConfig.ts"
export * as BeeperServices from "./BeeperServices.ts"
export * as MessageText from "./MessageText.ts"
export * as RetryPolicy from "./RetryPolicy.ts"
export * as TokenGuard from "./TokenGuard.ts"
export * as WebHttpClient from "./WebHttpClient.ts"
export {
  CheckpointCorrupt,
  type CheckpointError,
  Checkpoints,
  type CheckpointsApi,
  CheckpointUnavailable,
} from "./events/Checkpoint.ts"
export type { ChatCursor } from "./events/Delivery.ts"
export {
  type DeliveryHealth,
  handleIncoming,
  type HandleIncomingOptions,
  type HealthMonitor,
  type IncomingError,
  type IncomingMessage,
  incomingMessages,
  type IncomingOptions,
  makeHealth,
  replyOnce,
  StartupTimeout,
} from "./events/Incoming.ts"
export * as KeyValueFile from "./events/KeyValueFile.ts"
export { defaultWithin, sendAndConfirm, type SendAndConfirmOptions } from "./SendAndConfirm.ts"
export type * from "./Endpoint.ts"
export type { CallOptions, StreamOptions } from "./CallOptions.ts"
export type { Operation, PaginatedOperation, ResourceTree } from "./ResourceTree.ts"
/** The generated Effect Schemas of every API model (`Schemas.Chat`, `Schemas.Message`, ... — values and types). */
export { Schemas } from "./internal/generated.ts"
/**
 * The generated, documented types of the service's API: the resource tree (`Api.BeeperDesktopResources`,
 * `Api.ChatsApi`, ...), every operation's input (`Api.ChatsListInput`) and the Stream forms of paginated ones.
 */
export type * as Api from "./generated/api.ts"
/** The generated endpoint table: operationId → method, path template, input/output Schemas, pagination, idempotency. */
export { endpoints } from "./internal/generated.ts"
export type { Endpoints, OperationId } from "./generated/endpoints.ts"

/**
 * The `BeeperDesktop` service: every operation of the Beeper Desktop HTTP API as a typed, resource-shaped method
 * (`beeper.chats.list(...)`, `beeper.chats.messages.reactions.add(...)`, ...), built from the generated endpoint
 * table, with typed errors, retries, timeouts, cursor Streams and one span per request (when a tracer is installed).
 *
 * @module
 */
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as HttpClient from "effect/http/HttpClient"
import { BeeperClient, type ClientOptions, clientOf, makeExecutorOf, type Options } from "./BeeperClient.ts"
import * as BeeperConfig from "./BeeperConfig.ts"
import { type ConfigurationError, type InsecureTransport, InvalidRequest, type RequestError } from "./BeeperError.ts"
import type { BeeperDesktopResources, OperationInputs, OperationOutputs } from "./generated/api.ts"
import type { Endpoints, OperationId } from "./generated/endpoints.ts"
import { endpoints } from "./internal/generated.ts"
import type { CallOptions } from "./CallOptions.ts"
import type { Executor } from "./internal/executor.ts"
import { withScrubber } from "./internal/scrub.ts"
import { makeResourceTree } from "./ResourceTree.ts"

export type { ClientOptions, Options } from "./BeeperClient.ts"

/**
 * The input of an operation, e.g. `Input<"messages.send">` (the generated `MessagesSendInput`).
 * @since 1.0.0
 * @category Inputs
 */
export type Input<Id extends OperationId> = OperationInputs[Id]

/**
 * What an operation succeeds with, e.g. `Output<"chats.list">` (a page: the generated `ChatListPage`).
 * @since 1.0.0
 * @category Outputs
 */
export type Output<Id extends OperationId> = OperationOutputs[Id]

export { defaultTimeout } from "./BeeperClient.ts"

/**
 * The service: the resource tree of every operation (the generated, documented {@link BeeperDesktopResources}:
 * `beeper.chats.list(...)`, `beeper.messages.send(...)`, ...), plus the table it was built from and a by-id caller.
 * @since 1.0.0
 * @category Services
 */
export interface BeeperDesktopApi extends BeeperDesktopResources {
  /** The generated endpoint table (operationId → method, path template, schemas, pagination, idempotency). */
  readonly endpoints: Endpoints
  /** Calls any operation by its operationId, e.g. `beeper.call("chats.retrieve", { chatID })`. */
  readonly call: <Id extends OperationId>(
    operationId: Id,
    input: Input<Id>,
    options?: CallOptions,
  ) => Effect.Effect<Output<Id>, RequestError>
}

/**
 * The Beeper Desktop HTTP API as an Effect service. Provide it with {@link BeeperDesktop.layer} or `layerConfig`.
 * @since 1.0.0
 * @category Services
 */
export class BeeperDesktop extends Context.Service<BeeperDesktop, BeeperDesktopApi>()("@beeper-kit/effect/BeeperDesktop") {
  /**
   * A layer from explicit options; it provides {@link BeeperClient} too, over the same connection. Requires an `HttpClient` (e.g. `WebHttpClient.layer`, or a runtime adapter).
   * Fails with `InsecureTransport` when the token would travel in clear text to a non-loopback host.
   */
  static readonly layer = (
    options: Options,
  ): Layer.Layer<BeeperDesktop | BeeperClient, InsecureTransport, HttpClient.HttpClient> =>
    Layer.effectContext(makeServices(options))

  /**
   * A layer from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL` (default
   * `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` (default false) — or the `config` given — and
   * `BEEPER_STRICT` (default false) unless `strict` is given.
   */
  static readonly layerConfig = (
    options: ClientOptions & { readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined } = {},
  ): Layer.Layer<BeeperDesktop | BeeperClient, InsecureTransport | ConfigurationError, HttpClient.HttpClient> =>
    Layer.effectContext(
      Effect.flatMap(
        BeeperConfig.loadAll(options),
        (settings) => makeServices({ ...options, ...settings }),
      ),
    )
}

/** Builds the service from options (what the layers run). */
export const make = (
  options: Options,
): Effect.Effect<BeeperDesktopApi, InsecureTransport, HttpClient.HttpClient> =>
  Effect.map(makeExecutorOf(options), desktopOf)

/** Both services over one executor: what the layers provide. */
const makeServices = (options: Options) =>
  Effect.map(makeExecutorOf(options), (executor) =>
    Context.make(BeeperDesktop, desktopOf(executor)).pipe(Context.add(BeeperClient, clientOf(executor))))

/**
 * The refusal of `call` with an operationId the table does not have (a typo, or a name from another Desktop version):
 * a typed error before anything is sent, where it used to die with a TypeError.
 */
const unknownOperation = (operationId: unknown): InvalidRequest =>
  new InvalidRequest({
    operationId: typeof operationId === "string" ? operationId : "",
    method: "",
    path: "",
    field: "operationId",
    message: `unknown operation ${
      typeof operationId === "string" ? JSON.stringify(operationId) : `(${operationId === null ? "null" : typeof operationId})`
    }: call takes an operationId of the endpoint table (e.g. "chats.list"; beeper.endpoints lists them all)`,
  })

/** The resource tree of the whole endpoint table over an executor. */
const desktopOf = (executor: Executor): BeeperDesktopApi => {
  // The tree derived from the table must fit the generated interfaces (checked here, where they meet).
  const tree: BeeperDesktopResources = makeResourceTree(endpoints, executor)
  const call = (operationId: OperationId, input: unknown, callOptions?: CallOptions) =>
    // an own key only: `endpoints["toString"]` is no operation either
    typeof operationId === "string" && Object.hasOwn(endpoints, operationId)
      ? executor.call(endpoints[operationId], input, callOptions)
      : Effect.fail(unknownOperation(operationId))
  // The scrubber goes with the service: helpers surfacing text of a success body (sendAndConfirm) scrub it.
  return withScrubber(Object.assign(tree, { endpoints, call }) as BeeperDesktopApi, executor.scrub)
}

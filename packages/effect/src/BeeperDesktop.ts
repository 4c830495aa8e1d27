/**
 * The `BeeperDesktop` service: every operation of the Beeper Desktop HTTP API as a typed, resource-shaped method
 * (`beeper.chats.list(...)`, `beeper.chats.messages.reactions.add(...)`, ...), built from the generated endpoint
 * table, with typed errors, retries, timeouts, cursor Streams and one span per request.
 *
 * @module
 */
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as HttpClient from "effect/http/HttpClient"
import { BeeperClient, clientOf, makeExecutorOf } from "./BeeperClient.ts"
import * as BeeperConfig from "./BeeperConfig.ts"
import type { ConfigurationError, InsecureTransport, RequestError } from "./BeeperError.ts"
import type { InputOf, SuccessOf } from "./Endpoint.ts"
import { endpoints, type Endpoints, type OperationId } from "./generated/endpoints.ts"
import type { CallOptions } from "./CallOptions.ts"
import type { Executor } from "./internal/executor.ts"
import { withScrubber } from "./internal/scrub.ts"
import { makeResourceTree, type ResourceTree } from "./ResourceTree.ts"
import type * as RetryPolicy from "./RetryPolicy.ts"

/** Options of {@link BeeperDesktop.layer}: the connection plus client behaviour. */
export interface Options extends BeeperConfig.ConnectionOptions, ClientOptions {}

/** Client behaviour, independent of where Beeper Desktop is (`strict`: see {@link BeeperConfig.ReadingOptions}). */
export interface ClientOptions extends BeeperConfig.ReadingOptions {
  /**
   * Retry schedule of every call (default {@link RetryPolicy.defaultSchedule}: exponential with jitter, 2 retries);
   * `false` disables retries. Only repeatable operations are ever retried (see {@link RetryPolicy}).
   */
  readonly retry?: RetryPolicy.RetrySchedule | false | undefined
  /** Timeout of each HTTP request (default 30 seconds). */
  readonly timeout?: Duration.Input | undefined
  /**
   * Decode every JSON response with the operation's generated Schema (default `true`). `false` skips decoding and
   * trusts the server: the parsed JSON is returned as is, typed as the Schema's type but unchecked (a missing field
   * is then a silent `undefined`; unknown extra fields are kept). Status errors, non-JSON bodies (`DecodeError`)
   * and input validation (`InvalidRequest`) are unchanged.
   */
  readonly validateResponses?: boolean | undefined
  /**
   * The most bytes a response body may have, after decompression (default: 32 MiB for JSON and error bodies,
   * 256 MiB for binary ones): past it the call fails with `ResponseTooLarge` and the connection is closed.
   */
  readonly maxResponseBytes?: BeeperConfig.MaxResponseBytes | undefined
  /** Transforms the `HttpClient` every request goes through (middleware, proxies, extra headers...). */
  readonly transformClient?: ((client: HttpClient.HttpClient) => HttpClient.HttpClient) | undefined
}

/** The input of an operation, e.g. `Input<"messages.send">`. */
export type Input<Id extends OperationId> = InputOf<Endpoints[Id]>

/** What an operation succeeds with, e.g. `Output<"chats.list">` (a page). */
export type Output<Id extends OperationId> = SuccessOf<Endpoints[Id]>

export { defaultTimeout } from "./BeeperClient.ts"

/** The service: the resource tree of every operation, plus the table it was built from and a by-id caller. */
export type BeeperDesktopApi = ResourceTree<Endpoints> & {
  /** The generated endpoint table (operationId → method, path template, schemas, pagination, idempotency). */
  readonly endpoints: Endpoints
  /** Calls any operation by its operationId, e.g. `beeper.call("chats.retrieve", { chatID })`. */
  readonly call: <Id extends OperationId>(
    operationId: Id,
    input: Input<Id>,
    options?: CallOptions,
  ) => Effect.Effect<Output<Id>, RequestError>
}

/** The Beeper Desktop HTTP API as an Effect service. Provide it with {@link BeeperDesktop.layer} or `layerConfig`. */
export class BeeperDesktop extends Context.Service<BeeperDesktop, BeeperDesktopApi>()("@beeper-kit/effect/BeeperDesktop") {
  /**
   * A layer from explicit options; it provides {@link BeeperClient} too, over the same connection. Requires an `HttpClient` (e.g. `FetchHttpClient.layer`, or a runtime adapter).
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

/** The resource tree of the whole endpoint table over an executor. */
const desktopOf = (executor: Executor): BeeperDesktopApi => {
  const tree = makeResourceTree(endpoints, executor)
  const call = (operationId: OperationId, input: unknown, callOptions?: CallOptions) =>
    executor.call(endpoints[operationId], input, callOptions)
  // The scrubber goes with the service: helpers surfacing text of a success body (sendAndConfirm) scrub it.
  return withScrubber(Object.assign(tree, { endpoints, call }) as BeeperDesktopApi, executor.scrub)
}

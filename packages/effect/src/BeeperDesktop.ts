/**
 * The `BeeperDesktop` service: every operation of the Beeper Desktop HTTP API as a typed, resource-shaped method
 * (`beeper.chats.list(...)`, `beeper.chats.messages.reactions.add(...)`, ...), built from the generated endpoint
 * table, with typed errors, retries, timeouts, cursor Streams and one span per request.
 *
 * @module
 */
import { type Config, Context, Duration, Effect, Layer } from "effect"
import { HttpClient } from "effect/http"
import * as BeeperConfig from "./BeeperConfig.ts"
import type { ConfigurationError, InsecureTransport, RequestError } from "./BeeperError.ts"
import type { BeeperDesktopResources, OperationInputs, OperationOutputs } from "./generated/api.ts"
import { endpoints, type Endpoints, type OperationId } from "./generated/endpoints.ts"
import { makeDriftLog } from "./internal/drift.ts"
import type { CallOptions } from "./CallOptions.ts"
import { makeExecutor } from "./internal/executor.ts"
import { withoutRedirects } from "./internal/redirects.ts"
import { withScrubber } from "./internal/scrub.ts"
import { makeResourceTree } from "./ResourceTree.ts"
import * as RetryPolicy from "./RetryPolicy.ts"

/**
 * Options of {@link BeeperDesktop.layer}: the connection plus client behaviour.
 * @since 1.0.0
 * @category Options
 */
export interface Options extends BeeperConfig.ConnectionOptions, ClientOptions {}

/**
 * Client behaviour, independent of where Beeper Desktop is (`strict`: see {@link BeeperConfig.ReadingOptions}).
 * @since 1.0.0
 * @category Options
 */
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

/**
 * The default per-request timeout.
 * @since 1.0.0
 * @category Defaults
 */
export const defaultTimeout: Duration.Duration = Duration.seconds(30)

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
   * A layer from explicit options. Requires an `HttpClient` (e.g. `FetchHttpClient.layer`, or a runtime adapter).
   * Fails with `InsecureTransport` when the token would travel in clear text to a non-loopback host.
   */
  static readonly layer = (options: Options): Layer.Layer<BeeperDesktop, InsecureTransport, HttpClient.HttpClient> =>
    Layer.effect(BeeperDesktop, make(options))

  /**
   * A layer from Effect `Config`: `BEEPER_ACCESS_TOKEN` (Redacted), `BEEPER_DESKTOP_URL` (default
   * `http://localhost:23373`), `BEEPER_ALLOW_INSECURE_TOKEN` (default false) — or the `config` given — and
   * `BEEPER_STRICT` (default false) unless `strict` is given.
   */
  static readonly layerConfig = (
    options: ClientOptions & { readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined } = {},
  ): Layer.Layer<BeeperDesktop, InsecureTransport | ConfigurationError, HttpClient.HttpClient> =>
    Layer.effect(
      BeeperDesktop,
      Effect.flatMap(
        BeeperConfig.loadAll(options),
        (settings) => make({ ...options, ...settings }),
      ),
    )
}

/** Builds the service from options (what the layers run). */
export const make = (
  options: Options,
): Effect.Effect<BeeperDesktopApi, InsecureTransport, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const connection = yield* BeeperConfig.resolve(options)
    const maxResponseBytes = BeeperConfig.resolveMaxResponseBytes(options.maxResponseBytes)
    const base = yield* HttpClient.HttpClient
    const executor = makeExecutor({
      connection,
      httpClient: withoutRedirects(options.transformClient === undefined ? base : options.transformClient(base)),
      retry: options.retry === false ? RetryPolicy.none : options.retry ?? RetryPolicy.defaultSchedule,
      timeout: options.timeout === undefined ? defaultTimeout : Duration.fromInputUnsafe(options.timeout),
      validateResponses: options.validateResponses !== false,
      driftLog: makeDriftLog({ strict: options.strict === true }),
      maxResponseBytes,
    })
    // The tree derived from the table must fit the generated interfaces (checked here, where they meet).
    const tree: BeeperDesktopResources = makeResourceTree(endpoints, executor)
    const call = (operationId: OperationId, input: unknown, callOptions?: CallOptions) =>
      executor.call(endpoints[operationId], input, callOptions)
    // The scrubber goes with the service: helpers surfacing text of a success body (sendAndConfirm) scrub it.
    return withScrubber(Object.assign(tree, { endpoints, call }) as BeeperDesktopApi, executor.scrub)
  })

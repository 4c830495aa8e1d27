/**
 * The `BeeperClient` service: calls an operation given its generated entry, with everything `BeeperDesktop` does per
 * request (input validation, typed errors, retries, timeouts, decoding, cursor Streams, one span per request) but no
 * resource tree. A program that imports its operations by name (`import { chatsList } from
 * "@beeper-kit/effect/operations"`) and calls them through this service bundles only those operations and their
 * Schemas: the tree-shakable form, for edge workers and anything else whose size or start-up counts.
 *
 * ```ts
 * import { BeeperClient } from "@beeper-kit/effect"
 * import { chatsList, messagesSend } from "@beeper-kit/effect/operations"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const client = yield* BeeperClient
 *   const { items } = yield* client.call(chatsList, { limit: 10 })
 *   return yield* client.call(messagesSend, { chatID: items[0]!.id, text: "Hello" })
 * })
 * ```
 *
 * `BeeperDesktop.layer` provides this service too (over the same connection), so code written against either works
 * with both layers; the live events service fetches what it completes through it.
 *
 * @module
 */
import { defaultTimeoutMillis } from "@beeper-kit/core/wire"
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"
import type * as Stream from "effect/Stream"
import * as HttpClient from "effect/http/HttpClient"
import * as BeeperConfig from "./BeeperConfig.ts"
import type { ConfigurationError, InsecureTransport, PaginationError, RequestError } from "./BeeperError.ts"
import type { CallOptions, StreamOptions } from "./CallOptions.ts"
import type { Endpoint, InputOf, ItemOf, Pagination, StreamInputOf, SuccessOf } from "./Endpoint.ts"
import { makeDriftLog } from "./internal/drift.ts"
import { abortableAttemptsOf } from "./internal/abortable.ts"
import { type Executor, makeExecutor } from "./internal/executor.ts"
import { callableOption, firstProblem, positiveDuration, scheduleOption } from "./internal/options.ts"
import { withoutRedirects } from "./internal/redirects.ts"
import { withScrubber } from "./internal/scrub.ts"
import type { InputArgs } from "./ResourceTree.ts"
import * as RetryPolicy from "./RetryPolicy.ts"

/**
 * Options of `BeeperClient.layer` and `BeeperDesktop.layer`: the connection plus client behaviour.
 * @since 1.0.0
 * @category Services
 */
export interface Options extends BeeperConfig.ConnectionOptions, ClientOptions {}

/**
 * Client behaviour, independent of where Beeper Desktop is (`strict`: see {@link BeeperConfig.ReadingOptions}).
 * @since 1.0.0
 * @category Services
 */
export interface ClientOptions extends BeeperConfig.ReadingOptions {
  /**
   * Retry schedule of every call (default {@link RetryPolicy.defaultSchedule}: exponential with jitter, 2 retries);
   * `false` disables retries. Only repeatable operations are ever retried (see {@link RetryPolicy}). Anything else
   * (`3`, `true`) is refused with a `TypeError` at layer build.
   */
  readonly retry?: RetryPolicy.RetrySchedule | false | undefined
  /** Timeout of each HTTP request (default 30 seconds); longer than zero, else a `TypeError` at layer build. */
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
 * The default per-request timeout: 30 s (core's wire rule `defaultTimeoutMillis`, which `@beeper-kit/core`'s client
 * follows too).
 * @since 1.0.0
 * @category Services
 */
export const defaultTimeout: Duration.Duration = Duration.millis(defaultTimeoutMillis)

/**
 * An endpoint entry of a cursor-paginated operation.
 * @since 1.0.0
 * @category Services
 */
export type PaginatedEndpoint = Endpoint & { readonly pagination: Pagination }

/**
 * The service: any operation, given its endpoint entry (`chatsList`, `messagesSend`, ...).
 * @since 1.0.0
 * @category Services
 */
export interface BeeperClientApi {
  /** One request (one page for paginated operations): `client.call(chatsRetrieve, { chatID })`. */
  readonly call: <E extends Endpoint>(
    endpoint: E,
    ...args: InputArgs<InputOf<E>, CallOptions>
  ) => Effect.Effect<SuccessOf<E>, RequestError>
  /** Every item of every page, following cursors lazily in `options.direction` (constant memory). */
  readonly stream: <E extends PaginatedEndpoint>(
    endpoint: E,
    ...args: InputArgs<StreamInputOf<E>, StreamOptions>
  ) => Stream.Stream<ItemOf<E>, PaginationError>
  /** Every page (items with their cursors), following cursors lazily in `options.direction`. */
  readonly pages: <E extends PaginatedEndpoint>(
    endpoint: E,
    ...args: InputArgs<StreamInputOf<E>, StreamOptions>
  ) => Stream.Stream<SuccessOf<E>, PaginationError>
}

/**
 * Calls Beeper Desktop HTTP API operations by their endpoint entries. Provide it with {@link BeeperClient.layer}.
 * @since 1.0.0
 * @category Services
 */
export class BeeperClient extends Context.Service<BeeperClient, BeeperClientApi>()("@beeper-kit/effect/BeeperClient") {
  /**
   * A layer from explicit options (those of `BeeperDesktop.layer`). Requires an `HttpClient` (e.g.
   * `FetchHttpClient.layer`). Fails with `InsecureTransport` when the token would travel in clear text to a
   * non-loopback host.
   */
  static readonly layer = (options: Options): Layer.Layer<BeeperClient, InsecureTransport, HttpClient.HttpClient> =>
    Layer.effect(BeeperClient, Effect.map(makeExecutorOf(options), clientOf))

  /** A layer from Effect `Config`, read as `BeeperDesktop.layerConfig` reads it. */
  static readonly layerConfig = (
    options: ClientOptions & { readonly config?: Config.Config<BeeperConfig.ConnectionOptions> | undefined } = {},
  ): Layer.Layer<BeeperClient, InsecureTransport | ConfigurationError, HttpClient.HttpClient> =>
    Layer.effect(
      BeeperClient,
      Effect.flatMap(BeeperConfig.loadAll(options), (settings) => Effect.map(makeExecutorOf({ ...options, ...settings }), clientOf)),
    )
}

/** The executor of a layer's options: what both `BeeperClient` and `BeeperDesktop` run their requests on. */
export const makeExecutorOf = (options: Options): Effect.Effect<Executor, InsecureTransport, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    // An option that cannot be meant ("soon", 0, a retry that is not a Schedule) is a defect at layer build, like a
    // malformed base URL: not a "Not a valid effect" on the first transient failure, nor an unnamed "Invalid Input".
    const retry = scheduleOption("retry", options.retry, RetryPolicy.defaultSchedule, true)
    const timeout = positiveDuration("timeout", options.timeout, defaultTimeout)
    const transformClient = callableOption("transformClient", options.transformClient)
    const problem = firstProblem(retry, timeout, transformClient)
    if (problem !== undefined) throw new TypeError(`BeeperDesktop: ${problem}`)
    const schedule = Result.getOrThrow(retry)
    const connection = yield* BeeperConfig.resolve(options)
    const maxResponseBytes = BeeperConfig.resolveMaxResponseBytes(options.maxResponseBytes)
    const base = yield* HttpClient.HttpClient
    // `WebHttpClient` (and `@beeper-kit/node`'s client) as it is never follows redirects and takes each attempt's
    // AbortController (for the timeout).
    const abortableAttempts = options.transformClient === undefined ? abortableAttemptsOf(base) : undefined
    return makeExecutor({
      connection,
      httpClient: abortableAttempts !== undefined
        ? base
        : withoutRedirects(options.transformClient === undefined ? base : options.transformClient(base)),
      abortableAttempts,
      retry: schedule === false ? RetryPolicy.none : schedule,
      timeout: Result.getOrThrow(timeout),
      validateResponses: options.validateResponses !== false,
      driftLog: makeDriftLog({ strict: options.strict === true }),
      maxResponseBytes,
    })
  })

/** The service over an executor (its scrubber goes with it, as with `BeeperDesktop`). */
export const clientOf = (executor: Executor): BeeperClientApi =>
  withScrubber({
    call: (endpoint: Endpoint, input?: unknown, options?: CallOptions) => executor.call(endpoint, input, options),
    stream: (endpoint: Endpoint, input?: unknown, options?: StreamOptions) => executor.items(endpoint, input, options),
    pages: (endpoint: Endpoint, input?: unknown, options?: StreamOptions) => executor.pages(endpoint, input, options),
  } as BeeperClientApi, executor.scrub)

// An attempt bounded by its own AbortController, for a transport that takes one (`WebHttpClient`, `@beeper-kit/node`'s
// client): once the deadline passes the controller is aborted, with no second fiber and no timer of its own. The
// transport carries this module's attempts (`abortableAttemptsOf`), so a program whose HTTP client cannot take a
// controller (Effect's `FetchHttpClient`, a transformed client) never bundles it, nor the deadlines and whole-body
// reading it alone uses: −0.83 KB gzip of such an edge worker, +0.12 KB for one over our transports (the module
// boundary; tooling/bench/README.md, "Edge bundle: where the bytes go").
import type * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Headers from "effect/http/Headers"
import * as HttpBody from "effect/http/HttpBody"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as UrlParams from "effect/http/UrlParams"
import type { RequestError, Timeout } from "../BeeperError.ts"
import type { Endpoint, JsonSuccess } from "../Endpoint.ts"
import { LimitExceeded, readableWhole, readFailure, readWhole } from "./body.ts"
import { Deadline, makeDeadlines } from "./deadlines.ts"
import { jsonTextOf } from "./jsonText.ts"
import { toHttpClientRequest, type WireRequest } from "./request.ts"
import { bodyErrorOf, jsonOfText, type Reading, transportErrorOf } from "./response.ts"
import type { Scrub } from "./scrub.ts"
import { fetchFailure, startFetch } from "./webFetch.ts"

/** A request run with the caller's controller (`WebHttpClient.RunWithController` documents it). */
export type RunWithController = (
  request: HttpClientRequest.HttpClientRequest,
  controller: AbortController,
) => Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>

/** What an executor gives its transport's attempts: how it reads responses and names a timeout. */
export interface Reader {
  readonly reading: Reading
  readonly scrub: Scrub
  readonly read: (endpoint: Endpoint) => (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<unknown, RequestError>
  readonly timeoutOf: (endpoint: Endpoint, timeout: Duration.Duration) => Timeout
}

/** One attempt of `endpoint`'s request, bounded by `timeout` (`millis` of it, at most a runtime timer's longest). */
export type AbortableAttempt = (
  endpoint: Endpoint,
  request: WireRequest,
  timeout: Duration.Duration,
  millis: number,
  context: Context.Context<never>,
) => Effect.Effect<unknown, RequestError>

/** The attempts of one executor over a transport that carries them (see {@link abortableAttemptsOf}). */
export type AbortableAttempts = (reader: Reader) => AbortableAttempt

/**
 * The attempts of one executor (its deadlines share one runtime timer: `deadlines.ts`) over `runWithController`,
 * and, when the transport is `WebHttpClient` as it is (`fetchesDirectly`), JSON attempts that start their fetch
 * themselves, outside any effect (`webFetch.ts`: the same fetch the client makes).
 */
const makeAbortableAttempt = (
  runWithController: RunWithController,
  fetchesDirectly: boolean,
  { read, reading, scrub, timeoutOf }: Reader,
): AbortableAttempt => {
  const deadlines = makeDeadlines()

  /**
   * An attempt's controller and deadline, in one object (the deadline's entry too): once `timeout` passes the
   * controller is aborted, and whatever that broke (the fetch, the body's stream) is this attempt's `Timeout`.
   */
  class Attempt extends Deadline {
    readonly controller = new AbortController()
    timedOut = false
    readonly endpoint: Endpoint
    readonly timeout: Duration.Duration
    constructor(endpoint: Endpoint, timeout: Duration.Duration) {
      super()
      this.endpoint = endpoint
      this.timeout = timeout
    }
    expire(): void {
      this.timedOut = true
      this.controller.abort(new Error(`no response within ${Duration.format(this.timeout)}`))
    }
    failure(error: RequestError): RequestError {
      return this.timedOut ? timeoutOf(this.endpoint, this.timeout) : error
    }
    /** The rest of the attempt as an effect, bounded by the deadline. */
    guard(rest: Effect.Effect<unknown, RequestError>): Effect.Effect<unknown, RequestError> {
      return rest.pipe(
        Effect.onExit((exit) =>
          Effect.sync(() => {
            deadlines.cancel(this)
            // A failed or interrupted attempt may leave a response unread: aborting closes its connection.
            if (exit._tag === "Failure") this.controller.abort()
          })
        ),
        Effect.mapError((error) => this.failure(error)),
      )
    }
  }

  /**
   * A JSON attempt that waits once, in one callback, for the response and its body (see {@link abortableAttempt}).
   * What lives across its waits is this object, its controller and the callbacks handed to the runtime's promises;
   * the request's parts are the runtime's once the fetch has started.
   */
  class JsonAttempt extends Attempt {
    waiting = true
    status = 0
    readonly success: JsonSuccess
    readonly method: string
    readonly url: string
    readonly resume: (effect: Effect.Effect<unknown, RequestError>) => void
    constructor(
      endpoint: Endpoint,
      success: JsonSuccess,
      timeout: Duration.Duration,
      request: WireRequest,
      resume: (effect: Effect.Effect<unknown, RequestError>) => void,
    ) {
      super(endpoint, timeout)
      this.success = success
      this.method = request.method
      this.url = request.href
      this.resume = resume
    }
    settle(effect: Effect.Effect<unknown, RequestError>): void {
      if (!this.waiting) return
      this.waiting = false
      this.resume(effect)
    }
    fail(error: RequestError): void {
      deadlines.cancel(this)
      this.controller.abort()
      this.settle(Effect.fail(this.failure(error)))
    }
    /** The fiber was interrupted while the attempt waited. */
    interrupt(): void {
      if (!this.waiting) return
      this.waiting = false
      deadlines.cancel(this)
      this.controller.abort()
    }
    /**
     * The request an error or a status response refers to (what Effect's `HttpClientError` and `HttpClientResponse`
     * hold): its method and URL only, made when one is needed. Errors keep only messages (`transportErrorOf`).
     */
    requestForErrors(): HttpClientRequest.HttpClientRequest {
      return HttpClientRequest.makeWith(
        this.method as HttpClientRequest.HttpClientRequest["method"],
        this.url,
        UrlParams.empty,
        Option.none(),
        Headers.empty,
        HttpBody.empty,
      )
    }
    onFetchFailure(cause: unknown): void {
      this.fail(transportErrorOf(this.endpoint, fetchFailure(this.requestForErrors(), cause), scrub))
    }
    onResponse(web: Response): void {
      if (!this.waiting) return
      const status = web.status
      const limit = reading.limits.json
      if (status < 200 || status > 299 || !readableWhole(web, limit)) {
        return this.settle(this.guard(read(this.endpoint)(HttpClientResponse.fromWeb(this.requestForErrors(), web))))
      }
      this.status = status
      readWhole(web, limit, jsonTextOf, (text) => this.onText(text), (error) => this.onBodyFailure(web, error))
    }
    onText(text: string): void {
      deadlines.cancel(this)
      this.settle(jsonOfText(this.endpoint, this.success, this.status, text, scrub, reading))
    }
    onBodyFailure(web: Response, error: unknown): void {
      const failure = error instanceof LimitExceeded
        ? error
        : readFailure(HttpClientResponse.fromWeb(this.requestForErrors(), web), error)
      this.fail(bodyErrorOf(this.endpoint, this.status, failure, scrub))
    }
  }

  /** The attempt's request through `runWithController`, its response read as an effect. */
  const viaEffect = (
    endpoint: Endpoint,
    request: HttpClientRequest.HttpClientRequest,
    controller: AbortController,
  ): Effect.Effect<unknown, RequestError> =>
    runWithController(request, controller).pipe(
      Effect.mapError((error) => transportErrorOf(endpoint, error, scrub)),
      Effect.flatMap(read(endpoint)),
    )

  /**
   * One attempt bounded by a deadline that aborts the request's controller: no second fiber, no timer of its own.
   * A JSON operation over `WebHttpClient` as it is waits once, in one callback, for the response and for a 2xx body
   * whose declared length is within the limit (read whole by the runtime); its text is then parsed and checked.
   * Anything else — a status error, a body read through its reader, a request the transport runs as an effect —
   * goes on as an effect from where it is, under the same deadline. Profiles over a real socket showed the second
   * fiber wait and the effect pipeline around the body read as CPU per request, and the objects each call makes
   * (an `HttpClientRequest`, closures per step) as allocation per request (tooling/bench/README.md).
   */
  const abortableAttempt: AbortableAttempt = (endpoint, request, timeout, millis, context) => {
    const success = endpoint.success
    if (!fetchesDirectly || success.kind !== "json" || !request.absolute || request.headers["upgrade"] !== undefined) {
      return Effect.suspend(() => {
        const attempt = new Attempt(endpoint, timeout)
        deadlines.add(attempt, millis)
        return attempt.guard(viaEffect(endpoint, toHttpClientRequest(request), attempt.controller))
      })
    }
    return Effect.callback<unknown, RequestError>((resume) => {
      const attempt = new JsonAttempt(endpoint, success, timeout, request, resume)
      deadlines.add(attempt, millis)
      startFetch(
        request.method,
        request.href,
        request.headers,
        request.body ?? null,
        attempt.controller,
        context,
        (web) => attempt.onResponse(web),
        (cause) => attempt.onFetchFailure(cause),
      )
      return Effect.sync(() => attempt.interrupt())
    })
  }

  return abortableAttempt
}

const attemptsKey = "~@beeper-kit/effect/WebHttpClient/abortableAttempts"

/**
 * `client` carrying its {@link AbortableAttempts} (what a transport that takes a controller does); `fetchesDirectly`
 * only for `WebHttpClient` as it is, whose fetch a JSON attempt may start itself (`webFetch.ts`).
 */
export const withAbortableAttempts = (
  client: HttpClient.HttpClient,
  runWithController: RunWithController,
  fetchesDirectly = false,
): HttpClient.HttpClient =>
  Object.assign(client, {
    [attemptsKey]: (reader: Reader) => makeAbortableAttempt(runWithController, fetchesDirectly, reader),
  })

/**
 * The {@link AbortableAttempts} `client` carries, or `undefined`: a client that cannot take a controller, or one
 * transformed (`HttpClient.transform`, `mapRequest`, ...: its middleware must run, so it is used as a client).
 */
export const abortableAttemptsOf = (client: HttpClient.HttpClient): AbortableAttempts | undefined =>
  (client as unknown as { readonly [attemptsKey]?: AbortableAttempts })[attemptsKey]

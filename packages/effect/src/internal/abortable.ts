// An attempt bounded by its own AbortController, for a transport that takes one (`WebHttpClient`, `@beeper-kit/node`'s
// client): once the deadline passes the controller is aborted, with no second fiber and no timer of its own. The
// transport carries this module's attempts (`abortableAttemptsOf`), so a program whose HTTP client cannot take a
// controller (Effect's `FetchHttpClient`, a transformed client) never bundles it, nor the deadlines and whole-body
// reading it alone uses: −0.83 KB gzip of such an edge worker, +0.12 KB for one over our transports (the module
// boundary; tooling/bench/README.md, "Edge bundle: where the bytes go").
import type * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import type { RequestError, Timeout } from "../BeeperError.ts"
import type { Endpoint } from "../Endpoint.ts"
import { type LimitExceeded, readableWhole, readWhole } from "./body.ts"
import { makeDeadlines } from "./deadlines.ts"
import { jsonTextOf } from "./jsonText.ts"
import { bodyErrorOf, jsonOfText, type Reading, transportErrorOf } from "./response.ts"
import type { Scrub } from "./scrub.ts"

/** A request run with the caller's controller (`WebHttpClient.RunWithController` documents it). */
export type RunWithController = (
  request: HttpClientRequest.HttpClientRequest,
  controller: AbortController,
) => Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError>

/** A request started outside any effect with the caller's controller (`WebHttpClient.FetchWithController`). */
export type FetchWithController = (
  request: HttpClientRequest.HttpClientRequest,
  controller: AbortController,
  context: Context.Context<never>,
  onResponse: (response: Response) => void,
  onFailure: (error: HttpClientError.HttpClientError) => void,
) => boolean

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
  request: HttpClientRequest.HttpClientRequest,
  timeout: Duration.Duration,
  millis: number,
  context: Context.Context<never>,
) => Effect.Effect<unknown, RequestError>

/** The attempts of one executor over a transport that carries them (see {@link abortableAttemptsOf}). */
export type AbortableAttempts = (reader: Reader) => AbortableAttempt

/**
 * The attempts of one executor (its deadlines share one runtime timer: `deadlines.ts`) over `runWithController`, and
 * over `fetchWithController` for JSON operations when the transport has one.
 */
const makeAbortableAttempt = (
  runWithController: RunWithController,
  fetchWithController: FetchWithController | undefined,
  { read, reading, scrub, timeoutOf }: Reader,
): AbortableAttempt => {
  const deadlines = makeDeadlines()

  /**
   * An attempt's controller and deadline: once `timeout` passes the controller is aborted, and whatever that broke
   * (the fetch, the body's stream) is this attempt's `Timeout`.
   */
  const startAttempt = (endpoint: Endpoint, timeout: Duration.Duration, millis: number) => {
    const controller = new AbortController()
    let timedOut = false
    const cancelDeadline = deadlines.add(millis, () => {
      timedOut = true
      controller.abort(new Error(`no response within ${Duration.format(timeout)}`))
    })
    const failure = (error: RequestError): RequestError => timedOut ? timeoutOf(endpoint, timeout) : error
    return {
      controller,
      cancelDeadline,
      failure,
      /** The rest of the attempt as an effect, bounded by the deadline. */
      guard: (rest: Effect.Effect<unknown, RequestError>): Effect.Effect<unknown, RequestError> =>
        rest.pipe(
          Effect.onExit((exit) =>
            Effect.sync(() => {
              cancelDeadline()
              // A failed or interrupted attempt may leave a response unread: aborting closes its connection.
              if (exit._tag === "Failure") controller.abort()
            })
          ),
          Effect.mapError(failure),
        ),
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
   * A JSON operation over a transport that can start a fetch outside any effect (`WebHttpClient`) waits once, in
   * one callback, for the response and for a 2xx body whose declared length is within the limit (read whole by the
   * runtime); its text is then parsed and checked. Anything else — a status error, a body read through its reader,
   * a request the transport runs as an effect — goes on as an effect from where it is, under the same deadline.
   * Profiles over a real socket showed the second fiber wait and the effect pipeline around the body read as
   * CPU per request (tooling/bench/README.md).
   */
  const abortableAttempt = (
    endpoint: Endpoint,
    request: HttpClientRequest.HttpClientRequest,
    timeout: Duration.Duration,
    millis: number,
    context: Context.Context<never>,
  ): Effect.Effect<unknown, RequestError> => {
    const success = endpoint.success
    if (fetchWithController === undefined || success.kind !== "json") {
      return Effect.suspend(() => {
        const attempt = startAttempt(endpoint, timeout, millis)
        return attempt.guard(viaEffect(endpoint, request, attempt.controller))
      })
    }
    const limit = reading.limits.json
    return Effect.callback<unknown, RequestError>((resume) => {
      const attempt = startAttempt(endpoint, timeout, millis)
      const controller = attempt.controller
      let waiting = true
      const settle = (effect: Effect.Effect<unknown, RequestError>): void => {
        if (!waiting) return
        waiting = false
        resume(effect)
      }
      const fail = (error: RequestError): void => {
        attempt.cancelDeadline()
        controller.abort()
        settle(Effect.fail(attempt.failure(error)))
      }
      const started = fetchWithController(request, controller, context, (web) => {
        if (!waiting) return
        const status = web.status
        if (status < 200 || status > 299 || !readableWhole(web, limit)) {
          return settle(attempt.guard(read(endpoint)(HttpClientResponse.fromWeb(request, web))))
        }
        readWhole(request, web, limit, jsonTextOf).then((text) => {
          attempt.cancelDeadline()
          settle(jsonOfText(endpoint, success, status, text, scrub, reading))
        }, (error: LimitExceeded | HttpClientError.HttpClientError) => fail(bodyErrorOf(endpoint, status, error, scrub)))
      }, (error) => fail(transportErrorOf(endpoint, error, scrub)))
      if (!started) return settle(attempt.guard(viaEffect(endpoint, request, controller)))
      return Effect.sync(() => {
        if (!waiting) return
        waiting = false
        attempt.cancelDeadline()
        controller.abort()
      })
    })
  }

  return abortableAttempt
}

const attemptsKey = "~@beeper-kit/effect/WebHttpClient/abortableAttempts"

/** `client` carrying its {@link AbortableAttempts} (what a transport that takes a controller does). */
export const withAbortableAttempts = (
  client: HttpClient.HttpClient,
  runWithController: RunWithController,
  fetchWithController?: FetchWithController,
): HttpClient.HttpClient =>
  Object.assign(client, {
    [attemptsKey]: (reader: Reader) => makeAbortableAttempt(runWithController, fetchWithController, reader),
  })

/**
 * The {@link AbortableAttempts} `client` carries, or `undefined`: a client that cannot take a controller, or one
 * transformed (`HttpClient.transform`, `mapRequest`, ...: its middleware must run, so it is used as a client).
 */
export const abortableAttemptsOf = (client: HttpClient.HttpClient): AbortableAttempts | undefined =>
  (client as unknown as { readonly [attemptsKey]?: AbortableAttempts })[attemptsKey]

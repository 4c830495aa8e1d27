/**
 * A lean web-standard `HttpClient` over the global `fetch`: the default HTTP transport of
 * `BeeperServices.adapter()`, so of `@beeper-kit/deno`, `@beeper-kit/bun` and `@beeper-kit/edge`.
 *
 * Compared with Effect's `FetchHttpClient` it does per request only what a request needs when nothing observes it:
 * the client span, its attributes and the `traceparent`/`b3` headers are made only when a tracer other than Effect's
 * built-in one is installed (then every request goes through `HttpClient.make`, spans and all); the URL is joined as
 * text rather than parsed; one `AbortController` per request, aborted when the request's fiber is interrupted (no
 * `FinalizationRegistry`: an unread body is the reader's to cancel, as `BeeperDesktop` always does). `BeeperDesktop`
 * starts a JSON call's fetch outside any effect (the same fetch as {@link FetchWithController}, from the request's
 * plain parts: no `HttpClientRequest` is made for it) and waits once for its response and
 * body.
 *
 * Redirects are never followed (`redirect: "manual"`): a 3xx is returned as it came (status 0 for a browser's opaque
 * redirect), so a POST is never re-sent and the token never travels to another origin. `FetchHttpClient.Fetch` and
 * `FetchHttpClient.RequestInit` in the request's context are honoured like `FetchHttpClient` does (`redirect` stays
 * `"manual"`). Stream request bodies are sent as a web `ReadableStream` with `duplex: "half"`.
 *
 * ```ts
 * BeeperDesktop.layerConfig().pipe(Layer.provide(WebHttpClient.layer))
 * ```
 *
 * @module
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as UrlParams from "effect/http/UrlParams"
import * as Abortable from "./internal/abortable.ts"
import { fetchFailure, ProtocolSwitchError as ProtocolSwitch, startFetch, withoutContentLength } from "./internal/webFetch.ts"

/**
 * Runs a request with the caller's `AbortController`: aborting it aborts the fetch and the body's stream (what
 * `BeeperDesktop` does when an attempt's timeout passes), and interrupting the effect aborts it too.
 * @since 1.0.0
 * @category Transport
 */
export type RunWithController = Abortable.RunWithController

const runWithControllerKey = "~@beeper-kit/effect/WebHttpClient/runWithController"

/**
 * The {@link RunWithController} of a client made by {@link make}, or `undefined` for any other client (including one
 * transformed with `HttpClient.transform`, `mapRequest`, ...: its middleware must run, so it is used as a client).
 * @since 1.0.0
 * @category Transport
 */
export const runWithControllerOf = (client: HttpClient.HttpClient): RunWithController | undefined =>
  (client as unknown as { readonly [runWithControllerKey]?: RunWithController })[runWithControllerKey]

/**
 * `client` with `run` as its {@link RunWithController} (see {@link runWithControllerOf}): for a client that can bound
 * a request by an `AbortController` (`@beeper-kit/node`'s), so a call's timeout aborts it instead of racing a fiber.
 * @since 1.0.0
 * @category Transport
 */
export const withRunWithController = (client: HttpClient.HttpClient, run: RunWithController): HttpClient.HttpClient =>
  Abortable.withAbortableAttempts(Object.assign(client, { [runWithControllerKey]: run }), run)

/**
 * The failure of a plain request the server answered by switching protocols (`101`): there is no HTTP response to
 * give, and the connection is closed. Code `ERR_UNEXPECTED_UPGRADE`; `BeeperDesktop` reports it as a `TransportError`
 * with `delivery: "maybe-sent"`. Every transport fails a 101 with it — this client (whatever the runtime's `fetch`
 * does with a 101) and `@beeper-kit/node`'s — so the same answer is the same error on every runtime.
 * @since 1.0.0
 * @category Transport
 */
export const ProtocolSwitchError = ProtocolSwitch

/**
 * Whether a tracer other than Effect's built-in (no-op export) one is installed: then spans are worth making.
 * @since 1.0.0
 * @category Transport
 */
export const isTracing = (context: Context.Context<never>): boolean =>
  Context.get(context, Tracer.Tracer) !== Tracer.nativeTracer

/** The request's URL as text: its `url` and its `urlParams` (a URL that is not absolute `http(s)` is parsed instead). */
const urlOf = (request: HttpClientRequest.HttpClientRequest): string | undefined => {
  const url = request.url
  if (!/^https?:\/\/[^\s/?#]+(?:[/?][^\s#]*)?$/.test(url)) return undefined
  if (request.urlParams.params.length === 0) return url
  return `${url}${url.includes("?") ? "&" : "?"}${UrlParams.toString(request.urlParams)}`
}

/**
 * Starts one fetch of `request` with `body` through `controller`, calling `onResponse` with the web `Response` or
 * `onFailure` with the transport error (at once when `fetch` throws).
 */
const startRequest = (
  request: HttpClientRequest.HttpClientRequest,
  url: string | URL,
  body: BodyInit | undefined,
  controller: AbortController,
  context: Context.Context<never>,
  onResponse: (response: Response) => void,
  onFailure: (error: HttpClientError.HttpClientError) => void,
): void =>
  startFetch(
    request.method,
    url,
    withoutContentLength(request.headers),
    body ?? null,
    controller,
    context,
    onResponse,
    (cause) => onFailure(fetchFailure(request, cause)),
  )

/** One fetch of `request` with `body`, aborted through `controller` when the effect is interrupted. */
const send = (
  request: HttpClientRequest.HttpClientRequest,
  url: string | URL,
  body: BodyInit | undefined,
  controller: AbortController,
  context: Context.Context<never>,
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError> =>
  Effect.callback((resume) => {
    startRequest(
      request,
      url,
      body,
      controller,
      context,
      (response) => resume(Effect.succeed(HttpClientResponse.fromWeb(request, response))),
      (error) => resume(Effect.fail(error)),
    )
    return Effect.sync(() => controller.abort())
  })

/** The body `fetch` is given for a body that needs no effect to make (not a `Stream`), or `undefined`. */
const plainBodyOf = (body: HttpClientRequest.HttpClientRequest["body"]): { readonly body: BodyInit | undefined } | undefined => {
  switch (body._tag) {
    case "Raw":
      return { body: body.body as BodyInit }
    case "Uint8Array":
      // A text body (`HttpBody.text`, every JSON body) goes as its text: the runtime encodes it, no bytes made here.
      return { body: body.text ?? (body.body as BodyInit) }
    case "FormData":
      return { body: body.formData }
    case "Empty":
      return { body: undefined }
    case "Stream":
      return undefined
  }
}

const run = (
  request: HttpClientRequest.HttpClientRequest,
  url: string | URL,
  controller: AbortController,
  context: Context.Context<never>,
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError> => {
  if (request.headers["upgrade"] !== undefined) {
    return Effect.fail(fetchFailure(request, undefined, "fetch cannot send an HTTP upgrade request"))
  }
  const body = request.body
  if (body._tag === "Stream") {
    return Effect.flatMap(
      Stream.toReadableStreamEffect(body.stream),
      (stream) => send(request, url, stream, controller, context),
    )
  }
  return send(request, url, plainBodyOf(body)!.body, controller, context)
}

/**
 * The caller's controller of a request sent through {@link traced}: aborting it aborts that request too. Carried in
 * the fiber's context, not keyed on the request: `HttpClient.make` hands its callback a new request (trace headers,
 * the parsed URL), never the one given to `execute`.
 */
const CallerController = /*#__PURE__*/ Context.Reference<AbortController | undefined>(
  "@beeper-kit/effect/WebHttpClient/CallerController",
  { defaultValue: () => undefined },
)

/** `HttpClient.make`'s full path: URL parsing, the client span with its attributes, trace headers. */
const traced: HttpClient.HttpClient = /*#__PURE__*/ HttpClient.make((request, url, signal, fiber) => {
  const caller = Context.get(fiber.context, CallerController)
  const controller = new AbortController()
  for (const source of caller === undefined ? [signal] : [signal, caller.signal]) {
    if (source.aborted) controller.abort(source.reason)
    else source.addEventListener("abort", () => controller.abort(source.reason), { once: true })
  }
  return run(request, url, controller, fiber.context)
})

/**
 * Starts a request with the caller's `AbortController` outside any effect, for a caller that waits for the response
 * and its body in one callback (one fiber wait per request instead of two; `BeeperDesktop`'s attempts start the same
 * fetch from their request's plain parts, without an `HttpClientRequest`): calls
 * `onResponse` with the web `Response` (its body unread: the caller reads or cancels it) or `onFailure` with the
 * transport error. Aborting the controller aborts the fetch and the body. Returns `false`, starting nothing, for a
 * request that needs the effect path ({@link RunWithController}): a URL to parse, a tracer to feed, a `Stream` body,
 * an upgrade. `context` is the calling fiber's (`FetchHttpClient.Fetch` and `RequestInit` are read from it).
 * @since 1.0.0
 * @category Transport
 */
export type FetchWithController = (
  request: HttpClientRequest.HttpClientRequest,
  controller: AbortController,
  context: Context.Context<never>,
  onResponse: (response: Response) => void,
  onFailure: (error: HttpClientError.HttpClientError) => void,
) => boolean

const fetchWithControllerKey = "~@beeper-kit/effect/WebHttpClient/fetchWithController"

/**
 * The {@link FetchWithController} of a client made by {@link make}, or `undefined` for any other client (as
 * {@link runWithControllerOf}).
 * @since 1.0.0
 * @category Transport
 */
export const fetchWithControllerOf = (client: HttpClient.HttpClient): FetchWithController | undefined =>
  (client as unknown as { readonly [fetchWithControllerKey]?: FetchWithController })[fetchWithControllerKey]

const fetchWithController: FetchWithController = (request, controller, context, onResponse, onFailure) => {
  const url = urlOf(request)
  if (url === undefined || isTracing(context) || request.headers["upgrade"] !== undefined) return false
  const body = plainBodyOf(request.body)
  if (body === undefined) return false
  startRequest(request, url, body.body, controller, context, onResponse, onFailure)
  return true
}

const runWithController: RunWithController = (request, controller) =>
  Effect.withFiber((fiber) => {
    const url = urlOf(request)
    if (url !== undefined && !isTracing(fiber.context)) return run(request, url, controller, fiber.context)
    // A URL to parse, or a tracer to feed: the full path, the caller's controller still aborting the request.
    return Effect.provideService(traced.execute(request), CallerController, controller)
  })

/**
 * The client. Not a `Layer` of its own context: `FetchHttpClient.Fetch` and `RequestInit` are read from each
 * request's context.
 * @since 1.0.0
 * @category Transport
 */
export const make = (): HttpClient.HttpClient => {
  const client = HttpClient.makeWith(
    (effect) => Effect.flatMap(effect, (request) => runWithController(request, new AbortController())),
    Effect.succeed as HttpClient.HttpClient.Preprocess<never, never>,
  )
  return Abortable.withAbortableAttempts(
    Object.assign(client, { [runWithControllerKey]: runWithController, [fetchWithControllerKey]: fetchWithController }),
    runWithController,
    true,
  )
}

/**
 * The client (one instance: it holds no state).
 * @since 1.0.0
 * @category Transport
 */
export const client: HttpClient.HttpClient = /*#__PURE__*/ make()

/**
 * The client as the `HttpClient` service.
 * @since 1.0.0
 * @category Transport
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = /*#__PURE__*/ Layer.succeed(HttpClient.HttpClient, client)

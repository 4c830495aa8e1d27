/**
 * An Effect `HttpClient` over Node's own `node:http` / `node:https` `request`, on keep-alive `Agent`s of its own
 * (one per protocol), destroyed with the layer — no HTTP package to install:
 *
 * - redirects are never followed (`node:http` does not follow them), so no request is sent twice and no token goes to
 *   another origin; a 3xx reaches the caller as it came;
 * - a failure to send is a `TransportError` whose `cause` is Node's own error (its `code` says whether anything was
 *   sent: `ECONNREFUSED`, `ENOTFOUND`, `ERR_INVALID_CHAR`... or `ECONNRESET`, a reset);
 * - interrupting the request destroys it, and its connection if it was under way (a stopped body stream too);
 * - without a tracer to feed, a request skips `HttpClient.make`'s span and `AbortController` (see {@link make});
 * - `BeeperDesktop` bounds each attempt by its own `AbortController` (`WebHttpClient.withRunWithController`), so a
 *   call's timeout destroys the request instead of racing a timer fiber against it;
 * - response bodies are read as streams, counted as they arrive, and decoded when the server sent them compressed
 *   (see `NodeResponse`); request bodies may be bytes, text, `FormData` or an Effect `Stream`.
 *
 * @module
 */
import { WebHttpClient } from "@beeper-kit/effect"
// Effect deep-imported (`effect/Effect`, not the `effect` barrel): the barrel loads every module of Effect, ~100 ms
// of a process start (tooling/bench/README.md, "Cold start")
import * as Effect from "effect/Effect"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Url from "effect/http/Url"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import * as Stream from "effect/Stream"
import type * as Http from "node:http"
import type * as Https from "node:https"
import type * as Net from "node:net"
import { Readable } from "node:stream"
import { NodeResponse } from "./NodeResponse.ts"

// Taken as Node's CommonJS modules, not through `import`: the ES module of `node:http` reads every export once,
// its lazy undici `WebSocket` among them, which loads Node's whole fetch stack (~50 ms of CPU at start-up) that
// this client never uses.
const nodeHttp = process.getBuiltinModule("node:http")
const nodeHttps = process.getBuiltinModule("node:https")

/** The keep-alive agents requests go through, by protocol. */
export interface Agents {
  readonly http: Http.Agent
  readonly https: Https.Agent
}

/** A failure before a response arrived, as Effect's HTTP client reports it. */
const transportError = (request: HttpClientRequest.HttpClientRequest, cause: unknown) =>
  new HttpClientError.HttpClientError({ reason: new HttpClientError.TransportError({ request, cause }) })

/**
 * The source of a request body failed while it was sent (a file attachment that could not be read: deleted, or changed
 * since `fs.openAsBlob` opened it; a body `Stream` that failed). The request is cut short, its connection closed; the
 * source's own error is the `cause`.
 */
class RequestBodyError extends Error {
  constructor(cause: unknown) {
    super("the request body could not be read", { cause })
    this.name = "RequestBodyError"
  }
}

/**
 * Streams `source` into `outgoing` and ends it. A failing source destroys `outgoing` with a {@link RequestBodyError}
 * (what its `error` event then reports); a request destroyed first (interrupted, reset) stops the source. Not
 * `stream.pipeline`: it aborts a `ClientRequest` without an error, so the caller saw only the `ECONNRESET: socket hang
 * up` that followed, never why the body stopped.
 */
const pipeBody = (source: Readable, outgoing: Http.ClientRequest): void => {
  source.once("error", (cause) => outgoing.destroy(new RequestBodyError(cause)))
  outgoing.once("close", () => source.destroy())
  source.pipe(outgoing)
}

/** Writes the body of `request` to `outgoing` and ends it; a failure of the body destroys `outgoing`. */
const send = (request: HttpClientRequest.HttpClientRequest, outgoing: Http.ClientRequest): void => {
  const body = request.body
  switch (body._tag) {
    case "Empty":
      return void outgoing.end()
    case "Uint8Array":
    case "Raw":
      return void outgoing.end(body.body as Uint8Array | string)
    case "FormData": {
      // the web `Response` encodes multipart and says its `content-type` (with the boundary)
      const encoded = new Response(body.formData)
      outgoing.setHeader("content-type", encoded.headers.get("content-type")!)
      outgoing.removeHeader("content-length")
      return pipeBody(Readable.fromWeb(encoded.body! as import("node:stream/web").ReadableStream), outgoing)
    }
    case "Stream":
      return pipeBody(Readable.from(Stream.toAsyncIterable(body.stream), { objectMode: false }), outgoing)
  }
}

/** The host to connect to (an IPv6 address without the brackets the URL writes it in). */
const hostnameOf = (url: URL): string => url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname

/**
 * Destroys `outgoing` (and with it its connection and any response body) when `signal` aborts, until the exchange
 * is over. (What the `signal` option of `request` does, with one listener instead of a stream watcher.)
 */
const abortOn = (signal: AbortSignal, outgoing: Http.ClientRequest): void => {
  if (signal.aborted) return void outgoing.destroy(signal.reason as Error)
  const onAbort = () => outgoing.destroy(signal.reason as Error)
  signal.addEventListener("abort", onAbort, { once: true })
  outgoing.once("close", () => signal.removeEventListener("abort", onAbort))
}

/** For a request's `error` events once its response arrived: a later failure is the response body's to report. */
const ignore = (): void => {}

/**
 * One exchange of `request` with `url` over `agents`. Interrupted before the response, the request is destroyed
 * (and with it its connection); `signal`, when given, does the same until the exchange is over.
 */
const exchange = (
  agents: Agents,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  signal: AbortSignal | undefined,
): Effect.Effect<NodeResponse, HttpClientError.HttpClientError> =>
  Effect.callback<NodeResponse, HttpClientError.HttpClientError>((resume) => {
    const secure = url.protocol === "https:"
    let outgoing: Http.ClientRequest
    try {
      outgoing = (secure ? nodeHttps.request : nodeHttp.request)({
        hostname: hostnameOf(url),
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers: request.headers,
        agent: secure ? agents.https : agents.http,
      })
    } catch (cause) {
      // an invalid header or method, refused before anything was sent
      return resume(Effect.fail(transportError(request, cause)))
    }
    if (signal !== undefined) abortOn(signal, outgoing)
    let responded = false
    const onError = (cause: unknown) => resume(Effect.fail(transportError(request, cause)))
    outgoing.on("error", onError)
    outgoing.on("response", (incoming) => {
      responded = true
      outgoing.off("error", onError)
      // a later failure (a reset mid-body) is the body's to report: see NodeResponse
      outgoing.on("error", ignore)
      resume(Effect.succeed(new NodeResponse(request, incoming, url.href.split("#")[0]!)))
    })
    // A `101 Switching Protocols` (with `Upgrade`) to a plain request: node:http hands the socket to an `upgrade`
    // listener, or — without one — destroys it and emits only `close`, never `response` nor `error`, after which
    // destroying the request (the caller's timeout) does nothing. The connection is dropped and the exchange fails; the
    // server read the request, so a send may have reached it.
    outgoing.on("upgrade", (incoming: Http.IncomingMessage, socket: Net.Socket) => {
      socket.destroy()
      onError(new WebHttpClient.ProtocolSwitchError(incoming.headers.upgrade)) // every transport's error for a 101
    })
    // Any other end of the request without a response or an error (a resumed callback ignores a second resume)
    outgoing.once("close", () => {
      if (!responded) onError(new Error("the connection closed before a response arrived"))
    })
    send(request, outgoing)
    return Effect.sync(() => {
      if (!responded) outgoing.destroy()
    })
  })

/**
 * The client over `agents`. When nothing observes requests (no tracer other than Effect's built-in one) a request
 * goes straight to {@link exchange}: no client span, no `AbortController` per request (Effect's `HttpClient.make`
 * aborts one when each body stream ends, a `DOMException` with its stack every time), no `FinalizationRegistry` —
 * an unread body is the reader's to cancel, as `BeeperDesktop` always does; a stopped body stream destroys its
 * connection (see `NodeResponse`). Under a tracer, or for a URL Effect's parser refuses, the request goes through
 * `HttpClient.make`: spans, trace headers and its error for the URL.
 *
 * The client also runs a request with a caller's `AbortController` (`WebHttpClient.runWithControllerOf`): aborting it
 * destroys the request, and its connection, until the exchange is over. `BeeperDesktop` bounds each attempt that way,
 * on one shared deadline timer, instead of racing a second fiber with a timer per request: that race kept every
 * page of a paginated stream alive across young-generation GCs (tooling/bench/README.md, "Pagination memory").
 */
export const make = (agents: Agents): HttpClient.HttpClient => {
  const traced = HttpClient.make((request, url, signal) => exchange(agents, request, url, signal))
  const direct = (request: HttpClientRequest.HttpClientRequest, signal: AbortSignal | undefined) => {
    const url = Url.make(request.url, request.urlParams, Option.getOrUndefined(request.hash))
    return Result.isSuccess(url) ? exchange(agents, request, url.success, signal) : traced.execute(request)
  }
  const client = HttpClient.makeWith(
    (effect) =>
      Effect.flatMap(effect, (request) =>
        Effect.withFiber((fiber) => WebHttpClient.isTracing(fiber.context) ? traced.execute(request) : direct(request, undefined))),
    Effect.succeed as HttpClient.HttpClient.Preprocess<never, never>,
  )
  return WebHttpClient.withRunWithController(client, (request, controller) => direct(request, controller.signal))
}

/** Keep-alive agents (idle connections closed after 4 s, as undici does, before a server's usual 5 s), destroyed when the scope closes. */
const agents = Effect.acquireRelease(
  Effect.sync((): Agents => {
    const options = { keepAlive: true, scheduling: "lifo", timeout: 4_000 } as const
    return { http: new nodeHttp.Agent(options), https: new nodeHttps.Agent(options) }
  }),
  ({ http, https }) =>
    Effect.sync(() => {
      http.destroy()
      https.destroy()
    }),
)

/** The client, on its own keep-alive `Agent`s, closed with the layer. */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.effect(HttpClient.HttpClient, Effect.map(agents, make))

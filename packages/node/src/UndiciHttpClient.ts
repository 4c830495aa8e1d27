/**
 * An Effect `HttpClient` over undici's `Dispatcher.request` on a keep-alive `Agent` of its own, destroyed with the
 * layer. It behaves as `@effect/platform-node`'s `NodeHttpClient.layerUndici`, from which it is ported (without HTTP
 * upgrades, unix sockets or a global dispatcher), at a fraction of that package's install:
 *
 * - redirects are never followed (undici's `request` does not follow them), so no request is sent twice and no
 *   token goes to another origin; a 3xx reaches the caller as it came;
 * - a failure to send is a `TransportError` whose `cause` is undici's own error (its `code` says whether anything
 *   was sent: `ECONNREFUSED`, `UND_ERR_CONNECT_TIMEOUT`... or `UND_ERR_SOCKET`, a reset);
 * - interrupting the request aborts it (its `AbortSignal`), closing the connection if it was under way;
 * - response bodies are read as streams, counted as they arrive (see `UndiciResponse`); request bodies may be
 *   bytes, text, `FormData` or an Effect `Stream`.
 *
 * undici itself is loaded when the layer is built, not when this module is imported.
 *
 * @module
 */
import { Effect, Layer } from "effect"
import { Headers, type HttpBody, HttpClient, HttpClientError, type HttpClientRequest } from "effect/http"
import * as Stream from "effect/Stream"
import { Readable } from "node:stream"
import type * as Undici from "undici"
import { UndiciResponse, type UndiciResponseData } from "./UndiciResponse.ts"

/** A request body as undici takes it, and the headers to send with it. */
interface Outgoing {
  readonly body: string | Uint8Array | Readable | Undici.FormData | null
  readonly headers: Headers.Headers
}

/** Copies a `FormData` into undici's (whose multipart encoder sets the `content-type` with its boundary). */
const toUndiciFormData = (formData: FormData, undici: typeof Undici): Undici.FormData => {
  const converted = new undici.FormData()
  for (const [key, value] of formData) converted.append(key, value)
  return converted
}

/** The body of `request` as undici sends it. */
const outgoing = (request: HttpClientRequest.HttpClientRequest, undici: typeof Undici): Outgoing => {
  const body: HttpBody.HttpBody = request.body
  switch (body._tag) {
    case "Empty":
      return { body: null, headers: request.headers }
    case "Uint8Array":
    case "Raw":
      return { body: body.body as Uint8Array, headers: request.headers }
    case "FormData":
      return { body: toUndiciFormData(body.formData, undici), headers: Headers.remove(request.headers, "content-type") }
    case "Stream":
      return { body: Readable.from(Stream.toAsyncIterable(body.stream), { objectMode: false }), headers: request.headers }
  }
}

/** Timeouts are the caller's (`Effect.timeout`, the client's own): undici's are set out of the way. */
const noTimeouts = { headersTimeout: 60 * 60 * 1000, bodyTimeout: 0 } as const

/** The client over `dispatcher` (`undici` is the loaded module, for its `FormData`). */
export const make = (dispatcher: Undici.Dispatcher, undici: typeof Undici): HttpClient.HttpClient =>
  HttpClient.make((request, url, signal) => {
    const { body, headers } = outgoing(request, undici)
    return Effect.tryPromise({
      try: () =>
        dispatcher.request({
          method: request.method,
          origin: url.origin,
          path: url.pathname + url.search,
          headers,
          body,
          signal,
          ...noTimeouts,
        }),
      catch: (cause) =>
        new HttpClientError.HttpClientError({ reason: new HttpClientError.TransportError({ request, cause }) }),
    }).pipe(
      Effect.map((data) => new UndiciResponse(request, data as UndiciResponseData, url.href.split("#")[0]!)),
    )
  })

/** A keep-alive undici `Agent` (undici's defaults), destroyed when the scope closes. */
const agent = Effect.acquireRelease(
  Effect.promise(() => import("undici")).pipe(Effect.map((undici) => ({ undici, agent: new undici.Agent() }))),
  ({ agent }) => Effect.promise(() => agent.destroy()),
)

/** The client, on its own keep-alive `Agent`, closed with the layer. */
export const layer: Layer.Layer<HttpClient.HttpClient> = Layer.effect(
  HttpClient.HttpClient,
  Effect.map(agent, ({ agent, undici }) => make(agent, undici)),
)

/**
 * An Effect `HttpClientResponse` over what undici's `Dispatcher.request` resolves to (status, headers, a `Readable`
 * body). The body is read as a stream, chunks as they arrive (see `ReadableStream`); stopping the stream early (a body
 * cap reached, an interruption) destroys the body, which aborts the request and closes its connection. Ported from
 * `@effect/platform-node`'s `NodeHttpClient.layerUndici` (its response part, without HTTP upgrades).
 *
 * @module
 */
import { Effect, Inspectable, Option, type Stream } from "effect"
import { Cookies, Headers, HttpClientError, type HttpClientRequest, HttpClientResponse, HttpIncomingMessage, UrlParams } from "effect/http"
import { pipeArguments } from "effect/Pipeable"
import type * as Schema from "effect/Schema"
import type * as Socket from "effect/socket/Socket"
import type { Readable } from "node:stream"
import { fromReadable } from "./ReadableStream.ts"

/** What undici's `Dispatcher.request` resolves to, as far as the response needs it. */
export interface UndiciResponseData {
  readonly statusCode: number
  readonly headers: Record<string, string | Array<string> | undefined>
  readonly body: Readable & { arrayBuffer(): Promise<ArrayBuffer> }
}

/** A response body nobody reads may still fail (a reset): without a listener that would be an uncaught error. */
const ignoreError = (_: unknown): void => {}

/** `application/x-www-form-urlencoded` text (a leading `?` is data, not a query prefix). */
const formDecoder = new TextDecoder("utf-8", { ignoreBOM: true })

/** The response of `request` to `url` (without its fragment), over undici's response `source`. */
export class UndiciResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: typeof HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: typeof HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly request: HttpClientRequest.HttpClientRequest
  readonly url: string
  private readonly source: UndiciResponseData

  constructor(request: HttpClientRequest.HttpClientRequest, source: UndiciResponseData, url: string) {
    super()
    this.request = request
    this.source = source
    this.url = url
    source.body.on("error", ignoreError)
  }

  get status(): number {
    return this.source.statusCode
  }

  private cachedHeaders?: Headers.Headers
  get headers(): Headers.Headers {
    return this.cachedHeaders ??= Headers.fromInput(this.source.headers)
  }

  private cachedCookies?: Cookies.Cookies
  get cookies(): Cookies.Cookies {
    if (this.cachedCookies !== undefined) return this.cachedCookies
    const header = this.source.headers["set-cookie"]
    return this.cachedCookies = header ? Cookies.fromSetCookie(header) : Cookies.empty
  }

  get remoteAddress(): Option.Option<string> {
    return Option.none()
  }

  /** A failure reading the body, as Effect's HTTP client reports it. */
  private decodeError(cause: unknown): HttpClientError.HttpClientError {
    return new HttpClientError.HttpClientError({
      reason: new HttpClientError.DecodeError({ request: this.request, response: this, cause }),
    })
  }

  /** The body's chunks as they arrive; the body is destroyed (the request aborted) if the stream stops first. */
  get stream(): Stream.Stream<Uint8Array, HttpClientError.HttpClientError> {
    return fromReadable(this.source.body, (cause) => this.decodeError(cause))
  }

  private arrayBufferBody?: Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError>
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError> {
    return this.arrayBufferBody ??= Effect.tryPromise({
      try: () => this.source.body.arrayBuffer(),
      catch: (cause) => this.decodeError(cause),
    }).pipe(Effect.cached, Effect.runSync)
  }

  private textBody?: Effect.Effect<string, HttpClientError.HttpClientError>
  get text(): Effect.Effect<string, HttpClientError.HttpClientError> {
    return this.textBody ??= Effect.map(this.arrayBuffer, (bytes) => new TextDecoder().decode(bytes))
  }

  get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError> {
    return Effect.flatMap(this.text, (text) =>
      Effect.try({
        try: () => text === "" ? null : JSON.parse(text),
        catch: (cause) => this.decodeError(cause),
      }))
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError> {
    return Effect.flatMap(this.arrayBuffer, (bytes) =>
      Effect.try({
        try: () => UrlParams.fromInput(new URLSearchParams(formDecoder.decode(bytes).replace(/^\?/, "%3F"))),
        catch: (cause) => this.decodeError(cause),
      }))
  }

  private formDataBody?: Effect.Effect<FormData, HttpClientError.HttpClientError>
  get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError> {
    return this.formDataBody ??= Effect.flatMap(this.arrayBuffer, (bytes) =>
      Effect.tryPromise({
        try: () => new globalThis.Response(bytes, { headers: this.headers }).formData(),
        catch: (cause) => this.decodeError(cause),
      })).pipe(Effect.cached, Effect.runSync)
  }

  /** This client never asks for an upgrade (the live events use `ws`): any response refuses to hand one over. */
  get upgrade(): Effect.Effect<Socket.Socket, HttpClientError.HttpClientError> {
    return Effect.fail(
      new HttpClientError.HttpClientError({
        reason: new HttpClientError.StatusCodeError({
          request: this.request,
          response: this,
          description: "the Node adapter's HTTP client does not hand over upgraded connections",
        }),
      }),
    )
  }

  toJSON(): unknown {
    return HttpIncomingMessage.inspect(this, {
      _id: "HttpClientResponse",
      request: this.request.toJSON(),
      status: this.status,
    })
  }

  pipe() {
    // eslint-disable-next-line prefer-rest-params
    return pipeArguments(this, arguments)
  }
}

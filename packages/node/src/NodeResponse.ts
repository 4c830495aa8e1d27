/**
 * An Effect `HttpClientResponse` over a `node:http` `IncomingMessage`. The body is read as a stream, chunks as they
 * arrive (see `ReadableStream`), and decoded when the server sent it compressed (`Content-Encoding` gzip, deflate or
 * br), so what a body cap counts is the decoded bytes. Stopping the stream early (a body cap reached, an interruption)
 * destroys the body, which destroys its connection.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as Cookies from "effect/http/Cookies"
import * as Headers from "effect/http/Headers"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as HttpIncomingMessage from "effect/http/HttpIncomingMessage"
import * as UrlParams from "effect/http/UrlParams"
import * as Inspectable from "effect/Inspectable"
import * as Option from "effect/Option"
import { pipeArguments } from "effect/Pipeable"
import type * as Stream from "effect/Stream"
import type * as Schema from "effect/Schema"
import type * as Socket from "effect/socket/Socket"
import type { IncomingMessage } from "node:http"
import { pipeline, type Readable, type Transform } from "node:stream"
import { arrayBuffer } from "node:stream/consumers"
import * as Zlib from "node:zlib"
import { fromReadable } from "./ReadableStream.ts"

/** The decoders of the content codings a body may come in (what `fetch` decodes). */
const decoders: Readonly<Record<string, () => Transform>> = {
  gzip: () => Zlib.createGunzip(),
  "x-gzip": () => Zlib.createGunzip(),
  deflate: () => Zlib.createInflate(),
  br: () => Zlib.createBrotliDecompress(),
}

/** A failure of the body when nobody reads it (a reset): without a listener it would be an uncaught error. */
const ignoreError = (_: unknown): void => {}

/**
 * The body of `incoming`, decoded when its `Content-Encoding` is one of {@link decoders} (a coding Node cannot decode
 * is passed on as it came). A response that has no body — a 1xx, 204 or 304, the answer to a `HEAD`, a
 * `Content-Length: 0` — is not decoded, whatever its coding says (a decoder fed nothing fails with "unexpected end of
 * file", as `fetch` does not). Destroying the decoded stream destroys `incoming` too.
 */
const bodyOf = (incoming: IncomingMessage, method: string): Readable => {
  const coding = incoming.headers["content-encoding"]?.trim().toLowerCase()
  const decoder = coding === undefined ? undefined : decoders[coding]
  if (decoder === undefined || hasNoBody(incoming, method)) return incoming
  return pipeline(incoming, decoder(), ignoreError)
}

/** Whether `incoming` has no body by its status, its request's method, or its declared length. */
const hasNoBody = (incoming: IncomingMessage, method: string): boolean => {
  const status = incoming.statusCode ?? 200
  return status < 200 || status === 204 || status === 304 || method === "HEAD" ||
    incoming.headers["content-length"]?.trim() === "0"
}

/** `application/x-www-form-urlencoded` text (a leading `?` is data, not a query prefix). */
const formDecoder = new TextDecoder("utf-8", { ignoreBOM: true })

/** The response of `request` to `url` (without its fragment), over `node:http`'s `incoming` message. */
export class NodeResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: typeof HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: typeof HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly request: HttpClientRequest.HttpClientRequest
  readonly url: string
  private readonly incoming: IncomingMessage
  private readonly body: Readable

  constructor(request: HttpClientRequest.HttpClientRequest, incoming: IncomingMessage, url: string) {
    super()
    this.request = request
    this.incoming = incoming
    this.url = url
    this.body = bodyOf(incoming, request.method)
    this.body.on("error", ignoreError)
  }

  get status(): number {
    return this.incoming.statusCode ?? 0
  }

  private cachedHeaders?: Headers.Headers
  get headers(): Headers.Headers {
    return this.cachedHeaders ??= Headers.fromInput(this.incoming.headers)
  }

  private cachedCookies?: Cookies.Cookies
  get cookies(): Cookies.Cookies {
    if (this.cachedCookies !== undefined) return this.cachedCookies
    const header = this.incoming.headers["set-cookie"]
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
    return fromReadable(this.body, (cause) => this.decodeError(cause))
  }

  private arrayBufferBody?: Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError>
  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError> {
    return this.arrayBufferBody ??= Effect.tryPromise({
      try: () => arrayBuffer(this.body),
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

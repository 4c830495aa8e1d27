// One `fetch` started outside any effect, from plain parts: what `WebHttpClient` runs for an `HttpClientRequest` and
// what `BeeperDesktop`'s one-callback attempts run for a request they built themselves (no `HttpClientRequest`).
// `FetchHttpClient.Fetch` and `FetchHttpClient.RequestInit` are read from the calling fiber's context, as Effect's
// `FetchHttpClient` does; redirects are never followed (`redirect: "manual"`).
import * as Context from "effect/Context"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Headers from "effect/http/Headers"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"

/**
 * Starts `fetch(url)` through `controller`, calling `onResponse` with the web `Response` or `onFailure` with what
 * `fetch` rejected or threw (at once when it throws). `headers` are sent as given (lower-case names, no
 * `content-length`: the runtime sets it from the body), after the context's `RequestInit` headers.
 */
export const startFetch = (
  method: string,
  url: string | URL,
  headers: Record<string, string>,
  body: BodyInit | null,
  controller: AbortController,
  context: Context.Context<never>,
  onResponse: (response: Response) => void,
  onFailure: (cause: unknown) => void,
): void => {
  const fetch = Context.get(context, FetchHttpClient.Fetch)
  const defaults = Context.getOrUndefined(context, FetchHttpClient.RequestInit)
  // Without defaults, a literal of fixed shape (a spread makes the object key by key).
  const init: RequestInit & { duplex?: "half" } = defaults === undefined
    ? { method, headers, body, redirect: "manual", signal: controller.signal }
    : {
      ...defaults,
      method,
      headers: withoutContentLength(Headers.merge(Headers.fromInput(defaults.headers as Headers.Input), headers as Headers.Headers)),
      body,
      redirect: "manual",
      signal: controller.signal,
    }
  if (typeof ReadableStream !== "undefined" && body instanceof ReadableStream) init.duplex = "half"
  try {
    fetch(url, init).then(
      (response) => response.status === 101 ? protocolSwitched(response, controller, onFailure) : onResponse(response),
      onFailure,
    )
  } catch (cause) {
    onFailure(cause)
  }
}

/**
 * The server answered a plain request by switching protocols (`101`): nothing here asks for that (`WebHttpClient`
 * refuses a request with `Upgrade`), so there is no HTTP response to give. undici and Bun fail such a fetch
 * themselves (`bad upgrade`, `UnrequestedUpgrade`); Deno and workerd hand the 101 on as a response, which was read as
 * an `UnexpectedStatus` without `delivery`. Every transport, `@beeper-kit/node`'s client too, fails with this error
 * (exported as `WebHttpClient.ProtocolSwitchError`): a transport failure, `"maybe-sent"` (the server read the
 * request), the connection closed.
 */
export class ProtocolSwitchError extends Error {
  readonly code = "ERR_UNEXPECTED_UPGRADE"
  /** `closed: false` for a connection this client could not close (a response another client handed on). */
  constructor(protocol: string | null | undefined, closed = true) {
    const upgrade = protocol ? `, Upgrade: ${protocol.slice(0, 64)}` : ""
    super(`the server switched protocols (101${upgrade}) on a plain HTTP request${closed ? "; the connection was closed" : ""}`)
    this.name = "ProtocolSwitchError"
  }
}

const protocolSwitched = (response: Response, controller: AbortController, onFailure: (cause: unknown) => void): void => {
  controller.abort()
  onFailure(new ProtocolSwitchError(response.headers.get("upgrade")))
}

/**
 * Headers as `fetch` takes them: a plain record without `content-length` (the runtime sets it from the body; some
 * refuse one given), copied in one pass.
 */
export const withoutContentLength = (headers: Headers.Headers | Record<string, string>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in headers) {
    if (name !== "content-length") out[name] = (headers as Record<string, string>)[name]!
  }
  return out
}

/** What a fetch of `request` failed with (or why it was not sent), as Effect's clients report it. */
export const fetchFailure = (request: HttpClientRequest.HttpClientRequest, cause: unknown, description?: string) =>
  new HttpClientError.HttpClientError({
    reason: new HttpClientError.TransportError({ request, cause, ...(description === undefined ? {} : { description }) }),
  })

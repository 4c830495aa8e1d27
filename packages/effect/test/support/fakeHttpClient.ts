// An in-memory HttpClient: every request is answered by a handler with a web `Response`, no socket involved.
// Used where a test needs exact control of time (TestClock) — real sockets are covered against the mock server.
import { Clock, Effect, Layer } from "effect"
import { HttpClient, HttpClientError, HttpClientResponse } from "effect/http"

/** What the fake client saw of one request. */
export interface SeenRequest {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  /** Clock time (the TestClock's, in tests) at which the request was sent. */
  readonly at: number
}

/**
 * A handler answers the n-th request (0-based) with a Response, `"reset"` for a connection reset after the request
 * was written (it may have reached the server), or `"refused"` for a connection refused (nothing was sent).
 */
export type Handler = (request: SeenRequest, index: number) => Response | "reset" | "refused"

/** A fake HttpClient layer and the list of requests it received. */
export const fakeHttpClient = (handler: Handler) => {
  const seen: Array<SeenRequest> = []
  const client = HttpClient.make((request, url) =>
    Effect.flatMap(Clock.currentTimeMillis, (at) => {
      const body = request.body._tag === "Uint8Array" ? new TextDecoder().decode(request.body.body) : undefined
      const entry: SeenRequest = { method: request.method, url, headers: request.headers, body, at }
      seen.push(entry)
      const answer = handler(entry, seen.length - 1)
      if (answer === "reset" || answer === "refused") {
        const cause = answer === "reset"
          ? Object.assign(new Error("socket hang up"), { code: "ECONNRESET" })
          : Object.assign(new Error(`connect ECONNREFUSED ${url.host}`), { code: "ECONNREFUSED" })
        return Effect.fail(
          new HttpClientError.HttpClientError({ reason: new HttpClientError.TransportError({ request, cause }) }),
        )
      }
      return Effect.succeed(HttpClientResponse.fromWeb(request, answer))
    })
  )
  return { layer: Layer.succeed(HttpClient.HttpClient, client), seen }
}

/** A JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** The shared error body. */
export const errorBody = (status: number, headers: Record<string, string> = {}): Response =>
  json(status, { code: `E${status}`, message: `status ${status}` }, headers)

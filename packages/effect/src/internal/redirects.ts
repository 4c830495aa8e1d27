// Redirects are never followed, whatever the transport: a followed 307/308 re-sends a POST (a second message), and a
// redirect to another origin could carry the token there. A 3xx reaches the response reader as it came, and is an
// `UnexpectedStatus` (with its status; 0 for a browser's opaque redirect).
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"

/**
 * `client` with every request run under fetch's `redirect: "manual"` (`FetchHttpClient.RequestInit`, merged over
 * the one in context, if any). Fetch-based clients read it; the Node adapter's `node:http` client never follows redirects;
 * `WebHttpClient` always sends with `redirect: "manual"`, so `BeeperDesktop` does not wrap it.
 */
export const withoutRedirects = (client: HttpClient.HttpClient): HttpClient.HttpClient =>
  HttpClient.transform(client, (effect) =>
    Effect.flatMap(Effect.serviceOption(FetchHttpClient.RequestInit), (init) =>
      Effect.provideService(effect, FetchHttpClient.RequestInit, {
        ...Option.getOrUndefined(init),
        redirect: "manual",
      })))

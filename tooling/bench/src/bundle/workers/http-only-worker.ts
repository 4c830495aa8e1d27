// The HTTP-only edge worker of three operations (list chats, retrieve the first, send to it), over the HTTP client
// its entry gives: `BeeperClient` and the operations imported by name, Effect deep-imported. The entries
// (`effect-http.ts`, `effect-http-edge.ts`) differ only in that client, so their bundles differ only by it.
import { BeeperClient } from "@beeper-kit/effect"
import { chatsList, chatsRetrieve, messagesSend } from "@beeper-kit/effect/operations"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

export interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const handle = Effect.gen(function*() {
  const client = yield* BeeperClient
  const { items } = yield* client.call(chatsList, { limit: 10 })
  const chat = yield* client.call(chatsRetrieve, { chatID: items[0]!.id })
  const sent = yield* client.call(messagesSend, { chatID: chat.id, text: "Hello from the edge" })
  return Response.json({ chats: items.length, title: chat.title, pendingMessageID: sent.pendingMessageID })
})

/** The Worker, over `httpClient`. */
export const httpOnlyWorker = (httpClient: Layer.Layer<HttpClient.HttpClient>) => ({
  fetch: (_request: Request, env: Env): Promise<Response> =>
    handle.pipe(
      Effect.provide(
        BeeperClient.layer({ baseUrl: env.BEEPER_DESKTOP_URL, accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN) }).pipe(
          Layer.provide(httpClient),
        ),
      ),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    ),
})

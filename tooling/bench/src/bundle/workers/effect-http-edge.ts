// The judged HTTP-only worker (`effect-http.ts`: `BeeperClient` + three operations imported by name) over
// `@beeper-kit/edge`'s own HTTP transport (`BeeperEdge.layerHttpClient`) instead of Effect's `FetchHttpClient.layer`:
// what the edge adapter's transport adds to it. Measured beside, not judged.
import { BeeperClient } from "@beeper-kit/effect"
import { chatsList, chatsRetrieve, messagesSend } from "@beeper-kit/effect/operations"
import * as BeeperEdge from "@beeper-kit/edge/BeeperEdge"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"

interface Env {
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

export default {
  fetch: (_request: Request, env: Env): Promise<Response> =>
    handle.pipe(
      Effect.provide(
        BeeperClient.layer({ baseUrl: env.BEEPER_DESKTOP_URL, accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN) }).pipe(
          Layer.provide(BeeperEdge.layerHttpClient),
        ),
      ),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    ),
}

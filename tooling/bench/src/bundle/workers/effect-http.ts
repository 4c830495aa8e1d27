// An HTTP-only edge worker using three operations (list chats, retrieve the first, send to it), written with the
// tree-shakable form of @beeper-kit/effect: `BeeperClient` and the operations imported by name, Effect deep-imported.
// The bundle keeps these three operations and their Schemas only (compare with `effect.ts`, which uses the
// resource-shaped `BeeperDesktop` and so every operation).
import { BeeperClient } from "@beeper-kit/effect"
import { chatsList, chatsRetrieve, messagesSend } from "@beeper-kit/effect/operations"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as FetchHttpClient from "effect/http/FetchHttpClient"

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
          Layer.provide(FetchHttpClient.layer),
        ),
      ),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    ),
}

// An HTTP-only edge worker written with @beeper-kit, three operations: list chats, retrieve the first one, send to
// it. `BeeperEdge.layerDesktop` (no live events); Effect deep-imported. Whatever of the SDK's other operations the
// bundle keeps is weight this worker does not use.
import { BeeperDesktop } from "@beeper-kit/effect"
import { BeeperEdge } from "@beeper-kit/edge"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const handle = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const { items } = yield* beeper.chats.list({ limit: 10 })
  const chat = yield* beeper.chats.retrieve({ chatID: items[0]!.id })
  const sent = yield* beeper.messages.send({ chatID: chat.id, text: "Hello from the edge" })
  return Response.json({ chats: items.length, title: chat.title, pendingMessageID: sent.pendingMessageID })
})

export default {
  fetch: (_request: Request, env: Env): Promise<Response> =>
    handle.pipe(
      Effect.provide(BeeperEdge.layerDesktop({ baseUrl: env.BEEPER_DESKTOP_URL, accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN) })),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    ),
}

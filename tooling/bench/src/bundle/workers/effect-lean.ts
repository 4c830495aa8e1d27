// The bench's edge worker (list chats, subscribe to the first one's live events, send) in the tree-shakable form of
// @beeper-kit/effect: `BeeperClient` with the two operations imported by name, `BeeperEvents`, the Workers transport
// from `@beeper-kit/edge/BeeperEdge`, Effect deep-imported. Same behaviour as `effect.ts` (the resource-shaped
// `BeeperDesktop`, which keeps every operation).
import { BeeperClient, BeeperEvents } from "@beeper-kit/effect"
import { chatsList, messagesSend } from "@beeper-kit/effect/operations"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as BeeperEdge from "@beeper-kit/edge/BeeperEdge"

interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const handle = Effect.gen(function*() {
  const client = yield* BeeperClient
  const live = yield* BeeperEvents
  const { items } = yield* client.call(chatsList, { limit: 10 })
  const chatID = items[0]!.id
  const firstEvent = yield* live.events([chatID]).pipe(
    Stream.filter((event) => event.type === "message.upserted"),
    Stream.take(1),
    Stream.runCollect,
    Effect.forkScoped,
  )
  const sent = yield* client.call(messagesSend, { chatID, text: "Hello from the edge" })
  const events = yield* Fiber.join(firstEvent)
  return Response.json({ chats: items.length, pendingMessageID: sent.pendingMessageID, event: events[0] })
})

export default {
  fetch: (_request: Request, env: Env): Promise<Response> => {
    const options = { baseUrl: env.BEEPER_DESKTOP_URL, accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN) }
    return handle.pipe(
      Effect.scoped,
      Effect.provide(Layer.mergeAll(BeeperClient.layer(options), BeeperEvents.layer(options)).pipe(
        Layer.provide(BeeperEdge.layerTransport),
      )),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    )
  },
}

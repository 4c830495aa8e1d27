// The edge worker written with @beeper-kit: list chats, subscribe to the first one's live events, send, and
// answer with the send and the first event of that chat. Cloudflare Workers transport from @beeper-kit/edge.
// Effect is deep-imported (`effect/Effect`, ...), as a worker that cares about its size writes it: esbuild keeps
// the whole namespace of `import { Effect } from "effect"`.
import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { BeeperEdge } from "@beeper-kit/edge"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const handle = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const live = yield* BeeperEvents
  const { items } = yield* beeper.chats.list({ limit: 10 })
  const chatID = items[0]!.id
  const firstEvent = yield* live.events([chatID]).pipe(
    Stream.filter((event) => event.type === "message.upserted"),
    Stream.take(1),
    Stream.runCollect,
    Effect.forkScoped,
  )
  const sent = yield* beeper.messages.send({ chatID, text: "Hello from the edge" })
  const events = yield* Fiber.join(firstEvent)
  return Response.json({ chats: items.length, pendingMessageID: sent.pendingMessageID, event: events[0] })
})

export default {
  fetch: (_request: Request, env: Env): Promise<Response> =>
    handle.pipe(
      Effect.scoped,
      Effect.provide(BeeperEdge.layer({ baseUrl: env.BEEPER_DESKTOP_URL, accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN) })),
      Effect.catch((error) => Effect.succeed(Response.json({ error: error._tag }, { status: 502 }))),
      Effect.runPromise,
    ),
}

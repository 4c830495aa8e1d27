// The README's example, verbatim except its last line (test/readme.test.ts checks both stay equal and runs it).
import { Effect, Layer, Stream } from "effect"
import { BeeperDesktop, sendAndConfirm, WebHttpClient } from "@beeper-kit/effect"

const program = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const { items: chats } = yield* beeper.chats.list({ limit: 5 })
  for (const chat of chats) console.log(chat.title, chat.unreadCount)
  const chatID = chats[0]!.id
  const recent = yield* beeper.messages.list.stream({ chatID }).pipe(Stream.take(100), Stream.runCollect)
  const sent = yield* sendAndConfirm({ chatID, text: `read ${recent.length} messages` })
  console.log("confirmed", sent.id)
})

const BeeperLive = BeeperDesktop.layerConfig().pipe(Layer.provide(WebHttpClient.layer))
export { BeeperLive, program }

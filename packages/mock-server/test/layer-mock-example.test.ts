import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { BeeperMock, layerMock } from "@beeper-kit/mock-server/effect"
import { assert, it } from "@effect/vitest"
import { Effect, Stream } from "effect"

it.live("a contact's message arrives live and is in the chat", () =>
  Effect.gen(function*() {
    const mock = yield* BeeperMock
    const events = yield* BeeperEvents
    const upserted = yield* events.events("*").pipe(
      Stream.tap((event) =>
        event.type === "connected" ? Effect.sync(() => mock.simulate.incomingMessage({ text: "ping" })) : Effect.void
      ),
      Stream.filter((event) => event.type === "message.upserted"),
      Stream.take(1),
      Stream.runCollect,
    )
    const beeper = yield* BeeperDesktop
    const page = yield* beeper.messages.list({ chatID: upserted[0]!.chatID })
    assert.include(page.items.map((message) => message.text), "ping")
  }).pipe(Effect.provide(layerMock({ seed: 42 }))))

// MessageText.plainText on what the API really hands back: a Markdown send comes back as Matrix HTML (Desktop converts
// it; the mock server does the same), and plainText gives the words the sender wrote.
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { BeeperDesktop, MessageText, sendAndConfirm } from "../src/index.ts"
import { mockDesktop } from "./support/mockDesktop.ts"

describe("MessageText.plainText", () => {
  it.live("a formatted send reads back as HTML in `text`, and as the words the sender wrote through plainText", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockDesktop({ sendDelay: 0 })
      yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const [chat] = (yield* beeper.chats.list({ limit: 1 })).items
        const sent = yield* sendAndConfirm({ chatID: chat!.id, text: "**Tom** & Jerry's <plan>\nsecond line" })
        const stored = yield* beeper.messages.retrieve({ chatID: chat!.id, messageID: sent.id })
        assert.strictEqual(stored.text, "<strong>Tom</strong> &amp; Jerry's &lt;plan&gt;<br>second line")
        assert.strictEqual(MessageText.plainText(stored.text), "Tom & Jerry's <plan>\nsecond line")
      }).pipe(Effect.provide(layer()))
    }))

  it("a message without text reads as the empty string", () => {
    assert.strictEqual(MessageText.plainText(undefined), "")
    assert.strictEqual(MessageText.plainText(""), "")
  })
})

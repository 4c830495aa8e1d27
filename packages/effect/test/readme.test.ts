// The README's example is real code: it equals test/support/readmeExample.ts (type-checked with the tests) and runs
// against the mock server, configured through the environment as the README says.
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { readFileSync } from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Stream } from "effect"
import { BeeperDesktop } from "../src/index.ts"
import { BeeperLive, program } from "./support/readmeExample.ts"
import { mockDesktop } from "./support/mockDesktop.ts"

const readmeExample = (): string => codeBlockAfter(new URL("../README.md", import.meta.url), "## Example")

describe("README example", () => {
  it("is the code of test/support/readmeExample.ts, run line aside, and about 15 lines", () => {
    const example = readmeExample().trimEnd().split("\n")
    const support = readFileSync(new URL("./support/readmeExample.ts", import.meta.url), "utf8").trimEnd().split("\n")
    assert.strictEqual(example.at(-1), "program.pipe(Effect.provide(BeeperLive), Effect.runPromise)")
    assert.deepStrictEqual(support.slice(1, -1), example.slice(0, -1))
    assert.isAtMost(example.filter((line) => line.trim() !== "").length, 15)
  })

  it.live("runs against the mock server with BEEPER_ACCESS_TOKEN / BEEPER_DESKTOP_URL", () =>
    Effect.gen(function*() {
      const { server, layer } = yield* mockDesktop({ sendDelay: 20 })
      const env = { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }
      yield* program.pipe(
        Effect.provide(BeeperLive),
        Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })),
      )
      const sent = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const { items } = yield* beeper.chats.list({ limit: 1 })
        return yield* beeper.messages.list.stream({ chatID: items[0]!.id }).pipe(
          Stream.filter((message) => /read \d+ messages/.test(message.text ?? "")),
          Stream.runCollect,
        )
      }).pipe(Effect.provide(layer()))
      assert.strictEqual(sent.length, 1)
      assert.strictEqual(sent[0]!.sendStatus?.status, "SUCCESS")
    }))
})

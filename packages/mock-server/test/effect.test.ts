/**
 * `@beeper-kit/mock-server/effect`: the README's `layerMock` example is `layer-mock-example.test.ts` verbatim (and
 * runs there); the server lives exactly as long as the layer.
 */
import { BeeperDesktop } from "@beeper-kit/effect"
import { assert, describe, it } from "@effect/vitest"
import { Context, Effect, Exit, Layer, Scope } from "effect"
import { readFileSync } from "node:fs"
import { BeeperMock, layerMock } from "../src/effect.ts"

describe("layerMock", () => {
  it("the README example is test/layer-mock-example.test.ts", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const file = readFileSync(new URL("./layer-mock-example.test.ts", import.meta.url), "utf8")
    assert.include(readme, `<!-- layer-mock-example -->\n\`\`\`ts\n${file}\`\`\`\n`)
  })

  it.live("serves BeeperDesktop from the mock while the layer lives, and closes the server with it", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(layerMock({ seed: 3, client: { retry: false } }), scope)
      const server = Context.get(context, BeeperMock)
      const accounts = yield* Effect.flatMap(BeeperDesktop, (beeper) => beeper.accounts.list()).pipe(
        Effect.provideContext(context),
      )
      assert.isNotEmpty(accounts)
      yield* Scope.close(scope, Exit.void)
      const after = yield* Effect.tryPromise(() => fetch(`${server.url}/v1/accounts`)).pipe(Effect.flip)
      assert.instanceOf(after.cause, TypeError) // connection refused: nothing listens there any more
    }))
})

/**
 * The Deno adapter's layers. They use only web-standard APIs (`fetch`, `WebSocket` with upgrade headers), so their
 * wiring is checked here on Node, which has both; on Deno itself the conformance matrix and the README example run
 * them (tooling/conformance). Also: the package type-checks under Deno's checker and packs for JSR.
 */
import { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { startMockServer } from "@beeper-kit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Stream } from "effect"
import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { BeeperDeno } from "../src/index.ts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const deno = fileURLToPath(new URL("../../../node_modules/.bin/deno", import.meta.url))

const mockServer = Effect.acquireRelease(
  Effect.promise(() => startMockServer({ seed: 5 })),
  (server) => Effect.promise(() => server.close()),
)

/** Runs the workspace's Deno in this package; fails with its output when it exits non-zero. */
const runDeno = (args: ReadonlyArray<string>) =>
  Effect.callback<string, Error>((resume) => {
    execFile(deno, [...args], { cwd: packageDir, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resume(error === null ? Effect.succeed(`${stdout}${stderr}`) : Effect.fail(new Error(`${error.message}\n${stdout}${stderr}`)))
    })
  })

describe("BeeperDeno", () => {
  it.live("layer provides BeeperDesktop and BeeperEvents over fetch and WebSocket", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const [chats, types] = yield* Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const live = yield* BeeperEvents
        const chats = (yield* beeper.chats.list({ limit: 2 })).items
        const types = yield* live.events("*").pipe(
          Stream.tap((event) =>
            event.type === "connected" ? Effect.sync(() => server.simulate.incomingMessage({ text: "hi" })) : Effect.void
          ),
          Stream.map((event) => event.type),
          Stream.take(2),
          Stream.runCollect,
        )
        return [chats, types] as const
      }).pipe(Effect.provide(BeeperDeno.layer({ baseUrl: server.url, accessToken: Redacted.make(server.token) })))
      assert.lengthOf(chats, 2)
      assert.deepStrictEqual(types, ["connected", "message.upserted"])
    }))

  it.live("layerConfig reads the connection through Config", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const config = ConfigProvider.layer(
        ConfigProvider.fromUnknown({ BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url }),
      )
      const accounts = yield* Effect.flatMap(BeeperDesktop, (beeper) => beeper.accounts.list()).pipe(
        Effect.provide(BeeperDeno.layerConfig().pipe(Layer.provide(config))),
      )
      assert.isNotEmpty(accounts)
    }))

  it.live("type-checks under Deno's own checker (what JSR checks)", () =>
    Effect.gen(function*() {
      const output = yield* runDeno(["check", "--conditions=@beeper-kit/source", "src/index.ts"])
      assert.include(output, "Check")
    }), 180_000)

  it.live("packs for JSR: deno publish --dry-run (type-checked against the built packages, no slow types, the right files)", () =>
    Effect.gen(function*() {
      // checks against @beeper-kit/effect's dist (turbo builds it before the tests), which Deno reads as plain files
      // behind the workspace symlink: its declarations import `./X.js` and each `X.js` names its `X.d.ts`
      // (scripts/link-declarations.ts)
      const output = yield* runDeno(["publish", "--dry-run", "--allow-dirty"])
      assert.include(output, "Dry run complete")
      assert.include(output, "src/index.ts")
      assert.include(output, "src/BeeperDeno.ts")
    }), 180_000)
})

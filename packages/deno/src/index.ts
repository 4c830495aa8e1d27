/**
 * @beeper-kit/deno — the Deno adapter: ready `BeeperDesktop` + `BeeperEvents` layers over Deno's `fetch` and
 * Deno's `WebSocket` (which sends the `Authorization` header on the upgrade). Deno ≥ 2.
 *
 * ```ts
 * import { BeeperDesktop } from "@beeper-kit/effect"
 * import { BeeperDeno } from "@beeper-kit/deno"
 * import { Effect } from "effect"
 *
 * Effect.gen(function*() {
 *   const beeper = yield* BeeperDesktop
 *   console.log(yield* beeper.chats.list({ limit: 5 }))
 * }).pipe(Effect.provide(BeeperDeno.layerConfig()), Effect.runPromise)
 * ```
 *
 * @module
 */
export * as BeeperDeno from "./BeeperDeno.ts"

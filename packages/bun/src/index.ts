/**
 * @beeper-kit/bun — the Bun adapter: ready `BeeperDesktop` + `BeeperEvents` layers over Bun's `fetch` and
 * Bun's `WebSocket` (which sends the `Authorization` header on the upgrade). Bun ≥ 1.2.
 *
 * ```ts
 * import { BeeperDesktop } from "@beeper-kit/effect"
 * import { BeeperBun } from "@beeper-kit/bun"
 * import { Effect } from "effect"
 *
 * Effect.gen(function*() {
 *   const beeper = yield* BeeperDesktop
 *   console.log(yield* beeper.chats.list({ limit: 5 }))
 * }).pipe(Effect.provide(BeeperBun.layerConfig()), Effect.runPromise)
 * ```
 *
 * @module
 */
export * as BeeperBun from "./BeeperBun.ts"

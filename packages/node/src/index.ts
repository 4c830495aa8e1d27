/**
 * @beeper-kit/node — the Node.js adapter: ready `BeeperDesktop` + `BeeperEvents` layers whose HTTP client is
 * Node's own `node:http` (a keep-alive `Agent`) and whose WebSocket is `ws` (headers on the upgrade, paused reads
 * under backpressure) — one small dependency, no platform package. Node ≥ 22.19.
 *
 * ```ts
 * import { BeeperDesktop } from "@beeper-kit/effect"
 * import { BeeperNode } from "@beeper-kit/node"
 * import { Effect } from "effect"
 *
 * Effect.gen(function*() {
 *   const beeper = yield* BeeperDesktop
 *   console.log(yield* beeper.chats.list({ limit: 5 }))
 * }).pipe(Effect.provide(BeeperNode.layerConfig()), Effect.runPromise)
 * ```
 *
 * @module
 */
export * as BeeperNode from "./BeeperNode.ts"

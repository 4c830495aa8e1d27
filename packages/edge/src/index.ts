/**
 * @beeper-kit/edge — the edge adapter: ready layers for Cloudflare Workers (`BeeperDesktop` + `BeeperEvents`,
 * the WebSocket opened through a `fetch` upgrade) and Vercel Edge (`BeeperDesktop` over `fetch`; no live events).
 *
 * ```ts
 * import { BeeperDesktop } from "@beeper-kit/effect"
 * import { BeeperEdge } from "@beeper-kit/edge"
 * import { Effect, Redacted } from "effect"
 *
 * export default {
 *   fetch: (_request: Request, env: Record<string, string>) =>
 *     Effect.gen(function*() {
 *       const beeper = yield* BeeperDesktop
 *       return Response.json(yield* beeper.chats.list({ limit: 5 }))
 *     }).pipe(Effect.provide(BeeperEdge.layer({ accessToken: Redacted.make(env.BEEPER_ACCESS_TOKEN!) })), Effect.runPromise),
 * }
 * ```
 *
 * @module
 */
export * as BeeperEdge from "./BeeperEdge.ts"

/**
 * The suite on Vercel's Edge runtime (the `@edge-runtime/vm` sandbox: Edge primitives only, no Node APIs) with
 * `@beeper-kit/edge`'s `layerDesktop`. Vercel Edge has no WebSocket that can send the `Authorization` header, so
 * the events case is reported as skipped and send-and-confirm confirms by polling. Bundled by the matrix driver
 * as a script exposing `conformance.run(env)`.
 *
 * @module
 */
import { BeeperEdge } from "@beeper-kit/edge"
import { ConfigProvider, Effect, Layer } from "effect"
import { resultLine, runtimeLine } from "../results.ts"
import { runDesktopSuite } from "../suite.ts"
import { target } from "./main.ts"

/** Runs the suite with the connection in `env`; resolves with the JSON lines. */
export const run = (env: Record<string, string>): Promise<string> => {
  const config = ConfigProvider.layer(ConfigProvider.fromUnknown(env))
  const lines = [runtimeLine(`Vercel Edge (edge-runtime ${env["EDGE_RUNTIME_VERSION"] ?? "?"})`)]
  return Effect.gen(function*() {
    yield* runDesktopSuite(
      yield* target,
      BeeperEdge.layerDesktopConfig().pipe(Layer.provide(config)),
      "no live events on Vercel Edge",
      (result) => lines.push(resultLine(result)),
    )
    return `${lines.join("\n")}\n`
  }).pipe(Effect.provide(config), Effect.runPromise)
}

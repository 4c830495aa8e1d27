/**
 * The suite on workerd (Cloudflare Workers) with `@beeper-kit/edge`: a Worker whose `fetch` runs every case and
 * answers the JSON lines. The target comes from the Worker's `env` bindings (`BEEPER_DESKTOP_URL`,
 * `BEEPER_ACCESS_TOKEN`), read through Effect `Config` as the edge README shows. Bundled by the matrix driver.
 *
 * @module
 */
import { BeeperEdge } from "@beeper-kit/edge"
import { ConfigProvider, Effect, Layer } from "effect"
import { resultLine, runtimeLine } from "../results.ts"
import { runSuite } from "../suite.ts"
import { target } from "./main.ts"

export default {
  fetch: (_request: Request, env: Record<string, unknown>): Promise<Response> => {
    const config = ConfigProvider.layer(ConfigProvider.fromUnknown(env))
    const lines = [runtimeLine(`workerd (${String(env["WORKERD_VERSION"] ?? "?")})`)]
    return Effect.gen(function*() {
      yield* runSuite(yield* target, BeeperEdge.layerConfig().pipe(Layer.provide(config)), (result) =>
        lines.push(resultLine(result)))
      return new Response(`${lines.join("\n")}\n`)
    }).pipe(Effect.provide(config), Effect.runPromise)
  },
}

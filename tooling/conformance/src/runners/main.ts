/**
 * What every process-based runner does: read the target from the environment (`BEEPER_DESKTOP_URL`,
 * `BEEPER_ACCESS_TOKEN` — the same variables the adapters' `layerConfig` reads), print the runtime line, run the
 * suite with the adapter's layer and print each result as a JSON line.
 *
 * @module
 */
import type { BeeperDesktop, BeeperEvents } from "@beeper-kit/effect"
import { Config, Effect, type Layer } from "effect"
import { resultLine, runtimeLine } from "../results.ts"
import { runSuite } from "../suite.ts"

/** The mock server to test against, from the environment. */
export const target = Config.all({
  baseUrl: Config.String("BEEPER_DESKTOP_URL"),
  token: Config.String("BEEPER_ACCESS_TOKEN"),
})

/** Runs the suite on this runtime and prints the JSON lines; resolves when every case has run. */
export const main = (runtime: string, layer: Layer.Layer<BeeperDesktop | BeeperEvents, unknown>): Promise<void> =>
  Effect.gen(function*() {
    console.log(runtimeLine(runtime))
    yield* runSuite(yield* target, layer, (result) => console.log(resultLine(result)))
  }).pipe(Effect.runPromise)

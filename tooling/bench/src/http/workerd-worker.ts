// One HTTP variant inside workerd: a Worker whose one request builds the variant's client (the `effect` variant
// over `@beeper-kit/edge`'s public layer), measures it with measure.ts and answers `{ variant, results }`. Its CPU
// clock is a request to the driver (http/workerd.ts), which reads the workerd process's CPU time: a Worker cannot.
// Bundled by the driver with esbuild; the settings arrive as the `BENCH_CONFIG` binding (JSON).
import { BeeperEdge } from "@beeper-kit/edge"
import { type EffectLayer, makeClient, type Variant } from "./clients.ts"
import { measureClient } from "./measure.ts"
import type { PhaseSettings } from "./workloads.ts"

/** What the driver passes in `BENCH_CONFIG`. */
export interface WorkerdConfig extends PhaseSettings {
  readonly variant: Variant
  readonly baseUrl: string
  readonly chatID: string
  /** `GET` answers the workerd process's CPU time so far, in µs. */
  readonly cpuUrl: string
}

const layerOf: EffectLayer = async (_kind, options) => BeeperEdge.layer(options)

export default {
  fetch: async (_request: Request, env: { readonly BENCH_CONFIG: string }): Promise<Response> => {
    const config = JSON.parse(env.BENCH_CONFIG) as WorkerdConfig
    const cpuMicros = async () => Number(await (await fetch(config.cpuUrl)).text())
    try {
      const client = await makeClient(config.variant, config.baseUrl, config.chatID, layerOf)
      const results = await measureClient(client, config, cpuMicros)
      return Response.json({ variant: config.variant, results })
    } catch (error) {
      return new Response(error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error), { status: 500 })
    }
  },
}

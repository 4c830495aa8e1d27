// One HTTP variant inside workerd: a Worker whose one request builds the variant's client (the `effect` variant
// over `@beeper-kit/edge`'s public layer), warms it up once, then asks the driver (http/workerd.ts) for commands
// until told to exit — each `GET /next` waits (long poll) for the parent's next `PhaseCommand`, whose
// `WorkloadResult` (measure.ts) goes back in `POST /answer`. One request for the Worker's whole life, so the client
// and every I/O object it holds stay in one request context. Its CPU clock is another request to the driver
// (`GET /cpu`), which reads the workerd process's CPU time: a Worker cannot. Bundled by the driver with esbuild; the
// settings arrive as the `BENCH_CONFIG` binding (JSON).
import { BeeperEdge } from "@beeper-kit/edge"
import type { DrivenCommand } from "../driven.ts"
import { type EffectLayer, makeClient, type Variant } from "./clients.ts"
import { measureWorkload, warmUp } from "./measure.ts"
import type { PhaseCommand } from "./workloads.ts"

/** What the driver passes in `BENCH_CONFIG`. */
export interface WorkerdConfig {
  readonly variant: Variant
  readonly baseUrl: string
  readonly chatID: string
  readonly warmupCalls: number
  /** The driver: `GET /cpu` (workerd's CPU time so far, µs), `GET /next` (the next command), `POST /answer`. */
  readonly driverUrl: string
}

/** What the Worker posts to `/answer` for a command. */
export type WorkerdAnswer = { readonly ok: unknown } | { readonly error: string }

const layerOf: EffectLayer = async (_kind, options) => BeeperEdge.layer(options)

const describe = (error: unknown) => (error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error))

export default {
  fetch: async (_request: Request, env: { readonly BENCH_CONFIG: string }): Promise<Response> => {
    const config = JSON.parse(env.BENCH_CONFIG) as WorkerdConfig
    const cpuMicros = async () => Number(await (await fetch(`${config.driverUrl}/cpu`)).text())
    try {
      const client = await makeClient(config.variant, config.baseUrl, config.chatID, layerOf)
      await warmUp(client, config.warmupCalls)
      for (;;) {
        const command = (await (await fetch(`${config.driverUrl}/next`)).json()) as DrivenCommand
        if (command.type === "exit") return new Response("done")
        let answer: WorkerdAnswer
        try {
          if (command.type !== "phase") throw new Error(`unknown command ${command.type}`)
          const phase = command as unknown as PhaseCommand
          answer = { ok: await measureWorkload(client, phase.workload, phase, cpuMicros) }
        } catch (error) {
          answer = { error: describe(error) }
        }
        await (await fetch(`${config.driverUrl}/answer`, { method: "POST", body: JSON.stringify(answer) })).text()
      }
    } catch (error) {
      return new Response(describe(error), { status: 500 })
    }
  },
}

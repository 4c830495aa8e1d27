// seq-latency.ts's ladder inside workerd: a Worker whose one request runs it (seq-steps.ts) with `@beeper-kit/edge`'s
// public layer and answers the figures. Its CPU clock is the driver's `GET /cpu` (the workerd process's CPU time),
// as in workerd-worker.ts. The settings arrive as the `SEQ_CONFIG` binding (JSON).
import { BeeperEdge } from "@beeper-kit/edge"
import { makeSteps, runLadder } from "./seq-steps.ts"

/** What the driver passes in `SEQ_CONFIG`. */
export interface SeqConfig {
  readonly call: "list" | "send"
  readonly baseUrl: string
  readonly chatID: string
  readonly rounds: number
  readonly calls: number
  readonly warmup: number
  /** Calls in flight at once (1: one at a time). */
  readonly concurrency: number
  readonly official: boolean
  /** Only these steps (and raw); all when absent. */
  readonly steps?: ReadonlyArray<string>
  /** `GET /cpu`: the workerd process's CPU time so far (µs). */
  readonly driverUrl: string
}

export default {
  fetch: async (_request: Request, env: { readonly SEQ_CONFIG: string }): Promise<Response> => {
    const config = JSON.parse(env.SEQ_CONFIG) as SeqConfig
    try {
      const steps = await makeSteps(config.call, config.baseUrl, config.chatID, BeeperEdge.layer, config.official, config.steps)
      const rows = await runLadder(steps, config, () => Date.now(), async () => Number(await (await fetch(`${config.driverUrl}/cpu`)).text()))
      return Response.json(rows)
    } catch (error) {
      return new Response(error instanceof Error ? `${error.message}\n${error.stack}` : String(error), { status: 500 })
    }
  },
}

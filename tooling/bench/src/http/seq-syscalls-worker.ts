// seq-syscalls.ts's Worker: each request builds seq-steps.ts's ladder (with `@beeper-kit/edge`'s public layer) and
// makes `n` one-at-a-time calls of the step named in its query (`?call=send&step=ours&n=2000&base=URL`).
import { BeeperEdge } from "@beeper-kit/edge"
import { makeSteps } from "./seq-steps.ts"

export default {
  fetch: async (request: Request): Promise<Response> => {
    const query = new URL(request.url).searchParams
    const name = query.get("step")
    const steps = await makeSteps(query.get("call") as "list" | "send", query.get("base")!, query.get("chat")!, BeeperEdge.layer, false)
    const step = steps.find((s) => s.name === name)
    if (step === undefined) return new Response(`no step ${name}`, { status: 400 })
    for (let i = 0, n = Number(query.get("n")); i < n; i++) await step.call()
    return new Response("ok")
  },
}

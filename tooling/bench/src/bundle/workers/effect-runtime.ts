// The smallest Effect worker: the runtime alone, one effect run per request. Any client built on Effect starts here.
import { Effect } from "effect"

export default {
  fetch: (request: Request): Promise<Response> =>
    Effect.runPromise(Effect.map(Effect.succeed(request.url), (url) => Response.json({ url }))),
}

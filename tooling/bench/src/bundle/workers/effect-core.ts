// Effect without Schema or the platform modules: the runtime plus what a typed, retrying, streaming client uses
// from the core — a tagged error, a service and its layer, a retry Schedule, a Queue and a Stream — each once.
import { Context, Data, Effect, Layer, Queue, Schedule, Stream } from "effect"

class Failed extends Data.TaggedError("Failed")<{ readonly status: number }> {}
class Api extends Context.Service<Api, { readonly get: (url: string) => Effect.Effect<Response, Failed> }>()("Api") {}

const layer = Layer.succeed(Api, {
  get: (url) =>
    Effect.flatMap(Effect.promise(() => fetch(url)), (response) =>
      response.ok ? Effect.succeed(response) : Effect.fail(new Failed({ status: response.status }))),
})

export default {
  fetch: (request: Request): Promise<Response> =>
    Effect.gen(function*() {
      const api = yield* Api
      const response = yield* api.get(request.url).pipe(Effect.retry(Schedule.exponential("100 millis")))
      const queue = yield* Queue.unbounded<string>()
      yield* Queue.offer(queue, yield* Effect.promise(() => response.text()))
      const items = yield* Stream.fromQueue(queue).pipe(Stream.take(1), Stream.runCollect)
      return Response.json({ items: items.length })
    }).pipe(Effect.provide(layer), Effect.orDie, Effect.runPromise),
}

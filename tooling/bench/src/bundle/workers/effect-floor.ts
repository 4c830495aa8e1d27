// The floor under the @beeper-kit worker: the Effect modules it cannot do without — the runtime, Schema decoding,
// Stream, the fetch HttpClient and the WebSocket Socket — each used once, with none of @beeper-kit. Whatever the
// SDK does, its bundle cannot be smaller than this.
import { Effect, Schema, Stream } from "effect"
import { FetchHttpClient, HttpClient } from "effect/http"
import * as Socket from "effect/socket/Socket"

const Page = Schema.Struct({ items: Schema.Array(Schema.Struct({ id: Schema.String })), hasMore: Schema.Boolean })

export default {
  fetch: (request: Request): Promise<Response> =>
    Effect.gen(function*() {
      const client = yield* HttpClient.HttpClient
      const response = yield* client.get(request.url)
      const page = yield* Schema.decodeUnknownEffect(Page)(yield* response.json)
      const socket = yield* Socket.makeWebSocket(request.url.replace(/^http/, "ws"))
      const frames = yield* Stream.fromEffect(Socket.readerString(socket)).pipe(Stream.take(1), Stream.runCollect)
      return Response.json({ items: page.items.length, frames: frames.length })
    }).pipe(
      Effect.scoped,
      Effect.provide([FetchHttpClient.layer, Socket.layerWebSocketConstructorGlobal]),
      Effect.orDie,
      Effect.runPromise,
    ),
}

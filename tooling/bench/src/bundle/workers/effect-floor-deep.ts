// The floor under the list/events/send worker, deep-imported: the Effect modules it cannot do without — the
// runtime, Schema decoding, Stream, the fetch HttpClient and the WebSocket Socket — each used once, imported from
// their own modules (`effect/Effect`, ...: no barrel), with none of @beeper-kit.
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as Schema from "effect/Schema"
import * as Socket from "effect/socket/Socket"
import * as Stream from "effect/Stream"

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

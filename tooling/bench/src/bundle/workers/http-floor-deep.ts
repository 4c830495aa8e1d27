// The floor under the HTTP-only worker, deep-imported: the runtime, Schema decoding and the fetch HttpClient, each
// used once (a GET decoded, a POST with a JSON body), imported from their own modules, with none of @beeper-kit.
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Schema from "effect/Schema"

const Page = Schema.Struct({ items: Schema.Array(Schema.Struct({ id: Schema.String })), hasMore: Schema.Boolean })
const Sent = Schema.Struct({ chatID: Schema.String, pendingMessageID: Schema.String })

export default {
  fetch: (request: Request): Promise<Response> =>
    Effect.gen(function*() {
      const client = yield* HttpClient.HttpClient
      const page = yield* Schema.decodeUnknownEffect(Page)(yield* (yield* client.get(request.url)).json)
      const post = HttpClientRequest.post(request.url).pipe(HttpClientRequest.bodyJsonUnsafe({ text: "hi" }))
      const sent = yield* Schema.decodeUnknownEffect(Sent)(yield* (yield* client.execute(post)).json)
      return Response.json({ items: page.items.length, pendingMessageID: sent.pendingMessageID })
    }).pipe(Effect.provide(FetchHttpClient.layer), Effect.orDie, Effect.runPromise),
}

// Cold start floor with deep imports: effect/Effect, effect/Schema and the fetch HttpClient alone (no SDK), then the
// first GET /v1/chats through HttpClient, decoded with a small Schema of the page. What the SDK is measured against.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const [Effect, Schema, HttpClient, FetchHttpClient] = await Promise.all([
  import("effect/Effect"), import("effect/Schema"), import("effect/http/HttpClient"), import("effect/http/FetchHttpClient"),
])
const Page = Schema.Struct({ items: Schema.Array(Schema.Struct({ id: Schema.String, title: Schema.String })), hasMore: Schema.Boolean })
const imported = performance.now()
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(HttpClient.HttpClient), (client) =>
    Effect.flatMap(client.get(`${baseUrl}/v1/chats?limit=25`, { headers: { authorization: "Bearer bench-token" } }), (r) => Effect.flatMap(r.json, Schema.decodeUnknownEffect(Page)))).pipe(
    Effect.provide(FetchHttpClient.layer),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

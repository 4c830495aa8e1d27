// Cold start floor of the Effect modules one validated request needs, deep-imported (no barrel, no SDK):
// `effect/Effect`, the fetch `HttpClient`, `effect/Schema` and the one operation's Schema (GET /v1/chats'
// ChatListPage, extracted from the generated Schemas by coldstart/floor-schema.ts; its path is the second
// argument). Then the first GET /v1/chats through HttpClient, decoded with that Schema. The decode is work ours does
// not do on a valid page (it runs the generated fast check, and decodes only when the check fails): the floor is
// that much heavier than ours. With a third argument `undecoded` (the table's `effect-deep-floor-undecoded`,
// reported beside the floor, not judged) the page is parsed but not decoded: the same modules, the same request.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl, schemaFile, mode] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const [Effect, HttpClient, FetchHttpClient, Schema, { ChatListPage }] = await Promise.all([
  import("effect/Effect"),
  import("effect/http/HttpClient"),
  import("effect/http/FetchHttpClient"),
  import("effect/Schema"),
  import(schemaFile),
])
const imported = performance.now()
const page = await Effect.runPromise(
  HttpClient.get(`${baseUrl}/v1/chats?limit=25`, { headers: { authorization: "Bearer bench-token" } }).pipe(
    Effect.flatMap((response) => response.json),
    Effect.flatMap(mode === "undecoded" ? Effect.succeed : Schema.decodeUnknownEffect(ChatListPage)),
    Effect.provide(FetchHttpClient.layer),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

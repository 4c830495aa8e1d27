// The deep-imported floor (effect-deep-floor.mjs) without its one piece of work ours does not do on a valid page:
// the same modules imported (the operation's Schemas too), the same first GET /v1/chats through HttpClient, the body
// parsed but not decoded with `ChatListPage` — ours runs the generated fast check instead and decodes only when it
// fails. Reported beside the floor, not judged: how much of the floor's first request the decode is.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl, schemaFile] = globalThis.Deno ? Deno.args : process.argv.slice(2)
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
    Effect.provide(FetchHttpClient.layer),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25 || Schema === undefined || ChatListPage === undefined) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

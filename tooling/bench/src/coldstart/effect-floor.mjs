// Cold start, the barrel floor: `effect` and its fetch HttpClient through the barrels (no SDK) — what any Effect program importing from
// "effect" already pays — then the first GET /v1/chats through HttpClient + JSON.parse.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const [{ Effect }, { FetchHttpClient, HttpClient }] = await Promise.all([import("effect"), import("effect/http")])
const imported = performance.now()
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(HttpClient.HttpClient), (client) =>
    Effect.flatMap(client.get(`${baseUrl}/v1/chats?limit=25`, { headers: { authorization: "Bearer bench-token" } }), (r) => r.json)).pipe(
    Effect.provide(FetchHttpClient.layer),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

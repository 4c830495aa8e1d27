// Cold start, @beeper-kit/effect (built) in its tree-shakable form: BeeperClient and chatsList imported by name,
// Effect deep-imported, then the first (validated) chats.list.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const [{ BeeperClient }, { chatsList }, Effect, Layer, Redacted, FetchHttpClient] = await Promise.all([
  import("@beeper-kit/effect"), import("@beeper-kit/effect/operations"), import("effect/Effect"), import("effect/Layer"), import("effect/Redacted"), import("effect/http/FetchHttpClient"),
])
const imported = performance.now()
const layer = BeeperClient.layer({ baseUrl, accessToken: Redacted.make("bench-token") }).pipe(Layer.provide(FetchHttpClient.layer))
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperClient), (client) => client.call(chatsList, { limit: 25 })).pipe(Effect.provide(layer)),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

// Cold start, @beeper-kit/effect (built): import it with effect and FetchHttpClient, build the layer, then the
// first (validated) chats.list.
const t0 = performance.now()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const [{ BeeperDesktop }, { Effect, Layer, Redacted }, { FetchHttpClient }] = await Promise.all([
  import("@beeper-kit/effect"),
  import("effect"),
  import("effect/http"),
])
const imported = performance.now()
const layer = BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make("bench-token") }).pipe(Layer.provide(FetchHttpClient.layer))
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({ limit: 25 })).pipe(Effect.provide(layer)),
)
const done = performance.now()
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, sinceStartMs: done }))

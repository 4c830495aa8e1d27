// Cold start, @beeper-kit (built): this runtime's adapter (Deno: @beeper-kit/deno, Bun: @beeper-kit/bun, Node: the
// fetch transport of `BeeperServices.adapter()`, what those adapters are made of) with Effect deep-imported
// (`effect/Effect`, as a lean application writes it), build the layer, then the first (validated) chats.list.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = globalThis.Deno ? Deno.args : process.argv.slice(2)
const adapter = globalThis.Deno
  ? import("@beeper-kit/deno").then((m) => m.BeeperDeno)
  : globalThis.Bun
  ? import("@beeper-kit/bun").then((m) => m.BeeperBun)
  : import("@beeper-kit/effect").then((m) => m.BeeperServices.adapter())
const [{ BeeperDesktop }, { layer }, Effect, Redacted] = await Promise.all([
  import("@beeper-kit/effect"),
  adapter,
  import("effect/Effect"),
  import("effect/Redacted"),
])
const imported = performance.now()
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({ limit: 25 })).pipe(
    Effect.provide(layer({ baseUrl, accessToken: Redacted.make("bench-token") })),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))

// What each part of @beeper-kit/effect's import costs once the floor's Effect modules are loaded: the modules of
// Effect the SDK adds (Config, the WebSocket client, `KeyValueStore`, ...), then the runtime build's generated chunk
// (`/operations`: Schemas, endpoint table, fast checks), then the rest of the package, then this runtime's adapter,
// then building the adapter's `layer` (no request).
// `KeyValueStore` (eight more modules: `sql/*`, `Reactivity`, ...) is what delivery checkpoints import, and
// `socket/Socket` what the events engine dials with; the runtime build imports neither at start any more
// (events/KeyValueStoreModule.runtime.ts, events/SocketModule.runtime.ts), so their stages are what that saves.
// Prints the process's CPU time (`process.cpuUsage()`, every thread) per stage as one JSON line; a profiling aid
// for tooling/bench/README.md "Cold start", not a section of `pnpm bench`. Run it several times and take the lowest
// or the median of each stage (from tooling/bench, with the packages built):
//
//   node src/coldstart/stages.mjs;  deno run -A --node-modules-dir=manual src/coldstart/stages.mjs;  bun src/coldstart/stages.mjs
const stages = {}
let cpu = process.cpuUsage()
const mark = (name) => {
  const spent = process.cpuUsage(cpu)
  stages[name] = (spent.user + spent.system) / 1000
  cpu = process.cpuUsage()
}
const [Effect, , , , Layer, Redacted] = await Promise.all([
  import("effect/Effect"), import("effect/http/HttpClient"), import("effect/http/FetchHttpClient"),
  import("effect/Schema"), import("effect/Layer"), import("effect/Redacted"),
])
// Effect's first run (the floor's request pays it too), so that the layer stage below is the layer's own
await Effect.runPromise(Effect.void)
mark("floor")
// the runtime's compiler and GC threads finish the floor's work here, not in the next stage
await new Promise((resolve) => setTimeout(resolve, 100))
mark("idle")
await Promise.all([import("effect/Config"), import("effect/ConfigProvider"), import("effect/LogLevel")])
mark("config")
await import("effect/socket/Socket")
mark("socket")
await import("effect/persistence/KeyValueStore")
mark("keyValueStore")
await Promise.all([import("effect/Stream"), import("effect/Schedule"), import("effect/Metric")])
mark("streamScheduleMetric")
await import("@beeper-kit/effect/operations")
mark("generatedChunk")
await import("@beeper-kit/effect")
mark("index")
const adapter = await (globalThis.Bun
  ? import("@beeper-kit/bun").then((m) => m.BeeperBun)
  : globalThis.Deno
  ? import("@beeper-kit/deno").then((m) => m.BeeperDeno)
  : import("@beeper-kit/node").then((m) => m.BeeperNode))
mark("adapter")
// building the adapter's `layer` (no request: nothing listens there), what the cold start's first request runs first
await Effect.runPromise(Effect.scoped(Layer.build(adapter.layer({ baseUrl: "http://127.0.0.1:9", accessToken: Redacted.make("stages-token") }))))
mark("layer")
console.log(JSON.stringify(stages))

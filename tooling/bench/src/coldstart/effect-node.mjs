// Cold start on Node, @beeper-kit/node (built; node:http and ws) with Effect
// deep-imported, build the layer, then the first (validated) chats.list.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = process.argv.slice(2)
const [{ BeeperDesktop }, { BeeperNode }, Effect, Redacted] = await Promise.all([
  import("@beeper-kit/effect"),
  import("@beeper-kit/node"),
  import("effect/Effect"),
  import("effect/Redacted"),
])
const imported = performance.now()
const page = await Effect.runPromise(
  Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => beeper.chats.list({ limit: 25 })).pipe(
    Effect.provide(BeeperNode.layer({ baseUrl, accessToken: Redacted.make("bench-token") })),
  ),
)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))
// the keep-alive agent's idle connection keeps the process alive
process.exit(0)

// Live events in their own process: validated events through `BeeperEvents` (the `ws` WebSocket the Node adapter
// uses) against raw `ws` + `JSON.parse`, on the same frames.
//   node events/worker.ts <raw|effect> <baseUrl> burst <n>              → events/s from first to last event
//   node events/worker.ts <raw|effect> <baseUrl> paced <n> <perSecond>  → emit-to-consumer latency p50/p99
import { BeeperEvents } from "@beeper-kit/effect"
import { Effect, Layer, Redacted, Stream } from "effect"
import { Socket } from "effect/socket"
import { WebSocket } from "ws"
import { report } from "../child.ts"
import { benchToken } from "../servers/token.ts"
import { percentile } from "../stats.ts"

const [variant, baseUrl, mode, count, rate = "0"] = process.argv.slice(2)
const n = Number(count)
const prefix = mode === "burst" ? `/burst/${n}` : `/paced/${n}/${rate}`
const micros = (): number => Number(process.hrtime.bigint() / 1000n)

/**
 * Events/s is counted from the event after the first tenth of the burst to the last: the first tenth warms the
 * JIT (Effect's code needs more calls than a bare callback before it is optimised), the rest is the steady rate.
 */
const warmEvents = Math.floor(n / 10)

/** Called by each variant for every `message.upserted` its consumer receives. */
const consumer = () => {
  let received = 0
  let first = 0
  let last = 0
  const latencies: Array<number> = []
  return {
    onEvent: (ts: number, entries: number) => {
      if (entries !== 1) throw new Error("an event lost its entry")
      const now = performance.now()
      if (received === warmEvents) first = now
      last = now
      received++
      if (mode === "paced") latencies.push((micros() - ts) / 1000)
    },
    get received() {
      return received
    },
    result: () => ({
      variant,
      mode,
      events: received,
      eventsPerSec: received - warmEvents > 1 ? ((received - warmEvents - 1) / (last - first)) * 1000 : Number.NaN,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    }),
  }
}

const runRaw = () =>
  new Promise<ReturnType<ReturnType<typeof consumer>["result"]>>((resolve, reject) => {
    const c = consumer()
    const ws = new WebSocket(`${baseUrl!.replace(/^http/, "ws")}${prefix}/v1/ws`, {
      headers: { authorization: `Bearer ${benchToken}` },
    })
    ws.on("error", reject)
    ws.on("message", (data) => {
      const frame = JSON.parse(String(data)) as { type: string; ts: number; entries?: Array<unknown> }
      if (frame.type === "ready") ws.send(JSON.stringify({ type: "subscriptions.set", requestID: "1", chatIDs: ["*"] }))
      else if (frame.type === "message.upserted") {
        c.onEvent(frame.ts, frame.entries?.length ?? 0)
        if (c.received === n) {
          ws.close()
          resolve(c.result())
        }
      }
    })
  })

/** The `ws`-backed WebSocketConstructor (what the Node adapter supplies). */
const wsConstructor = Layer.succeed(Socket.WebSocketConstructor)((url, options) => {
  const headers = options !== undefined && typeof options === "object" && !Array.isArray(options) ? { ...options.headers } : {}
  return new WebSocket(url, { headers }) as unknown as Socket.WebSocketLike
})

const runEffect = () => {
  const c = consumer()
  const layer = BeeperEvents.layer({ baseUrl: `${baseUrl}${prefix}`, accessToken: Redacted.make(benchToken) }).pipe(
    Layer.provide(wsConstructor),
  )
  return Effect.gen(function*() {
    const live = yield* BeeperEvents
    yield* live.events("*").pipe(
      Stream.filter((event) => event.type === "message.upserted"),
      Stream.take(n),
      Stream.runForEach((event) => Effect.sync(() => c.onEvent(event.ts, event.entries?.length ?? 0))),
    )
    return c.result()
  }).pipe(Effect.provide(layer), Effect.runPromise)
}

report(variant === "raw" ? await runRaw() : await runEffect())

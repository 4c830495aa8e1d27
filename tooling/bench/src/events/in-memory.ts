// Live events' own CPU per event, with the WebSocket answered from memory: a socket that behaves as the `ws` package
// does for the client (open, then `message` events with the frame's text, a burst of frames per socket chunk, pause
// and resume) but has no network and no server behind it, so what is left is what each consumer adds on top of the
// socket. Runs each variant in its own process and prints µs of CPU per event and the ratio to raw `JSON.parse`.
//
//   node --conditions=@beeper-kit/source tooling/bench/src/events/in-memory.ts [--events=200000] [--chunk=100] [--rounds=3] [--profile=DIR] [--against=REV_DIR]
//
// A child (`--child=<variant>`) is the same file. `--profile=DIR` runs the children under `node --cpu-prof` and
// writes their profiles to DIR. `--against=DIR` adds a row for `@beeper-kit/effect` as another checkout of the
// repository has it (e.g. `git worktree add --detach DIR <rev>`, with `DIR/node_modules` linked to this one's and
// `packages/effect/node_modules` set up as here): the same frames through an older `BeeperEvents`. It is a profiling tool (what the bench README's events profile runs), not a section
// of `pnpm bench`: ratios here leave out the network, `ws`'s frame parsing and the server, which every client pays
// alike.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Socket from "effect/socket/Socket"
import * as Stream from "effect/Stream"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads, savePayloads } from "../payloads.ts"
import { benchToken } from "../servers/token.ts"

const variants = ["raw", "effect", "against"] as const
type Variant = (typeof variants)[number]

const labels: Record<Variant, string> = {
  raw: "raw JSON.parse",
  effect: "BeeperEvents (validated)",
  against: "BeeperEvents of --against",
}

type Listener = (event: Socket.WebSocketEvent) => void

/**
 * A WebSocket that serves `n` `message.upserted` frames from memory once the client subscribes, `chunk` frames per
 * macrotask (what one socket read of ~64 KB delivers), and stops between chunks while paused, as `ws` does.
 */
class MemorySocket {
  readyState = 0
  binaryType = "blob"
  isPaused = false
  private readonly listeners = new Map<string, Array<{ readonly listener: Listener; readonly once: boolean }>>()
  private sent = 0
  private started = false
  private scheduled = false
  private readonly n: number
  private readonly chunk: number
  private readonly frame: (seq: number) => string

  constructor(n: number, chunk: number, frame: (seq: number) => string) {
    this.n = n
    this.chunk = chunk
    this.frame = frame
    setImmediate(() => {
      this.readyState = 1
      this.dispatch("open", { type: "open" })
      this.message(JSON.stringify({ type: "ready", version: 1, chatIDs: [] }))
    })
  }

  addEventListener(type: string, listener: Listener, options?: { readonly once?: boolean }): void {
    const registered = this.listeners.get(type) ?? []
    registered.push({ listener, once: options?.once === true })
    this.listeners.set(type, registered)
  }

  removeEventListener(type: string, listener: Listener): void {
    const registered = this.listeners.get(type)
    const index = registered?.findIndex((entry) => entry.listener === listener) ?? -1
    if (index >= 0) registered!.splice(index, 1)
  }

  send(text: string): void {
    const command = JSON.parse(text) as { requestID?: string; chatIDs: Array<string> }
    setImmediate(() => {
      this.message(JSON.stringify({ type: "subscriptions.updated", requestID: command.requestID, chatIDs: command.chatIDs }))
      if (this.started) return
      this.started = true
      this.schedule()
    })
  }

  pause(): void {
    this.isPaused = true
  }

  resume(): void {
    this.isPaused = false
    this.schedule()
  }

  close(code = 1000, reason = ""): void {
    if (this.readyState === 3) return
    this.readyState = 3
    setImmediate(() => this.dispatch("close", { type: "close", code, reason }))
  }

  private schedule(): void {
    if (this.scheduled || !this.started || this.sent >= this.n) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.pump()
    })
  }

  private pump(): void {
    const end = Math.min(this.n, this.sent + this.chunk)
    while (this.sent < end && !this.isPaused && this.readyState === 1) this.message(this.frame(++this.sent))
    if (!this.isPaused) this.schedule()
  }

  private message(data: string): void {
    this.dispatch("message", { type: "message", data })
  }

  private dispatch(type: string, event: Socket.WebSocketEvent): void {
    const registered = this.listeners.get(type)
    if (registered === undefined) return
    for (const entry of registered.length === 1 ? registered : [...registered]) {
      if (entry.once) this.removeEventListener(type, entry.listener)
      entry.listener(event)
    }
  }
}

/**
 * The frames the bench's server sends (servers/main.ts): a pool of 1,024 of them, each a flat string as `ws` hands
 * over after decoding a frame's bytes (not a concatenation, which the first reader would have to flatten), served in
 * turn.
 */
const frames = (): ((seq: number) => string) => {
  const message = loadPayloads().eventMessage
  const { chatID, id } = JSON.parse(message) as { chatID: string; id: string }
  const tail = `,"chatID":${JSON.stringify(chatID)},"ids":[${JSON.stringify(id)}],"entries":[${message}]}`
  const pool = Array.from({ length: 1024 }, (_, seq) =>
    Buffer.from(`{"type":"message.upserted","seq":${seq + 1},"ts":${Date.now()}${tail}`).toString("utf8"))
  return (seq) => pool[seq % pool.length]!
}

/** CPU and wall time from the `warm`-th event to the `n`-th. */
const meter = (n: number, warm: number) => {
  let received = 0
  let cpu: NodeJS.CpuUsage | undefined
  let wall = 0
  let done: (() => void) | undefined
  const finished = new Promise<void>((resolve) => (done = resolve))
  let result: { readonly cpuMicros: number; readonly wallMillis: number } | undefined
  return {
    onEvent: (entries: number) => {
      if (entries !== 1) throw new Error("an event lost its entry")
      received++
      if (received === warm) {
        cpu = process.cpuUsage()
        wall = performance.now()
      } else if (received === n) {
        const used = process.cpuUsage(cpu)
        result = { cpuMicros: used.user + used.system, wallMillis: performance.now() - wall }
        done!()
      }
    },
    finished,
    result: () => result!,
  }
}

const runRaw = async (socket: MemorySocket, m: ReturnType<typeof meter>) => {
  socket.addEventListener("message", (event) => {
    const frame = JSON.parse((event as unknown as { data: string }).data) as { type: string; entries?: Array<unknown> }
    if (frame.type === "ready") socket.send(JSON.stringify({ type: "subscriptions.set", requestID: "1", chatIDs: ["*"] }))
    else if (frame.type === "message.upserted") m.onEvent(frame.entries?.length ?? 0)
  })
  await m.finished
  socket.close()
}

const runEffect = async (open: () => MemorySocket, n: number, m: ReturnType<typeof meter>, from: string | undefined) => {
  const { BeeperEvents } = (from === undefined
    ? await import("@beeper-kit/effect")
    : await import(join(from, "packages/effect/src/index.ts"))) as typeof import("@beeper-kit/effect")
  // dialled when the session connects (the socket opens on the next macrotask, as a real one would later)
  const constructor = Layer.succeed(Socket.WebSocketConstructor)(() => open() as unknown as Socket.WebSocketLike)
  const layer = BeeperEvents.layer({ baseUrl: "http://127.0.0.1:23373", accessToken: Redacted.make(benchToken) }).pipe(
    Layer.provide(constructor),
  )
  return Effect.gen(function*() {
    const live = yield* BeeperEvents
    yield* live.events("*").pipe(
      Stream.filter((event) => event.type === "message.upserted"),
      Stream.take(n),
      Stream.runForEach((event) => Effect.sync(() => m.onEvent(event.entries?.length ?? 0))),
    )
  }).pipe(Effect.provide(layer), Effect.runPromise)
}

const child = async (variant: Variant, n: number, chunk: number, rounds: number, against: string | undefined) => {
  const runs: Array<{ readonly cpuMicros: number; readonly wallMillis: number }> = []
  const frame = frames()
  for (let round = 0; round < rounds; round++) {
    // the first tenth of every round is left out (and the whole first round warms the JIT when there are several)
    const m = meter(n, Math.floor(n / 10))
    const open = () => new MemorySocket(n, chunk, frame)
    if (variant === "raw") await runRaw(open(), m)
    else await runEffect(open, n, m, variant === "against" ? against : undefined)
    runs.push(m.result())
  }
  const measured = rounds > 1 ? runs.slice(1) : runs
  const counted = n - Math.floor(n / 10)
  const perEvent = measured.map((r) => r.cpuMicros / counted).sort((a, b) => a - b)
  const perSec = measured.map((r) => counted / r.wallMillis * 1000).sort((a, b) => a - b)
  report({ variant, cpuMicrosPerEvent: perEvent[Math.floor(perEvent.length / 2)], eventsPerSec: perSec[Math.floor(perSec.length / 2)] })
}

const parent = async (options: Map<string, string>) => {
  const n = options.get("events") ?? "200000"
  const chunk = options.get("chunk") ?? "100"
  const rounds = options.get("rounds") ?? "3"
  const profile = options.get("profile")
  const against = options.get("against")
  const { buildPayloads } = await import("../fixtures.ts")
  const scratch = mkdtempSync(join(tmpdir(), "bench-events-in-memory-"))
  try {
    const env = { BENCH_PAYLOADS: savePayloads(scratch, await buildPayloads()) }
    const file = fileURLToPath(import.meta.url)
    const table: Partial<Record<Variant, { cpuMicrosPerEvent: number; eventsPerSec: number }>> = {}
    const chosen = variants.filter((variant) => variant !== "against" || against !== undefined)
    for (const variant of chosen) {
      const args = [
        ...(profile === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profile}`, `--cpu-prof-name=${variant}.cpuprofile`]),
        "--conditions=@beeper-kit/source",
        file,
        `--child=${variant}`,
        `--events=${n}`,
        `--chunk=${chunk}`,
        `--rounds=${rounds}`,
        ...(against === undefined ? [] : [`--against=${against}`]),
      ]
      table[variant] = (await runChild<{ cpuMicrosPerEvent: number; eventsPerSec: number }>(process.execPath, args, {
        env,
        timeoutMs: 300_000,
      })).value
    }
    const raw = table.raw!
    console.log(`events from memory (${n} per round, ${chunk} per socket chunk): client CPU µs per event (ratio to raw)`)
    for (const variant of chosen) {
      const row = table[variant]!
      console.log(
        `${labels[variant]} | ${row.cpuMicrosPerEvent.toFixed(2)} µs (${(row.cpuMicrosPerEvent / raw.cpuMicrosPerEvent).toFixed(2)}×) | ${
          Math.round(row.eventsPerSec).toLocaleString("en-US")
        } events/s`,
      )
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

const options = commandFlags()
const childVariant = options.get("child")
if (childVariant !== undefined) {
  await child(
    childVariant as Variant,
    Number(options.get("events") ?? 200_000),
    Number(options.get("chunk") ?? 100),
    Number(options.get("rounds") ?? 3),
    options.get("against"),
  )
} else await parent(options)

// The HTTP clients' own CPU per call, with `fetch` answered from memory (a `Response` built from the fixture bytes):
// no socket and no server, so what is left is what each client adds on top of `fetch`. Runs every variant in its
// own process on Node, Deno and Bun and prints µs of CPU per call, sequential and 32 at a time, and each ratio to
// raw `fetch` + `JSON.parse` on the same runtime.
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/in-memory.ts [--runtimes=node,deno,bun] [--calls=4000]
//
// A child (`--child=<variant>`) is the same file under the runtime measured. It is a profiling tool (what the bench
// README's "answer fetch from memory" method runs), not a section of `pnpm bench`: ratios here leave out the
// network and the server, which every client pays alike.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads, savePayloads } from "../payloads.ts"
import { benchToken } from "../servers/token.ts"
import { type BenchClient, makeClient as makeBenchClient } from "./clients.ts"
import { cpuPerCall } from "./cpu-per-call.ts"

/** The clients compared, in report order; `raw` is what every ratio is taken against. */
const variants = ["raw", "official", "effect-fetch", "effect-web"] as const
type Variant = (typeof variants)[number]

const labels: Record<Variant, string> = {
  raw: "raw fetch + JSON.parse",
  official: "official @beeper/desktop-api",
  "effect-fetch": "@beeper-kit/effect, Effect's FetchHttpClient",
  "effect-web": "@beeper-kit/effect, BeeperServices.adapter() default",
}

const baseUrl = "http://127.0.0.1:23373"
const text = "Benchmark message"

type Client = BenchClient

/** Replaces the global `fetch` by one answering from memory: the chat page for a GET, the send answer for a POST. */
const answerFromMemory = (): void => {
  const payloads = loadPayloads()
  const encoder = new TextEncoder()
  const chats = encoder.encode(payloads.chatsPage)
  const sent = encoder.encode(payloads.sendResponse)
  const answer = (bytes: Uint8Array<ArrayBuffer>) =>
    new Response(bytes, {
      status: 200,
      headers: { "content-type": "application/json", "content-length": String(bytes.byteLength) },
    })
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? (input instanceof Request ? input.method : "GET")
    return Promise.resolve(answer(method === "POST" ? sent : chats))
  }) as typeof fetch
}

const makeClient = async (variant: Variant, chatID: string): Promise<Client> => {
  switch (variant) {
    case "raw":
    case "official":
      // the same clients the bench's HTTP section measures (the layer is not used by these two)
      return makeBenchClient(variant, baseUrl, chatID, () => {
        throw new Error("no layer for raw or official")
      })
    case "effect-fetch":
    case "effect-web": {
      const { BeeperDesktop, BeeperServices } = await import("@beeper-kit/effect")
      const { Effect, Layer, ManagedRuntime, Redacted } = await import("effect")
      const httpClient = variant === "effect-fetch"
        ? (await import("effect/http")).FetchHttpClient.layer
        : BeeperServices.adapter().layerHttpClient
      const layer = BeeperDesktop.layer({ baseUrl, accessToken: Redacted.make(benchToken) }).pipe(
        Layer.provide(httpClient),
      )
      const runtime = ManagedRuntime.make(layer)
      const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
      return {
        list: () => runtime.runPromise(Effect.map(beeper.chats.list({ limit: 25 }), (page) => page.items.length)),
        send: () =>
          runtime.runPromise(Effect.map(beeper.messages.send({ chatID, text }), (sent) => sent.pendingMessageID)),
      }
    }
  }
}

const workloads = [
  { id: "list, sequential", call: "list", concurrency: 1 },
  { id: "list, 32 at a time", call: "list", concurrency: 32 },
  { id: "send, sequential", call: "send", concurrency: 1 },
  { id: "send, 32 at a time", call: "send", concurrency: 32 },
] as const

const child = async (variant: Variant, calls: number) => {
  answerFromMemory()
  const client = await makeClient(variant, loadPayloads().chatID)
  if ((await client.list()) !== 25) throw new Error(`${variant}: expected 25 chats`)
  for (const op of [client.list, client.send]) await cpuPerCall(op, 8, 1500)
  const results: Record<string, number> = {}
  for (const workload of workloads) {
    const op = workload.call === "list" ? client.list : client.send
    await cpuPerCall(op, workload.concurrency, Math.ceil(calls / 4))
    // The median of three measurements: GC and JIT pauses land in one of them.
    const runs = [0, 1, 2].map(() => 0)
    for (let i = 0; i < runs.length; i++) runs[i] = await cpuPerCall(op, workload.concurrency, calls)
    results[workload.id] = runs.sort((a, b) => a - b)[1]!
  }
  report({ variant, results })
}

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, "../../../..")
const bin = (name: string) => join(repoRoot, "node_modules/.bin", name)
const condition = "--conditions=@beeper-kit/source"

const runtimes: Record<string, (file: string, args: ReadonlyArray<string>) => [string, Array<string>]> = {
  node: (file, args) => [process.execPath, [condition, file, ...args]],
  deno: (file, args) => [bin("deno"), ["run", "-A", "--no-prompt", condition, file, ...args]],
  bun: (file, args) => [bin("bun"), [condition, file, ...args]],
}

const parent = async (options: Map<string, string>) => {
  const chosen = (options.get("runtimes") ?? "node,deno,bun").split(",")
  const calls = Number(options.get("calls") ?? 4000)
  const only = options.get("variants")?.split(",") as Array<Variant> | undefined
  const { buildPayloads } = await import("../fixtures.ts")
  const scratch = mkdtempSync(join(tmpdir(), "bench-in-memory-"))
  try {
    const env = { BENCH_PAYLOADS: savePayloads(scratch, await buildPayloads()) }
    const file = fileURLToPath(import.meta.url)
    for (const runtime of chosen) {
      const table: Record<string, Record<string, number>> = {}
      for (const variant of only ?? variants) {
        const [command, args] = runtimes[runtime]!(file, [`--child=${variant}`, `--calls=${calls}`])
        const { value } = await runChild<{ results: Record<string, number> }>(command, args, { env, timeoutMs: 300_000 })
        table[variant] = value.results
      }
      const raw = table["raw"]
      console.log(`\n${runtime}: client CPU µs per call (ratio to raw fetch + JSON.parse)`)
      console.log(["", ...workloads.map((w) => w.id)].join(" | "))
      for (const [variant, results] of Object.entries(table)) {
        const cells = workloads.map((w) => {
          const us = results[w.id]!
          return raw === undefined ? us.toFixed(1) : `${us.toFixed(1)} (${(us / raw[w.id]!).toFixed(2)}×)`
        })
        console.log([labels[variant as Variant], ...cells].join(" | "))
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

const options = commandFlags()
const childVariant = options.get("child")
if (childVariant !== undefined) await child(childVariant as Variant, Number(options.get("calls") ?? 4000))
else await parent(options)

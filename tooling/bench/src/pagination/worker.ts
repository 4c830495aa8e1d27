// Pagination memory in its own process: follow cursors through 100,000 messages (5,000 pages of 20) and record
// the peak RSS growth over the RSS after the first page, and the young generation's size at the end (the size V8
// grew it to: most of a default-GC peak, and what moves raw fetch's from run to run). Two modes:
//   default — V8's own GC policy (what `top` shows; the young and old generations grow before collecting);
//   gc      — a full GC every 250 pages, so the peak is what the stream itself keeps alive; the heap in use right
//             after each of those GCs gives the peak live heap (what the client holds mid-stream).
// Two transports, each with its raw loop and ours over it (the target compares within a transport): `raw` (`fetch`,
// undici) and `effect-fetch` (ours over `BeeperServices.adapter()`, the fetch transport); `raw-node` (`node:http`,
// keep-alive Agent as @beeper-kit/node's) and `effect` (ours over `BeeperNode.layer`, `node:http`).
// Beside each pair, Effect's floor over that transport (`floor-fetch`, `floor-node`: `effectFloor` below, no SDK).
// The bench runs it over the built packages (`dist/`, what a user's process loads), with `BENCH_PAGE_SCHEMA` naming
// the floors' page Schema module (coldstart/floor-schema.ts):
//   node --expose-gc pagination/worker.ts <raw|raw-node|official|core|effect|effect-fetch|floor-fetch|floor-node> <baseUrl> <total> <default|gc>
import type { BeeperDesktop } from "@beeper-kit/effect"
import type { Layer, Redacted, Schema } from "effect"
import { getHeapSpaceStatistics } from "node:v8"
import { report } from "../child.ts"
import { nodeAgent, rawNodeJson } from "../http/raw-node.ts"
import { loadPayloads } from "../payloads.ts"
import { benchToken } from "../servers/token.ts"

const [variant, baseUrl, totalArg, mode = "default"] = process.argv.slice(2)
const total = Number(totalArg)
const { chatID, messagesPerPage } = loadPayloads()
const authorization = `Bearer ${benchToken}`
const firstPageUrl = `${baseUrl}/v1/chats/${encodeURIComponent(chatID)}/messages`
/** The page after `cursor` (the first page without one), as every raw loop asks for it. */
const pageUrl = (cursor: string | undefined) =>
  cursor === undefined ? firstPageUrl : `${firstPageUrl}?cursor=${encodeURIComponent(cursor)}&direction=before`

/** A variant: `first` fetches the first page only (the warm-up), `run` streams every message through `onItem`. */
interface Runner {
  readonly first: () => Promise<unknown>
  readonly run: (onItem: (message: { readonly id: string }) => void) => Promise<void>
}

// Each variant imports only its own library, so the baseline holds nothing else.
const runners: Record<string, () => Promise<Runner>> = {
  raw: async () => ({
    first: () => fetch(firstPageUrl, { headers: { authorization } }).then((r) => r.json()),
    run: async (onItem) => {
      let cursor: string | undefined
      for (;;) {
        const response = await fetch(pageUrl(cursor), { headers: { authorization } })
        const page = JSON.parse(await response.text()) as { items: Array<{ id: string }>; hasMore: boolean; oldestCursor: string }
        for (const item of page.items) onItem(item)
        if (!page.hasMore) return
        cursor = page.oldestCursor
      }
    },
  }),
  // the same cursor loop over `node:http` (http/raw-node.ts: an agent with @beeper-kit/node's options, the headers it
  // sends, the body's chunks `Buffer.concat`-ed and parsed once): the same-transport baseline of `effect`
  "raw-node": async () => {
    const agent = nodeAgent()
    const headers = { accept: "application/json", authorization }
    const page = (cursor: string | undefined) =>
      rawNodeJson(agent, new URL(pageUrl(cursor)), headers) as Promise<{ items: Array<{ id: string }>; hasMore: boolean; oldestCursor: string }>
    return {
      first: () => page(undefined),
      run: async (onItem) => {
        let cursor: string | undefined
        for (;;) {
          const { items, hasMore, oldestCursor } = await page(cursor)
          for (const item of items) onItem(item)
          if (!hasMore) return
          cursor = oldestCursor
        }
      },
    }
  },
  official: async () => {
    const { default: OfficialSdk } = await import("@beeper/desktop-api")
    const client = new OfficialSdk({ accessToken: benchToken, baseURL: baseUrl })
    return {
      first: () => client.messages.list(chatID),
      run: async (onItem) => {
        for await (const message of client.messages.list(chatID)) onItem(message)
      },
    }
  },
  core: async () => {
    const { createBeeperClient } = await import("@beeper-kit/core")
    const beeper = createBeeperClient({ baseUrl, accessToken: benchToken })
    return {
      first: () => beeper.messages.list({ path: { chatID } }),
      run: async (onItem) => {
        let cursor: string | undefined
        for (;;) {
          const { data, error } = await beeper.messages.list({
            path: { chatID },
            query: cursor === undefined ? {} : { cursor, direction: "before" },
          })
          if (error !== undefined) throw new Error(JSON.stringify(error))
          for (const item of data.items) onItem(item)
          if (!data.hasMore || data.oldestCursor == null) return
          cursor = data.oldestCursor
        }
      },
    }
  },
  // what a Node user of `@beeper-kit/node` gets (its `node:http` transport), as the HTTP section's Node row
  effect: async () => ours((await import("@beeper-kit/node")).BeeperNode.layer),
  // the fetch transport (`BeeperServices.adapter()`, what the HTTP section's Node `effect` row and deno/bun/edge use)
  "effect-fetch": async () => ours((await import("@beeper-kit/effect")).BeeperServices.adapter().layer),
  // Effect's floor over each transport (no SDK): what any validated Effect client of this shape loads and runs
  "floor-fetch": () => effectFloor("fetch"),
  "floor-node": () => effectFloor("node:http"),
}

/** `messages.list.stream` over the `BeeperDesktop` layer that `layer` makes. */
async function ours(layer: (options: { baseUrl: string; accessToken: Redacted.Redacted<string> }) => Layer.Layer<BeeperDesktop, unknown>): Promise<Runner> {
  const { BeeperDesktop } = await import("@beeper-kit/effect")
  const { Effect, ManagedRuntime, Redacted, Stream } = await import("effect")
  const runtime = ManagedRuntime.make(layer({ baseUrl: baseUrl!, accessToken: Redacted.make(benchToken) }))
  const beeper = await runtime.runPromise(Effect.service(BeeperDesktop))
  return {
    first: () => runtime.runPromise(beeper.messages.list({ chatID })),
    run: (onItem) =>
      runtime.runPromise(beeper.messages.list.stream({ chatID }).pipe(Stream.runForEach((m) => Effect.sync(() => onItem(m))))),
  }
}

/** What the floors read of a page (`MessageListPage`). */
interface FloorPage {
  readonly items: ReadonlyArray<{ readonly id: string }>
  readonly hasMore: boolean
  readonly oldestCursor: string | null
}

/**
 * The Effect floor of a paginated stream, not a client of ours: the modules the cold-start floor deep-imports (Effect,
 * the fetch `HttpClient`, Schema; coldstart/effect-deep-floor.mjs) and `effect/Stream`, the page's Schema
 * (`MessageListPage`, extracted by coldstart/floor-schema.ts into the file `BENCH_PAGE_SCHEMA` names), each page
 * fetched and decoded by that Schema inside `Stream.paginate`. Over fetch the request goes through Effect's
 * `FetchHttpClient`; over `node:http` through the raw loop's request (`rawNodeJson`). Loading Effect's modules is what
 * a raw loop never does, and what sizes V8's young generation before the stream starts (tooling/bench/README.md).
 */
async function effectFloor(transport: "fetch" | "node:http"): Promise<Runner> {
  const schemaFile = process.env["BENCH_PAGE_SCHEMA"]
  if (schemaFile === undefined) throw new Error("BENCH_PAGE_SCHEMA: the page Schema module (coldstart/floor-schema.ts)")
  const [Effect, Stream, Schema, Option, HttpClient, FetchHttpClient, { MessageListPage }] = await Promise.all([
    import("effect/Effect"),
    import("effect/Stream"),
    import("effect/Schema"),
    import("effect/Option"),
    import("effect/http/HttpClient"),
    import("effect/http/FetchHttpClient"),
    import(schemaFile) as Promise<{ MessageListPage: Schema.Codec<FloorPage, unknown> }>,
  ])
  const decode = Schema.decodeUnknownEffect(MessageListPage)
  const agent = transport === "node:http" ? nodeAgent() : undefined
  const headers = { accept: "application/json", authorization }
  const body = (cursor: string | undefined) =>
    agent === undefined
      ? HttpClient.get(pageUrl(cursor), { headers }).pipe(Effect.flatMap((response) => response.json), Effect.provide(FetchHttpClient.layer))
      : Effect.promise(() => rawNodeJson(agent, new URL(pageUrl(cursor)), headers))
  const page = (cursor: string | undefined) => body(cursor).pipe(Effect.flatMap(decode))
  return {
    first: () => Effect.runPromise(page(undefined)),
    run: (onItem) =>
      Effect.runPromise(
        Stream.paginate(undefined as string | undefined, (cursor) =>
          page(cursor).pipe(Effect.map((p) => [p.items, p.hasMore && p.oldestCursor !== null ? Option.some(p.oldestCursor) : Option.none()] as const)),
        ).pipe(Stream.runForEach((message) => Effect.sync(() => onItem(message)))),
      ),
  }
}

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error("run with --expose-gc")
const { first, run } = await runners[variant!]!()

await first()
gc()
gc()
const baseline = process.memoryUsage.rss()
const baselineHeap = process.memoryUsage().heapUsed
/** The young generation's committed size in MB (both semi-spaces): V8 grows it as a stream runs. */
const youngGeneration = () => (getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0) / 2 ** 20
const baselineYoungGenerationMB = youngGeneration()
let peak = baseline
const sample = () => {
  const rss = process.memoryUsage.rss()
  if (rss > peak) peak = rss
}
const sampler = setInterval(sample, 5)
const gcEvery = mode === "gc" ? messagesPerPage * 250 : Number.POSITIVE_INFINITY
/** The most heap in use right after a periodic full GC: what the stream keeps alive mid-stream. */
let peakLiveHeap = baselineHeap
let count = 0
const started = performance.now()
await run((message) => {
  count++
  if (message.id.length === 0) throw new Error("a message without an ID")
  if (count % gcEvery === 0) {
    gc()
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed)
    sample()
  } else if ((count & 255) === 0) sample()
})
const elapsed = performance.now() - started
clearInterval(sampler)
sample()
const youngGenerationMB = youngGeneration()
if (count !== total) throw new Error(`${variant}: streamed ${count} messages, expected ${total}`)
gc()
gc()
report({
  variant,
  mode,
  messages: count,
  ms: elapsed,
  messagesPerSec: (count / elapsed) * 1000,
  baselineMB: baseline / 2 ** 20,
  peakGrowthMB: (peak - baseline) / 2 ** 20,
  retainedMB: (process.memoryUsage().heapUsed - baselineHeap) / 2 ** 20,
  baselineYoungGenerationMB,
  youngGenerationMB,
  ...(mode === "gc" ? { peakLiveMB: (peakLiveHeap - baselineHeap) / 2 ** 20 } : {}),
})

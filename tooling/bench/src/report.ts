// BENCHMARKS.md from one run's results: command, machine, one table per benchmark, the targets, a closing note.
import { bundles } from "./bundle/measure.ts"
import type { BundleSize } from "./bundle/measure.ts"
import type { GenerateResult } from "./generate.ts"
import { type Variant, variantLabels, variants as httpVariants } from "./http/clients.ts"
import { type WorkloadResult, workloads } from "./http/workloads.ts"
import type { Machine } from "./machine.ts"
import { fmt, ms, ratio } from "./stats.ts"

/** One events variant: throughput of a burst, latency of a paced run. */
export interface EventsRow {
  readonly variant: string
  readonly mode: string
  readonly events: number
  readonly eventsPerSec: number
  readonly p50: number
  readonly p99: number
}

/** One pagination run. */
export interface PaginationRow {
  readonly variant: string
  readonly mode: string
  readonly messages: number
  readonly ms: number
  readonly messagesPerSec: number
  readonly baselineMB: number
  readonly peakGrowthMB: number
  /** Heap in use after the stream and a full GC, minus the same before it. */
  readonly retainedMB: number
  /** `gc` mode: the most heap in use right after one of the periodic full GCs, minus the baseline heap. */
  readonly peakLiveMB?: number | undefined
}

/** Medians of one runtime × client cold start. */
export interface ColdStartRow {
  readonly importMs: number
  readonly requestMs: number
  readonly totalMs: number
  readonly sinceStartMs: number
  readonly wallMs?: number
}

/** Everything one `pnpm bench` measured. */
export interface BenchResults {
  readonly command: string
  readonly date: string
  readonly machine: Machine
  readonly loadStart: string
  loadEnd: string
  wallMs: number
  readonly settings: Record<string, number>
  /** Sections that could not be measured, with why. */
  readonly failures: Record<string, string>
  unvalidatedOption?: string
  http?: Record<string, Record<string, WorkloadResult>>
  decode?: {
    readonly pageBytes: number
    readonly pageParse: number
    readonly pageDecode: number
    readonly messageBytes: number
    readonly messageParse: number
    readonly messageDecode: number
    /** The generated fast checks (absent in runs before they existed). */
    readonly pageCheck?: number | undefined
    readonly messageCheck?: number | undefined
  }
  events?: Record<string, EventsRow>
  pagination?: Array<PaginationRow>
  bundles?: Array<BundleSize>
  coldStart?: Record<string, ColdStartRow>
  generate?: GenerateResult
}

const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n")

const seconds = (value: number) => `${fmt(value / 1000, 1)} s`
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`
const mb = (value: number) => `${fmt(value, 1)} MB`
const perRequest = (client: number, raw: number) => ratio(raw, client) // ops/s → time per request relative to raw
const yes = (met: boolean) => (met ? "**met**" : "**missed**")

/** What the `effect-unvalidated` row ran on. */
const unvalidatedNote = (option: string | undefined): string =>
  option === undefined
    ? "no layer option to skip response validation was found, so this row could not be measured."
    : `measured with the layer option \`${option}: false\`.`

interface Target {
  readonly what: string
  readonly goal: string
  readonly measured: string
  readonly met: boolean | undefined
}

const targets = (r: BenchResults): Array<Target> => {
  const out: Array<Target> = []
  if (r.http !== undefined) {
    const raw = r.http["raw"]
    const official = r.http["official"]
    for (const variant of ["effect", "effect-node"] as const) {
      const effect = r.http[variant]
      if (raw === undefined || effect === undefined || official === undefined) continue
      const transport = variant === "effect" ? "`FetchHttpClient`" : "`@beeper-kit/node`"
      const ratios = workloads.map((w) => raw[w.id]!.opsPerSec / effect[w.id]!.opsPerSec)
      out.push({
        what: `HTTP: \`@beeper-kit/effect\` (validated, ${transport}), time per request vs raw fetch`,
        goal: "≤ 1.30× in every workload",
        measured: workloads.map((w, i) => `${w.id} ${ratios[i]!.toFixed(2)}×`).join(", "),
        met: ratios.every((x) => x <= 1.3),
      })
      const faster = workloads.map((w) => effect[w.id]!.opsPerSec / official[w.id]!.opsPerSec)
      out.push({
        what: `HTTP: \`@beeper-kit/effect\` (validated, ${transport}) vs the official SDK, ops/s`,
        goal: "faster (> 1.00×) in every workload",
        measured: workloads.map((w, i) => `${w.id} ${faster[i]!.toFixed(2)}×`).join(", "),
        met: faster.every((x) => x > 1),
      })
    }
  }
  const events = r.events?.["effect"]
  if (events !== undefined) {
    out.push({
      what: "Events: validated events/s through `BeeperEvents`",
      goal: "≥ 50,000/s",
      measured: `${fmt(events.eventsPerSec)}/s`,
      met: events.eventsPerSec >= 50_000,
    })
  }
  const pagination = r.pagination?.find((p) => p.variant === "effect" && p.mode === "default")
  const paginationGc = r.pagination?.find((p) => p.variant === "effect" && p.mode === "gc")
  const rawPagination = r.pagination?.find((p) => p.variant === "raw" && p.mode === "default")
  if (pagination !== undefined) {
    out.push({
      what: `Pagination: peak RSS growth over ${fmt(pagination.messages)} messages (\`messages.list.stream\`)`,
      goal: "< 30 MB",
      measured: `${mb(pagination.peakGrowthMB)} with V8's default GC` +
        (paginationGc === undefined ? "" : `; ${mb(paginationGc.peakGrowthMB)} with a full GC every 250 pages`) +
        (rawPagination === undefined ? "" : ` (raw fetch: ${mb(rawPagination.peakGrowthMB)} with the default GC)`) +
        (paginationGc?.peakLiveMB === undefined ? "" : `; peak live heap ${mb(paginationGc.peakLiveMB)}`),
      met: pagination.peakGrowthMB < 30,
    })
  }
  const bundle = r.bundles?.find((b) => b.id === "effect")
  if (bundle !== undefined) {
    const core = r.bundles?.find((b) => b.id === "effect-core")
    out.push({
      what: "Edge bundle (gzip)",
      goal: "≤ 60 KB",
      measured: kb(bundle.gzipBytes) +
        (core === undefined ? "" : ` (Effect's runtime + Layer + Schedule + Queue + Stream alone, no Schema: ${kb(core.gzipBytes)})`),
      met: bundle.gzipBytes <= 60 * 1024,
    })
  }
  return out
}

const httpSection = (r: BenchResults): string => {
  const http = r.http!
  const raw = http["raw"]!
  const parts = [
    "## 1. HTTP",
    "",
    `A bare \`node:http\` server (its own process) writes pre-serialised bytes: the 25-chat page of the mock server's ` +
      `fixtures (${r.decode === undefined ? "" : `${kb(r.decode.pageBytes)}, `}participants, previews, capabilities) ` +
      "and the send answer. Each client runs in its own process with its defaults, " +
      `first warmed up on both calls (${fmt(r.settings["httpWarmupCalls"] ?? Number.NaN)} calls each, 8 at a time: a ` +
      "client with more code needs more calls before the JIT has optimised it), then per workload " +
      `${r.settings["httpWarmupMs"]} ms of warm-up and ${r.settings["httpPhaseMs"]} ms measured, ` +
      `${r.settings["httpRounds"]} rounds in rotating order; figures are medians over rounds. ` +
      "**Ratio** = time per request relative to raw fetch (raw ops/s ÷ client ops/s; 1.00× = as fast as the limit, " +
      "higher = slower). Latencies are per call; at concurrency 64 they include queueing. **Client CPU / request** " +
      "is the client process's CPU time (user + system) over the measured phase divided by its requests: the cost " +
      "each client adds, and the figure least moved by what else the machine is doing.",
    "",
    `\`@beeper-kit/effect\` without response validation: ${unvalidatedNote(r.unvalidatedOption)}`,
  ]
  for (const workload of workloads) {
    const base = raw[workload.id]!
    parts.push(
      "",
      `**${workload.label}**`,
      "",
      table(
        ["client", "ops/s", "ratio to raw", "p50", "p50 ratio", "p99", "p99 ratio", "client CPU / request", "CPU ratio"],
        httpVariants.filter((v) => http[v] !== undefined).map((variant: Variant) => {
          const row = http[variant]![workload.id]!
          const cpu = row.cpuUsPerOp
          return [
            variantLabels[variant],
            fmt(row.opsPerSec),
            perRequest(row.opsPerSec, base.opsPerSec),
            ms(row.p50),
            ratio(row.p50, base.p50),
            ms(row.p99),
            ratio(row.p99, base.p99),
            cpu === undefined ? "—" : `${fmt(cpu)} µs`,
            ratio(cpu ?? Number.NaN, base.cpuUsPerOp ?? Number.NaN),
          ]
        }),
      ),
    )
  }
  if (r.decode !== undefined) {
    const d = r.decode
    parts.push(
      "",
      `Where the validated client's extra time goes (same process, same bytes): \`JSON.parse\` of the 25-chat page ` +
        `takes ${ms(d.pageParse)}; ` +
        (d.pageCheck === undefined
          ? ""
          : `the generated fast check the client runs on every response takes another ${fmt(d.pageCheck * 1000)} µs ` +
            `(${fmt((d.pageCheck / d.pageParse) * 100)}% of the parse); `) +
        `decoding the page with the generated Effect Schemas (run only when the fast check fails, to name the ` +
        `offending field) would take ${ms(d.pageDecode)}. One live event's Message: ` +
        `${fmt(d.messageParse * 1000, 1)} µs to parse` +
        (d.messageCheck === undefined ? "" : `, ${fmt(d.messageCheck * 1_000_000)} ns to check`) +
        `, ${fmt(d.messageDecode * 1000, 1)} µs to decode.`,
    )
  }
  return parts.join("\n")
}

const eventsSection = (r: BenchResults): string => {
  const raw = r.events!["raw"]
  const effect = r.events!["effect"]
  const rows = [raw, effect].filter((x): x is EventsRow => x !== undefined)
  return [
    "## 2. Live events",
    "",
    `A \`ws\` server (the benchmark server's process) pushes \`message.upserted\` frames, each carrying one fixture ` +
      `Message. **Throughput**: ${fmt(r.settings["burstEvents"]!)} frames as fast as the socket drains, counted from the ` +
      "end of the first tenth (the JIT warm-up) to the last event the consumer receives. " +
      `**Latency**: ${fmt(r.settings["pacedEvents"]!)} frames at ` +
      `${fmt(r.settings["pacedRate"]!)}/s, each stamped with its send time (the shared monotonic clock); latency is ` +
      "send → the consumer's callback. `BeeperEvents` runs over the `ws` WebSocket (what the Node adapter supplies) and " +
      "validates every frame and every entry with the generated Schemas; raw is `ws` + `JSON.parse`. " +
      `Medians of ${r.settings["eventsRounds"]} rounds.`,
    "",
    table(
      ["client", "events/s", "ratio to raw (time per event)", "latency p50", "latency p99"],
      rows.map((row) => [
        row.variant === "raw" ? "raw `ws` + `JSON.parse` (the limit)" : "`BeeperEvents` (validated)",
        fmt(row.eventsPerSec),
        raw === undefined ? "—" : ratio(raw.eventsPerSec, row.eventsPerSec),
        ms(row.p50),
        ms(row.p99),
      ]),
    ),
  ].join("\n")
}

const paginationSection = (r: BenchResults): string => {
  const rows = r.pagination!
  const find = (variant: string, mode: string) => rows.find((p) => p.variant === variant && p.mode === mode)
  const raw = find("raw", "default")
  const labels: Record<string, string> = {
    raw: "raw `fetch` loop",
    official: "official SDK `for await (… of client.messages.list(chatID))`",
    core: "`@beeper-kit/core` cursor loop",
    effect: "`@beeper-kit/effect` `messages.list.stream({ chatID })`",
  }
  const messages = rows[0]?.messages ?? 0
  return [
    "## 3. Pagination memory",
    "",
    `Every client follows cursors through ${fmt(messages)} messages (${fmt(messages / 20)} pages of 20 real fixture ` +
      "messages), each in its own process. Growth is measured from the RSS after the first page and a full GC. " +
      "**Default GC** is what `top` shows: V8 lets the heap grow before it collects, so even raw fetch grows; " +
      "**GC every 250 pages** forces a full collection every 5,000 messages, so its peak is what the stream keeps " +
      "alive plus at most 250 pages of garbage (RSS rarely shrinks back: memory V8 or the allocator once touched stays " +
      "counted). **Peak live heap** is the most heap in use right after one of those periodic full GCs, minus the " +
      "heap before the stream: what the client holds mid-stream, independent of when V8 chooses to collect. " +
      "**Retained** is the heap in use after the stream and a full GC, minus the same before it: what the stream " +
      "left behind.",
    "",
    table(
      ["client", "peak RSS growth, default GC", "peak RSS growth, GC every 250 pages", "peak live heap", "retained", "messages/s", "time ratio to raw"],
      ["raw", "official", "core", "effect"].filter((v) => find(v, "default") !== undefined).map((variant) => {
        const d = find(variant, "default")!
        const g = find(variant, "gc")
        return [
          labels[variant]!,
          mb(d.peakGrowthMB),
          g === undefined ? "—" : mb(g.peakGrowthMB),
          g?.peakLiveMB === undefined ? "—" : mb(g.peakLiveMB),
          mb(d.retainedMB),
          fmt(d.messagesPerSec),
          raw === undefined ? "—" : ratio(d.ms, raw.ms),
        ]
      }),
    ),
  ].join("\n")
}

const bundleSection = (r: BenchResults): string => {
  const sizes = r.bundles!
  const official = sizes.find((b) => b.id === "official")
  return [
    "## 4. Edge bundle",
    "",
    "The same Cloudflare Worker — list chats, subscribe to the first chat's live events, send a message, answer with " +
      "the send and the first event — written three ways, bundled and minified by esbuild (ESM, es2022, `workerd` " +
      "conditions); gzip at the default level. The official SDK has no live events, so its worker opens and parses " +
      "the WebSocket by hand. The last three rows are not workers of ours but floors: the Effect modules any Effect " +
      "client of this shape needs, each used once, with no SDK code; then Effect without `Schema` and the platform " +
      "modules; then the Effect runtime alone.",
    "",
    table(
      ["worker", "minified", "gzip", "gzip vs official", "modules"],
      bundles.flatMap((bundle) => {
        // a run from before a worker was added has no size for it
        const size = sizes.find((s) => s.id === bundle.id)
        return size === undefined
          ? []
          : [[bundle.label, kb(size.bytes), kb(size.gzipBytes), official === undefined ? "—" : ratio(size.gzipBytes, official.gzipBytes), fmt(size.inputs)]]
      }),
    ),
  ].join("\n")
}

const coldStartSection = (r: BenchResults): string => {
  const cold = r.coldStart!
  const labels: Record<string, string> = {
    raw: "raw `fetch` (no import)",
    official: "official `@beeper/desktop-api`",
    core: "`@beeper-kit/core`",
    effect: "`@beeper-kit/effect` + `effect` + `FetchHttpClient`",
    "effect-floor": "floor: `effect` + `FetchHttpClient` alone, no SDK (first request through `HttpClient`)",
  }
  const parts = [
    "## 5. Cold start",
    "",
    `A fresh process per run: dynamic \`import()\` of the built package (\`dist/\`, as published, resolved from ` +
      "`node_modules`), then the first `GET /v1/chats` (validated, for Effect). Times from `performance.now()` inside " +
      `the process; medians of ${r.settings["coldRuns"]} runs per cell, interleaved. **Runtime boot** is the ` +
      "runtime alone (an empty script, from process start). Ratio is import + first request relative to the " +
      "official SDK.",
  ]
  for (const runtime of ["node", "deno", "bun"]) {
    const boot = cold[`${runtime}/empty`]
    const official = cold[`${runtime}/official`]
    const version = runtime === "node" ? r.machine.node : runtime === "deno" ? r.machine.deno : r.machine.bun
    parts.push(
      "",
      `**${runtime === "node" ? "Node" : runtime === "deno" ? "Deno" : "Bun"} ${version}** — runtime boot ${boot === undefined ? "—" : ms(boot.sinceStartMs)}`,
      "",
      table(
        ["client", "import", "first request", "import + first request", "ratio to official", "process wall time"],
        ["raw", "official", "core", "effect", "effect-floor"].filter((s) => cold[`${runtime}/${s}`] !== undefined).map((script) => {
          const row = cold[`${runtime}/${script}`]!
          return [
            labels[script]!,
            ms(row.importMs),
            ms(row.requestMs),
            ms(row.totalMs),
            official === undefined ? "—" : ratio(row.totalMs, official.totalMs),
            ms(row.wallMs ?? Number.NaN),
          ]
        }),
      ),
    )
  }
  return parts.join("\n")
}

const generateSection = (r: BenchResults): string => {
  const g = r.generate!
  return [
    "## 6. `pnpm generate`",
    "",
    "Run in a scratch copy of the repository (sources only, `node_modules` linked, no turbo cache), so every " +
      "generate task really runs; then the copy's `src/generated/` files are compared with the working tree's.",
    "",
    table(
      ["command", "wall time", "turbo tasks", "output identical to the checked-in files"],
      [["`pnpm generate` (cold)", seconds(g.wallMs), fmt(g.tasks), g.differingFiles.length === 0 ? "yes" : `no: ${g.differingFiles.join(", ")}`]],
    ),
  ].join("\n")
}

const closingNote = (r: BenchResults): string => {
  const lines: Array<string> = ["## Closing note", ""]
  const http = r.http
  if (http?.["raw"] !== undefined && http["effect"] !== undefined && http["official"] !== undefined) {
    /** `list-seq 1.07×, …`: one figure per workload, from the variant's row and raw fetch's. */
    const perWorkload = (variant: string, figure: (row: WorkloadResult, raw: WorkloadResult) => string) =>
      workloads.map((w) => `${w.id} ${figure(http[variant]![w.id]!, http["raw"]![w.id]!)}`).join(", ")
    const quote = (variant: string) => perWorkload(variant, (row, raw) => perRequest(row.opsPerSec, raw.opsPerSec))
    const cpu = (variant: string) =>
      perWorkload(variant, (row, raw) => ratio(row.cpuUsPerOp ?? Number.NaN, raw.cpuUsPerOp ?? Number.NaN))
    lines.push(
      `- **HTTP, time per request relative to raw fetch.** \`@beeper-kit/effect\` validated: ${quote("effect")}` +
        (http["effect-node"] === undefined ? ". " : `; over \`@beeper-kit/node\`: ${quote("effect-node")}. `) +
        (http["effect-unvalidated"] === undefined ? "" : `Without validation: ${quote("effect-unvalidated")}. `) +
        `Official SDK: ${quote("official")}. \`@beeper-kit/core\`: ${quote("core")}.`,
    )
    // runs before the CPU column existed have no CPU figures
    if (workloads.every((w) => http["effect"]![w.id]!.cpuUsPerOp !== undefined)) {
      lines.push(
        `  Client CPU per request relative to raw fetch (the steadier figure on a shared machine): effect validated ` +
          cpu("effect") +
          (http["effect-node"] === undefined ? "" : `; over \`@beeper-kit/node\`: ${cpu("effect-node")}`) +
          `; official SDK: ${cpu("official")}.`,
      )
    }
    if (r.decode !== undefined) {
      lines.push(
        "  Validation is no longer the large cost: every response goes through the generated fast check" +
          (r.decode.pageCheck === undefined ? "" : ` (${fmt(r.decode.pageCheck * 1000)} µs on the 25-chat page`) +
          `${r.decode.pageCheck === undefined ? " (" : ", "}against ${ms(r.decode.pageDecode)} for the Effect Schema decode, ` +
          "which now runs only to name the field of an invalid response). What remains of the gap to raw is the Effect " +
          "client per request: the fiber, two spans (the operation's and the HTTP client's), the timeout race, the retry " +
          "policy and the HTTP client's own request and response wrapping; tooling/bench/README.md has the profile.",
      )
    }
  }
  const events = r.events
  if (events?.["raw"] !== undefined && events["effect"] !== undefined) {
    lines.push(
      `- **Events.** \`BeeperEvents\` delivers ${fmt(events["effect"].eventsPerSec)} validated events/s against ` +
        `${fmt(events["raw"].eventsPerSec)}/s for raw \`ws\` + \`JSON.parse\` (${ratio(events["raw"].eventsPerSec, events["effect"].eventsPerSec)} ` +
        `the time per event); latency p50/p99 at ${fmt(r.settings["pacedRate"]!)}/s: ${ms(events["effect"].p50)} / ` +
        `${ms(events["effect"].p99)} against ${ms(events["raw"].p50)} / ${ms(events["raw"].p99)}.` +
        (r.decode?.messageCheck === undefined
          ? ""
          : ` Every entry passes the generated fast check (${fmt(r.decode.messageCheck * 1_000_000)} ns per Message; the ` +
            `Effect Schema decode, ${fmt(r.decode.messageDecode * 1000, 1)} µs, runs only for an entry the check refuses); ` +
            "the rest is per-frame work in Effect's Socket and the session."),
    )
  }
  const pagination = r.pagination
  if (pagination !== undefined) {
    const get = (variant: string, mode: string) => pagination.find((p) => p.variant === variant && p.mode === mode)
    const e = get("effect", "default")
    const raw = get("raw", "default")
    const eg = get("effect", "gc")
    const rg = get("raw", "gc")
    if (e !== undefined && raw !== undefined) {
      lines.push(
        `- **Pagination memory.** Peak RSS growth over ${fmt(e.messages)} messages: effect ${mb(e.peakGrowthMB)}, raw fetch ` +
          `${mb(raw.peakGrowthMB)} (${ratio(e.peakGrowthMB, raw.peakGrowthMB)}) with V8's default GC` +
          (eg !== undefined && rg !== undefined
            ? `; ${mb(eg.peakGrowthMB)} against ${mb(rg.peakGrowthMB)} (${ratio(eg.peakGrowthMB, rg.peakGrowthMB)}) with a full GC every 250 pages`
            : "") +
          (eg?.peakLiveMB === undefined
            ? ""
            : `. Peak live heap mid-stream: ${mb(eg.peakLiveMB)}` +
              (rg?.peakLiveMB === undefined ? "" : ` (raw ${mb(rg.peakLiveMB)})`)) +
          `. What the stream leaves behind after a full GC: ${mb(e.retainedMB)} (raw ${mb(raw.retainedMB)}) — the ` +
          "stream holds one page at a time; the RSS figures are V8 and the allocator growing before they collect, " +
          "which raw fetch shows as well, so the < 30 MB RSS target is out of reach for any client on Node's defaults.",
      )
    }
  }
  const bundle = r.bundles?.find((b) => b.id === "effect")
  const floor = r.bundles?.find((b) => b.id === "effect-floor")
  const core = r.bundles?.find((b) => b.id === "effect-core")
  const official = r.bundles?.find((b) => b.id === "official")
  if (bundle !== undefined && official !== undefined) {
    lines.push(
      `- **Edge bundle.** The \`@beeper-kit/effect\` worker is ${kb(bundle.gzipBytes)} gzip, ${ratio(bundle.gzipBytes, official.gzipBytes)} ` +
        `the official SDK's ${kb(official.gzipBytes)}` +
        (floor === undefined
          ? "."
          : `. ${kb(floor.gzipBytes)} of it is the floor — the Effect runtime, Schema, Stream, HttpClient and Socket ` +
            `modules an Effect client needs before any SDK code — so the SDK itself adds ${kb(bundle.gzipBytes - floor.gzipBytes)} ` +
            "(the generated endpoint table with the Schemas and fast checks of every operation, and the two services)." +
            (core === undefined
              ? ""
              : ` Effect's core alone (runtime, Layer, Schedule, Queue, Stream; no Schema) is ${kb(core.gzipBytes)}, so ` +
                "the 60 KB target is below what any Effect client with streams can weigh on effect 4.1; " +
                `\`@beeper-kit/core\` (${kb(r.bundles?.find((b) => b.id === "core")?.gzipBytes ?? Number.NaN)}) is the small option.`)),
    )
  }
  const cold = r.coldStart
  if (cold !== undefined) {
    const quote = (runtime: string) => {
      const e = cold[`${runtime}/effect`]
      const o = cold[`${runtime}/official`]
      const f = cold[`${runtime}/effect-floor`]
      return e === undefined || o === undefined
        ? "—"
        : `${ms(e.totalMs)} vs ${ms(o.totalMs)} (${ratio(e.totalMs, o.totalMs)}${f === undefined ? "" : `; ${ms(f.totalMs)} of it is \`effect\` itself`})`
    }
    lines.push(
      `- **Cold start** (import + first request, \`@beeper-kit/effect\` vs official): Node ${quote("node")}, Deno ${quote("deno")}, ` +
        `Bun ${quote("bun")}. Most of it is loading \`effect\` (the floor row), which an Effect application pays anyway.`,
    )
  }
  if (r.generate !== undefined) lines.push(`- **\`pnpm generate\`**: ${seconds(r.generate.wallMs)} cold.`)
  const t = targets(r)
  const missed = t.filter((x) => x.met === false)
  lines.push(
    "",
    missed.length === 0
      ? "Every target is met."
      : `Targets missed: ${[...new Set(missed.map((x) => x.what.split(":")[0]))].join(", ")}. The gaps above are the honest remainder; ` +
        "tooling/bench/README.md lists what the profiles show and the changes proposed to close them.",
  )
  return lines.join("\n")
}

/** Renders BENCHMARKS.md. */
export const renderReport = (r: BenchResults): string => {
  const m = r.machine
  const sections = [
    "# Benchmarks",
    "",
    `Written by \`${r.command}\` (tooling/bench) on ${r.date.slice(0, 16).replace("T", " ")} UTC in ` +
      `${fmt(r.wallMs / 1000)} s. Every figure below comes from this one run, measured side by side, and is read as ` +
      "a ratio: absolute times on a shared 2-core machine are noisy, ratios between clients measured in the same " +
      "minute much less so.",
    "",
    "## Machine",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${m.cpu} — ${m.nproc} cores (\`nproc\`)`],
        ["memory", `${m.memoryGiB} GiB`],
        ["OS", m.os],
        ["runtimes", `Node ${m.node}, Deno ${m.deno}, Bun ${m.bun}`],
        ["load average (1 / 5 / 15 min) at start", r.loadStart],
        ["load average (1 / 5 / 15 min) at end", r.loadEnd],
      ],
    ),
    "",
    "HTTP, events and pagination run the workspace's TypeScript sources through Node's type stripping (the same " +
      "code tsc emits, minus types); cold start imports the built `dist/`.",
  ]
  const t = targets(r)
  if (t.length > 0) {
    sections.push("", "## Targets", "", table(["target", "goal", "measured", ""], t.map((x) => [x.what, x.goal, x.measured, x.met === undefined ? "—" : yes(x.met)])))
  }
  if (r.http !== undefined) sections.push("", httpSection(r))
  if (r.events !== undefined) sections.push("", eventsSection(r))
  if (r.pagination !== undefined) sections.push("", paginationSection(r))
  if (r.bundles !== undefined) sections.push("", bundleSection(r))
  if (r.coldStart !== undefined) sections.push("", coldStartSection(r))
  if (r.generate !== undefined) sections.push("", generateSection(r))
  const failed = Object.entries(r.failures)
  if (failed.length > 0) {
    sections.push("", "## Not measured in this run", "", ...failed.map(([name, why]) => `- **${name}**: ${why}`))
  }
  sections.push("", closingNote(r), "")
  return sections.join("\n")
}

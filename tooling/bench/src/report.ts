// BENCHMARKS.md from one run's results: command, machine, the targets table (met or missed, by how much), one
// section per benchmark (HTTP per runtime), and a closing note that quotes every ratio.
import { bundles } from "./bundle/measure.ts"
import type { BundleSize } from "./bundle/measure.ts"
import { type CliColdStart, type ColdStartRow, coldStartScripts } from "./coldstart/measure.ts"
import type { GenerateResult } from "./generate.ts"
import { type Runtime, runtimeLabels, runtimes, runtimeVariants, type Variant, variantLabel } from "./http/clients.ts"
import { formatRatio, type RatioSummary, roundRatio } from "./http/ratios.ts"
import type { HttpResults } from "./http/run.ts"
import { type WorkloadResult, workloads } from "./http/workloads.ts"
import { type InstallSize, installs } from "./install/measure.ts"
import type { Machine } from "./machine.ts"
import { paginationPairs, paginationTransports, sameTransportRaw } from "./pagination/variants.ts"
import { fmt, ms, ratio } from "./stats.ts"

export type { ColdStartRow } from "./coldstart/measure.ts"

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
  /** The young generation's committed size (both semi-spaces) at the baseline and after the stream, MB. */
  readonly baselineYoungGenerationMB?: number | undefined
  readonly youngGenerationMB?: number | undefined
  /** When the row is the median of several runs (`medianRun`): each run's peak growth and young generation. */
  readonly runs?: ReadonlyArray<{ readonly peakGrowthMB: number; readonly youngGenerationMB?: number | undefined }> | undefined
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
  /** How long each section took (ms). */
  readonly sectionMs?: Record<string, number>
  unvalidatedOption?: string
  /** Per runtime, variant and workload (runs before issue 18 keyed by variant alone: Node). */
  http?: HttpResults
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
  cliColdStart?: CliColdStart
  installs?: Array<InstallSize>
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
const megabytes = (bytes: number) => mb(bytes / 1e6)
const x = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "—")
/** A share as a percentage: whole percents, one decimal under 1% (a miss of 0.4% is not "0%"). */
const percent = (fraction: number) => `${fmt(fraction * 100, Math.abs(fraction) < 0.01 ? 1 : 0)}%`
/** A difference with its sign: `+30.7 MB`, `−69.0 MB`. */
const signed = (value: number, format: (v: number) => string) => `${value < 0 ? "−" : "+"}${format(Math.abs(value))}`

/** HTTP results keyed by runtime; a run from before issue 18 (keyed by variant) is Node's. */
const httpByRuntime = (r: BenchResults): HttpResults | undefined =>
  r.http === undefined ? undefined : "raw" in r.http ? { node: r.http as unknown as HttpResults[string] } : r.http


// ------------------------------------------------------------------------------------------------------- targets

/** One row of the targets table. */
export interface Target {
  /** `#18.1`, `#17.6`, ... */
  readonly issue: string
  readonly what: string
  readonly goal: string
  readonly measured: string
  /** How far from the goal: ≤ 1 met, > 1 missed by (excess − 1); undefined when it could not be measured. */
  readonly excess: number | undefined
  /** Says by how much it was missed, when the excess alone does not (e.g. several conditions). */
  readonly missedBy?: string | undefined
  /** Where tooling/bench/README.md's profiles say what this figure is made of (named in the summary of a miss). */
  readonly profile?: string | undefined
}

/**
 * The findings of tooling/bench/README.md ("What the profiles show") that explain each kind of target: where the
 * time or the bytes go, measured, and what was tried.
 */
const profiles = {
  httpClient: "README \"HTTP: the Effect client per request\" (items 3–5: what a call costs before and after the fetch, over a real socket)",
  httpList: "README \"HTTP: the 25-chat list at concurrency 64\" (item 5: ours and the official SDK side by side in one process; how much one client moves between processes)",
  coldStart: "README \"Cold start: measuring it, and what is left\" (the CPU of each part of the import: the generated Schemas and endpoint table)",
  bundle: "README \"Edge bundle: where the bytes go\" (each remaining item measured by taking it out, with the behaviour that needs it)",
  pagination: "README \"Pagination memory: each transport against its own raw loop\" (each pair's runs, young generation and what was not traced)",
} as const

const verdict = (t: Target): string => {
  if (t.excess === undefined || Number.isNaN(t.excess)) return "—"
  if (t.excess <= 1) return "**met**"
  return `**missed** by ${t.missedBy ?? percent(t.excess - 1)}`
}

/**
 * The ratio of each workload, `list-seq 1.09× (1.02–1.20), …` (the median of the per-round ratios, then their
 * spread), and the worst median against per-workload goals.
 */
const perWorkload = (ratios: Record<string, RatioSummary>, goalOf: (id: string) => number) => ({
  measured: workloads.map((w) => `${w.id} ${formatRatio(ratios[w.id]!)}`).join(", "),
  excess: Math.max(...workloads.map((w) => ratios[w.id]!.median / goalOf(w.id))),
})

const httpTargets = (r: BenchResults): Array<Target> => {
  const http = httpByRuntime(r)
  if (http === undefined) return []
  const out: Array<Target> = []
  const ratiosTo = (runtime: string, variant: string, base: string) =>
    Object.fromEntries(workloads.map((w) => [w.id, roundRatio(http[runtime]?.[variant]?.[w.id], http[runtime]?.[base]?.[w.id])]))
  if (http["node"]?.["effect-node"] !== undefined) {
    const { measured, excess } = perWorkload(ratiosTo("node", "effect-node", "raw"), (id) => (id.startsWith("list") ? 1.15 : 1))
    // the issue's baseline is raw fetch; on Node raw `node:http` (the adapter's own transport) is much faster than it,
    // so the same-transport ratio is reported beside, not judged
    const sameTransport = http["node"]?.["raw-node"] === undefined
      ? ""
      : `; vs raw \`node:http\` + \`JSON.parse\` (the same transport, not judged): ${perWorkload(ratiosTo("node", "effect-node", "raw-node"), () => 1).measured}`
    out.push({
      issue: "#18.1",
      what: "HTTP, Node + `@beeper-kit/node` (`node:http`) vs raw fetch (the issue's baseline, undici: another transport): time per request, validated",
      goal: "list ≤ 1.15×, send ≤ 1.00×",
      measured: measured + sameTransport,
      excess,
      profile: profiles.httpClient,
    })
  }
  for (const runtime of runtimes) {
    if (http[runtime]?.["effect"] === undefined || http[runtime]?.["raw"] === undefined) continue
    const name = runtime === "node" ? "Node over fetch (`BeeperServices.adapter()`)" : runtimeLabels[runtime].split(" (")[0]!
    const raw = perWorkload(ratiosTo(runtime, "effect", "raw"), (id) => (id.startsWith("list") ? 1.7 : 1.4))
    // judged on the calls made from `async` code, as raw fetch's are; the same from an Effect program beside it
    const program = http[runtime]?.["effect-program"] === undefined
      ? ""
      : `; called from an Effect program (not judged): ${perWorkload(ratiosTo(runtime, "effect-program", "raw"), () => 1).measured}`
    out.push({
      issue: "#18.1",
      what: `HTTP, ${name} vs raw fetch: time per request, validated, raw fetch on the same runtime, called from \`async\` code (\`runtime.runPromise\` per call)`,
      goal: "list ≤ 1.70×, send ≤ 1.40×",
      measured: raw.measured + program,
      excess: raw.excess,
      profile: profiles.httpClient,
    })
    if (http[runtime]?.["official"] === undefined) continue
    const official = perWorkload(ratiosTo(runtime, "effect", "official"), () => 1)
    out.push({
      issue: "#18.1",
      what: `HTTP, ${name} vs the official SDK: time per request, validated, the official SDK on the same runtime`,
      goal: "< 1.00× (faster) in every workload",
      measured: official.measured,
      excess: official.excess === 1 ? 1.0001 : official.excess,
      missedBy: official.excess > 1 ? `${percent(official.excess - 1)} (the worst workload's time over the official SDK's)` : undefined,
      profile: runtime === "deno" ? profiles.httpList : profiles.httpClient,
    })
  }
  return out
}

/**
 * The cold starts #18.2 judges (runtime, script), in order: on Node both ours over fetch (`BeeperServices.adapter()`,
 * what deno/bun/edge are made of) and `@beeper-kit/node` (`node:http`, the adapter Node users install).
 */
export const coldStartJudged = [["node", "effect"], ["node", "effect-node"], ["deno", "effect"], ["bun", "effect"]] as const

const coldStartTargetNames: Record<string, string> = {
  "node/effect": "Node over fetch (`BeeperServices.adapter()`)",
  "node/effect-node": "Node with `@beeper-kit/node` (`node:http`)",
  "deno/effect": "Deno (`@beeper-kit/deno`)",
  "bun/effect": "Bun (`@beeper-kit/bun`)",
}

export const coldStartTargets = (r: BenchResults): Array<Target> => {
  const cold = r.coldStart
  const out: Array<Target> = []
  if (cold !== undefined) {
    for (const [runtime, script] of coldStartJudged) {
      const ours = cold[`${runtime}/${script}`]
      const floor = cold[`${runtime}/effect-deep-floor`]
      const official = cold[`${runtime}/official`]
      if (ours === undefined || floor === undefined) continue
      // the floor runs over fetch: on Node, `@beeper-kit/node` (node:http) does not load Node's fetch stack, which the
      // floor's first request pays; the first requests of raw fetch and raw node:http say how much (not judged)
      const rawFetch = cold[`${runtime}/raw`]
      const rawNode = cold[`${runtime}/raw-node`]
      const fetchStack = script === "effect-node" && rawFetch !== undefined && rawNode !== undefined
        ? rawFetch.totalMs - rawNode.totalMs
        : undefined
      // the floor decodes the page with its Schema, which ours does not on a valid page (the generated fast check)
      const undecoded = cold[`${runtime}/effect-deep-floor-undecoded`]
      out.push({
        issue: "#18.2",
        what: `Cold start, ${coldStartTargetNames[`${runtime}/${script}`] ?? runtime}: import + first validated request vs the deep-imported Effect floor (over fetch)`,
        goal: "≤ 1.10× the floor",
        measured: `${ms(ours.totalMs)} vs ${ms(floor.totalMs)} (${x(ours.totalMs / floor.totalMs)}; CPU ${cpuRatio(ours, floor)}); official SDK ${official === undefined ? "—" : ms(official.totalMs)}` +
          (undecoded === undefined
            ? ""
            : `; the floor without its Schema decode (ours runs the generated check instead) ${ms(undecoded.totalMs)}: ` +
              `${x(ours.totalMs / undecoded.totalMs)}, CPU ${cpuRatio(ours, undecoded)} (not judged)`) +
          (fetchStack === undefined
            ? ""
            : `; the floor's fetch costs its first request ~${ms(fetchStack)} that \`node:http\` does not (raw fetch's first request ` +
              `${ms(rawFetch!.totalMs)}, raw \`node:http\`'s ${ms(rawNode!.totalMs)}): against the floor less that, ` +
              `${x(ours.totalMs / (floor.totalMs - fetchStack))} (not judged)`),
        excess: ours.totalMs / floor.totalMs / 1.1,
        profile: profiles.coldStart,
      })
    }
  }
  const cli = r.cliColdStart
  if (cli !== undefined) {
    out.push({
      issue: "#17.6",
      what: "CLI cold start: `beeper-kit accounts` vs the same command with the official SDK (fresh process, spawn to exit)",
      goal: "≤ 1.50×",
      measured: `${ms(cli.oursMs)} vs ${ms(cli.officialMs)} (${x(cli.oursMs / cli.officialMs)}` +
        `${cli.cpuMs === undefined ? "" : `; CPU ${x(cli.cpuMs.ours / cli.cpuMs.official)}`}); \`node -e ""\` ${ms(cli.nodeMs)}`,
      excess: cli.oursMs / cli.officialMs / 1.5,
    })
  }
  return out
}

const bundleTargets = (r: BenchResults): Array<Target> => {
  const size = (id: string) => r.bundles?.find((b) => b.id === id)?.gzipBytes
  const out: Array<Target> = []
  for (const [id, floorId, limitKB, what, beside] of [
    // judged: the tree-shakable form (`BeeperClient` + operations imported by name); beside it, not judged, what the
    // same worker weighs through the convenience layers (`BeeperDesktop`, every operation) and other transports
    [
      "effect-lean",
      "effect-floor-deep",
      70,
      "the bench's worker (list, events, send): `BeeperClient` + 2 operations imported by name, `BeeperEvents`, over `BeeperEdge.layerTransport`",
      [["effect", "through `BeeperEdge.layer`"]],
    ],
    [
      "effect-http",
      "http-floor-deep",
      60,
      "an HTTP-only worker of 3 operations: `BeeperClient` + operations imported by name over Effect's `FetchHttpClient.layer` (no `@beeper-kit/edge`)",
      [["effect-http-edge", "over `BeeperEdge.layerHttpClient`"], ["http-only", "through `BeeperEdge.layerDesktop`"]],
    ],
  ] as const) {
    const bytes = size(id)
    if (bytes === undefined) continue
    const floor = size(floorId)
    const others = beside.flatMap(([other, how]) => size(other) === undefined ? [] : [`${how} ${kb(size(other)!)}`])
    out.push({
      issue: "#18.3",
      what: `Edge bundle (gzip), ${what}`,
      goal: `≤ ${limitKB} KB`,
      measured: `${kb(bytes)}${floor === undefined ? "" : ` (deep-imported floor ${kb(floor)})`}` +
        (others.length === 0 ? "" : `; the same worker, not judged: ${others.join(", ")}`),
      excess: bytes / (limitKB * 1024),
      missedBy: bytes > limitKB * 1024 ? `${kb(bytes - limitKB * 1024)} (${percent(bytes / (limitKB * 1024) - 1)})` : undefined,
      profile: profiles.bundle,
    })
  }
  return out
}

const redis = (install: InstallSize) => install.packages.some((p) => /^(@redis\/[^@]+|redis)@/.test(p))

const installTargets = (r: BenchResults): Array<Target> => {
  const find = (id: string) => r.installs?.find((i) => i.id === id)
  const node = find("node")
  const effect = find("effect-alone")
  const official = find("official")
  const out: Array<Target> = []
  if (node !== undefined && effect !== undefined) {
    const allowance = effect.diskBytes + 4e6
    const over: Array<string> = []
    if (node.diskBytes > allowance) over.push(`${megabytes(node.diskBytes - allowance)} over`)
    if (node.packages.length > 5) over.push(`${node.packages.length - 5} packages over`)
    if (redis(node)) over.push("`redis` installed")
    out.push({
      issue: "#18.4",
      what: "Install: `npm install @beeper-kit/node` in an empty project (on disk)",
      goal: "≤ `effect` + 4 MB, ≤ 5 packages, no `redis`",
      measured: `${megabytes(node.diskBytes)}, ${node.packages.length} packages${redis(node) ? ", `redis` among them" : ""}; ` +
        `\`effect\` alone ${megabytes(effect.diskBytes)}`,
      excess: over.length === 0 ? Math.max(node.diskBytes / allowance, node.packages.length / 5) : Math.max(1.0001, node.diskBytes / allowance, node.packages.length / 5),
      missedBy: over.length === 0 ? undefined : over.join(", "),
    })
  }
  const adapters = ["node", "deno", "bun", "edge", "effect"].map(find).filter((i): i is InstallSize => i !== undefined)
  if (adapters.length > 0 && official !== undefined) {
    const withRedis = adapters.filter(redis)
    out.push({
      issue: "#17.2",
      what: "Install size of each adapter, beside the official SDK's; nothing unused (no `redis`)",
      goal: "no `redis`; reported",
      measured: adapters.map((i) => `${i.id} ${megabytes(i.diskBytes)} / ${i.packages.length}`).join(", ") +
        `; official ${megabytes(official.diskBytes)} / ${official.packages.length}`,
      excess: withRedis.length === 0 ? 1 : 1.0001,
      missedBy: withRedis.length === 0 ? undefined : `\`redis\` in ${withRedis.map((i) => i.id).join(", ")}`,
    })
  }
  return out
}

/** `ours` over `raw`'s peak growth (`47.8 MB vs 184.1 MB (0.26×), the median of 3 runs each (…)`). */
const peakAgainst = (ours: PaginationRow, raw: PaginationRow, oursName = "ours", rawName = "raw"): string =>
  `${mb(ours.peakGrowthMB)} vs ${mb(raw.peakGrowthMB)} (${x(ours.peakGrowthMB / raw.peakGrowthMB)})` +
  (ours.runs !== undefined && ours.runs.length > 1
    ? `, the median of ${ours.runs.length} runs each (${oursName} ${peaksOf(ours)}; ${rawName} ${peaksOf(raw)})`
    : "")

/** Effect's floor over the pair's transport beside the pair (not judged), or "" for a run without it. */
const floorClause = (ours: PaginationRow, raw: PaginationRow, floor: PaginationRow | undefined): string =>
  floor === undefined
    ? ""
    : `; Effect's floor over the same transport (no SDK: deep-imported Effect, Stream, Schema, the page decoded by its ` +
      `Schema; not judged) ${mb(floor.peakGrowthMB)}, ${x(floor.peakGrowthMB / raw.peakGrowthMB)} the raw loop: ours ` +
      `${x(ours.peakGrowthMB / floor.peakGrowthMB)} the floor`

/**
 * #18.5, one row per transport: ours against the raw loop over the same transport (pagination/variants.ts), the fetch
 * pair first (the "raw fetch loop" the issue names), then `@beeper-kit/node`'s `node:http` pair. A run from before
 * the pairs (ours over `node:http` and raw fetch only) gets its one cross-transport row, labelled so.
 */
export const paginationTargets = (r: BenchResults): Array<Target> => {
  const get = (variant: string) => r.pagination?.find((p) => p.variant === variant && p.mode === "default")
  const messages = fmt(r.pagination?.[0]?.messages ?? 0)
  const out: Array<Target> = []
  for (const pair of paginationPairs) {
    const ours = get(pair.ours)
    const raw = get(pair.raw)
    if (ours === undefined || raw === undefined) continue
    const crossTransport = pair.transport === "node:http" ? get("raw") : undefined
    out.push({
      issue: "#18.5",
      what: pair.transport === "fetch"
        ? `Pagination over fetch (undici), the pair the issue names: ours (\`messages.list.stream\` over \`BeeperServices.adapter()\`) ` +
          `vs the raw \`fetch\` loop, peak RSS growth over ${messages} messages, default GC`
        : `Pagination over \`node:http\`, \`@beeper-kit/node\`'s transport: ours (\`messages.list.stream\` over \`BeeperNode.layer\`) ` +
          `vs a raw \`node:http\` loop, peak RSS growth over ${messages} messages, default GC`,
      goal: pair.transport === "fetch" ? "≤ 1.10× the raw fetch loop" : "≤ 1.10× the raw `node:http` loop",
      measured: peakAgainst(ours, raw) + floorClause(ours, raw, get(pair.floor)) +
        (crossTransport === undefined
          ? ""
          : `; against the raw fetch loop (another transport, not judged): ${x(ours.peakGrowthMB / crossTransport.peakGrowthMB)}`),
      excess: ours.peakGrowthMB / raw.peakGrowthMB / 1.1,
      profile: profiles.pagination,
    })
  }
  const effect = get("effect")
  const raw = get("raw")
  if (out.length === 0 && effect !== undefined && raw !== undefined) {
    out.push({
      issue: "#18.5",
      what: `Pagination: ours over \`BeeperNode.layer\` (\`node:http\`) vs the raw fetch loop (undici): two transports, a run ` +
        `from before the same-transport pairs; peak RSS growth over ${messages} messages, default GC`,
      goal: "≤ 1.10× raw",
      measured: peakAgainst(effect, raw),
      excess: effect.peakGrowthMB / raw.peakGrowthMB / 1.1,
    })
  }
  return out
}

const memoryAndEventTargets = (r: BenchResults): Array<Target> => {
  const out: Array<Target> = []
  out.push(...paginationTargets(r))
  const events = r.events?.["effect"]
  if (events !== undefined) {
    out.push({
      issue: "#18.6",
      what: "Events: validated events/s through `BeeperEvents`",
      goal: "≥ 50,000/s",
      measured: `${fmt(events.eventsPerSec)}/s`,
      excess: 50_000 / events.eventsPerSec,
      missedBy: events.eventsPerSec < 50_000 ? `${percent(1 - events.eventsPerSec / 50_000)} (short)` : undefined,
    })
  }
  return out
}

/** Issue 18's targets first, then issue 17's, each in the issue's order (a stable sort keeps runtimes in order). */
const issueOrder = (issue: string): number => {
  const [, major, minor] = /^#(\d+)\.(\d+)$/.exec(issue) ?? ["", "0", "0"]
  return (major === "18" ? 0 : 100) + Number(minor)
}

/** Every target of issue 18 (1–6) and issue 17's install sizes and CLI cold start, in issue order. */
export const targets = (r: BenchResults): Array<Target> =>
  [...httpTargets(r), ...coldStartTargets(r), ...bundleTargets(r), ...installTargets(r), ...memoryAndEventTargets(r)]
    .sort((a, b) => issueOrder(a.issue) - issueOrder(b.issue))

// ------------------------------------------------------------------------------------------------------- sections

const httpSection = (r: BenchResults): string => {
  const http = httpByRuntime(r)!
  const parts = [
    "## 1. HTTP on every runtime",
    "",
    `A bare \`node:http\` server (its own process) writes pre-serialised bytes: the 25-chat page of the mock server's ` +
      `fixtures (${r.decode === undefined ? "" : `${kb(r.decode.pageBytes)}, `}participants, previews, capabilities) ` +
      "and the send answer. Every client runs in its own process on its runtime (Node, Deno and Bun run the same " +
      "script; on workerd a Worker in miniflare runs it, its CPU read from the workerd process) with its defaults. " +
      `Each process is started and warmed up once, all of them together before the first round ` +
      `(${fmt(r.settings["httpWarmupCalls"] ?? Number.NaN)} calls of each kind, 8 at a time), then the bench drives ` +
      "it phase by phase (a command on its stdin, one JSON answer; between " +
      `phases it only waits). A phase is one workload run without a pause: ${r.settings["httpWarmupMs"]} ms of ` +
      `warm-up, then a measured window of ${r.settings["httpPhaseMs"]} ms (the calls that complete inside it, the CPU ` +
      "used inside it; calls still in flight then finish uncounted). A round measures, runtime by runtime and " +
      "workload by workload, every client of the runtime back to back, in an order rotated each round and " +
      "workload, so a client and raw fetch " +
      `are measured about a second apart; ${r.settings["httpRounds"]} round(s). \`@beeper-kit/effect\` runs through each ` +
      "runtime adapter's public layer, called twice over: from `async` code, `runtime.runPromise` per call, as raw " +
      "fetch and the official SDK are called (the targets are judged on it), and from an Effect program, its calls " +
      "the program's fibers (`Effect.forEach` at the concurrency, each fiber calling in a loop: what code written in " +
      "Effect pays; reported beside). **Time per request** is relative to raw `fetch` + `JSON.parse` on the same " +
      "runtime: in each round raw's ops/s ÷ the client's, from that round's two phases; the tables give the **median " +
      "of the rounds' ratios**, then in parentheses their spread (the smallest–largest round): 1.00× = as fast as " +
      "raw fetch, higher = slower, and a wide spread says the figure moved with the machine's other load during this " +
      "run. Raw fetch is the baseline issue 18 names, not the fastest client possible: on Node raw `node:http` + " +
      "`JSON.parse` (a keep-alive `Agent` as `@beeper-kit/node`'s, the same headers) is faster than raw fetch, and " +
      "`@beeper-kit/node` runs over it, so the Node section also gives `@beeper-kit/node` against raw `node:http`, " +
      "its same-transport baseline (not judged: the issue's target is against raw fetch). For our clients the ratio to the official SDK on the same runtime follows, taken the same way. The " +
      "targets are judged on the medians. Ops/s is every round's requests over every round's measured time. " +
      "**Client CPU / request** is the client process's CPU time (user + system) over its measured phases divided by " +
      "their requests (all rounds), its ratio to raw again the median (spread) of the per-round ratios: the cost " +
      "each client adds, the figure least moved by what else the machine is doing. Latencies are per call, the " +
      "median over the rounds of each phase's p50 / p99; at concurrency 64 they include queueing (workerd's clock " +
      "moves in whole milliseconds, and only on I/O).",
    "",
    `\`@beeper-kit/effect\` without response validation (Node): ${
      r.unvalidatedOption === undefined
        ? "no layer option to skip response validation was found, so that row could not be measured."
        : `measured with the layer option \`${r.unvalidatedOption}: false\`.`
    }`,
  ]
  for (const runtime of runtimes) {
    const results = http[runtime]
    if (results === undefined) continue
    const raw = results["raw"]
    const official = results["official"]
    const version = runtime === "node" ? `Node ${r.machine.node}` : runtime === "deno" ? `Deno ${r.machine.deno}` : runtime === "bun" ? `Bun ${r.machine.bun}` : runtimeLabels.workerd
    const rows = runtimeVariants[runtime].filter((v) => results[v] !== undefined)
    const ours = (v: Variant) => v.startsWith("effect")
    // one row per client, one cell per workload ("—" where the client did not run it)
    const workloadTable = (cell: (variant: Variant, row: WorkloadResult, w: (typeof workloads)[number]) => string) =>
      table(
        ["client", ...workloads.map((w) => w.short)],
        rows.map((variant) => [
          variantLabel(runtime, variant),
          ...workloads.map((w) => {
            const row = results[variant]![w.id]
            return row === undefined ? "—" : cell(variant, row, w)
          }),
        ]),
      )
    parts.push(
      "",
      `### ${version}`,
      "",
      "Time per request relative to raw fetch, median of the rounds (smallest–largest) · ops/s; for `@beeper-kit`'s " +
        "Effect clients, then relative to the official SDK:",
      "",
      workloadTable((variant, row, w) => {
        const vsOfficial = ours(variant) && official !== undefined ? ` · **${formatRatio(roundRatio(row, official[w.id]))} official**` : ""
        const vsRaw = variant === "raw" ? "1.00×" : formatRatio(roundRatio(row, raw?.[w.id]))
        return `${vsRaw} · ${fmt(row.opsPerSec)}/s${vsOfficial}`
      }),
      "",
      "Client CPU per request · its ratio to raw, median of the rounds (smallest–largest) · latency p50 / p99:",
      "",
      workloadTable((variant, row, w) => {
        const vsRaw = variant === "raw" ? "1.00×" : formatRatio(roundRatio(row, raw?.[w.id], "cpu"))
        return `${fmt(row.cpuUsPerOp ?? Number.NaN)} µs · ${vsRaw} · ${ms(row.p50)} / ${ms(row.p99)}`
      }),
    )
    const rawNode = results["raw-node"]
    const effectNode = results["effect-node"]
    if (rawNode !== undefined && effectNode !== undefined) {
      parts.push(
        "",
        "**`@beeper-kit/node` against its own transport.** The ratios above are to raw fetch (undici), the issue's " +
          "baseline; `@beeper-kit/node` runs over `node:http`, whose raw loop is faster than raw fetch on Node. Against " +
          "raw `node:http` + `JSON.parse` (same agent options, same request and headers), per-round ratios as above, " +
          "median (smallest–largest) — not judged:",
        "",
        table(
          ["`@beeper-kit/node` (validated) vs raw `node:http`", ...workloads.map((w) => w.short)],
          [
            ["time per request", ...workloads.map((w) => formatRatio(roundRatio(effectNode[w.id], rawNode[w.id])))],
            ["client CPU per request", ...workloads.map((w) => formatRatio(roundRatio(effectNode[w.id], rawNode[w.id], "cpu")))],
            ["raw `node:http` vs raw fetch, time per request", ...workloads.map((w) => formatRatio(roundRatio(rawNode[w.id], raw?.[w.id])))],
          ],
        ),
      )
    }
  }
  if (r.decode !== undefined) {
    const d = r.decode
    parts.push(
      "",
      `Where the validated client's extra time goes (same process, same bytes, Node): \`JSON.parse\` of the 25-chat page ` +
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
  const rows = [raw, effect].filter((e): e is EventsRow => e !== undefined)
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
      `Medians of the rounds (${r.settings["eventsRounds"]}).`,
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

/** Every run's peak RSS growth of a median row, in the order they ran (`115 / 160 / 152 MB`), else its one peak. */
const peaksOf = (row: PaginationRow): string =>
  row.runs === undefined ? mb(row.peakGrowthMB) : `${row.runs.map((run) => fmt(run.peakGrowthMB)).join(" / ")} MB`

/** The young generation's committed size at the baseline → after the stream (`4 → 128 MB`), or "—". */
const youngOf = (row: PaginationRow): string =>
  row.baselineYoungGenerationMB === undefined || row.youngGenerationMB === undefined
    ? "—"
    : `${fmt(row.baselineYoungGenerationMB)} → ${fmt(row.youngGenerationMB)} MB`

const paginationSection = (r: BenchResults): string => {
  const rows = r.pagination!
  const find = (variant: string, mode: string) => rows.find((p) => p.variant === variant && p.mode === mode)
  const rawFetch = find("raw", "default")
  const labels: Record<string, string> = {
    raw: "raw `fetch` loop",
    "effect-fetch": "`@beeper-kit/effect` `messages.list.stream({ chatID })` over `BeeperServices.adapter()`",
    "raw-node": "raw `node:http` loop (keep-alive `Agent` as `@beeper-kit/node`'s, `Buffer.concat` + `JSON.parse`)",
    effect: "`@beeper-kit/effect` `messages.list.stream({ chatID })` over `BeeperNode.layer`",
    "floor-fetch": "Effect's floor, no SDK: deep-imported Effect + Stream + Schema, `Stream.paginate` over Effect's `FetchHttpClient`, each page decoded by its Schema",
    "floor-node": "Effect's floor, no SDK: deep-imported Effect + Stream + Schema, `Stream.paginate` over the raw loop's `node:http` request, each page decoded by its Schema",
    official: "official SDK `for await (… of client.messages.list(chatID))`",
    core: "`@beeper-kit/core` cursor loop",
  }
  // a run from before the same-transport pairs has no `raw-node`: its `effect` has no same-transport ratio, only the
  // cross-transport one below
  const sameRaw = (variant: string) => find(sameTransportRaw(variant), "default")
  const rawNode = find("raw-node", "default")
  const messages = rows[0]?.messages ?? 0
  const effect = find("effect", "default")
  return [
    "## 3. Pagination memory",
    "",
    `Every client follows cursors through ${fmt(messages)} messages (${fmt(messages / 20)} pages of 20 real fixture ` +
      "messages), each in its own process (Node). Growth is measured from the RSS after the first page and a full GC. " +
      "**Default GC** is what `top` shows: V8 lets the heap grow before it collects, so even a raw loop grows; " +
      "**GC every 250 pages** (the raw loops and ours) forces a full collection every 5,000 messages, so its peak is what the stream keeps " +
      "alive plus at most 250 pages of garbage (RSS rarely shrinks back: memory V8 or the allocator once touched stays " +
      "counted). **Peak live heap** is the most heap in use right after one of those periodic full GCs, minus the " +
      "heap before the stream: what the client holds mid-stream, independent of when V8 chooses to collect. " +
      "**Retained** is the heap in use after the stream and a full GC, minus the same before it: what the stream " +
      "left behind. **Transport**: a paginated stream's peak moves with its transport as much as with the client " +
      "(undici, Node's `fetch`, promotes several MB of its per-request objects at every young-generation GC; " +
      "`node:http` almost nothing), so ours runs over both and each is compared with the raw loop over the same " +
      "transport — over fetch with the raw `fetch` loop (the pair the issue names), over `node:http` " +
      "(`@beeper-kit/node`) with a raw `node:http` loop; both pairs are judged (§ Targets, #18.5). The raw loops and " +
      "ours run the default GC several times, interleaved: their row is the median run, **runs** lists every run's " +
      "peak. **Young generation** is V8's new space (both semi-spaces) at the baseline and after the stream: a raw " +
      "loop starts small, and raw fetch grows it mid-stream by up to 124 MB, all of it counted (how far it gets in " +
      "100,000 messages is what moves raw fetch's peak from run to run); ours starts already grown by loading Effect " +
      "and the SDK, and so does **Effect's floor** (beside each pair, not judged: no SDK, the Effect modules a " +
      "validated Effect client of this shape loads, paging with `Stream.paginate` and decoding each page by its " +
      "Schema), which shows how much of a pair's gap any Effect client has. Every client runs the built packages " +
      "(`dist/`), as a user's process loads them.",
    "",
    table(
      ["client", "transport", "peak RSS growth, default GC", "ratio to the raw loop, same transport", "runs", "young generation", "peak RSS growth, GC every 250 pages", "peak live heap", "retained", "messages/s", "time ratio to the raw loop, same transport"],
      ["raw", "effect-fetch", "floor-fetch", "raw-node", "effect", "floor-node", "official", "core"].filter((v) => find(v, "default") !== undefined).map((variant) => {
        const d = find(variant, "default")!
        const g = find(variant, "gc")
        const base = sameRaw(variant)
        return [
          labels[variant]!,
          paginationTransports[variant] === "node:http" ? "`node:http`" : "fetch",
          mb(d.peakGrowthMB),
          base === undefined ? "—" : ratio(d.peakGrowthMB, base.peakGrowthMB),
          d.runs === undefined || d.runs.length < 2 ? "—" : peaksOf(d),
          youngOf(d),
          g === undefined ? "—" : mb(g.peakGrowthMB),
          g?.peakLiveMB === undefined ? "—" : mb(g.peakLiveMB),
          mb(d.retainedMB),
          fmt(d.messagesPerSec),
          base === undefined ? "—" : ratio(d.ms, base.ms),
        ]
      }),
    ),
    ...(effect === undefined || rawFetch === undefined
      ? []
      : [
        "",
        `Across transports (not judged): ours over \`node:http\` against the raw \`fetch\` loop, the pair this target was ` +
        `judged on before the same-transport pairs, ${mb(effect.peakGrowthMB)} vs ${mb(rawFetch.peakGrowthMB)} ` +
        `(${ratio(effect.peakGrowthMB, rawFetch.peakGrowthMB)})` +
        (rawNode === undefined
          ? "."
          : `: that gap is mostly the transports', not the clients' — the raw \`node:http\` loop grows ` +
            `${mb(rawNode.peakGrowthMB)} (${ratio(rawNode.peakGrowthMB, rawFetch.peakGrowthMB)} raw fetch's).`),
      ]),
  ].join("\n")
}

const bundleSection = (r: BenchResults): string => {
  const sizes = r.bundles!
  const official = sizes.find((b) => b.id === "official")
  return [
    "## 4. Edge bundle",
    "",
    "The same Cloudflare Worker — list chats, subscribe to the first chat's live events, send a message, answer with " +
      "the send and the first event — written with `@beeper-kit` two ways, with core and with the official SDK, and an " +
      "HTTP-only Worker of three operations (list chats, retrieve a chat, send) written three ways, bundled and " +
      "minified by esbuild (ESM, es2022, `workerd` conditions); gzip at the default level. Issue 18's targets (#18.3) " +
      "are judged on the tree-shakable forms (**judged** below: `BeeperClient` with the operations imported by name); " +
      "the convenience layers (`BeeperEdge.layer`, `BeeperEdge.layerDesktop`: the resource-shaped `BeeperDesktop`, " +
      "which keeps every operation) are measured beside, not judged, so the table shows what they cost. The judged " +
      "HTTP-only worker runs over Effect's `FetchHttpClient.layer` and imports nothing of `@beeper-kit/edge`; the row " +
      "after it is the same worker over `BeeperEdge.layerHttpClient`. The official SDK has no live events, so its worker opens and parses the WebSocket by hand. Our " +
      "workers import Effect's modules directly (`effect/Effect`, ...), as a size-conscious worker does. The floors are " +
      "not workers of ours: the Effect modules any Effect client of that shape needs, each used once, with no SDK " +
      "code — deep-imported, then through the barrels; then Effect without `Schema` and the platform modules; then the " +
      "Effect runtime alone.",
    "",
    table(
      ["worker", "judged", "minified", "gzip", "gzip vs official", "modules"],
      bundles.flatMap((bundle) => {
        // a run from before a worker was added has no size for it
        const size = sizes.find((s) => s.id === bundle.id)
        const judged = "judged" in bundle ? `**#18.3**: ${bundle.judged}` : "—"
        return size === undefined
          ? []
          : [[bundle.label, judged, kb(size.bytes), kb(size.gzipBytes), official === undefined ? "—" : ratio(size.gzipBytes, official.gzipBytes), fmt(size.inputs)]]
      }),
    ),
  ].join("\n")
}

const coldStartLabels: Record<string, string> = {
  empty: "runtime boot (an empty script; process start → end of script)",
  raw: "raw `fetch` (no import)",
  "raw-node": "raw `node:http` (no import; keep-alive agent as `@beeper-kit/node`'s)",
  official: "official `@beeper/desktop-api`",
  core: "`@beeper-kit/core`",
  effect: "**ours**: `@beeper-kit/effect` with the fetch transport of `BeeperServices.adapter()`, Effect deep-imported",
  "effect/deno": "**ours**: `@beeper-kit/deno` (`BeeperDeno.layer`), Effect deep-imported",
  "effect/bun": "**ours**: `@beeper-kit/bun` (`BeeperBun.layer`), Effect deep-imported",
  "effect-node": "**ours**: `@beeper-kit/node` (`BeeperNode.layer`: `node:http`, ws), Effect deep-imported",
  "effect-floor": "barrel floor: `effect` + `effect/http` barrels, `FetchHttpClient`, no Schema, no SDK",
  "effect-deep-floor": "**floor**: `effect/Effect` + `HttpClient` + `FetchHttpClient` + `effect/Schema` + `ChatListPage`'s Schemas, deep-imported, no SDK; the page decoded with `ChatListPage`",
  "effect-deep-floor-undecoded": "the floor without its decode: the same modules and request, the page parsed, not decoded (ours runs the generated fast check instead; not judged)",
}

/** The CPU time of `row` over `base`'s as `1.05×`, `—` for results saved before the CPU was measured. */
const cpuRatio = (row: ColdStartRow, base: ColdStartRow): string => ratio(row.cpuMs ?? Number.NaN, base.cpuMs ?? Number.NaN)

const coldStartSection = (r: BenchResults): string => {
  const cold = r.coldStart
  const parts = ["## 5. Cold start"]
  if (cold !== undefined) {
    parts.push(
      "",
      "A fresh process per run: dynamic `import()` of the built packages (`dist/`, as published, resolved from " +
        "`node_modules`), then the first `GET /v1/chats` (validated, for ours and the floor). Times from " +
        `\`performance.now()\` inside the process; medians of ${r.settings["coldRuns"]} runs per cell after one ` +
        "untimed run of each (the file cache, Deno's code cache), interleaved, the order reversed every other run. " +
        "**vs floor** is import + first request relative to the deep-imported floor (the Effect modules one validated " +
        "request needs, with the operation's generated Schemas extracted from the SDK); **vs official** relative to " +
        "the official SDK. **CPU** is the process's CPU time (`process.cpuUsage()`, user + system, every thread: the " +
        "runtime's compiler and GC threads too) over import + first request, and its ratio to the floor's: it moves " +
        "much less than wall time with the machine's other load. The **ours** rows are judged (#18.2): on Node both " +
        "the fetch transport (`BeeperServices.adapter()`) and `@beeper-kit/node` (`node:http`), against the same " +
        "floor. The floor is not lighter than ours in every part: its `HttpClient` is Effect's `FetchHttpClient`, so " +
        "on Node its first request loads Node's fetch stack, which `@beeper-kit/node` never loads (the raw `fetch` " +
        "and raw `node:http` rows show what that costs a first request; the #18.2 row of `@beeper-kit/node` gives " +
        "the ratio to the floor less that difference, not judged); and it decodes the page with " +
        "`Schema.decodeUnknownEffect(ChatListPage)`, where ours runs the generated fast check (decoding only when " +
        "the check fails), so the floor does more work than ours on its first request — the row \"the floor without " +
        "its decode\" measures how much, and each #18.2 row gives ours against it too, not judged " +
        "(tooling/bench/README.md, \"Cold start: the floor's two differences\").",
    )
    for (const runtime of ["node", "deno", "bun"] as const) {
      const boot = cold[`${runtime}/empty`]
      const official = cold[`${runtime}/official`]
      const floor = cold[`${runtime}/effect-deep-floor`]
      const version = runtime === "node" ? `Node ${r.machine.node}` : runtime === "deno" ? `Deno ${r.machine.deno}` : `Bun ${r.machine.bun}`
      parts.push(
        "",
        `**${version}** — runtime boot ${boot === undefined ? "—" : ms(boot.sinceStartMs)}`,
        "",
        table(
          ["client", "import", "first request", "import + first request", "vs floor", "vs official", "CPU", "CPU vs floor", "process wall time"],
          coldStartScripts[runtime].filter((s) => s !== "empty" && cold[`${runtime}/${s}`] !== undefined).map((script) => {
            const row = cold[`${runtime}/${script}`]!
            return [
              coldStartLabels[`${script}/${runtime}`] ?? coldStartLabels[script]!,
              ms(row.importMs),
              ms(row.requestMs),
              ms(row.totalMs),
              floor === undefined ? "—" : ratio(row.totalMs, floor.totalMs),
              official === undefined ? "—" : ratio(row.totalMs, official.totalMs),
              ms(row.cpuMs ?? Number.NaN),
              floor === undefined ? "—" : ratio(row.cpuMs ?? Number.NaN, floor.cpuMs ?? Number.NaN),
              ms(row.wallMs ?? Number.NaN),
            ]
          }),
        ),
      )
    }
  }
  const cli = r.cliColdStart
  if (cli !== undefined) {
    parts.push(
      "",
      "**The CLI.** `beeper-kit accounts` (packages/cli's built `dist/bin.js`, a fresh Node process against the " +
        "benchmark server) against the same command written with the official SDK (`coldstart/cli-official.mjs`: the " +
        "accounts listed and printed as the same table — the bench checks both print the same bytes). Wall time " +
        `from spawn to exit, medians of ${cli.runs} runs, interleaved (the order reversed every other run), after one ` +
        "untimed run each: in it the CLI's bin writes its V8 code cache (made after the run, so it holds the functions " +
        "the command called) and the official script fills Node's compile cache, as a user's first run does. CPU is " +
        "the processes' user + system time (every thread), the mean of the runs (the bench's exited children's time " +
        "from `/proc/self/stat`): it moves far less than wall time with the machine's other load.",
      "",
      table(
        ["command", "wall time", "ratio to the official SDK's", "CPU (mean)", "CPU ratio"],
        ([["`beeper-kit accounts`", "ours"], ["the same with `@beeper/desktop-api`", "official"], [
          "`node -e \"\"` (Node's own start)",
          "node",
        ]] as const).map(([label, key]) => {
          const wall = { ours: cli.oursMs, official: cli.officialMs, node: cli.nodeMs }[key]
          const cpu = cli.cpuMs
          return [
            label,
            ms(wall),
            x(wall / cli.officialMs),
            cpu === undefined ? "—" : ms(cpu[key]),
            cpu === undefined ? "—" : x(cpu[key] / cpu.official),
          ]
        }),
      ),
    )
  }
  return parts.join("\n")
}

const installSection = (r: BenchResults): string => {
  const sizes = r.installs!
  const effect = sizes.find((i) => i.id === "effect-alone")
  const official = sizes.find((i) => i.id === "official")
  const effectPackages = new Set(effect?.packages.map((p) => p.replace(/@[^@]+$/, "")) ?? [])
  return [
    "## 6. Install size",
    "",
    "`npm install` into an empty scratch project, one per row: the `@beeper-kit` packages from their packed tarballs " +
      "(`pnpm pack`, the artifacts a release publishes), everything else from the npm registry, resolved by npm as for " +
      "any user (peer dependencies auto-installed). **On disk** is the disk blocks of every file under `node_modules` " +
      "(what `du` shows); **files** their sizes summed.",
    "",
    table(
      ["install", "on disk", "vs `effect` alone", "vs official", "files", "packages", "besides `effect` and `@beeper-kit/*`"],
      installs.flatMap((install) => {
        const size = sizes.find((s) => s.id === install.id)
        if (size === undefined) return []
        const others = size.packages.map((p) => p.replace(/@[^@]+$/, "")).filter((name) => !effectPackages.has(name) && !name.startsWith("@beeper-kit/") && name !== "effect")
        return [[
          install.label,
          megabytes(size.diskBytes),
          effect === undefined || install.id === "effect-alone" ? "—" : signed(size.diskBytes - effect.diskBytes, megabytes),
          official === undefined ? "—" : ratio(size.diskBytes, official.diskBytes),
          `${megabytes(size.bytes)} in ${fmt(size.files)}`,
          fmt(size.packages.length),
          install.id === "effect-alone" || install.id === "official" ? "" : others.length === 0 ? "none" : others.join(", "),
        ]]
      }),
    ),
  ].join("\n")
}

const generateSection = (r: BenchResults): string => {
  const g = r.generate!
  return [
    "## 7. `pnpm generate`",
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

// ------------------------------------------------------------------------------------------------- closing note

const closingNote = (r: BenchResults): string => {
  const lines: Array<string> = ["## Closing note", ""]
  const http = httpByRuntime(r)
  if (http !== undefined) {
    for (const runtime of runtimes) {
      const results = http[runtime]
      if (results?.["raw"] === undefined) continue
      const quote = (variant: string, base: string, figure: "time" | "cpu" = "time") =>
        workloads.map((w) => {
          const row = results[variant]?.[w.id]
          const of = results[base]?.[w.id]
          return `${w.short} ${x(roundRatio(row, of, figure).median)}`
        }).join(", ")
      const ours = runtimeVariants[runtime].filter((v) => v.startsWith("effect") && results[v] !== undefined)
      const name = runtime === "workerd" ? "workerd" : runtimeLabels[runtime]
      lines.push(
        `- **HTTP on ${name}**, time per request vs raw fetch (medians of the rounds): ` +
          ours.map((v) => `${variantLabel(runtime, v).replace(/ \(validated\)/, "")}: ${quote(v, "raw")}`).join("; ") +
          (results["official"] === undefined ? "" : `; official SDK: ${quote("official", "raw")}`) +
          (results["core"] === undefined ? "" : `; \`@beeper-kit/core\`: ${quote("core", "raw")}`) +
          (results["official"] === undefined
            ? "."
            : `. Ours vs the official SDK: ${ours.map((v) => `${v === "effect" ? "" : `${v}: `}${quote(v, "official")}`).join("; ")}.`) +
          ` Client CPU per request vs raw: ${ours.map((v) => `${v === "effect" ? "" : `${v}: `}${quote(v, "raw", "cpu")}`).join("; ")}` +
          (results["official"] === undefined ? "." : `; official ${quote("official", "raw", "cpu")}.`) +
          (results["raw-node"] === undefined || results["effect-node"] === undefined
            ? ""
            : ` Raw fetch is the issue's baseline, not the fastest client: raw \`node:http\` vs raw fetch ${quote("raw-node", "raw")}; ` +
              `\`@beeper-kit/node\` vs raw \`node:http\`, its own transport (not judged): ${quote("effect-node", "raw-node")} ` +
              `(CPU ${quote("effect-node", "raw-node", "cpu")}).`),
      )
    }
  }
  const events = r.events
  if (events?.["raw"] !== undefined && events["effect"] !== undefined) {
    lines.push(
      `- **Events.** \`BeeperEvents\` delivers ${fmt(events["effect"].eventsPerSec)} validated events/s against ` +
        `${fmt(events["raw"].eventsPerSec)}/s for raw \`ws\` + \`JSON.parse\` (${ratio(events["raw"].eventsPerSec, events["effect"].eventsPerSec)} ` +
        `the time per event); latency p50/p99 at ${fmt(r.settings["pacedRate"]!)}/s: ${ms(events["effect"].p50)} / ` +
        `${ms(events["effect"].p99)} against ${ms(events["raw"].p50)} / ${ms(events["raw"].p99)}.`,
    )
  }
  const pagination = r.pagination
  if (pagination !== undefined) {
    const get = (variant: string, mode: string) => pagination.find((p) => p.variant === variant && p.mode === mode)
    // one clause per transport pair (ours against the raw loop over the same transport), else a run from before them
    const pairs = paginationPairs.filter((p) => get(p.ours, "default") !== undefined && get(p.raw, "default") !== undefined)
    const legacy = pairs.length === 0 && get("effect", "default") !== undefined && get("raw", "default") !== undefined
    const clauses = (legacy ? [{ transport: "node:http vs fetch", ours: "effect", raw: "raw" }] : pairs).map((pair) => {
      const e = get(pair.ours, "default")!
      const raw = get(pair.raw, "default")!
      const eg = get(pair.ours, "gc")
      const rg = get(pair.raw, "gc")
      const rawName = pair.raw === "raw" ? "raw fetch" : "raw `node:http`"
      const floor = "floor" in pair ? get(pair.floor, "default") : undefined
      return `over ${pair.transport === "fetch" ? "fetch" : pair.transport === "node:http" ? "`node:http`" : pair.transport}, ` +
        `ours ${mb(e.peakGrowthMB)} against ${rawName} ${mb(raw.peakGrowthMB)} (${ratio(e.peakGrowthMB, raw.peakGrowthMB)}) with V8's default GC` +
        (e.runs !== undefined && e.runs.length > 1 ? ` (median runs; ours ${peaksOf(e)}, raw ${peaksOf(raw)})` : "") +
        (eg !== undefined && rg !== undefined
          ? `, ${mb(eg.peakGrowthMB)} against ${mb(rg.peakGrowthMB)} (${ratio(eg.peakGrowthMB, rg.peakGrowthMB)}) with a full GC every 250 pages`
          : "") +
        (eg?.peakLiveMB === undefined ? "" : `, peak live heap ${mb(eg.peakLiveMB)}` + (rg?.peakLiveMB === undefined ? "" : ` (raw ${mb(rg.peakLiveMB)})`)) +
        `, left behind after a full GC ${mb(e.retainedMB)} (raw ${mb(raw.retainedMB)})` +
        (floor === undefined ? "" : `; Effect's floor over the same transport ${mb(floor.peakGrowthMB)} (ours ${ratio(e.peakGrowthMB, floor.peakGrowthMB)} it)`)
    })
    if (clauses.length > 0) {
      lines.push(`- **Pagination memory.** Peak RSS growth over ${fmt(pagination[0]!.messages)} messages: ${clauses.join("; ")}.`)
    }
  }
  const size = (id: string) => r.bundles?.find((b) => b.id === id)?.gzipBytes
  if (size("effect") !== undefined) {
    const official = size("official")
    const quote = (id: string, floorId: string) =>
      `${kb(size(id)!)}` + (size(floorId) === undefined ? "" : `, ${kb(size(id)! - size(floorId)!)} over its deep-imported floor (${kb(size(floorId)!)})`) +
      (official === undefined ? "" : `, ${ratio(size(id)!, official)} the official SDK's worker`)
    lines.push(
      `- **Edge bundle** (gzip): the list/events/send worker through \`BeeperEdge.layer\` ${quote("effect", "effect-floor-deep")}` +
        (size("effect-lean") === undefined ? "" : `; with its operations imported by name (judged) ${quote("effect-lean", "effect-floor-deep")}`) +
        (size("effect-http") === undefined ? "" : `; the HTTP-only worker by name over \`FetchHttpClient.layer\` (judged) ${quote("effect-http", "http-floor-deep")}`) +
        (size("effect-http-edge") === undefined ? "" : `, over \`BeeperEdge.layerHttpClient\` ${kb(size("effect-http-edge")!)}`) +
        (size("http-only") === undefined ? "" : `, through \`BeeperEdge.layerDesktop\` ${quote("http-only", "http-floor-deep")}`) +
        `. \`@beeper-kit/core\`: ${size("core") === undefined ? "—" : kb(size("core")!)}; the barrel floor ` +
        `${size("effect-floor") === undefined ? "—" : kb(size("effect-floor")!)}.`,
    )
  }
  const cold = r.coldStart
  if (cold !== undefined) {
    const quote = (runtime: string) => {
      const e = cold[`${runtime}/effect`]
      const f = cold[`${runtime}/effect-deep-floor`]
      const o = cold[`${runtime}/official`]
      return e === undefined
        ? "—"
        : `${ms(e.totalMs)}` + (f === undefined ? "" : ` vs floor ${ms(f.totalMs)} (${x(e.totalMs / f.totalMs)}, ${signed(e.totalMs - f.totalMs, ms)})`) +
          (o === undefined ? "" : `, official ${ms(o.totalMs)} (${x(e.totalMs / o.totalMs)})`)
    }
    const node = cold["node/effect-node"]
    const nodeFloor = cold["node/effect-deep-floor"]
    lines.push(
      `- **Cold start** (import + first validated request): Node over fetch ${quote("node")}` +
        (node === undefined
          ? ""
          : `; Node with \`@beeper-kit/node\` ${ms(node.totalMs)}` +
            (nodeFloor === undefined ? "" : ` (${x(node.totalMs / nodeFloor.totalMs)} the floor)`)) +
        `; Deno ${quote("deno")}; Bun ${quote("bun")}.`,
    )
  }
  if (r.cliColdStart !== undefined) {
    const c = r.cliColdStart
    lines.push(`- **CLI cold start**: \`beeper-kit accounts\` ${ms(c.oursMs)} vs ${ms(c.officialMs)} with the official SDK (${x(c.oursMs / c.officialMs)}).`)
  }
  if (r.installs !== undefined) {
    const effect = r.installs.find((i) => i.id === "effect-alone")
    lines.push(
      `- **Install** (on disk / packages): ${r.installs.map((i) => `${i.id} ${megabytes(i.diskBytes)} / ${i.packages.length}` +
        (effect === undefined || i.id === "effect-alone" ? "" : ` (${x(i.diskBytes / effect.diskBytes)} \`effect\`)`)).join(", ")}.`,
    )
  }
  if (r.generate !== undefined) lines.push(`- **\`pnpm generate\`**: ${seconds(r.generate.wallMs)} cold.`)
  const t = targets(r)
  const missed = t.filter((target) => target.excess !== undefined && target.excess > 1)
  lines.push(
    "",
    missed.length === 0
      ? "Every target measured in this run is met."
      : `${t.length - missed.length} of ${t.length} targets met. Missed, by how much, and where tooling/bench/README.md's ` +
        "profiles show what the figure is made of:",
    ...missed.map((m) =>
      `- ${m.issue} ${m.what.split(": ")[0]} — by ${m.missedBy ?? percent(m.excess! - 1)}.` +
      (m.profile === undefined ? "" : ` Why: ${m.profile}.`)
    ),
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
        ...(r.sectionMs === undefined
          ? []
          : [["time per section", Object.entries(r.sectionMs).map(([name, t]) => `${name} ${seconds(t)}`).join(", ")]]),
      ],
    ),
    "",
    "HTTP and events run the workspace's TypeScript sources (Node's type stripping; Deno and Bun run " +
      "TypeScript themselves; workerd a bundle of them); pagination, cold start, the CLI and install sizes use the " +
      "built `dist/` (pagination's baseline keeps what loading the SDK left in V8's young generation, and type " +
      "stripping at load would add to it).",
  ]
  const t = targets(r)
  if (t.length > 0) {
    sections.push(
      "",
      "## Targets",
      "",
      "Issue 18's targets (1 HTTP on every runtime, 2 cold start, 3 edge bundle, 4 install, 5 pagination memory, 6 " +
        "events) and issue 17's install sizes and CLI cold start. A ratio target is missed by how far its worst " +
        "workload is over the goal.",
      "",
      table(["issue", "target", "goal", "measured", "verdict"], t.map((target) => [target.issue, target.what, target.goal, target.measured, verdict(target)])),
    )
  }
  if (r.http !== undefined) sections.push("", httpSection(r))
  if (r.events !== undefined) sections.push("", eventsSection(r))
  if (r.pagination !== undefined) sections.push("", paginationSection(r))
  if (r.bundles !== undefined) sections.push("", bundleSection(r))
  if (r.coldStart !== undefined || r.cliColdStart !== undefined) sections.push("", coldStartSection(r))
  if (r.installs !== undefined) sections.push("", installSection(r))
  if (r.generate !== undefined) sections.push("", generateSection(r))
  const failed = Object.entries(r.failures)
  if (failed.length > 0) {
    sections.push("", "## Not measured in this run", "", ...failed.map(([name, why]) => `- **${name}**: ${why}`))
  }
  sections.push("", closingNote(r), "")
  return sections.join("\n")
}

// workerd's HTTP figures for several revisions of our client side by side: raw fetch + JSON.parse and this tree's
// `effect` variant (http/workerd-worker.ts over `@beeper-kit/edge`), plus the `effect` variant bundled from each other
// worktree given in `--against`, each in its own workerd process (http/workerd.ts, as in `pnpm bench`), against one
// fixture server. Each round measures every process once on each workload, in an order rotated every round, and each
// figure is the median over rounds of the phase's ratio to raw's in that round, with its spread: the same phases as
// the HTTP section's (http/measure.ts), with workerd's CPU read from /proc (http/workerd-cpu.ts).
//
//   node --conditions=@beeper-kit/source tooling/bench/src/http/workerd-ab.ts [--against=DIR,DIR] [--rounds=15]
//     [--variants=raw,effect] [--workloads=send-c64] [--phase=250] [--warmup=100] [--warmup-calls=500]
//     [--idle=0] [--alternate] [--json=FILE]
//
// `--against`: other worktrees' roots (each installed: `sh scripts/dev.sh run true`), e.g. `git worktree add --detach
// /tmp/old <rev>`; this tree's `effect` is then also compared with each of them round by round. `--variants`: this
// tree's variants (raw first). `--idle=MS`: a pause before every round, as in a `pnpm bench` run, where the other
// runtimes' phases (~30 s) come between two of workerd's rounds; with `--alternate` before every other round only,
// the figures given for the rounds after a pause and the others apart. `--json=FILE`: every phase's figures, by
// workload and process, in round order. A profiling tool (tooling/bench/README.md, "HTTP: workerd `send-c64`"), not
// a section of `pnpm bench`.
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { setTimeout as sleep } from "node:timers/promises"
import { join, resolve } from "node:path"
import { type DrivenChild, startDriven } from "../driven.ts"
import { commandFlags } from "../flags.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"
import { workerdBundle } from "./workerd-bundle.ts"
import { type WorkloadId, type WorkloadResult, workloads } from "./workloads.ts"

const flags = commandFlags()
const rounds = Number(flags.get("rounds") ?? 15)
const phaseMs = Number(flags.get("phase") ?? 250)
const warmupMs = Number(flags.get("warmup") ?? 100)
const idleMs = Number(flags.get("idle") ?? 0)
const alternate = flags.has("alternate")
const warmupCalls = Number(flags.get("warmup-calls") ?? 500)
const chosen = (flags.get("workloads") ?? "send-c64").split(",") as Array<WorkloadId>
for (const w of chosen) if (!workloads.some((known) => known.id === w)) throw new Error(`no workload ${w}`)
const against = (flags.get("against") ?? "").split(",").filter(Boolean).map((dir) => resolve(dir))

const here = new URL(".", import.meta.url).pathname
const benchDir = new URL("../../", import.meta.url).pathname

const scratch = mkdtempSync(join(tmpdir(), "bench-workerd-ab-"))
const children = new Map<string, DrivenChild>()
try {
  await withFixtureServer("workerd-ab", async ({ server, payloadsFile }) => {
    const ours = join(scratch, "ours.js")
    await workerdBundle(ours)
    const processes: Array<{ name: string; variant: string; bundle: string }> = (flags.get("variants") ?? "raw,effect")
      .split(",").map((variant) => ({ name: variant, variant, bundle: ours }))
    for (const [i, dir] of against.entries()) {
      const bundle = join(scratch, `against-${i}.js`)
      const entry = join(dir, "tooling/bench/src/http/workerd-worker.ts")
      writeFileSync(bundle, await bundleForRuntime({ runtime: "workerd", entry: { file: entry }, target: "es2023" }))
      processes.push({ name: `effect@${dir}`, variant: "effect", bundle })
    }
    const env = { ...process.env, BENCH_PAYLOADS: payloadsFile }
    await Promise.all(processes.map(async (p) => {
      const [cmd, args] = await sourceCommand("node", join(here, "workerd.ts"), [p.variant, server.url, String(warmupCalls), p.bundle])
      children.set(p.name, await startDriven(cmd, args, { cwd: benchDir, env, readyTimeoutMs: 300_000 }))
    }))
    const names = processes.map((p) => p.name)
    const results = new Map<string, Array<WorkloadResult>>()
    for (let round = 0; round < rounds; round++) {
      if (idleMs > 0 && (!alternate || round % 2 === 0)) await sleep(idleMs)
      for (const [index, workload] of chosen.entries()) {
        for (let i = 0; i < names.length; i++) {
          // with --alternate, each order once after a pause and once without
          const name = names[(i + (alternate ? Math.floor(round / 2) : round) + index) % names.length]!
          const result = await children.get(name)!.request<WorkloadResult>({ type: "phase", workload, phaseMs, warmupMs } as never)
          const key = `${workload} ${name}`
          ;(results.get(key) ?? results.set(key, []).get(key)!).push(result)
        }
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`)
    }
    if (flags.has("json")) writeFileSync(flags.get("json")!, JSON.stringify(Object.fromEntries(results), null, 1))
    const spread = (values: ReadonlyArray<number>, digits: number) =>
      `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`
    console.log(`workerd, ${rounds} rounds of ${warmupMs} + ${phaseMs} ms phases${idleMs > 0 ? `, ${idleMs} ms idle before ${alternate ? "every other" : "each"} round` : ""}`)
    const subsets: Array<[string, (round: number) => boolean]> = alternate
      ? [["after a pause", (round) => round % 2 === 0], ["without", (round) => round % 2 === 1]]
      : [["", () => true]]
    for (const [subset, kept] of subsets) for (const workload of chosen) {
      const raw = results.get(`${workload} raw`)!.filter((_, round) => kept(round))
      console.log(`\n${workload}${subset === "" ? "" : ` (rounds ${subset})`}   time/raw (median, min–max)   CPU/raw   CPU µs/call   calls/s`)
      for (const name of names) {
        const rows = results.get(`${workload} ${name}`)!.filter((_, round) => kept(round))
        const time = rows.map((r, i) => raw[i]!.opsPerSec / r.opsPerSec)
        const cpu = rows.map((r, i) => r.cpuUsPerOp! / raw[i]!.cpuUsPerOp!)
        console.log(`  ${name.padEnd(20)} ${spread(time, 2).padEnd(28)} ${spread(cpu, 2).padEnd(20)} ${spread(rows.map((r) => r.cpuUsPerOp!), 0).padEnd(18)} ${median(rows.map((r) => r.opsPerSec)).toFixed(0)}`)
      }
      // this tree's client against each other tree's, round by round (neither through raw)
      const ours = results.get(`${workload} effect`)?.filter((_, round) => kept(round))
      for (const name of names.filter((n) => n.startsWith("effect@"))) {
        if (ours === undefined) break
        const theirs = results.get(`${workload} ${name}`)!.filter((_, round) => kept(round))
        const time = ours.map((r, i) => theirs[i]!.opsPerSec / r.opsPerSec)
        const cpu = ours.map((r, i) => r.cpuUsPerOp! / theirs[i]!.cpuUsPerOp!)
        console.log(`  effect / ${name}: time ${spread(time, 3)}, CPU ${spread(cpu, 3)}, CPU lower in ${cpu.filter((x) => x < 1).length} of ${cpu.length} rounds`)
      }
    }
  })
} finally {
  await Promise.all([...children.values()].map((child) => child.close()))
  rmSync(scratch, { recursive: true, force: true })
}

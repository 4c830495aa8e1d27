// Cold start of a few scripts only, side by side: what `pnpm bench`'s cold start section does (coldstart/measure.ts:
// a fresh process per run, one untimed run of each, then interleaved runs, order reversed every other run), for
// the scripts and runtimes named, with more runs — the quick loop for working on the SDK's cold start. Prints the
// medians of import + first request (wall) and of the process's CPU over it, each as a ratio to the last script,
// and the lowest CPU of the runs (on a loaded machine the closest to the unloaded cost).
//
//   node tooling/bench/src/coldstart/compare.ts [--runtimes=node,deno,bun] [--scripts=effect,effect-deep-floor] [--runs=9]
//
// Uses the built packages, as the bench does (build them first: `turbo run build --filter=@beeper-kit/bench...`).
import { commandFlags } from "../flags.ts"
import { withFixtureServer } from "../servers/fixture-server.ts"
import { ms, ratio } from "../stats.ts"
import { coldStartMedians, coldStartScripts, measureCells } from "./measure.ts"

const flags = commandFlags()
const runtimes = (flags.get("runtimes") ?? "node,deno,bun").split(",") as Array<keyof typeof coldStartScripts>
const scripts = (flags.get("scripts") ?? "effect,effect-deep-floor").split(",")
const runs = Number(flags.get("runs") ?? 9)
const base = scripts.at(-1)!

await withFixtureServer("coldstart", async ({ server }) => {
    const cells = runtimes.flatMap((runtime) => scripts.map((name) => [runtime, name] as const))
    const samples = await measureCells(cells, server.url, runs, (line) => process.stderr.write(`${line}\n`))
    const lowestCpu = (key: string) => Math.min(...samples[key]!.map((row) => row.cpuMs!))
    for (const runtime of runtimes) {
      const floor = coldStartMedians(samples[`${runtime}/${base}`]!)
      for (const name of scripts) {
        const row = coldStartMedians(samples[`${runtime}/${name}`]!)
        const lowest = lowestCpu(`${runtime}/${name}`)
        console.log(
          `${runtime.padEnd(5)} ${name.padEnd(18)} import+request ${ms(row.totalMs).padStart(8)} (${ratio(row.totalMs, floor.totalMs)})` +
            `  cpu ${ms(row.cpuMs!).padStart(8)} (${ratio(row.cpuMs!, floor.cpuMs!)})` +
            `  lowest cpu ${ms(lowest).padStart(8)} (${ratio(lowest, lowestCpu(`${runtime}/${base}`))})` +
            `  import ${ms(row.importMs)}  request ${ms(row.requestMs)}`,
        )
      }
    }
})

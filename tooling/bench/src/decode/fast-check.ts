// The generated fast check of the 25-chat page (`chats.list`'s, packages/effect/src/generated/validators.ts) alone,
// on Node, Deno and Bun: µs of CPU per check, and with `--against=FILE` beside another revision's validators.ts in
// the same process, rounds interleaved. Three figures per module: the check of one parsed page again and again (hot
// in the caches), of 64 parsed pages in turn (cold), and `JSON.parse` + check less the `JSON.parse` blocks on either
// side (what a response pays: the page was just made).
//
//   node --conditions=@beeper-kit/source tooling/bench/src/decode/fast-check.ts [--runtimes=node,deno,bun]
//     [--rounds=15] [--against=path/to/validators.ts]
//
// e.g. `git show <rev>:packages/effect/src/generated/validators.ts > /tmp/validators-rev.ts` → `--against=/tmp/validators-rev.ts`.
// A child (`--child`) is the same file under the runtime measured. A profiling tool (tooling/bench/README.md, "What
// the profiles show"), not a section of `pnpm bench`.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { report, runChild } from "../child.ts"
import { commandFlags } from "../flags.ts"
import { loadPayloads, savePayloads } from "../payloads.ts"
import { type ProcessRuntime, sourceCommand } from "../source-command.ts"
import { median } from "../stats.ts"

/** One module's figures, µs of CPU per check (medians over the rounds). */
interface Figures {
  readonly hot: number
  readonly cold: number
  readonly afterParse: number
}

const here = fileURLToPath(new URL("../../../../packages/effect/src/generated/validators.ts", import.meta.url))

const cpu = (): number => {
  const used = process.cpuUsage()
  return used.user + used.system
}

const child = async (options: Map<string, string>) => {
  const rounds = Number(options.get("rounds") ?? 15)
  const files = [here, ...(options.has("against") ? [options.get("against")!] : [])]
  const text = loadPayloads().chatsPage
  const checks = await Promise.all(files.map(async (file) => {
    const module = await import(file) as { responseValidators: Record<string, ((u: unknown) => boolean) | undefined> }
    return module.responseValidators["chats.list"]!
  }))
  const pages: Array<unknown> = Array.from({ length: 64 }, () => JSON.parse(text))
  for (const check of checks) if (!check(pages[0])) throw new Error("a fast check refuses the page of chats")
  const n = 400
  const samples = checks.map(() => ({ hot: [] as Array<number>, cold: [] as Array<number>, parsed: [] as Array<number> }))
  const parseOnly: Array<number> = []
  let kept = 0
  for (let round = 0; round < rounds; round++) {
    checks.forEach((check, k) => {
      let started = cpu()
      for (let i = 0; i < n; i++) if (check(pages[0])) kept++
      samples[k]!.hot.push((cpu() - started) / n)
      started = cpu()
      for (let i = 0; i < n; i++) if (check(pages[i & 63])) kept++
      samples[k]!.cold.push((cpu() - started) / n)
    })
    // each module's parse + check block between two parse-only blocks: the round's figure is the difference
    const parseBlock = (): number => {
      const started = cpu()
      for (let i = 0; i < n / 4; i++) if (JSON.parse(text) !== null) kept++
      return (cpu() - started) / (n / 4)
    }
    let before = parseBlock()
    checks.forEach((check, k) => {
      const started = cpu()
      for (let i = 0; i < n / 4; i++) if (check(JSON.parse(text))) kept++
      const both = (cpu() - started) / (n / 4)
      const after = parseBlock()
      samples[k]!.parsed.push(both - (before + after) / 2)
      parseOnly.push(after)
      before = after
    })
  }
  report({
    kept,
    parse: median(parseOnly),
    figures: samples.map((s): Figures => ({ hot: median(s.hot), cold: median(s.cold), afterParse: median(s.parsed) })),
  })
}

const parent = async (options: Map<string, string>) => {
  const { buildPayloads } = await import("../fixtures.ts")
  const scratch = mkdtempSync(join(tmpdir(), "bench-fast-check-"))
  try {
    const payloads = savePayloads(scratch, await buildPayloads())
    const passed = options.has("rounds") ? [`--rounds=${options.get("rounds")}`] : []
    const against = options.get("against")
    if (against !== undefined) passed.push(`--against=${resolve(against)}`)
    const names = ["this tree", ...(against === undefined ? [] : [against])]
    for (const runtime of (options.get("runtimes") ?? "node,deno,bun").split(",")) {
      const [command, args] = await sourceCommand(runtime as ProcessRuntime, fileURLToPath(import.meta.url), ["--child", ...passed])
      const { value } = await runChild<{ parse: number; figures: Array<Figures> }>(command, args, {
        env: { BENCH_PAYLOADS: payloads },
        timeoutMs: 600_000,
      })
      console.log(`\n${runtime}: the 25-chat page's fast check, µs CPU per check (JSON.parse alone: ${value.parse.toFixed(1)})`)
      value.figures.forEach((f, i) => {
        console.log(`  ${names[i]}: hot ${f.hot.toFixed(1)}   64 pages in turn ${f.cold.toFixed(1)}   after JSON.parse ${f.afterParse.toFixed(1)}`)
      })
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

const options = commandFlags()
if (options.has("child")) await child(options)
else await parent(options)

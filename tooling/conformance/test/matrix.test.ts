/**
 * The runtime test matrix: the conformance suite (list, paginate, get, send-and-confirm, a typed error, events
 * with one forced reconnect) run for real on Node 22, Node 24, Deno, Bun and workerd, each with its adapter and
 * its own mock server — and its HTTP cases on Vercel's Edge runtime sandbox, which has no live events. One test per (runtime × case); the table of results and times is printed and written to
 * `.test-results/matrix.md`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mkdirSync, writeFileSync } from "node:fs"
import { caseNames } from "../src/results.ts"
import { renderMatrix } from "./support/matrix.ts"
import { limited, type Run, runOn, runtimes } from "./support/runtimes.ts"

const runs = new Map<string, Promise<Run>>()
const finished = new Map<string, Run>()

beforeAll(() => {
  // two at a time: the machine has two cores, and each run also drives a mock server
  const started = limited(2, runtimes.map((runtime) => () => runOn(runtime)))
  runtimes.forEach((runtime, i) => {
    const run = started[i]!.then((result) => {
      finished.set(runtime.name, result)
      return result
    })
    run.catch(() => undefined)
    runs.set(runtime.name, run)
  })
})

afterAll(() => {
  const table = renderMatrix(runtimes, finished)
  mkdirSync(new URL("../.test-results", import.meta.url), { recursive: true })
  writeFileSync(new URL("../.test-results/matrix.md", import.meta.url), table)
  console.log(`\n${table}`)
})

describe.each(runtimes)("$name ($adapter)", (runtime) => {
  it.for(caseNames)("%s", { timeout: 300_000 }, async (name, { skip }) => {
    const run = await runs.get(runtime.name)!
    const result = run.results.find((r) => r.name === name)
    expect(result, `${runtime.name} reported no result for ${name}; it printed:\n${run.output}`).toBeDefined()
    // a case the runtime cannot run (live events on Vercel Edge) is reported as skipped, with the reason
    if (result!.skipped !== undefined) skip(result!.skipped)
    expect(result!.ok, `${runtime.name} / ${name}: ${result!.error}`).toBe(true)
  })
})

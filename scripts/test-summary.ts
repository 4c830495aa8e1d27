// Adds up every test run's JSON summary (vitest's json reporter format, also written by the Deno/Bun/workerd
// runners and by the repo's checks: scripts/test-result.ts) and prints the one line CI reads, last: "N passed, N
// failed" (the skipped count just before it). `--exit-status=N` is the test job's status so far: when a step failed
// but no report holds a failure (a step that ended before writing one), that is one failure more, never "0 failed".
// `--root=DIR` reads another tree's reports (the repo's by default).
import { readdirSync, readFileSync, existsSync } from "node:fs"
import { join } from "node:path"

const option = (name: string): string | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(`--${name}=`.length)
const root = option("root") ?? new URL("..", import.meta.url).pathname
let passed = 0
let failed = 0
let skipped = 0
const rows: Array<string> = []
for (const group of ["packages", "tooling", "apps", "."]) {
  const dirs = group === "." ? ["."] : existsSync(join(root, group)) ? readdirSync(join(root, group)).map((d) => join(group, d)) : []
  for (const dir of dirs) {
    const results = join(root, dir, ".test-results")
    if (!existsSync(results)) continue
    for (const file of readdirSync(results).filter((f) => f.endsWith(".json")).sort()) {
      const r = JSON.parse(readFileSync(join(results, file), "utf8"))
      const p = r.numPassedTests ?? 0
      const f = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)
      const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
      passed += p
      failed += f
      skipped += s
      rows.push(`  ${join(dir, file).padEnd(48)} ${String(p).padStart(5)} passed ${String(f).padStart(3)} failed ${String(s).padStart(3)} skipped`)
    }
  }
}
const exitStatus = Number(option("exit-status") ?? 0)
if (exitStatus !== 0 && failed === 0) {
  failed++
  rows.push(`  a step of the test job failed (status ${exitStatus}) without a report of a failed test: counted as 1 failed`)
}
console.log("\nTest runs:")
console.log(rows.join("\n"))
// the skipped count on its own line, then the one line CI reads, exactly "N passed, N failed"
console.log(`${skipped} skipped`)
console.log(`${passed} passed, ${failed} failed`)

// `tsc --noEmit` over every package's src and test (so `expectTypeOf` assertions and the README examples' types can
// fail a run), through turbo; the result is written as one test-results file that scripts/test-summary.ts adds up:
// each package that type-checks is a pass, each that does not (or could not run) a failure.
import { spawnSync } from "node:child_process"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { writeTestResult } from "./test-result.ts"

const root = new URL("..", import.meta.url).pathname
const runs = join(root, ".turbo", "runs")
const started = Date.now()
const turbo = spawnSync("turbo", ["run", "typecheck", "--continue", "--summarize", "--output-logs=errors-only", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
})

interface TaskSummary {
  readonly task: string
  readonly package: string
  readonly execution?: { readonly exitCode?: number | null }
}
const newest = readdirSync(runs)
  .map((name) => join(runs, name))
  .filter((file) => file.endsWith(".json") && statSync(file).mtimeMs >= started - 1000)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
const tasks: ReadonlyArray<TaskSummary> = newest === undefined
  ? []
  : (JSON.parse(readFileSync(newest, "utf8")) as { tasks: ReadonlyArray<TaskSummary> }).tasks.filter((t) => t.task === "typecheck")
const failedPackages = tasks.filter((t) => t.execution?.exitCode !== 0).map((t) => t.package)
const passed = tasks.length - failedPackages.length
// no summary at all (turbo itself failed) is one failure, never a silent pass
const failed = tasks.length === 0 ? ["turbo did not run"] : failedPackages
writeTestResult("typecheck", passed, failed)
console.log(`typecheck: ${passed} packages clean${failed.length > 0 ? `, ${failed.length} failed: ${failed.join(", ")}` : ""}`)
process.exit(turbo.status === 0 && failed.length === 0 ? 0 : 1)

// One check's result as a test-results file (`.test-results/<name>.json` at the repo root, in vitest's json
// reporter's counts), so that scripts/test-summary.ts adds it to the line CI reads: a check that fails `npm test`
// is a failure in "N passed, N failed", never only an exit code.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname

/** Writes `.test-results/<name>.json`: `passed` and `failed` counts, and what failed, by name. */
export const writeTestResult = (name: string, passed: number, failed: ReadonlyArray<string>): void => {
  mkdirSync(join(root, ".test-results"), { recursive: true })
  writeFileSync(
    join(root, ".test-results", `${name}.json`),
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed.length, failed }, null, 2),
  )
}

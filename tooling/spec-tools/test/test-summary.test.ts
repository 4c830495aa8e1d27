// The line CI reads (scripts/test-summary.ts, the last step of `npm test`): every report adds up, the repo's checks
// count as tests (scripts/test-result.ts), and a failed step never leaves it at "0 failed".
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"

const summary = new URL("../../../scripts/test-summary.ts", import.meta.url).pathname
let root: string | undefined

const tree = (reports: Record<string, object>): string => {
  root = mkdtempSync(join(tmpdir(), "test-summary-"))
  for (const [path, report] of Object.entries(reports)) {
    mkdirSync(join(root, path, ".."), { recursive: true })
    writeFileSync(join(root, path), JSON.stringify(report))
  }
  return root
}
const lastLines = (dir: string, ...args: Array<string>): Array<string> =>
  execFileSync(process.execPath, [summary, `--root=${dir}`, ...args], { encoding: "utf8" }).trimEnd().split("\n").slice(-2)

afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true })
  root = undefined
})

describe("the test summary", () => {
  it("adds every package's and the repo's reports up, skipped on the line before", () => {
    const dir = tree({
      "packages/a/.test-results/vitest.json": { numPassedTests: 5, numFailedTests: 1, numPendingTests: 2 },
      "tooling/b/.test-results/vitest.json": { numPassedTests: 3, numFailedTests: 0, numRuntimeErrorTestSuites: 1 },
      ".test-results/check-generated.json": { numPassedTests: 1, numFailedTests: 0 },
    })
    expect(lastLines(dir)).toEqual(["2 skipped", "9 passed, 2 failed"])
  })

  it("counts a failed step that wrote no failing report as one failure", () => {
    const dir = tree({ "packages/a/.test-results/vitest.json": { numPassedTests: 5, numFailedTests: 0 } })
    expect(lastLines(dir, "--exit-status=1")).toEqual(["0 skipped", "5 passed, 1 failed"])
    expect(lastLines(dir, "--exit-status=0")).toEqual(["0 skipped", "5 passed, 0 failed"])
  })

  it("does not count a failed step twice when its report holds the failure", () => {
    const dir = tree({ ".test-results/import-cycles.json": { numPassedTests: 0, numFailedTests: 1 } })
    expect(lastLines(dir, "--exit-status=1")).toEqual(["0 skipped", "0 passed, 1 failed"])
  })
})

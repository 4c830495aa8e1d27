// The release check's outcome, one entry per check, written in the shape of vitest's JSON reporter so
// scripts/test-summary.ts counts it with every other test run.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"

/** `passed`, `failed`, or `skipped` (with the reason: a package that does not exist yet, say). */
export type CheckStatus = "passed" | "failed" | "skipped"

/** One check: `publint @beeper-kit/core`, `smoke deno @beeper-kit/effect`, ... */
export interface CheckResult {
  readonly name: string
  readonly status: CheckStatus
  /** What failed, or why it was skipped. */
  readonly message: string
  readonly durationMs: number
}

/** The file's content: vitest's counters plus one assertion per check. */
export const toVitestJson = (results: ReadonlyArray<CheckResult>, startTime: number) => {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length
  return {
    numTotalTestSuites: 1,
    numPassedTestSuites: count("failed") === 0 ? 1 : 0,
    numFailedTestSuites: count("failed") === 0 ? 0 : 1,
    numTotalTests: results.length,
    numPassedTests: count("passed"),
    numFailedTests: count("failed"),
    numPendingTests: count("skipped"),
    numTodoTests: 0,
    startTime,
    success: count("failed") === 0,
    testResults: [
      {
        name: "release-check",
        status: count("failed") === 0 ? "passed" : "failed",
        assertionResults: results.map((result) => ({
          title: result.name,
          fullName: `release check ${result.name}`,
          status: result.status === "skipped" ? "pending" : result.status,
          duration: result.durationMs,
          failureMessages: result.status === "failed" ? [result.message] : [],
        })),
      },
    ],
  }
}

/** Writes the results file (creating its folder). */
export const writeResults = (path: string, results: ReadonlyArray<CheckResult>, startTime: number): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(toVitestJson(results, startTime), null, 2)}\n`)
}

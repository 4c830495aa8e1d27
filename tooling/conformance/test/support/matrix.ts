/** The matrix table (case × runtime, with times) as Markdown. */
import { caseNames } from "../../src/results.ts"
import type { Run, Runtime } from "./runtimes.ts"

const cell = (run: Run | undefined, name: string): string => {
  const result = run?.results.find((r) => r.name === name)
  if (result === undefined) return "❌ no result"
  if (result.skipped !== undefined) return `— ${result.skipped}`
  return result.ok ? `✅ ${result.ms} ms` : `❌ ${result.ms} ms`
}

/** Renders the table; failures are listed under it with their reasons. */
export const renderMatrix = (runtimes: ReadonlyArray<Runtime>, runs: ReadonlyMap<string, Run>): string => {
  const header = ["case", ...runtimes.map((r) => `${runs.get(r.name)?.runtime ?? r.name}<br>${r.adapter}`)]
  const rows = caseNames.map((name) => [name, ...runtimes.map((r) => cell(runs.get(r.name), name))])
  const wall = ["whole run (startup included)", ...runtimes.map((r) => `${runs.get(r.name)?.wallMs ?? "-"} ms`)]
  const lines = [header, header.map(() => "---"), ...rows, wall].map((row) => `| ${row.join(" | ")} |`)
  const failures = runtimes.flatMap((r) => {
    const run = runs.get(r.name)
    const failed = run?.results.filter((result) => !result.ok) ?? []
    if (run !== undefined && run.results.length === 0) return [`- ${r.name}: no results.\n\n\`\`\`\n${run.output.slice(-2000)}\n\`\`\``]
    return failed.map((result) => `- ${r.name} / ${result.name}: ${result.error ?? "failed"}`)
  })
  return [
    "# Runtime conformance matrix",
    "",
    ...lines,
    ...(failures.length === 0 ? [] : ["", "Failures:", "", ...failures]),
    "",
  ].join("\n")
}

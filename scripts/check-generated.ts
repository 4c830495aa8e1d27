// Fails when `pnpm generate` would change a checked-in generated file (or add one git does not track); the result is
// also written as a test-results file (check-generated.json) that scripts/test-summary.ts adds up.
import { execFileSync } from "node:child_process"
import { writeTestResult } from "./test-result.ts"

execFileSync("turbo", ["run", "generate", "--output-logs=errors-only", "--force"], { stdio: "inherit" })
const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ":(glob)**/src/generated/**"], {
  encoding: "utf8",
}).trim()
if (changed) {
  writeTestResult("check-generated", 0, ["generated files are out of date"])
  console.error(`generated files are out of date; run \`pnpm generate\` and commit:\n${changed}`)
  process.exit(1)
}
writeTestResult("check-generated", 1, [])
console.log("generated files are up to date")

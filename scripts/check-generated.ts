// Fails when `pnpm generate` would change a checked-in generated file (or add one git does not track).
import { execFileSync } from "node:child_process"

execFileSync("turbo", ["run", "generate", "--output-logs=errors-only", "--force"], { stdio: "inherit" })
const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ":(glob)**/src/generated/**"], {
  encoding: "utf8",
}).trim()
if (changed) {
  console.error(`generated files are out of date; run \`pnpm generate\` and commit:\n${changed}`)
  process.exit(1)
}
console.log("generated files are up to date")

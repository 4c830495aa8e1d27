// The suite under a CPU hog: runs `npm test` (scripts/dev.sh test) ROUNDS times in a row while HOGS busy processes
// spin beside it, and prints each round's summary line. The check behind "tests never depend on how fast the machine
// is": on a 2-core machine, two hogs leave the suite a fraction of the CPU it normally has. Turbo's cache is
// bypassed, so each round really runs every test.
//   node scripts/under-load.ts [rounds=3] [hogs=2] [-- extra args for dev.sh test, e.g. --filter=@beeper-kit/effect]
import { spawn, spawnSync } from "node:child_process"

const args = process.argv.slice(2)
const dashdash = args.indexOf("--")
const [rounds = 3, hogs = 2] = (dashdash < 0 ? args : args.slice(0, dashdash)).map(Number)
const extra = dashdash < 0 ? [] : args.slice(dashdash + 1)
const root = new URL("..", import.meta.url).pathname

const hogProcesses = Array.from({ length: hogs }, () =>
  spawn(process.execPath, ["-e", "for (;;) Math.sqrt(Math.random())"], { stdio: "ignore" }))
const stopHogs = () => hogProcesses.forEach((hog) => hog.kill("SIGKILL"))
process.on("exit", stopHogs)
process.on("SIGINT", () => process.exit(130))

const results: Array<string> = []
let anyFailed = false
for (let round = 1; round <= rounds; round++) {
  const started = Date.now()
  // TURBO_FORCE: every round runs every test again (a cached task only replays the previous round's output)
  const run = spawnSync("sh", ["scripts/dev.sh", "test", ...extra], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, TURBO_FORCE: "true" },
  })
  const output = `${run.stdout}\n${run.stderr}`
  process.stdout.write(run.stdout)
  const summary = run.stdout.trim().split("\n").at(-1) ?? "(no output)"
  const failed = run.status !== 0 || !/^\d+ passed, 0 failed$/.test(summary)
  anyFailed ||= failed
  const failures = output.split("\n").filter((line) => /^\s*(FAIL|×)\s/.test(line)).slice(0, 20)
  results.push(`round ${round}: ${summary} (exit ${run.status}, ${Math.round((Date.now() - started) / 1000)} s)${failures.length ? "\n  " + failures.join("\n  ") : ""}`)
}
stopHogs()
console.log(`\nunder load (${hogs} busy processes beside the suite):\n${results.join("\n")}`)
process.exit(anyFailed ? 1 : 0)

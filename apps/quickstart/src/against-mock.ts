/**
 * `npm run quickstart`: runs the root README's first program (`src/first.ts`, unchanged) against a mock Beeper
 * Desktop started in this process — the way to try it without Beeper Desktop. The program runs as the README says,
 * `node first.ts`, configured only by `BEEPER_ACCESS_TOKEN` and `BEEPER_DESKTOP_URL`; its output and exit code are
 * this command's. Needs the packages built (`npm run demo` builds them).
 *
 * @module
 */
import { startMockServer } from "@beeper-kit/mock-server"
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const program = fileURLToPath(new URL("./first.ts", import.meta.url))
const mock = await startMockServer({ port: 0, seed: 1 })
console.error(`quickstart: a mock Beeper Desktop listens on ${mock.url}; running \`node first.ts\` against it:`)
const child = spawn(process.execPath, [program], {
  stdio: "inherit",
  env: { ...process.env, BEEPER_ACCESS_TOKEN: mock.token, BEEPER_DESKTOP_URL: mock.url },
})
const code = await new Promise<number>((resolve) => child.on("exit", (status, signal) => resolve(status ?? (signal === null ? 1 : 128))))
await mock.close()
process.exitCode = code

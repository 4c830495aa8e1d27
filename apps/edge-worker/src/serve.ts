/**
 * `pnpm start`: runs the Worker locally in workerd (through miniflare) on http://127.0.0.1:8787, with the bindings
 * from the environment: every BEEPER_* variable (BEEPER_ACCESS_TOKEN, BEEPER_DESKTOP_URL — default
 * http://localhost:23373 —, BEEPER_ALLOW_INSECURE_TOKEN, ...), WORKER_TOKEN (default: a random one, printed). PORT
 * changes the port. Ctrl-C stops it.
 *
 * @module
 */
import { BeeperConfig } from "@beeper-kit/effect"
import { Miniflare } from "miniflare"
import { randomBytes } from "node:crypto"
import { bundleWorker, compatibilityDate } from "./bundle.ts"

const workerToken = process.env["WORKER_TOKEN"] ?? randomBytes(16).toString("base64url")
const beeperVariables = Object.entries(process.env).filter(
  (entry): entry is [string, string] => entry[0].startsWith("BEEPER_") && entry[1] !== undefined,
)
const bindings: Record<string, string> = {
  BEEPER_DESKTOP_URL: process.env["BEEPER_BASE_URL"] ?? BeeperConfig.defaultBaseUrl,
  ...Object.fromEntries(beeperVariables),
  WORKER_TOKEN: workerToken,
}
const miniflare = new Miniflare({
  modules: true,
  script: await bundleWorker(),
  compatibilityDate,
  bindings,
  host: "127.0.0.1",
  port: Number(process.env["PORT"] ?? 8787),
})
const url = await miniflare.ready
console.log(`edge-worker: listening on ${url.origin} (workerd)`)
console.log(`  curl -H "Authorization: Bearer ${process.env["WORKER_TOKEN"] === undefined ? workerToken : "$WORKER_TOKEN"}" ${url.origin}/unread`)
const stop = () => void miniflare.dispose().then(() => process.exit(0))
process.on("SIGINT", stop)
process.on("SIGTERM", stop)

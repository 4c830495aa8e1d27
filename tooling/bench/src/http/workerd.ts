// One HTTP variant on workerd, driven from Node (its own process, like every other variant) over the same protocol
// as http/worker.ts (driven.ts): takes the bundle of workerd-worker.ts at the path given (workerd-bundle.ts; made
// if missing), starts it in workerd through miniflare and sends the Worker its one request. The
// Worker builds and warms up its client, then long-polls this driver for commands: each command the parent writes
// on stdin is handed to the Worker's waiting `GET /next`, and the Worker's `POST /answer` is the reply. This process
// also serves the Worker's CPU clock (`GET /cpu`): the workerd process's user + system time from /proc.
//   node http/workerd.ts <variant> <baseUrl> <warmupCalls> <bundleFile>
import { Miniflare } from "miniflare"
import { createServer, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { type DrivenCommand, serveCommands } from "../driven.ts"
import { loadPayloads } from "../payloads.ts"
import type { Variant } from "./clients.ts"
import { workerdBundle } from "./workerd-bundle.ts"
import { cpuOf, findWorkerd } from "./workerd-cpu.ts"
import type { WorkerdAnswer, WorkerdConfig } from "./workerd-worker.ts"

const [variant, baseUrl, warmupCalls, bundleFile] = process.argv.slice(2)

const script = await workerdBundle(bundleFile!)

let workerd = 0
/** The Worker's waiting `GET /next`, or the command it has not fetched yet. */
let waiting: ServerResponse | undefined
let queued: DrivenCommand | undefined
/** Resolves the command the Worker is running with its answer. */
let answered: ((answer: WorkerdAnswer) => void) | undefined
let ready: () => void = () => {}
const firstPoll = new Promise<void>((resolve) => (ready = resolve))

const hand = (command: DrivenCommand) => {
  if (waiting === undefined) queued = command
  else {
    waiting.end(JSON.stringify(command))
    waiting = undefined
  }
}

const driver = createServer((req, res) => {
  if (req.url === "/cpu") return res.end(String(cpuOf(workerd)))
  if (req.url === "/next") {
    ready()
    if (queued === undefined) waiting = res
    else {
      res.end(JSON.stringify(queued))
      queued = undefined
    }
    return
  }
  let body = ""
  req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => {
    res.end()
    answered?.(JSON.parse(body) as WorkerdAnswer)
    answered = undefined
  })
})
await new Promise<void>((resolve) => driver.listen(0, "127.0.0.1", resolve))
const config: WorkerdConfig = {
  variant: variant as Variant,
  baseUrl: baseUrl!,
  chatID: loadPayloads().chatID,
  warmupCalls: Number(warmupCalls),
  driverUrl: `http://127.0.0.1:${(driver.address() as AddressInfo).port}`,
}
const miniflare = new Miniflare({ modules: true, script, compatibilityDate: "2025-09-01", bindings: { BENCH_CONFIG: JSON.stringify(config) } })
await miniflare.ready
workerd = findWorkerd()
// the Worker's one request: it ends when the Worker is told to exit, or when it fails
const worker = miniflare.dispatchFetch("http://localhost/").then(async (response) => {
  const body = await response.text()
  if (!response.ok) {
    process.stderr.write(`the Worker failed (${response.status}): ${body}\n`)
    process.exit(1)
  }
})
await Promise.race([firstPoll, worker])
serveCommands(
  (command) =>
    new Promise((resolve, reject) => {
      answered = (answer) => ("error" in answer ? reject(new Error(answer.error)) : resolve(answer.ok))
      hand(command)
    }),
  async () => {
    hand({ type: "exit" })
    await worker
    await miniflare.dispose()
    driver.close()
  },
)

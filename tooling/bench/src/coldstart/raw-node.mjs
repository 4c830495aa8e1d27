// Cold start on Node, raw `node:http`: the first GET /v1/chats with `node:http` + `JSON.parse` (no import; a
// keep-alive agent as @beeper-kit/node's). Beside raw `fetch` (raw.mjs) it shows what Node's fetch stack (undici,
// loaded on the first `fetch`) costs a first request: the deep-imported floor runs over fetch and pays it,
// `@beeper-kit/node` runs over `node:http` and does not.
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const [baseUrl] = process.argv.slice(2)
const http = process.getBuiltinModule("node:http")
const imported = performance.now()
const agent = new http.Agent({ keepAlive: true, scheduling: "lifo", timeout: 4_000 })
const text = await new Promise((resolve, reject) => {
  http.get(`${baseUrl}/v1/chats?limit=25`, { agent, headers: { accept: "application/json", authorization: "Bearer bench-token" } }, (incoming) => {
    const chunks = []
    incoming.on("data", (chunk) => chunks.push(chunk))
    incoming.on("error", reject)
    incoming.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
  }).on("error", reject)
})
const page = JSON.parse(text)
const done = performance.now()
const cpu = process.cpuUsage(cpu0)
if (page.items.length !== 25) throw new Error("expected 25 chats")
console.log(JSON.stringify({ importMs: imported - t0, requestMs: done - imported, totalMs: done - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: done }))
// the keep-alive agent's idle connection keeps the process alive
process.exit(0)

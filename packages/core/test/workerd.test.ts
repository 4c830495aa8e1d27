// The fetch client in workerd (Cloudflare Workers, through miniflare), where a Worker may have at most 10,000 timers
// active at once: more requests than that in one invocation must all succeed, so a request's timeout timer ends with
// its response (a timer that ran its whole course per request failed every request past the 10,000th).
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"
import { bundleForRuntime } from "@beeper-kit/testkit/bundle"
import { Miniflare } from "miniflare"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

let server: Server
let url = ""
let served = 0
beforeAll(async () => {
  server = createServer((request, response) => {
    served++
    // `/v1/chats/empty/archive` (an operation that answers without a body): an empty body (`Content-Length: 0`,
    // which the client does not even read); otherwise every other answer without a Content-Length (chunked: the
    // client counts that body as it arrives)
    if (request.url?.includes("/empty/")) {
      response.writeHead(200, { "content-type": "application/json", "content-length": "0" })
      response.end()
      return
    }
    if (served % 2 === 0) {
      response.writeHead(200, { "content-type": "application/json" })
      response.write(`{"items":[],`)
      response.end(`"hasMore":false}`)
      return
    }
    response.writeHead(200, { "content-type": "application/json" })
    response.end(`{"items":[],"hasMore":false}`)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const worker = `
import { createBeeperClient } from "../src/index.ts"
export default {
  async fetch(_request, env) {
    const beeper = createBeeperClient({ baseUrl: env.URL, accessToken: "t" })
    let ok = 0
    const failures = []
    const one = async () => {
      const { error } = env.MODE === "empty"
        ? await beeper.chats.archive({ path: { chatID: "empty" }, body: { archived: true } })
        : await beeper.chats.search({ query: { query: env.MODE } })
      if (error === undefined) ok++
      else if (failures.length < 3) failures.push(String(error))
    }
    for (let i = 0; i < Number(env.CALLS); i += 50) await Promise.all(Array.from({ length: 50 }, one))
    return Response.json({ ok, failures })
  },
}
`

describe("@beeper-kit/core in workerd", () => {
  it.each(["bodies", "empty"])("10,050 requests in one invocation all succeed (each request's timer ends with it): %s", async (mode) => {
    const before = served
    const script = await bundleForRuntime({
      runtime: "workerd",
      entry: { source: worker, resolveDir: fileURLToPath(new URL(".", import.meta.url)) },
      target: "es2023",
    })
    const miniflare = new Miniflare({
      modules: true,
      script,
      compatibilityDate: "2025-09-01",
      bindings: { URL: url, CALLS: "10050", MODE: mode },
    })
    try {
      const response = await miniflare.dispatchFetch("http://localhost/")
      const result = await response.json() as { ok: number; failures: Array<string> }
      expect(result).toEqual({ ok: 10_050, failures: [] })
      expect(served - before).toBe(10_050)
    } finally {
      await miniflare.dispose()
    }
  }, 240_000)
})

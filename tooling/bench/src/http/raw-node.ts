// Raw `node:http` + `JSON.parse`: the same-transport baseline of `@beeper-kit/node` on Node (the HTTP section's
// `raw-node` client, the pagination section's `raw-node` loop). A keep-alive `Agent` with the options of
// packages/node/src/NodeHttpClient.ts, the request and headers `BeeperNode.layer` sends (`accept`, `authorization`,
// and for a body `content-type` + `content-length`), the body's chunks joined with `Buffer.concat` and parsed once.
// Node only: `node:http` is taken when a client is made (`process.getBuiltinModule`), so the runtime-neutral
// clients.ts can name it without Deno, Bun or the workerd bundle ever loading it.
import type * as Http from "node:http"

/** `@beeper-kit/node`'s agent options (NodeHttpClient.ts): keep-alive, LIFO sockets, idle ones closed after 4 s. */
export const nodeAgentOptions = { keepAlive: true, scheduling: "lifo", timeout: 4_000 } as const

/** A keep-alive agent as `@beeper-kit/node`'s. */
export const nodeAgent = (): Http.Agent => new (process.getBuiltinModule("node:http").Agent)(nodeAgentOptions)

/** One request over `agent`: the response's body as parsed JSON; a non-2xx status fails with `HTTP <status>`. */
export const rawNodeJson = (
  agent: Http.Agent,
  url: URL,
  headers: Record<string, string>,
  method = "GET",
  body?: string,
): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const outgoing = process.getBuiltinModule("node:http").request({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method,
      headers: body === undefined
        ? headers
        : { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
      agent,
    }, (incoming) => {
      const chunks: Array<Buffer> = []
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk))
      incoming.on("error", reject)
      incoming.on("end", () => {
        const status = incoming.statusCode ?? 0
        if (status < 200 || status > 299) return reject(new Error(`HTTP ${status}`))
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")))
        } catch (error) {
          reject(error)
        }
      })
    })
    outgoing.on("error", reject)
    outgoing.end(body)
  })

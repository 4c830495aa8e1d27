// A stand-in for the discovery part of Beeper Desktop: GET /v1/info advertising `endpoints.spec`, and that
// document, on a real HTTP server bound to 127.0.0.1 on a free port.
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"

/** What the fake serves, and what it saw. */
export interface FakeDesktop {
  readonly url: string
  readonly requests: Array<{ readonly path: string; readonly headers: IncomingHttpHeaders }>
  readonly close: () => Promise<void>
}

/** Starts the fake. `specPath: undefined` makes /v1/info advertise no document. */
export const startFakeDesktop = async (options: { readonly spec: string; readonly specPath?: string | undefined; readonly appVersion?: string }): Promise<FakeDesktop> => {
  const requests: FakeDesktop["requests"] = []
  const specPath = "specPath" in options ? options.specPath : "/v1/spec"
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? "", headers: request.headers })
    if (request.url === "/v1/info") {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(JSON.stringify({
        app: { bundle_id: "com.automattic.beeper.desktop", name: "Beeper", version: options.appVersion ?? "4.3.0" },
        endpoints: { mcp: "/v0/mcp", ws_events: "/v1/ws", ...(specPath === undefined ? {} : { spec: specPath }) },
      }))
    } else if (specPath !== undefined && request.url === specPath) {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(options.spec)
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** A port nothing listens on (bound, then released). */
export const closedPort = async (): Promise<number> => {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

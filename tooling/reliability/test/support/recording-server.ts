// A real HTTP server on 127.0.0.1 (port 0) that records every request and WebSocket upgrade that reaches it, and
// answers with whatever the current test sets — so a test can prove that nothing was sent, or exactly what was.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/** How the server answers a request. */
export type Reply = (request: IncomingMessage, response: ServerResponse) => void

/** A running recording server. */
export interface RecordingServer {
  readonly baseUrl: string
  /** `METHOD /path?query` of every request received since the last reset. */
  readonly requests: Array<string>
  /** Paths of every WebSocket upgrade attempted since the last reset. */
  readonly upgrades: Array<string>
  /** Clears the records and sets the reply (default: 404 with the Error body). */
  readonly reset: (reply?: Reply) => void
  readonly close: () => Promise<void>
}

const notFound: Reply = (_request, response) => {
  response.writeHead(404, { "content-type": "application/json" })
  response.end(JSON.stringify({ code: "NOT_FOUND", message: "Not found" }))
}

/** Starts the server. */
export const startRecordingServer = async (): Promise<RecordingServer> => {
  const requests: Array<string> = []
  const upgrades: Array<string> = []
  let reply: Reply = notFound
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`)
    request.resume()
    request.on("end", () => reply(request, response))
  })
  server.on("upgrade", (request, socket) => {
    upgrades.push(request.url ?? "")
    socket.end("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    upgrades,
    reset: (next = notFound) => {
      requests.length = 0
      upgrades.length = 0
      reply = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/**
 * A raw TCP server on 127.0.0.1 (a free port) for answers no HTTP server library would write — a `101 Switching
 * Protocols` nobody asked for, a malformed status line: `answer` gets each connection once its first request's head
 * (and its `Content-Length` body) has arrived, and writes whatever bytes the test needs. `close` destroys every
 * connection still open and stops the server.
 */
import { once } from "node:events"
import { createServer, type Socket } from "node:net"

/** A started raw server: its `http://127.0.0.1:<port>` URL, and how to stop it. */
export interface RawServer {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Starts a {@link RawServer} that calls `answer` once per connection, when its first request has arrived whole. */
export const startRawServer = async (answer: (socket: Socket) => void): Promise<RawServer> => {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => {})
    let received = ""
    let answered = false
    socket.on("data", (chunk: Buffer) => {
      if (answered) return
      received += chunk.toString("latin1")
      const end = received.indexOf("\r\n\r\n")
      if (end < 0) return
      const length = Number(/content-length:\s*(\d+)/i.exec(received.slice(0, end))?.[1] ?? 0)
      if (received.length - end - 4 < length) return
      answered = true
      answer(socket)
    })
  })
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

// A hostile (or merely broken) Beeper Desktop on 127.0.0.1 (a free port): `GET /v1/accounts` answers `[]`, and the
// `/v1/ws` WebSocket (the `ws` package's server) does what each test scripts — `ready` and acknowledgements by
// default, then floods, echoes of the token, closes. The server respects its own send buffer (`push`), so a
// client that stops reading stops the server too, and the test process stays bounded.
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { type WebSocket, WebSocketServer } from "ws"

/** One accepted WebSocket connection. */
export interface HostileConnection {
  /** 1, 2, ... in the order of the upgrades. */
  readonly index: number
  readonly ws: WebSocket
  /** `subscriptions.set` frames received, parsed. */
  readonly subscriptions: Array<{ readonly requestID: string; readonly chatIDs: ReadonlyArray<string> }>
  /** Sends a frame (JSON unless a string). */
  readonly send: (frame: unknown) => void
  /** Acknowledges a `subscriptions.set`. */
  readonly ack: (request: { readonly requestID: string; readonly chatIDs: ReadonlyArray<string> }) => void
  /** The close the client sent or the socket saw: resolves with its code and reason. */
  readonly closed: Promise<{ readonly code: number; readonly reason: string }>
}

/** What the server does; each hook is optional. */
export interface HostileScript {
  /** After the upgrade (default: send `ready`). */
  readonly onConnection?: (connection: HostileConnection) => void
  /** On each `subscriptions.set` (default: acknowledge it). */
  readonly onSubscribe?: (
    connection: HostileConnection,
    request: { readonly requestID: string; readonly chatIDs: ReadonlyArray<string> },
  ) => void
}

/** A running server. */
export interface HostileDesktop {
  readonly baseUrl: string
  readonly token: string
  readonly connections: Array<HostileConnection>
  readonly close: () => Promise<void>
}

/** The test's token (what a hostile server echoes). */
export const hostileToken = "tok-SECRET-9f3a1c77e2"

/** Starts the server. */
export const startHostileDesktop = (script: HostileScript = {}): Promise<HostileDesktop> => {
  const connections: Array<HostileConnection> = []
  const server: Server = createServer((req, res) => {
    res.writeHead(req.url === "/v1/accounts" ? 200 : 404, { "content-type": "application/json" })
    res.end(req.url === "/v1/accounts" ? "[]" : JSON.stringify({ code: "NOT_FOUND", message: "Not found" }))
  })
  const wss = new WebSocketServer({ noServer: true })
  server.on("upgrade", (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => {
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        ws.on("close", (code, reason) => resolve({ code, reason: String(reason) }))
      )
      const connection: HostileConnection = {
        index: connections.length + 1,
        ws,
        subscriptions: [],
        send: (frame) => {
          if (ws.readyState === ws.OPEN) ws.send(typeof frame === "string" ? frame : JSON.stringify(frame))
        },
        ack: ({ requestID, chatIDs }) => connection.send({ type: "subscriptions.updated", requestID, chatIDs }),
        closed,
      }
      connections.push(connection)
      ws.on("message", (data) => {
        const frame = JSON.parse(String(data)) as { type?: string; requestID: string; chatIDs: Array<string> }
        if (frame.type !== "subscriptions.set") return
        const request = { requestID: frame.requestID, chatIDs: frame.chatIDs }
        connection.subscriptions.push(request)
        if (script.onSubscribe === undefined) connection.ack(request)
        else script.onSubscribe(connection, request)
      })
      if (script.onConnection === undefined) connection.send({ type: "ready", version: 1, chatIDs: [] })
      else script.onConnection(connection)
    })
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        token: hostileToken,
        connections,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate()
            wss.close()
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

/**
 * Sends `count` frames made by `frameAt(i)` (i from 1) as fast as the client reads them: it waits whenever more than
 * `maxBuffered` bytes are queued on its side (so a client that stops reading stops the push). Resolves with the
 * number sent, once all are or once the connection closed.
 */
export const push = (
  connection: HostileConnection,
  count: number,
  frameAt: (i: number) => string,
  options: { readonly maxBuffered?: number } = {},
): Promise<number> =>
  new Promise((resolve) => {
    const maxBuffered = options.maxBuffered ?? 1024 * 1024
    const ws = connection.ws
    let i = 0
    const step = () => {
      while (i < count && ws.readyState === ws.OPEN && ws.bufferedAmount < maxBuffered) ws.send(frameAt(++i))
      if (i >= count || ws.readyState !== ws.OPEN) return resolve(i)
      setImmediate(step)
    }
    step()
  })

/** A domain event frame of `bytes` bytes or so, `message.deleted` in `chatID` (no entries to hydrate). */
export const eventFrame = (seq: number, chatID: string, bytes = 0): string =>
  JSON.stringify({
    type: "message.deleted",
    seq,
    ts: 1_739_320_000_000 + seq,
    chatID,
    ids: [bytes > 0 ? `m${seq}-${"x".repeat(bytes)}` : `m${seq}`],
  })

// The minimal local Beeper Desktop stand-in the benchmarks run against (its own process): a bare node:http server
// that writes pre-serialised fixture bytes, and a `ws` server that pushes `message.upserted` frames. It does no
// work per request beyond routing and writing a buffer, so client costs dominate what is measured.
//
//   GET  [/<prefix>]/v1/chats                      → the 25-chat page
//   GET  [/<prefix>]/v1/accounts                   → the fixture accounts
//   POST [/<prefix>]/v1/chats/{chatID}/messages    → the send answer (after reading the body)
//   GET  [/<prefix>]/v1/chats/{chatID}/messages    → page N of BENCH_MESSAGES (100,000) messages; cursor "pN"
//   GET  /invalid/v1/chats                         → a body that breaks the schema (probe for "no validation")
//   WS   /burst/<n>/v1/ws                          → n frames as fast as the socket takes them
//   WS   /paced/<n>/<perSecond>/v1/ws              → n frames at a fixed rate, `ts` = send time in µs (hrtime)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { WebSocketServer, type WebSocket } from "ws"
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import { benchToken } from "./token.ts"


const payloads = loadPayloads()
const totalMessages = Number(process.env["BENCH_MESSAGES"] ?? 100_000)
const pages = Math.ceil(totalMessages / payloads.messagesPerPage)
const json = { "content-type": "application/json" }
const chatsPage = Buffer.from(payloads.chatsPage)
const sendResponse = Buffer.from(payloads.sendResponse)
const accounts = Buffer.from(payloads.accounts)
const invalid = Buffer.from(JSON.stringify({ items: "not a list", hasMore: "no" }))
const messagesHead = Buffer.from(`{"items":${payloads.messagesItems},"hasMore":`)
const unauthorized = Buffer.from(JSON.stringify({ code: "UNAUTHORIZED", message: "Access token is invalid" }))
const authorization = `Bearer ${benchToken}`

const send = (res: ServerResponse, status: number, body: Buffer): void => {
  res.writeHead(status, { ...json, "content-length": body.length })
  res.end(body)
}

const messagesPage = (url: URL): Buffer => {
  const cursor = url.searchParams.get("cursor")
  const index = cursor === null ? 0 : Number(cursor.slice(1))
  const more = index + 1 < pages
  const tail = `${more},"oldestCursor":"p${index + 1}","newestCursor":"p${index}"}`
  return Buffer.concat([messagesHead, Buffer.from(tail)])
}

const handle = (req: IncomingMessage, res: ServerResponse): void => {
  if (req.headers.authorization !== authorization) return send(res, 401, unauthorized)
  const url = new URL(req.url ?? "/", "http://bench")
  const path = url.pathname.replace(/^\/(?:invalid|p)(?=\/v1\/)/, "")
  if (url.pathname.startsWith("/invalid/")) return send(res, 200, invalid)
  if (req.method === "GET" && path === "/v1/chats") return send(res, 200, chatsPage)
  if (req.method === "GET" && path === "/v1/accounts") return send(res, 200, accounts)
  if (/^\/v1\/chats\/[^/]+\/messages$/.test(path)) {
    if (req.method === "GET") return send(res, 200, messagesPage(url))
    if (req.method === "POST") {
      req.on("data", () => {})
      req.on("end", () => send(res, 200, sendResponse))
      return
    }
  }
  send(res, 404, Buffer.from(JSON.stringify({ code: "NOT_FOUND", message: `${req.method} ${url.pathname}` })))
}

const server = createServer({ keepAliveTimeout: 60_000 }, handle)
server.maxRequestsPerSocket = 0

// ---------------------------------------------------------------------------------------------- live events

const frameHead = `{"type":"message.upserted","seq":`
const frameMiddle = `,"chatID":${JSON.stringify(JSON.parse(payloads.eventMessage).chatID)},"ids":[${
  JSON.stringify(JSON.parse(payloads.eventMessage).id)
}],"entries":[${payloads.eventMessage}]}`
const frame = (seq: number, ts: number): string => `${frameHead}${seq},"ts":${ts}${frameMiddle}`
const micros = (): number => Number(process.hrtime.bigint() / 1000n)

/** Pushes `n` frames as fast as the socket drains (keeps ≤ 4 MiB queued). */
const burst = (ws: WebSocket, n: number): void => {
  let seq = 0
  const pump = (): void => {
    while (seq < n && ws.readyState === ws.OPEN) {
      if (ws.bufferedAmount > 4 * 1024 * 1024) return void setTimeout(pump, 1)
      seq++
      ws.send(frame(seq, Date.now()))
    }
  }
  pump()
}

/** Pushes `n` frames at `perSecond`, each stamped with its send time in µs (the same monotonic clock as the client). */
const paced = (ws: WebSocket, n: number, perSecond: number): void => {
  let seq = 0
  const start = performance.now()
  const pump = (): void => {
    const due = Math.min(n, Math.floor(((performance.now() - start) / 1000) * perSecond) + 1)
    while (seq < due && ws.readyState === ws.OPEN) {
      seq++
      ws.send(frame(seq, micros()))
    }
    if (seq < n && ws.readyState === ws.OPEN) setImmediate(pump)
  }
  pump()
}

const wss = new WebSocketServer({ noServer: true })
server.on("upgrade", (req, socket, head) => {
  upgradeSocket(socket)
  if (req.headers.authorization !== authorization) {
    socket.end("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    return
  }
  const parts = new URL(req.url ?? "/", "http://bench").pathname.split("/").filter(Boolean)
  const [mode, n, rate] = parts
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.send(JSON.stringify({ type: "ready", version: 1, chatIDs: [] }))
    let started = false
    ws.on("message", (data) => {
      const command = JSON.parse(String(data)) as { requestID?: string; chatIDs: Array<string> }
      ws.send(JSON.stringify({ type: "subscriptions.updated", requestID: command.requestID, chatIDs: command.chatIDs }))
      if (started) return
      started = true
      if (mode === "burst") burst(ws, Number(n))
      else paced(ws, Number(n), Number(rate))
    })
  })
})

server.listen(0, "127.0.0.1", () => {
  report({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pid: process.pid })
})
process.on("SIGTERM", () => process.exit(0))

/**
 * A real HTTP server on 127.0.0.1 (a free port) that records every request and WebSocket upgrade reaching it and
 * answers as the test scripts it: a status with a body (JSON unless it is a string), a reset socket, or never. For
 * checking exactly what a client sent — or that it sent nothing — and socket-level behaviour.
 */
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { beforeEach } from "vitest"
import { startedForTests } from "./for-tests.ts"
import { upgradeSocket } from "./upgrade.ts"

/** One request as the server received it. */
export interface RecordedRequest {
  readonly method: string
  /** The raw request-target: path and query, still encoded (as Node's `IncomingMessage.url`). */
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
  /** Resolves when the client closed the connection before a response was sent. */
  readonly aborted: Promise<void>
}

/**
 * How to answer: a status (default 200) + body (a string as text, bytes as bytes, anything else as JSON, none when
 * absent); `partial`: a 200 JSON
 * response promising more than the text it sends before the connection is cut; a socket reset; or never.
 */
export type Answer =
  | {
    readonly status?: number
    readonly body?: unknown
    readonly contentType?: string
    readonly headers?: Record<string, string>
  }
  | { readonly partial: string }
  | "reset"
  | "hang"

/** Picks the answer for a request (`index`: its position since the last reset). */
export type Respond = (request: RecordedRequest, index: number) => Answer

/** A running recording server. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly requests: ReadonlyArray<RecordedRequest>
  /** Paths of every WebSocket upgrade attempted (each refused with 404). */
  readonly upgrades: ReadonlyArray<string>
  /** The last request received; throws if there was none. */
  readonly last: () => RecordedRequest
  /** Resolves once the server has received `count` requests. */
  readonly received: (count: number) => Promise<void>
  /** Answers every following request with `answer`, or with what it returns. */
  readonly respondWith: (answer: Answer | Respond) => void
  /** Clears the records, and answers with `answer` (default: 200 `{}`). */
  readonly reset: (answer?: Answer | Respond) => void
  readonly close: () => Promise<void>
}

const ok: Answer = { body: {} }

const respondOf = (answer: Answer | Respond): Respond => typeof answer === "function" ? answer : () => answer

/** Starts a {@link RecordingServer}; `answer` is its first script (default: 200 `{}`). */
export const startRecordingServer = async (answer: Answer | Respond = ok): Promise<RecordingServer> => {
  const requests: Array<RecordedRequest> = []
  const upgrades: Array<string> = []
  const waiters: Array<{ readonly count: number; readonly resolve: () => void }> = []
  let respond = respondOf(answer)
  const server = createServer((request, response) => {
    const chunks: Array<Buffer> = []
    let abortedResolve!: () => void
    const aborted = new Promise<void>((resolve) => (abortedResolve = resolve))
    response.on("close", () => {
      if (!response.writableFinished) abortedResolve()
    })
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        aborted,
      }
      requests.push(recorded)
      for (const waiter of [...waiters]) if (requests.length >= waiter.count) waiter.resolve()
      const reply = respond(recorded, requests.length - 1)
      if (reply === "hang") return
      if (reply === "reset") return void request.socket.destroy()
      if ("partial" in reply) {
        const length = Buffer.byteLength(reply.partial) + 4096
        response.writeHead(200, { "content-type": "application/json", "content-length": String(length) })
        return void response.write(reply.partial, () => response.socket?.destroy())
      }
      const status = reply.status ?? 200
      if (reply.body === undefined) return void response.writeHead(status, reply.headers).end()
      const raw = typeof reply.body === "string" || reply.body instanceof Uint8Array
      const type = typeof reply.body === "string" ? "text/plain" : raw ? "application/octet-stream" : "application/json"
      response.writeHead(status, { "content-type": reply.contentType ?? type, ...reply.headers })
      response.end(raw ? reply.body : JSON.stringify(reply.body))
    })
  })
  server.on("upgrade", (request, socket) => {
    upgrades.push(request.url ?? "")
    upgradeSocket(socket).end("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    upgrades,
    last: () => {
      const request = requests.at(-1)
      if (request === undefined) throw new Error("the server received no request")
      return request
    },
    received: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    respondWith: (next) => {
      respond = respondOf(next)
    },
    reset: (next = ok) => {
      requests.length = 0
      upgrades.length = 0
      respond = respondOf(next)
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/**
 * A {@link RecordingServer} for this test file (call it at the file's top level): started before its first test, reset
 * to `answer` before each, closed after its last. The object it returns reads through to that server.
 */
export const recordingServerForFile = (answer: Answer | Respond = ok): RecordingServer => {
  const current = startedForTests(() => startRecordingServer(answer), "the recording server")
  beforeEach(() => current().reset(answer))
  return {
    get url() {
      return current().url
    },
    get requests() {
      return current().requests
    },
    get upgrades() {
      return current().upgrades
    },
    last: () => current().last(),
    received: (count) => current().received(count),
    respondWith: (next) => current().respondWith(next),
    reset: (next) => current().reset(next),
    close: () => current().close(),
  }
}

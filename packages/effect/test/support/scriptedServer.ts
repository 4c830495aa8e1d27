// A real HTTP server on 127.0.0.1 (port 0) whose answers a test scripts request by request: for socket-level
// behaviour (connection reset, a server that never answers, aborted requests) that needs a real socket.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { Effect } from "effect"

/** One request as the server received it. */
export interface ReceivedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
  /** Resolves when the client closed the connection before a response was sent. */
  readonly aborted: Promise<void>
}

/** How to answer: a status + JSON body (+ headers), a socket reset, or never. */
export type Answer =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | "reset"
  | "hang"

export interface ScriptedServer {
  readonly url: string
  readonly requests: Array<ReceivedRequest>
  /** Resolves once the server has received `count` requests. */
  readonly received: (count: number) => Promise<void>
}

/** Starts a scripted server for the test's scope; `answer` is called for every request. */
export const scriptedServer = (
  answer: (request: ReceivedRequest, index: number) => Answer,
): Effect.Effect<ScriptedServer, never, import("effect").Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => {
      const requests: Array<ReceivedRequest> = []
      const waiters: Array<{ count: number; resolve: () => void }> = []
      const server = createServer((req: IncomingMessage, res: ServerResponse) => {
        const chunks: Array<Buffer> = []
        let abortedResolve!: () => void
        const aborted = new Promise<void>((resolve) => (abortedResolve = resolve))
        res.on("close", () => {
          if (!res.writableFinished) abortedResolve()
        })
        req.on("data", (chunk: Buffer) => chunks.push(chunk))
        req.on("end", () => {
          const request: ReceivedRequest = {
            method: req.method ?? "",
            url: req.url ?? "",
            headers: req.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            aborted,
          }
          requests.push(request)
          for (const waiter of waiters) if (requests.length >= waiter.count) waiter.resolve()
          const reply = answer(request, requests.length - 1)
          if (reply === "hang") return
          if (reply === "reset") {
            req.socket.destroy()
            return
          }
          const body = reply.body === undefined ? "" : JSON.stringify(reply.body)
          res.writeHead(reply.status, {
            ...(body === "" ? {} : { "content-type": "application/json" }),
            ...reply.headers,
          })
          res.end(body)
        })
      })
      return new Promise<{ server: typeof server; handle: ScriptedServer }>((resolve) => {
        server.listen(0, "127.0.0.1", () => {
          const { port } = server.address() as AddressInfo
          resolve({
            server,
            handle: {
              url: `http://127.0.0.1:${port}`,
              requests,
              received: (count) =>
                requests.length >= count
                  ? Promise.resolve()
                  : new Promise<void>((resolve) => waiters.push({ count, resolve })),
            },
          })
        })
      })
    }),
    ({ server }) =>
      Effect.promise(() => {
        server.closeAllConnections()
        return new Promise<void>((resolve) => server.close(() => resolve()))
      }),
  ).pipe(Effect.map(({ handle }) => handle))

/** A port on 127.0.0.1 where nothing listens (bound, then closed). */
export const closedPort: Effect.Effect<number> = Effect.promise(() =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
)

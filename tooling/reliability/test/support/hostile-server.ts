// A raw `node:http` server on 127.0.0.1 (a free port) that answers as a hostile or broken Desktop would, scripted per
// test: endless bodies, lying Content-Lengths, gzip bombs, redirects. It records every request and resolves
// `closed` when the client closed a connection before the server finished its response. `hostileServerForSuite` gives
// one to the tests of a `describe`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { startedForTests } from "@beeper-kit/testkit/for-tests"

/** One request as the server received it. */
export interface HostileRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage["headers"]
}

/** How the server answers a request. */
export type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** A running hostile server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly requests: ReadonlyArray<HostileRequest>
  /** Resolves when the client has closed a connection in the middle of a response since the last `reset`. */
  readonly closed: () => Promise<void>
  /** Clears the records and answers every following request with `handler`. */
  readonly reset: (handler: Handler) => void
  readonly close: () => Promise<void>
}

const deferred = (): { readonly promise: Promise<void>; readonly resolve: () => void } => {
  let resolve!: () => void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

/** Starts a {@link HostileServer} answering 404 until a handler is set. */
export const startHostileServer = async (): Promise<HostileServer> => {
  const requests: Array<HostileRequest> = []
  let handler: Handler = (_, response) => void response.writeHead(404).end()
  let closedEarly = deferred()
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers })
    const resolve = closedEarly.resolve
    response.on("close", () => {
      if (!response.writableFinished) resolve()
    })
    request.resume()
    request.on("end", () => handler(request, response))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closed: () => closedEarly.promise,
    reset: (next) => {
      requests.length = 0
      closedEarly = deferred()
      handler = next
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

/**
 * A {@link HostileServer} for the tests of the calling `describe`: started before them, closed after them. Use it
 * only inside those tests.
 */
export const hostileServerForSuite = (): HostileServer => {
  const current = startedForTests(startHostileServer, "the hostile server")
  return {
    get url() {
      return current().url
    },
    get requests() {
      return current().requests
    },
    closed: () => current().closed(),
    reset: (handler) => current().reset(handler),
    close: () => current().close(),
  }
}

/**
 * Writes `chunk` again and again, honouring backpressure, until the client goes away or `safetyBytes` were written
 * (then ends the response, so even a client that never stops reading cannot grow without bound). Resolves with the
 * bytes written.
 */
export const writeEndlessly = (response: ServerResponse, chunk: Buffer, safetyBytes: number): Promise<number> =>
  new Promise((resolve) => {
    let written = 0
    const pump = () => {
      while (!response.destroyed && written < safetyBytes) {
        written += chunk.byteLength
        if (!response.write(chunk)) return void response.once("drain", pump)
      }
      if (!response.destroyed) response.end()
      resolve(written)
    }
    response.once("close", () => resolve(written))
    pump()
  })

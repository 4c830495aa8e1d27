// A real HTTP server on 127.0.0.1 (free port) that records every request and answers with a canned response.
import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"

/** One request as the server received it. `target` is the raw request-target: path and query, still encoded. */
export interface RecordedRequest {
  readonly method: string
  readonly target: string
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

/** What the server answers. A non-string body is sent as JSON. */
export interface CannedResponse {
  readonly status?: number
  readonly body?: unknown
  readonly contentType?: string
}

/** A running recording server. */
export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string
  readonly requests: ReadonlyArray<RecordedRequest>
  /** The last request received; throws if there was none. */
  readonly last: () => RecordedRequest
  /** Answer every following request with `response`, or with what it returns for the request (default: 200 `{}`). */
  readonly respondWith: (response: CannedResponse | ((request: RecordedRequest) => CannedResponse)) => void
  readonly reset: () => void
  readonly close: () => Promise<void>
}

/** Starts a {@link RecordingServer}. */
export const startRecordingServer = async (): Promise<RecordingServer> => {
  const requests: Array<RecordedRequest> = []
  let respond: (request: RecordedRequest) => CannedResponse = () => ({})
  const server = createServer(async (request, reply) => {
    const chunks: Array<Buffer> = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const recorded: RecordedRequest = {
      method: request.method ?? "",
      target: request.url ?? "",
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    }
    requests.push(recorded)
    const response = respond(recorded)
    const status = response.status ?? 200
    if (status === 204) {
      reply.writeHead(204).end()
      return
    }
    const isText = typeof response.body === "string"
    reply
      .writeHead(status, { "content-type": response.contentType ?? (isText ? "text/plain" : "application/json") })
      .end(isText ? response.body : JSON.stringify(response.body ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    last: () => {
      const request = requests.at(-1)
      if (request === undefined) throw new Error("the server received no request")
      return request
    },
    respondWith: (next) => {
      respond = typeof next === "function" ? next : () => next
    },
    reset: () => {
      requests.length = 0
      respond = () => ({})
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

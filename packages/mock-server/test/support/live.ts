/** A WebSocket client for tests whose every frame is validated against spec/asyncapi.yaml. */
import WebSocket from "ws"
import type { MockServer } from "../../src/index.ts"
import { checkFrame } from "./contract.ts"

/** A connected client. */
export interface LiveClient {
  /** Every frame received (parsed; malformed frames as `{ malformed: text }`). */
  readonly frames: Array<any>
  /** Spec violations of received frames. */
  readonly violations: Array<string>
  readonly send: (command: unknown) => void
  /** The next frame (after the ones already taken) matching the predicate. */
  readonly next: (predicate?: (frame: any) => boolean) => Promise<any>
  /** Resolves when the server closes the connection. */
  readonly closed: Promise<{ code: number; reason: string }>
  readonly close: () => void
}

/** Connects to /v1/ws (token `null` = no Authorization header); rejects with the HTTP status on a refused upgrade. */
export const connectLive = (server: MockServer, token: string | null = server.token): Promise<LiveClient> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsURL, token === null ? {} : { headers: { authorization: `Bearer ${token}` } })
    const frames: Array<any> = []
    const violations: Array<string> = []
    const waiters: Array<{ predicate: (f: any) => boolean; resolve: (f: any) => void }> = []
    let taken = 0
    const deliver = () => {
      for (const waiter of [...waiters]) {
        const index = frames.findIndex((f, i) => i >= taken && waiter.predicate(f))
        if (index >= 0) {
          taken = index + 1
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(frames[index])
        }
      }
    }
    socket.on("message", (data) => {
      const text = data.toString()
      violations.push(...checkFrame(text))
      try {
        frames.push(JSON.parse(text))
      } catch {
        frames.push({ malformed: text })
      }
      deliver()
    })
    const closed = new Promise<{ code: number; reason: string }>((done) => socket.on("close", (code, reason) => done({ code, reason: reason.toString() })))
    socket.on("unexpected-response", (_request, response) => reject(Object.assign(new Error(`upgrade refused: ${response.statusCode}`), { status: response.statusCode })))
    socket.on("error", (error) => reject(error))
    socket.on("open", () =>
      resolve({
        frames,
        violations,
        send: (command) => socket.send(typeof command === "string" ? command : JSON.stringify(command)),
        next: (predicate = () => true) =>
          new Promise((done) => {
            waiters.push({ predicate, resolve: done })
            deliver()
          }),
        closed,
        close: () => socket.close(),
      }),
    )
  })

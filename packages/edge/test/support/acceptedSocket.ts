// Test support: a stand-in for the WebSocket workerd hands a Worker in `response.webSocket` after a fetch upgrade (Node's
// fetch cannot upgrade), and the 101 answer that carries it.
import type { WebSocketEvent } from "effect/socket/Socket"

/** Stands in for workerd's server-side-accepted WebSocket: records what the client does, lets the test push events. */
export class AcceptedSocket {
  accepted = false
  readonly sent: Array<unknown> = []
  closedWith: [number | undefined, string | undefined] | undefined
  readonly #listeners = new Map<string, Array<(event: WebSocketEvent) => void>>()
  accept() {
    this.accepted = true
  }
  addEventListener(type: string, listener: (event: WebSocketEvent) => void) {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener])
  }
  send(data: unknown) {
    this.sent.push(data)
  }
  close(code?: number, reason?: string) {
    this.closedWith = [code, reason]
  }
  dispatch(type: string, event: WebSocketEvent) {
    for (const listener of this.#listeners.get(type) ?? []) listener(event)
  }
}

/** A `101 Switching Protocols` answer as workerd gives it (a Node `Response` cannot have status 101). */
export const upgraded = (socket: AcceptedSocket | null) =>
  Promise.resolve({ status: 101, body: null, webSocket: socket } as unknown as Response & { webSocket: AcceptedSocket })


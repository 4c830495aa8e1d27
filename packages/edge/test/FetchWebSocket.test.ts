/**
 * The fetch-upgrade WebSocket of Cloudflare Workers, against a scripted `fetch` and a stand-in for workerd's
 * `response.webSocket` (Node's fetch cannot upgrade). The real thing — workerd dialling the mock server — runs in
 * the conformance matrix and the README example (tooling/conformance).
 */
import type { WebSocketEvent } from "effect/socket/Socket"
import { describe, expect, it } from "vitest"
import { dial, type UpgradeFetch } from "../src/FetchWebSocket.ts"
import { AcceptedSocket, upgraded } from "./support/acceptedSocket.ts"

interface Call {
  readonly url: string
  readonly headers: Record<string, string>
  readonly signal: AbortSignal
  readonly redirect: string
}

/** A `fetch` answering every call with `respond()`, recording the calls. */
const scriptedFetch = (respond: () => Promise<Response & { webSocket?: AcceptedSocket | null }>) => {
  const calls: Array<Call> = []
  const fetch: UpgradeFetch = (url, init) => {
    calls.push({ url, headers: init.headers, signal: init.signal, redirect: init.redirect })
    return respond() as ReturnType<UpgradeFetch>
  }
  return { fetch, calls }
}

/** Records the events a listener sees, in order. */
const recorder = (ws: ReturnType<typeof dial>) => {
  const events: Array<{ type: string; event: WebSocketEvent }> = []
  for (const type of ["open", "message", "error", "close"] as const) {
    ws.addEventListener(type, (event) => events.push({ type, event }))
  }
  return events
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("dial (WebSocket through a fetch upgrade)", () => {
  it("sends the upgrade to the http: URL with the headers and protocols, then opens and relays frames", async () => {
    const socket = new AcceptedSocket()
    const { fetch, calls } = scriptedFetch(() => upgraded(socket))
    const ws = dial(fetch, "ws://127.0.0.1:23373/v1/ws", { headers: { Authorization: "Bearer t" }, protocols: ["a", "b"] })
    const events = recorder(ws)
    expect(ws.readyState).toBe(0)
    await settle()
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe("http://127.0.0.1:23373/v1/ws")
    expect(calls[0]!.headers).toEqual({ Authorization: "Bearer t", Upgrade: "websocket", "Sec-WebSocket-Protocol": "a, b" })
    expect(socket.accepted).toBe(true)
    expect(ws.readyState).toBe(1)
    expect(events.map((e) => e.type)).toEqual(["open"])

    socket.dispatch("message", { data: '{"type":"ready"}' })
    ws.send('{"type":"subscriptions.set"}')
    expect(events.at(-1)).toEqual({ type: "message", event: { data: '{"type":"ready"}' } })
    expect(socket.sent).toEqual(['{"type":"subscriptions.set"}'])

    ws.close(1000, "bye")
    expect(socket.closedWith).toEqual([1000, "bye"])
    expect(ws.readyState).toBe(2)
    socket.dispatch("close", { code: 1000, reason: "bye" })
    expect(ws.readyState).toBe(3)
    expect(events.at(-1)).toEqual({ type: "close", event: { code: 1000, reason: "bye" } })
  })

  it("a close from the server is answered with the same code (workerd waits for the Worker to answer it)", async () => {
    for (const [code, answered] of [[4001, 4001], [1006, 1000], [1005, 1000]] as const) {
      const socket = new AcceptedSocket()
      const { fetch } = scriptedFetch(() => upgraded(socket))
      const ws = dial(fetch, "ws://127.0.0.1:23373/v1/ws")
      const events = recorder(ws)
      await settle()
      socket.dispatch("close", { code, reason: "bye" })
      expect(socket.closedWith).toEqual([answered, "bye"])
      expect(ws.readyState).toBe(3)
      expect(events.at(-1)).toEqual({ type: "close", event: { code, reason: "bye" } })
      // the release that follows (the session's `close(1000)`) adds nothing
      ws.close(1000)
      expect(socket.closedWith).toEqual([answered, "bye"])
    }
  })

  it("maps wss: to https:", async () => {
    const { fetch, calls } = scriptedFetch(() => upgraded(new AcceptedSocket()))
    dial(fetch, "wss://desktop.example/v1/ws")
    await settle()
    expect(calls[0]!.url).toBe("https://desktop.example/v1/ws")
  })

  it("a refused upgrade fires error with the HTTP status (which BeeperEvents reads), then close 1006", async () => {
    const { fetch } = scriptedFetch(() => Promise.resolve(new Response("unauthorized", { status: 401 })))
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    const events = recorder(ws)
    await settle()
    await settle()
    expect(events.map((e) => e.type)).toEqual(["error", "close"])
    expect((events[0]!.event as { message?: string }).message).toBe("Unexpected server response: 401")
    expect(events[1]!.event.code).toBe(1006)
    expect(ws.readyState).toBe(3)
  })

  it("never follows a redirect: a 3xx is a refused upgrade (another origin's events are never read)", async () => {
    const { fetch, calls } = scriptedFetch(() =>
      Promise.resolve(new Response(null, { status: 307, headers: { location: "http://elsewhere.example/v1/ws" } }))
    )
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    const events = recorder(ws)
    await settle()
    await settle()
    expect(calls[0]!.redirect).toBe("manual")
    expect(events.map((e) => e.type)).toEqual(["error", "close"])
    expect((events[0]!.event as { message?: string }).message).toBe(
      "Unexpected server response: 307 (a redirect, not followed)",
    )
    expect(ws.readyState).toBe(3)
  })

  it("a fetch that rejects (connection refused) fires error then close 1006", async () => {
    const { fetch } = scriptedFetch(() => Promise.reject(new TypeError("fetch failed")))
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    const events = recorder(ws)
    await settle()
    expect(events.map((e) => e.type)).toEqual(["error", "close"])
    expect((events[0]!.event as { message?: string }).message).toBe("fetch failed")
  })

  it("a 101 without response.webSocket (a fetch that cannot upgrade) is an error that says so", async () => {
    const { fetch } = scriptedFetch(() => upgraded(null))
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    const events = recorder(ws)
    await settle()
    expect(events.map((e) => e.type)).toEqual(["error", "close"])
    expect((events[0]!.event as { message?: string }).message).toContain("response.webSocket")
  })

  it("closing while the upgrade is in flight aborts it, fires nothing, and closes a late socket", async () => {
    const socket = new AcceptedSocket()
    let answer: (() => void) | undefined
    const { fetch, calls } = scriptedFetch(() =>
      new Promise((resolve) => (answer = () => void upgraded(socket).then(resolve)))
    )
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    const events = recorder(ws)
    await settle()
    ws.close(1000)
    expect(calls[0]!.signal.aborted).toBe(true)
    expect(ws.readyState).toBe(3)
    answer!()
    await settle()
    expect(socket.closedWith).toEqual([1000, undefined])
    expect(events).toEqual([])
  })

  it("refuses to send before it is open", () => {
    const { fetch } = scriptedFetch(() => new Promise(() => undefined))
    const ws = dial(fetch, "ws://127.0.0.1:1/v1/ws")
    expect(() => ws.send("x")).toThrow(/not open/)
  })
})

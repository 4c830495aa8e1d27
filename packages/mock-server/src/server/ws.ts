/**
 * The live-events WebSocket at /v1/ws, per spec/asyncapi.yaml: bearer auth on the upgrade, `ready` on
 * connect with no subscriptions, `subscriptions.set` replacing the set (acknowledged by
 * `subscriptions.updated` echoing `requestID`; `[]` pauses; `*` mixed with IDs is an `INVALID_PAYLOAD`
 * error), then domain events of subscribed chats only, with `seq` from 1 per connection and `ts` from the server
 * clock in the configured form (ISO 8601 by default, see timestamps.ts).
 */
import type { IncomingMessage, Server } from "node:http"
import type { Duplex } from "node:stream"
import { WebSocketServer, type WebSocket } from "ws"
import type { Drift } from "../features/drift.ts"
import type { Faults } from "../features/faults.ts"
import { bearerToken, tokenMatches } from "../http/auth.ts"
import type { EventBus } from "../store/events.ts"
import type { StoreEvent } from "../store/model.ts"
import { formatTs, type TsFormat } from "../support/timestamps.ts"

/** The path of the events socket. */
export const WS_PATH = "/v1/ws"
/** The protocol version announced in `ready`. */
export const PROTOCOL_VERSION = 1

/** The fields of a `subscriptions.set` command, the only ones it may have. */
const SUBSCRIPTIONS_SET_KEYS: ReadonlySet<string> = new Set(["type", "requestID", "chatIDs"])

interface Connection {
  readonly socket: WebSocket
  /** `"*"` for all chats, otherwise the subscribed chat IDs (empty = paused). */
  subscription: "*" | Set<string>
  seq: number
  /** Domain events sent. */
  sent: number
  /** `message.upserted` events among them. */
  upserts: number
}

const rejectUpgrade = (socket: Duplex, status: 401 | 404, code: string, message: string): void => {
  const body = JSON.stringify({ code, message })
  const reason = status === 401 ? "Unauthorized" : "Not Found"
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n` +
      (status === 401 ? `WWW-Authenticate: Bearer\r\n` : "") +
      `\r\n${body}`,
  )
}

/** The WebSocket endpoint of a server. */
export interface LiveEvents {
  /** Open connections. */
  readonly connections: () => number
  /** Closes every connection and stops accepting new ones. */
  readonly close: () => void
}

/** What the endpoint needs. */
export interface LiveEventsOptions {
  readonly token: string
  readonly events: EventBus
  readonly faults: Faults
  /** The server clock (epoch ms) that stamps `ts`. */
  readonly now: () => number
  /** The form of `ts`. */
  readonly tsFormat: TsFormat
  /** The drift profile, when on. */
  readonly drift?: Drift | undefined
}

/** Serves /v1/ws on the HTTP server's `upgrade` event (ws in noServer mode). */
export const attachLiveEvents = (server: Server, options: LiveEventsOptions): LiveEvents => {
  const wss = new WebSocketServer({ noServer: true })
  const connections = new Set<Connection>()

  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands an upgrade's socket over without its error listener: a client that resets it (after a refusal, or
    // while the upgrade hangs) would otherwise be an uncaught ECONNRESET that ends the process the mock runs in.
    socket.on("error", () => {})
    const path = new URL(request.url ?? "/", "http://mock").pathname
    if (path !== WS_PATH) return rejectUpgrade(socket, 404, "NOT_FOUND", `No WebSocket endpoint at ${path}`)
    if (options.faults.hangsUpgrade(request)) {
      void options.faults.hang(socket as import("node:net").Socket)
      return
    }
    const header = request.headers.authorization
    if (header === undefined) return rejectUpgrade(socket, 401, "UNAUTHORIZED", "Access token is missing")
    if (!tokenMatches(bearerToken(header), options.token)) return rejectUpgrade(socket, 401, "UNAUTHORIZED", "Access token is invalid")
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws))
  })

  const send = (c: Connection, frame: unknown): void => {
    if (c.socket.readyState === c.socket.OPEN) c.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame))
  }

  const accept = (socket: WebSocket): void => {
    const c: Connection = { socket, subscription: new Set(), seq: 0, sent: 0, upserts: 0 }
    connections.add(c)
    socket.on("close", () => connections.delete(c))
    socket.on("error", () => connections.delete(c))
    socket.on("message", (data, isBinary) => onCommand(c, isBinary ? "" : data.toString()))
    send(c, { type: "ready", version: PROTOCOL_VERSION, chatIDs: [] })
  }

  const onCommand = (c: Connection, text: string): void => {
    let command: unknown
    try {
      command = JSON.parse(text)
    } catch {
      return send(c, { type: "error", code: "INVALID_PAYLOAD", message: "Frames must be JSON text" })
    }
    const requestID = typeof command === "object" && command !== null && "requestID" in command ? (command as { requestID: unknown }).requestID : undefined
    const echo = typeof requestID === "string" ? { requestID } : {}
    const error = (code: string, message: string): void => send(c, { type: "error", ...echo, code, message })
    if (typeof command !== "object" || command === null || Array.isArray(command)) return error("INVALID_PAYLOAD", "A command must be a JSON object")
    const { type, chatIDs } = command as { type?: unknown; chatIDs?: unknown }
    if (type !== "subscriptions.set") return error("INVALID_COMMAND", `Unknown command type: ${String(type)}`)
    if (requestID !== undefined && typeof requestID !== "string") return error("INVALID_PAYLOAD", "requestID must be a string")
    // The command is closed (spec/asyncapi.yaml SubscriptionsSetCommand: additionalProperties: false).
    const extra = Object.keys(command).filter((key) => !SUBSCRIPTIONS_SET_KEYS.has(key))
    if (extra.length > 0) return error("INVALID_PAYLOAD", `subscriptions.set takes only type, requestID and chatIDs; unknown: ${extra.join(", ")}`)
    if (!Array.isArray(chatIDs) || chatIDs.some((id) => typeof id !== "string" || id === "")) return error("INVALID_PAYLOAD", "chatIDs must be an array of chat ID strings")
    const ids = [...new Set(chatIDs as Array<string>)]
    if (ids.includes("*") && ids.length > 1) return error("INVALID_PAYLOAD", "chatIDs cannot combine '*' with specific IDs")
    c.subscription = ids[0] === "*" ? "*" : new Set(ids)
    send(c, { type: "subscriptions.updated", ...echo, chatIDs: ids })
    // A `wsClose` due now (`afterEvents` already reached, e.g. 0) closes once the subscription is confirmed, rather
    // than when the next event comes (which would be lost).
    closeIfDue(c)
  }

  const deliver = (c: Connection, event: StoreEvent): void => {
    if (c.subscription !== "*" && !c.subscription.has(event.chatID)) return
    if (closeIfDue(c)) return
    const ts = formatTs(options.now(), options.tsFormat)
    for (const injection of options.faults.wsInjections(c.sent)) {
      if (injection === "malformed") send(c, '{"type":"message.upserted","seq":')
      else send(c, { type: injection.unknownType, seq: ++c.seq, ts, chatID: event.chatID, ids: [...event.ids] })
    }
    if (options.drift) {
      const frame = { type: event.type, ts, chatID: event.chatID, ids: [...event.ids] }
      for (const drifted of options.drift.frames(event, frame, { count: c.sent, upserts: c.upserts, seq: () => ++c.seq })) send(c, drifted)
    } else {
      const frame: Record<string, unknown> = { type: event.type, seq: ++c.seq, ts, chatID: event.chatID, ids: [...event.ids] }
      if (event.type === "message.upserted") frame["entries"] = event.entries
      send(c, frame)
    }
    c.sent++
    if (event.type === "message.upserted") c.upserts++
    closeIfDue(c)
  }

  /** Applies a due `wsClose` fault; true when the connection was closed. */
  const closeIfDue = (c: Connection): boolean => {
    const code = options.faults.wsCloseAfter(c.sent)
    if (code === undefined) return false
    c.socket.close(code, "Injected fault")
    connections.delete(c)
    return true
  }

  const unsubscribe = options.events.on((event) => {
    for (const c of [...connections]) deliver(c, event)
  })

  return {
    connections: () => connections.size,
    close: () => {
      unsubscribe()
      for (const c of connections) c.socket.terminate()
      connections.clear()
      wss.close()
    },
  }
}

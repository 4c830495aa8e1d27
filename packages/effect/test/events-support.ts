/**
 * Test support for the live events tests: a scripted Beeper Desktop stand-in (real HTTP + `ws` server on
 * 127.0.0.1, port 0) whose every WebSocket connection can be driven frame by frame, plus the `ws`-backed
 * `WebSocketConstructor` a Node adapter supplies.
 */
import { Effect, Layer } from "effect"
import { Socket } from "effect/socket"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { WebSocket as WsClient, WebSocketServer } from "ws"

/** A `WebSocketConstructor` over the `ws` package (what the Node adapter supplies): headers go on the upgrade. */
export const layerWsConstructor: Layer.Layer<Socket.WebSocketConstructor> = Layer.succeed(
  Socket.WebSocketConstructor,
)((url, options) => {
  if (options === undefined || typeof options === "string" || Array.isArray(options)) {
    return new WsClient(url, options) as unknown as Socket.WebSocketLike
  }
  return new WsClient(url, options.protocols, { headers: { ...options.headers } }) as unknown as Socket.WebSocketLike
})

/**
 * Like {@link layerWsConstructor}, and records every client socket it makes, so a test can observe the transport
 * (frames delivered to the client, whether it is paused).
 */
export const recordingWsConstructor = () => {
  const sockets: Array<WsClient> = []
  const frames = { count: 0 }
  const layer = Layer.succeed(Socket.WebSocketConstructor)((url, options) => {
    const headers = options !== undefined && typeof options === "object" && !Array.isArray(options)
      ? { ...options.headers }
      : {}
    const ws = new WsClient(url, { headers })
    ws.on("message", () => {
      frames.count++
    })
    sockets.push(ws)
    return ws as unknown as Socket.WebSocketLike
  })
  return { layer, sockets, frames }
}

/**
 * Like {@link layerWsConstructor}, with a plug: `unplug()` drops every open socket and sends each new one to
 * `unreachableUrl` (Desktop's live events gone, its HTTP API still up), `plug()` dials the real URL again.
 */
export const unpluggableWsConstructor = (unreachableUrl: string) => {
  const open = new Set<WsClient>()
  let unplugged = false
  const layer = Layer.succeed(Socket.WebSocketConstructor)((url, options) => {
    const headers = options !== undefined && typeof options === "object" && !Array.isArray(options)
      ? { ...options.headers }
      : {}
    const ws = new WsClient(unplugged ? unreachableUrl : url, { headers })
    open.add(ws)
    ws.on("close", () => open.delete(ws))
    return ws as unknown as Socket.WebSocketLike
  })
  return {
    layer,
    unplug: () => {
      unplugged = true
      for (const ws of open) ws.terminate()
    },
    plug: () => {
      unplugged = false
    },
  }
}

/** A stored message of the stand-in (the fields of the spec's Message that the tests need). */
export interface StoredMessage {
  readonly id: string
  readonly accountID: string
  readonly chatID: string
  readonly senderID: string
  readonly sortKey: string
  readonly timestamp: string
  readonly text: string
}

/** One WebSocket connection as the server sees it. */
export interface ServerConnection {
  readonly index: number
  readonly ws: WsClient
  /** Client frames received on this connection, parsed. */
  readonly received: Array<Record<string, unknown>>
  /** The chat IDs this connection is subscribed to (after the last accepted `subscriptions.set`). */
  subscriptions: ReadonlyArray<string>
  /** The seq of the last event sent. */
  seq: number
  /** Sends a frame (JSON-encoded). */
  readonly send: (frame: unknown) => void
  /** Sends raw text. */
  readonly sendRaw: (text: string) => void
  /** Sends a domain event with the next seq; returns the frame sent. */
  readonly emit: (event: { type: string; chatID: string; ids: ReadonlyArray<string>; entries?: unknown }) => unknown
}

/** What the stand-in does when a client sends `subscriptions.set`. */
export type SubscribeHandler = (connection: ServerConnection, frame: Record<string, unknown>) => void

/** The default: refuse `*` mixed with IDs (error frame), acknowledge anything else. */
export const acknowledge: SubscribeHandler = (connection, frame) => {
  const chatIDs = frame["chatIDs"] as ReadonlyArray<string>
  if (chatIDs.includes("*") && chatIDs.length > 1) {
    connection.send({
      type: "error",
      requestID: frame["requestID"],
      code: "INVALID_PAYLOAD",
      message: "chatIDs cannot combine '*' with specific IDs",
    })
    return
  }
  connection.subscriptions = chatIDs
  connection.send({ type: "subscriptions.updated", requestID: frame["requestID"], chatIDs })
}

/** Options of {@link startFakeDesktop}. */
export interface FakeDesktopOptions {
  readonly token?: string
  /** Called when a connection is ready (after `ready` was sent). */
  readonly onConnection?: (connection: ServerConnection) => void
  /** Called for each `subscriptions.set` (default {@link acknowledge}). */
  readonly onSubscribe?: SubscribeHandler
  /** Send `ready` on connect (default true). */
  readonly sendReady?: boolean
}

/** The running stand-in. */
export interface FakeDesktop {
  readonly baseUrl: string
  readonly token: string
  readonly connections: Array<ServerConnection>
  /**
   * Upgrade attempts refused with 401, counted by their distinct `Sec-WebSocket-Key` (Node's built-in WebSocket
   * sends the same upgrade request twice when answered 401).
   */
  readonly refused: { count: number }
  /** Messages by chat, oldest first (what `GET /v1/chats/{chatID}/messages` serves). */
  readonly messages: Map<string, Array<StoredMessage>>
  /**
   * Stores a new message (sortKey increasing; `timestamp` by default one second after the last, from 2025-02-12) and
   * returns it; the caller decides whether to emit it live.
   */
  readonly addMessage: (chatID: string, timestamp?: string) => StoredMessage
  /** Chats by ID (what `GET /v1/chats/{chatID}` serves; 404 for others). */
  readonly chats: Map<string, Record<string, unknown>>
  /** Stores a chat with the spec's required fields and returns it. */
  readonly addChat: (chatID: string) => Record<string, unknown>
  /** Chats whose message list, messages and chat answer 500 (`"*"`: the chat list). */
  readonly failingChats: Set<string>
  /** HTTP requests received, as `METHOD path?query`. */
  readonly httpRequests: Array<string>
  /** Resolves when connection number `n` (1-based) is subscribed. */
  readonly whenSubscribed: (n: number) => Promise<ServerConnection>
  /** Connections currently open. */
  readonly openConnections: () => number
  readonly close: () => Promise<void>
}

/** Starts the stand-in on 127.0.0.1 (port 0). */
export const startFakeDesktop = (options: FakeDesktopOptions = {}): Promise<FakeDesktop> => {
  const token = options.token ?? "test-token"
  const connections: Array<ServerConnection> = []
  const messages = new Map<string, Array<StoredMessage>>()
  const chats = new Map<string, Record<string, unknown>>()
  const addChat = (chatID: string) => {
    const chat = {
      id: chatID,
      accountID: "acc_test",
      network: "Test",
      participants: { hasMore: false, items: [], total: 0 },
      title: `chat ${chatID}`,
      type: "single",
      unreadCount: 0,
    }
    chats.set(chatID, chat)
    return chat
  }
  const httpRequests: Array<string> = []
  const failingChats = new Set<string>()
  const refusedKeys = new Set<string>()
  const refused = {
    get count() {
      return refusedKeys.size
    },
  }
  const subscribedWaiters: Array<{ n: number; resolve: (c: ServerConnection) => void }> = []
  const subscribedCount = new Map<number, ServerConnection>()
  let sortKey = 1_000_000
  let messageCounter = 0

  const addMessage = (chatID: string, timestamp?: string): StoredMessage => {
    const message: StoredMessage = {
      id: `m${++messageCounter}`,
      accountID: "acc_test",
      chatID,
      senderID: "@alice:beeper.local",
      sortKey: String(++sortKey),
      timestamp: timestamp ?? new Date(1_739_320_000_000 + messageCounter * 1000).toISOString(),
      text: `message ${messageCounter}`,
    }
    const list = messages.get(chatID) ?? []
    list.push(message)
    messages.set(chatID, list)
    return message
  }

  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bearer ${token}`

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(body))
  }

  const server: Server = createServer((req, res) => {
    httpRequests.push(`${req.method} ${req.url}`)
    if (!authorized(req)) return json(res, 401, { code: "UNAUTHORIZED", message: "Invalid access token" })
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    if (url.pathname === "/v1/accounts") return json(res, 200, [])
    const one = /^\/v1\/chats\/([^/]+)\/messages\/([^/]+)$/.exec(url.pathname)
    if (one?.[1] !== undefined && one[2] !== undefined) {
      const [chatID, messageID] = [decodeURIComponent(one[1]), decodeURIComponent(one[2])]
      if (failingChats.has(chatID)) return json(res, 500, { code: "INTERNAL_ERROR", message: "Injected" })
      const message = messages.get(chatID)?.find((m) => m.id === messageID)
      return message ? json(res, 200, message) : json(res, 404, { code: "NOT_FOUND", message: "Message not found" })
    }
    const chat = /^\/v1\/chats\/([^/]+)$/.exec(url.pathname)
    if (chat?.[1] !== undefined) {
      const chatID = decodeURIComponent(chat[1])
      if (failingChats.has(chatID)) return json(res, 500, { code: "INTERNAL_ERROR", message: "Injected" })
      const found = chats.get(chatID)
      return found ? json(res, 200, found) : json(res, 404, { code: "NOT_FOUND", message: "Chat not found" })
    }
    if (url.pathname === "/v1/chats") {
      // every chat (stored, or with messages), most recent activity (its newest message) first, in one page
      if (failingChats.has("*")) return json(res, 500, { code: "INTERNAL_ERROR", message: "Injected" })
      const ids = new Set([...chats.keys(), ...messages.keys()])
      const items = [...ids].map((id) => {
        const newest = messages.get(id)?.at(-1)
        return { ...(chats.get(id) ?? addChat(id)), ...(newest === undefined ? {} : { lastActivity: newest.timestamp }) }
      }).sort((a, b) => String(b["lastActivity"] ?? "").localeCompare(String(a["lastActivity"] ?? "")))
      return json(res, 200, { items, hasMore: false, newestCursor: null, oldestCursor: null })
    }
    const list = /^\/v1\/chats\/([^/]+)\/messages$/.exec(url.pathname)
    if (list?.[1] !== undefined) {
      // newest first, 25 per page, cursor = sortKey
      const chatID = decodeURIComponent(list[1])
      if (failingChats.has(chatID)) return json(res, 500, { code: "INTERNAL_ERROR", message: "Injected" })
      const newestFirst = [...(messages.get(chatID) ?? [])].reverse()
      const cursor = url.searchParams.get("cursor")
      const direction = url.searchParams.get("direction") ?? "before"
      const limit = 25
      let slice: Array<StoredMessage>
      let hasMore: boolean
      if (cursor === null) {
        slice = newestFirst.slice(0, limit)
        hasMore = newestFirst.length > limit
      } else if (direction === "before") {
        const older = newestFirst.filter((m) => Number(m.sortKey) < Number(cursor))
        slice = older.slice(0, limit)
        hasMore = older.length > limit
      } else {
        const newer = newestFirst.filter((m) => Number(m.sortKey) > Number(cursor))
        slice = newer.slice(Math.max(0, newer.length - limit))
        hasMore = newer.length > limit
      }
      return json(res, 200, {
        items: slice,
        hasMore,
        newestCursor: slice[0]?.sortKey ?? null,
        oldestCursor: slice[slice.length - 1]?.sortKey ?? null,
      })
    }
    return json(res, 404, { code: "NOT_FOUND", message: "Not found" })
  })

  const wss = new WebSocketServer({ noServer: true })
  server.on("upgrade", (req, socket, head) => {
    upgradeSocket(socket)
    if (!authorized(req)) {
      refusedKeys.add(String(req.headers["sec-websocket-key"]))
      socket.end("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection: ServerConnection = {
        index: connections.length + 1,
        ws: ws as unknown as WsClient,
        received: [],
        subscriptions: [],
        seq: 0,
        send: (frame) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame))
        },
        sendRaw: (text) => {
          if (ws.readyState === ws.OPEN) ws.send(text)
        },
        emit: (event) => {
          const frame = { ...event, seq: ++connection.seq, ts: 1_739_320_000_000 + connection.seq }
          connection.send(frame)
          return frame
        },
      }
      connections.push(connection)
      ws.on("message", (data) => {
        const frame = JSON.parse(String(data)) as Record<string, unknown>
        connection.received.push(frame)
        if (frame["type"] === "subscriptions.set") {
          ;(options.onSubscribe ?? acknowledge)(connection, frame)
          if (!subscribedCount.has(connection.index)) {
            subscribedCount.set(connection.index, connection)
            for (const w of subscribedWaiters.filter((w) => w.n === connection.index)) w.resolve(connection)
          }
        }
      })
      if (options.sendReady ?? true) connection.send({ type: "ready", version: 1, chatIDs: [] })
      options.onConnection?.(connection)
    })
  })

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        token,
        connections,
        refused,
        messages,
        addMessage,
        chats,
        addChat,
        failingChats,
        httpRequests,
        whenSubscribed: (n) => {
          const existing = subscribedCount.get(n)
          if (existing !== undefined) return Promise.resolve(existing)
          return new Promise((resolve) => subscribedWaiters.push({ n, resolve }))
        },
        openConnections: () => [...wss.clients].filter((c) => c.readyState === c.OPEN).length,
        close: () =>
          new Promise<void>((resolve) => {
            for (const client of wss.clients) client.terminate()
            wss.close()
            server.closeAllConnections()
            server.close(() => resolve())
          }),
      })
    })
  })
}

/** The stand-in as a scoped resource. */
export const fakeDesktop = (options: FakeDesktopOptions = {}) =>
  Effect.acquireRelease(Effect.promise(() => startFakeDesktop(options)), (desktop) =>
    Effect.promise(() => desktop.close()))

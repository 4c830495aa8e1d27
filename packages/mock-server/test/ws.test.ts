/** The /v1/ws protocol, per spec/asyncapi.yaml. Every frame received is validated against the spec. */
import { connect as connectTcp } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { startMockServer, TS_FORMATS, type TsFormat } from "../src/index.ts"
import { path, useMockServer } from "./support/api.ts"
import { checkFrame } from "./support/contract.ts"
import { connectLive, type LiveClient } from "./support/live.ts"

const ctx = useMockServer({ lifecycle: "each" })
const clients: Array<LiveClient> = []
const connect = async (): Promise<LiveClient> => {
  const client = await connectLive(ctx.server)
  clients.push(client)
  return client
}
afterEach(() => {
  for (const c of clients.splice(0)) {
    expect(c.violations, "every frame conforms to spec/asyncapi.yaml").toEqual([])
    c.close()
  }
})

const subscribe = async (client: LiveClient, chatIDs: Array<string>, requestID = "r1") => {
  client.send({ type: "subscriptions.set", requestID, chatIDs })
  return client.next((f) => f.requestID === requestID)
}

const twoChats = async () => {
  const all = (await ctx.api.get("/v1/chats/search", { query: { type: "single", inbox: "primary", limit: 20 } })).body.items
  const items = all.filter((c: any) => !c.accountID.startsWith("sh-instagram") && !c.merge)
  return [items[0].id as string, items[1].id as string] as const
}

describe("connecting", () => {
  it("refuses an upgrade without a token or with a wrong one (401)", async () => {
    await expect(connectLive(ctx.server, null)).rejects.toMatchObject({ status: 401 })
    await expect(connectLive(ctx.server, "wrong-token")).rejects.toMatchObject({ status: 401 })
  })

  it("outlives a client that resets its socket after a refused upgrade, or while the upgrade hangs", async () => {
    // Node gives an upgrade's socket to the handler without an error listener: an unheard ECONNRESET ends the
    // process the mock runs in (here, the test's own: vitest reports it as an unhandled error).
    const { port } = new URL(ctx.server.url)
    const upgradeThenReset = (path: string, authorization: string | null, resetOn: "answer" | "sent") =>
      new Promise<void>((resolve) => {
        const socket = connectTcp(Number(port), "127.0.0.1", () => {
          socket.write(
            `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
              `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n` +
              (authorization === null ? "" : `Authorization: ${authorization}\r\n`) + "\r\n",
          )
          if (resetOn === "sent") socket.resetAndDestroy()
        })
        socket.on("data", () => socket.resetAndDestroy())
        socket.on("close", () => resolve())
      })
    await upgradeThenReset("/v1/elsewhere", null, "answer")
    await upgradeThenReset("/v1/ws", null, "answer")
    await upgradeThenReset("/v1/ws", "Bearer wrong", "answer")
    ctx.server.faults.add({ kind: "hang", match: { path: "/v1/ws" }, times: 1 })
    await upgradeThenReset("/v1/ws", `Bearer ${ctx.server.token}`, "sent")
    expect((await ctx.api.get("/v1/accounts")).status).toBe(200)
    const client = await connect()
    expect(await client.next()).toEqual({ type: "ready", version: 1, chatIDs: [] })
  })

  it("sends ready with version 1 and no subscriptions on connect", async () => {
    const client = await connect()
    expect(await client.next()).toEqual({ type: "ready", version: 1, chatIDs: [] })
  })

  it("sends no domain events before subscribing", async () => {
    const client = await connect()
    await client.next((f) => f.type === "ready")
    ctx.server.simulate.incomingMessage()
    const updated = await subscribe(client, [])
    expect(updated.type).toBe("subscriptions.updated")
    expect(client.frames.filter((f) => typeof f.seq === "number")).toEqual([])
  })
})

describe("subscriptions.set", () => {
  it("is acknowledged by subscriptions.updated echoing requestID and the effective chat IDs", async () => {
    const client = await connect()
    const [a, b] = await twoChats()
    expect(await subscribe(client, [a, b], "req-42")).toEqual({ type: "subscriptions.updated", requestID: "req-42", chatIDs: [a, b] })
    expect(await subscribe(client, ["*"], "req-43")).toEqual({ type: "subscriptions.updated", requestID: "req-43", chatIDs: ["*"] })
  })

  it("rejects '*' mixed with chat IDs with an INVALID_PAYLOAD error carrying the requestID", async () => {
    const client = await connect()
    const [a] = await twoChats()
    const error = await subscribe(client, ["*", a], "mixed")
    expect(error).toMatchObject({ type: "error", requestID: "mixed", code: "INVALID_PAYLOAD" })
  })

  it("rejects malformed commands", async () => {
    const client = await connect()
    client.send("not json")
    expect(await client.next((f) => f.type === "error")).toMatchObject({ code: "INVALID_PAYLOAD" })
    client.send({ type: "subscriptions.set", requestID: "x", chatIDs: "all" })
    expect(await client.next((f) => f.type === "error")).toMatchObject({ code: "INVALID_PAYLOAD", requestID: "x" })
    client.send({ type: "typing.start", requestID: "y" })
    expect(await client.next((f) => f.type === "error")).toMatchObject({ code: "INVALID_COMMAND", requestID: "y" })
  })

  it("rejects a subscriptions.set with a field the command does not have (closed, additionalProperties: false), keeping the set", async () => {
    const client = await connect()
    const [a] = await twoChats()
    expect(await subscribe(client, [a], "before")).toMatchObject({ type: "subscriptions.updated", chatIDs: [a] })
    client.send({ type: "subscriptions.set", requestID: "extra", chatIDs: ["*"], includeTyping: true })
    expect(await client.next((f) => f.requestID === "extra")).toMatchObject({ type: "error", requestID: "extra", code: "INVALID_PAYLOAD" })
    ctx.server.simulate.incomingMessage({ chatID: a })
    expect(await client.next((f) => f.type === "message.upserted")).toMatchObject({ chatID: a })
    expect(await subscribe(client, [], "after")).toEqual({ type: "subscriptions.updated", requestID: "after", chatIDs: [] })
  })

  it("replaces the set: events of chats no longer subscribed stop", async () => {
    const client = await connect()
    const [a, b] = await twoChats()
    await subscribe(client, [a], "first")
    await subscribe(client, [b], "second")
    ctx.server.simulate.incomingMessage({ chatID: a, text: "to a" })
    ctx.server.simulate.incomingMessage({ chatID: b, text: "to b" })
    const event = await client.next((f) => f.type === "message.upserted")
    expect(event.chatID).toBe(b)
    expect(client.frames.some((f) => f.chatID === a)).toBe(false)
  })

  it("[] pauses events", async () => {
    const client = await connect()
    const [a] = await twoChats()
    await subscribe(client, ["*"], "all")
    await subscribe(client, [], "pause")
    ctx.server.simulate.incomingMessage({ chatID: a })
    await subscribe(client, [], "barrier")
    expect(client.frames.filter((f) => typeof f.seq === "number")).toEqual([])
  })
})

describe("domain events", () => {
  it("only for subscribed chats, seq from 1 and monotonic, ts an ISO 8601 date-time (upstream WSDomainEventMessage)", async () => {
    const client = await connect()
    const [a, b] = await twoChats()
    await subscribe(client, [a])
    ctx.server.simulate.incomingMessage({ chatID: b, text: "elsewhere" })
    ctx.server.simulate.incomingMessage({ chatID: a, text: "first" })
    ctx.server.simulate.incomingMessage({ chatID: a, text: "second" })
    await subscribe(client, [a], "barrier")
    const events = client.frames.filter((f) => typeof f.seq === "number")
    expect(events.every((e) => e.chatID === a)).toBe(true)
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(e.ts).toBe(new Date(Date.parse(e.ts)).toISOString())
  })

  it("message.upserted is hydrated with entries; chat.upserted follows the change", async () => {
    const client = await connect()
    const [a] = await twoChats()
    await subscribe(client, ["*"])
    const message = ctx.server.simulate.incomingMessage({ chatID: a, text: "hydrated please" })
    const upserted = await client.next((f) => f.type === "message.upserted")
    expect(upserted.ids).toEqual([message.id])
    expect(upserted.entries).toHaveLength(1)
    expect(upserted.entries[0]).toMatchObject({ id: message.id, chatID: a, text: "hydrated please", isUnread: true })
    expect(await client.next((f) => f.type === "chat.upserted")).toMatchObject({ chatID: a, ids: [a] })
  })

  it("a send: pending message.upserted, then the confirmed message and the pending ID deleted (IDs only)", async () => {
    const client = await connect()
    const [a] = await twoChats()
    await subscribe(client, [a])
    const sent = await ctx.api.post(path`/v1/chats/${a}/messages`, { text: "over the socket" })
    const pending = await client.next((f) => f.type === "message.upserted")
    expect(pending.ids).toEqual([sent.body.pendingMessageID])
    expect(pending.entries[0].sendStatus.status).toBe("PENDING")
    ctx.server.simulate.settle("send")
    const confirmed = await client.next((f) => f.type === "message.upserted")
    expect(confirmed.entries[0]).toMatchObject({ text: "over the socket", sendStatus: { status: "SUCCESS" } })
    expect(confirmed.ids[0]).not.toBe(sent.body.pendingMessageID)
    const deleted = await client.next((f) => f.type === "message.deleted")
    expect(deleted).toMatchObject({ chatID: a, ids: [sent.body.pendingMessageID] })
    expect(deleted.entries).toBeUndefined()
  })

  it("edits, reactions, deletions and chat changes through the API all emit events", async () => {
    const client = await connect()
    const [a] = await twoChats()
    await subscribe(client, ["*"])
    const incoming = ctx.server.simulate.incomingMessage({ chatID: a, text: "react to me" })
    await ctx.api.post(path`/v1/chats/${a}/messages/${incoming.id}/reactions`, { reactionKey: "❤️" })
    const reacted = await client.next((f) => f.type === "message.upserted" && f.entries?.[0]?.reactions?.length > 0)
    expect(reacted.entries[0].reactions.some((r: any) => r.reactionKey === "❤️")).toBe(true)
    await ctx.api.delete(path`/v1/chats/${a}/messages/${incoming.id}`, { query: { forEveryone: false } })
    expect(await client.next((f) => f.type === "message.deleted")).toMatchObject({ ids: [incoming.id] })
    await ctx.api.patch(path`/v1/chats/${a}`, { isMuted: true })
    expect(await client.next((f) => f.type === "chat.upserted")).toMatchObject({ chatID: a })
  })

  it("chat.upserted for a new chat and chat.deleted (IDs only) when it goes away", async () => {
    const client = await connect()
    await subscribe(client, ["*"])
    const chat = ctx.server.simulate.newChat({ text: "new here" })
    expect(await client.next((f) => f.type === "chat.upserted" && f.chatID === chat.id)).toMatchObject({ ids: [chat.id] })
    ctx.server.simulate.deleteChat(chat.id)
    const deleted = await client.next((f) => f.type === "chat.deleted")
    expect(deleted).toMatchObject({ chatID: chat.id, ids: [chat.id] })
    expect(deleted.entries).toBeUndefined()
  })

  it("seq is per connection", async () => {
    const first = await connect()
    const [a] = await twoChats()
    await subscribe(first, [a])
    ctx.server.simulate.incomingMessage({ chatID: a })
    await first.next((f) => f.type === "chat.upserted")
    const second = await connect()
    await subscribe(second, [a])
    ctx.server.simulate.incomingMessage({ chatID: a })
    const event = await second.next((f) => typeof f.seq === "number")
    expect(event.seq).toBe(1)
    const later = await first.next((f) => f.type === "message.upserted")
    expect(later.seq).toBe(3)
  })
})

describe("ts", () => {
  const at = Date.parse("2026-07-01T08:30:00.250Z")
  const expected: Record<TsFormat, unknown> = { iso: "2026-07-01T08:30:00.250Z", ms: at, "ms-string": String(at) }

  it.each(TS_FORMATS)("tsFormat %s stamps events with the server clock in that form", async (tsFormat) => {
    const server = await startMockServer({ tsFormat, now: () => at, sendDelay: "manual", remoteDelay: "manual" })
    try {
      expect(server.tsFormat).toBe(tsFormat)
      const client = await connectLive(server)
      await subscribe(client, ["*"])
      server.simulate.incomingMessage({ text: "what time is it" })
      const event = await client.next((f) => f.type === "message.upserted")
      expect(event.ts).toStrictEqual(expected[tsFormat])
      client.close()
    } finally {
      await server.close()
    }
  })

  it("defaults to the ISO form", () => {
    expect(ctx.server.tsFormat).toBe("iso")
  })

  it("is validated: ISO against the upstream WSDomainEventMessage, epoch ms against spec/asyncapi.yaml", () => {
    const frame = { type: "message.deleted", seq: 1, chatID: "c", ids: ["m"] }
    expect(checkFrame(JSON.stringify({ ...frame, ts: expected.iso }))).toEqual([])
    expect(checkFrame(JSON.stringify({ ...frame, ts: expected.ms }))).toEqual([])
    expect(checkFrame(JSON.stringify({ ...frame, ts: "yesterday" }))).not.toEqual([])
    expect(checkFrame(JSON.stringify({ ...frame, ts: expected.iso, unknown: 1 }))).not.toEqual([])
  })
})

/** Simulating the outside world, programmatically and over /_mock/simulate. */
import { describe, expect, it, vi } from "vitest"
import { path, useMockServer } from "./support/api.ts"

const ctx = useMockServer({ lifecycle: "each" })

const control = async (name: string, body: unknown = {}) => {
  const response = await fetch(new URL(`/_mock/simulate/${name}`, ctx.server.url), {
    method: "POST",
    headers: { authorization: `Bearer ${ctx.server.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() }
}

describe("simulate", () => {
  it("an incoming message shows up unread at the top of the inbox", async () => {
    const chat = (await ctx.api.get("/v1/chats/search", { query: { inbox: "archive", type: "single" } })).body.items[0]
    const other = chat.participants.items.find((p: any) => !p.isSelf)
    const message = ctx.server.simulate.incomingMessage({ chatID: chat.id, senderID: other.id, text: "are you there?" })
    expect(message).toMatchObject({ chatID: chat.id, senderID: other.id, text: "are you there?", isSender: false, isUnread: true })
    const top = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0]
    expect(top).toMatchObject({ id: chat.id, preview: { id: message.id } })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items[0].id).toBe(message.id)
    expect((await ctx.api.get("/v1/messages/search", { query: { query: "there", chatIDs: [chat.id] } })).body.items[0].id).toBe(message.id)
  })

  it("incoming media, mentions and replies", async () => {
    const group = (await ctx.api.get("/v1/chats/search", { query: { type: "group", inbox: "primary" } })).body.items.find((c: any) => !c.isReadOnly)
    const voice = ctx.server.simulate.incomingMessage({ chatID: group.id, kind: "voice" })
    expect(voice.attachments?.[0]).toMatchObject({ type: "audio", isVoiceNote: true })
    const mention = ctx.server.simulate.incomingMessage({ chatID: group.id, text: "@Jamie look", mentionsSelf: true, replyToMessageID: voice.id })
    expect(mention.linkedMessageID).toBe(voice.id)
    expect((await ctx.api.get(path`/v1/chats/${group.id}`)).body.unreadMentionsCount).toBeGreaterThan(0)
    expect(() => ctx.server.simulate.incomingMessage({ chatID: group.id, senderID: "@stranger:beeper.com" })).toThrow()
  })

  it("a new chat appears with its first message; deleting it removes it", async () => {
    const chat = ctx.server.simulate.newChat({ text: "hi, got your number from Sam" })
    const fetched = (await ctx.api.get(path`/v1/chats/${chat.id}`)).body
    expect(fetched).toMatchObject({ type: "single", unreadCount: 1 })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items[0].text).toBe("hi, got your number from Sam")
    ctx.server.simulate.deleteChat(chat.id)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).status).toBe(404)
  })

  it("reactions, edits and deletions by others", async () => {
    const withSomeone = (c: any) => c.participants.items.length > 1 // not the note-to-self chat
    const chat = (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "telegram", type: "single" } })).body.items.find(withSomeone)
    const incoming = ctx.server.simulate.incomingMessage({ chatID: chat.id, text: "typo" })
    ctx.server.simulate.reaction({ chatID: chat.id, messageID: incoming.id, reactionKey: "😂" })
    ctx.server.simulate.editMessage({ chatID: chat.id, messageID: incoming.id, text: "fixed" })
    const edited = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${incoming.id}`)).body
    expect(edited).toMatchObject({ text: "fixed", reactions: [{ reactionKey: "😂" }] })
    ctx.server.simulate.deleteMessage({ chatID: chat.id, messageID: incoming.id })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${incoming.id}`)).body.isDeleted).toBe(true)
  })

  it("a repeated reaction (same person, same key) is one reaction with one ID, and announces nothing", async () => {
    const signal = (await ctx.api.get("/v1/accounts")).body.find((a: any) => a.bridge.type === "signal").accountID
    for (const accountIDs of ["telegram", signal]) { // several reactions per person (reactionCount 3), then one (1)
      const chat = (await ctx.api.get("/v1/chats/search", { query: { accountIDs, type: "single" } })).body.items.find((c: any) => c.participants.items.length > 1)
      expect(chat.capabilities.reactionCount).toBe(accountIDs === "telegram" ? 3 : 1)
      const incoming = ctx.server.simulate.incomingMessage({ chatID: chat.id, text: "react twice" })
      const senderID = incoming.senderID
      ctx.server.simulate.reaction({ chatID: chat.id, messageID: incoming.id, reactionKey: "😂", senderID })
      const seen: Array<string> = []
      const stop = ctx.server.onChange((event) => seen.push(event.type))
      const again = ctx.server.simulate.reaction({ chatID: chat.id, messageID: incoming.id, reactionKey: "😂", senderID })
      expect((await control("reaction", { chatID: chat.id, messageID: incoming.id, reactionKey: "😂", senderID })).status).toBe(200)
      stop()
      expect(seen).toEqual([])
      expect(again.reactions).toHaveLength(1)
      const reactions = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${incoming.id}`)).body.reactions
      expect(reactions).toEqual([expect.objectContaining({ participantID: senderID, reactionKey: "😂" })])
      expect(new Set(reactions.map((r: any) => r.id)).size).toBe(reactions.length)
    }
  })

  it("onChange reports the same changes the WebSocket announces", async () => {
    const seen: Array<string> = []
    const stop = ctx.server.onChange((event) => seen.push(`${event.type} ${event.chatID}`))
    const chat = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0]
    await ctx.api.post(path`/v1/chats/${chat.id}/archive`)
    stop()
    await ctx.api.post(path`/v1/chats/${chat.id}/archive`, { archived: false })
    expect(seen).toEqual([`chat.upserted ${chat.id}`])
  })

  it("an onChange listener that throws (a failed assertion) changes nothing the server does; its error is thrown on its own", async () => {
    // the error is thrown again from a microtask of its own: caught here, where the test runner would report it
    const thrown: Array<unknown> = []
    const queueMicrotask = globalThis.queueMicrotask
    const spy = vi.spyOn(globalThis, "queueMicrotask").mockImplementation((callback) =>
      queueMicrotask(() => {
        try {
          callback()
        } catch (error) {
          thrown.push(error)
        }
      })
    )
    try {
      const seen: Array<string> = []
      ctx.server.onChange(() => {
        throw new Error("listener failed")
      })
      ctx.server.onChange((event) => seen.push(event.type))
      const chat = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0]
      const sent = await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "still sent once" })
      expect(sent.status).toBe(200)
      expect(ctx.server.simulate.settle()).toBe(1)
      const final = await ctx.api.get(path`/v1/chats/${chat.id}/messages`)
      const mine = final.body.items.filter((m: any) => m.text === "still sent once")
      expect(mine.map((m: any) => m.sendStatus?.status ?? "SENT")).not.toContain("PENDING")
      expect(mine).toHaveLength(1)
      expect(seen).toContain("message.upserted")
      expect(seen).toContain("chat.upserted")
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(thrown.length).toBeGreaterThan(0)
      expect(thrown.every((error) => error instanceof Error && error.message === "listener failed")).toBe(true)
    } finally {
      spy.mockRestore()
    }
  })

  // Traffic used to write in the disconnected Instagram account's chats and bring them to the top: a program that
  // answered the latest chat (the adapters' README example) failed with "The account needs to be reconnected".
  it("incoming messages with no chat given, and background traffic, reach only chats of connected accounts", async () => {
    const accounts = (await ctx.api.get("/v1/accounts")).body as Array<{ accountID: string; status: string }>
    const disconnected = accounts.find((a) => a.status === "reconnect_required")!.accountID
    const theirs = (await ctx.api.get("/v1/chats", { query: { accountIDs: [disconnected], limit: 200 } })).body.items
    expect(theirs.length).toBeGreaterThan(0)
    // a chat named explicitly still receives (a test may want that), and brings the account's chats to the top
    for (const chat of theirs) ctx.server.simulate.incomingMessage({ chatID: chat.id })
    expect((await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0].accountID).toBe(disconnected)
    const theirIDs = new Set(theirs.map((chat: { id: string }) => chat.id))

    expect(theirIDs.has(ctx.server.simulate.incomingMessage().chatID)).toBe(false)
    expect((await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0].accountID).not.toBe(disconnected)

    const reached: Array<string> = []
    const enough = new Promise<void>((resolve) => {
      const stop = ctx.server.onChange((event) => {
        if (event.type !== "message.upserted") return
        reached.push(event.chatID)
        if (reached.length === 40) {
          stop()
          resolve()
        }
      })
    })
    ctx.server.simulate.traffic(10)
    await enough
    ctx.server.simulate.traffic(false)
    expect(reached.filter((chatID) => theirIDs.has(chatID))).toEqual([])
  })

  it("background traffic delivers messages until stopped", async () => {
    const arrived = new Promise<string>((resolve) => {
      const stop = ctx.server.onChange((event) => {
        if (event.type === "message.upserted") {
          stop()
          resolve(event.chatID)
        }
      })
    })
    ctx.server.simulate.traffic(20)
    const chatID = await arrived
    ctx.server.simulate.traffic(false)
    expect((await ctx.api.get(path`/v1/chats/${chatID}`)).status).toBe(200)
  })
})

describe("simulate refuses what the spec does not allow", () => {
  const kinds = "text, image, video, voice, audio, file, gif, sticker, location, link, notice"

  it("programmatically: an unknown settle kind throws an error naming the allowed values, and releases nothing", async () => {
    const chatID = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0].id as string
    const { pendingMessageID } = (await ctx.api.post(path`/v1/chats/${chatID}/messages`, { text: "held" })).body
    expect(() => ctx.server.simulate.settle("sends" as any)).toThrow('kind must be one of send, remote (got "sends")')
    expect((await ctx.api.get(path`/v1/chats/${chatID}/messages/${pendingMessageID}`)).body.sendStatus.status).toBe("PENDING")
    expect(ctx.server.simulate.settle("send")).toBe(1)
  })

  it("programmatically: an unknown message kind or chat type throws an error naming the allowed values, and changes nothing", async () => {
    const chatID = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0].id as string
    let changes = 0
    ctx.server.onChange(() => changes++)
    expect(() => ctx.server.simulate.incomingMessage({ chatID, kind: "Text" as any })).toThrow(`kind must be one of ${kinds}`)
    expect(() => ctx.server.simulate.incomingMessage({ kind: 5 as any })).toThrow(`kind must be one of ${kinds}`)
    expect(() => ctx.server.simulate.newChat({ type: "weird" as any })).toThrow("type must be one of single, group")
    expect(() => ctx.server.simulate.newChat({ type: "channel" as any })).toThrow("type must be one of single, group")
    expect(changes).toBe(0)
    // the allowed values still work
    expect(ctx.server.simulate.incomingMessage({ chatID, kind: "notice" }).chatID).toBe(chatID)
    expect(ctx.server.simulate.newChat({ type: "group" }).type).toBe("group")
  })

  it("over HTTP: 400 VALIDATION_ERROR in the fault rules' shape, and nothing served off-spec", async () => {
    let changes = 0
    ctx.server.onChange(() => changes++)
    expect(await control("new-chat", { type: "weird" })).toEqual({
      status: 400,
      body: {
        code: "VALIDATION_ERROR",
        message: "Invalid request: type must be one of single, group (got \"weird\")",
        details: { issues: [{ code: "invalid_enum_value", message: "type must be one of single, group (got \"weird\")", path: ["type"] }] },
      },
    })
    expect(await control("incoming-message", { kind: "bogus", text: "hi" })).toEqual({
      status: 400,
      body: {
        code: "VALIDATION_ERROR",
        message: `Invalid request: kind must be one of ${kinds} (got "bogus")`,
        details: { issues: [{ code: "invalid_enum_value", message: `kind must be one of ${kinds} (got "bogus")`, path: ["kind"] }] },
      },
    })
    expect(changes).toBe(0)
    const types = new Set((await ctx.api.get("/v1/chats", { query: { limit: 200 } })).body.items.map((c: any) => c.type))
    expect([...types].sort()).toEqual(["group", "single"])
    // the same shape as a refused fault rule
    const fault = await fetch(new URL("/_mock/faults", ctx.server.url), {
      method: "POST",
      headers: { authorization: `Bearer ${ctx.server.token}`, "content-type": "application/json" },
      body: JSON.stringify({ kind: "explode" }),
    })
    expect(Object.keys(await fault.json()).sort()).toEqual(["code", "details", "message"])
  })
})

describe("/_mock/simulate", () => {
  it("drives the same simulation over HTTP", async () => {
    const chat = (await control("new-chat", { text: "over http" })).body
    expect(chat.type).toBe("single")
    const message = (await control("incoming-message", { chatID: chat.id, text: "second" })).body
    expect(message.text).toBe("second")
    expect((await control("reaction", { chatID: chat.id, messageID: message.id, reactionKey: "👍" })).body.reactions).toHaveLength(1)
    expect((await control("edit-message", { chatID: chat.id, messageID: message.id, text: "2nd" })).body.text).toBe("2nd")
    expect((await control("delete-message", { chatID: chat.id, messageID: message.id })).status).toBe(204)
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "pending" })).body
    expect((await control("fail-next-send", { status: "FAIL_RETRIABLE" })).status).toBe(204)
    await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "will fail" })
    expect((await control("settle", { kind: "send" })).body).toEqual({ released: 2 })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body.sendStatus.status).toBe("SUCCESS")
    const verification = (await control("incoming-verification", { name: "Beeper on Linux" })).body
    expect(verification).toMatchObject({ direction: "incoming", otherDevice: { name: "Beeper on Linux" } })
    const session = (await ctx.api.post("/v1/bridges/local-whatsapp/login-sessions")).body
    expect((await control("confirm-login-display", { loginSessionID: session.loginSessionID })).body).toEqual({ confirmed: 1 })
    expect((await control("delete-chat", { chatID: chat.id })).status).toBe(204)
    expect((await control("traffic", { intervalMs: false })).status).toBe(204)
  })

  it("reports bad input with the Error shape", async () => {
    expect(await control("reaction", { chatID: "x" })).toMatchObject({ status: 400, body: { code: "VALIDATION_ERROR" } })
    expect(await control("incoming-message", { chatID: "!unknown:beeper.com" })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } })
    expect(await control("settle", { kind: "everything" })).toMatchObject({ status: 400, body: { message: 'Invalid request: kind must be one of send, remote (got "everything")' } })
  })
})

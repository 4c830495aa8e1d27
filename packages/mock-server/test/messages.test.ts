/** Messages: cursor pagination in both directions, send/pending/confirm, edit, delete, reactions, search. */
import { describe, expect, it } from "vitest"
import { path, useMockServer } from "./support/api.ts"

const ctx = useMockServer()

const familyChat = async () => (await ctx.api.get("/v1/chats/search", { query: { query: "family", type: "group" } })).body.items[0]
const matrixSingle = async () => (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "matrix", type: "single" } })).body.items[0]

describe("GET /v1/chats/{chatID}/messages pagination", () => {
  it("walks the whole 1500-message chat backwards with `before`, newest first, without gaps or duplicates", async () => {
    const chat = await familyChat()
    const seen: Array<string> = []
    let page = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body
    let pages = 1
    for (;;) {
      expect(page.items.length).toBeLessThanOrEqual(20)
      seen.push(...page.items.map((m: any) => m.sortKey))
      expect(page.newestCursor).toBe(page.items[0].sortKey)
      expect(page.oldestCursor).toBe(page.items[page.items.length - 1].sortKey)
      if (!page.hasMore) break
      page = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor: page.oldestCursor, direction: "before" } })).body
      pages++
    }
    expect(seen).toHaveLength(1500)
    expect(new Set(seen).size).toBe(1500)
    expect([...seen].sort().reverse()).toEqual(seen)
    expect(pages).toBe(75)
  })

  it("walks forward with `after` from the oldest message back to the newest", async () => {
    const chat = await familyChat()
    let page = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body
    while (page.hasMore) page = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor: page.oldestCursor } })).body
    const oldest = page.items[page.items.length - 1].sortKey
    const forward: Array<string> = [oldest]
    let cursor = oldest
    for (;;) {
      const next = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor, direction: "after" } })).body
      forward.push(...[...next.items].reverse().map((m: any) => m.sortKey))
      if (!next.hasMore) break
      cursor = next.newestCursor
    }
    expect(forward).toHaveLength(1500)
    expect([...forward].sort()).toEqual(forward)
  })

  it("an `after` page right after a `before` page returns the previous page again", async () => {
    const chat = await familyChat()
    const first = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body
    const second = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor: first.oldestCursor, direction: "before" } })).body
    const back = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor: second.newestCursor, direction: "after" } })).body
    expect(back.items.map((m: any) => m.id)).toEqual(first.items.map((m: any) => m.id))
    expect(back.hasMore).toBe(false)
  })

  it("rejects a cursor it did not issue (400) and an unknown chat (404)", async () => {
    const chat = await familyChat()
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { cursor: "garbage" } })).status).toBe(400)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: { direction: "sideways" } })).status).toBe(400)
    expect((await ctx.api.get(path`/v1/chats/${"!nope:beeper.com"}/messages`)).body.code).toBe("NOT_FOUND")
  })

  it("accepts the local chat ID in place of the chat ID", async () => {
    const chat = await familyChat()
    expect((await ctx.api.get(path`/v1/chats/${chat.localChatID}/messages`)).body.items[0].chatID).toBe(chat.id)
  })
})

describe("sending", () => {
  it("returns a pendingMessageID; the pending message resolves to a real one with sendStatus SUCCESS", async () => {
    const chat = await matrixSingle()
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "Is **this** on?" })).body
    expect(sent.chatID).toBe(chat.id)
    const pending = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body
    expect(pending).toMatchObject({ id: sent.pendingMessageID, isSender: true, text: "Is <strong>this</strong> on?", sendStatus: { status: "PENDING" } })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items[0].id).toBe(sent.pendingMessageID)
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).status).toBe(400)
    expect(ctx.server.simulate.settle("send")).toBe(1)
    const real = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body
    expect(real.id).not.toBe(sent.pendingMessageID)
    expect(real.sendStatus.status).toBe("SUCCESS")
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${real.id}`)).body.sortKey).toBe(pending.sortKey)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.lastActivity).toBe(real.timestamp)
  })

  it("JSON-stringified text is Matrix HTML given verbatim (upstream's send, edit and draft rule); other text is Markdown", async () => {
    const chat = await matrixSingle()
    const verbatim = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: JSON.stringify("<b>raw</b> &amp; <i>html</i>") })).body
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${verbatim.pendingMessageID}`)).body.text).toBe("<b>raw</b> &amp; <i>html</i>")
    const quoted = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: '"unclosed quote & more' })).body
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${quoted.pendingMessageID}`)).body.text).toBe('"unclosed quote &amp; more')
  })

  it("the network's text limit counts the text as sent, not the HTML it becomes", async () => {
    const chat = await matrixSingle()
    const max = chat.capabilities?.maxTextLength ?? 65_536
    // each "&" becomes "&amp;": five times the limit as HTML, exactly the limit as written
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "&".repeat(max) })).status).toBe(200)
    const tooLong = await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "a".repeat(max + 1) })
    expect(tooLong.status).toBe(422)
    expect(tooLong.body.code).toBe("TEXT_TOO_LONG")
  })

  it("reports a network failure in sendStatus", async () => {
    const chat = await matrixSingle()
    ctx.server.simulate.failNextSend({ status: "FAIL_PERMANENT", reason: "blocked" })
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "will fail" })).body
    ctx.server.simulate.settle("send")
    const failed = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body
    expect(failed.sendStatus).toMatchObject({ status: "FAIL_PERMANENT", reason: "blocked" })
  })

  it("sends replies and refuses replies to unknown messages (422)", async () => {
    const chat = await matrixSingle()
    const target = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items.find((m: any) => !m.isDeleted && m.sendStatus?.status !== "PENDING")
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "replying", replyToMessageID: target.id })).body
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body.linkedMessageID).toBe(target.id)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "x", replyToMessageID: "999" })).status).toBe(422)
    ctx.server.simulate.settle("send")
  })

  it("uploads a file then sends it as an attachment (base64 and multipart)", async () => {
    const chat = await matrixSingle()
    const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64")
    const upload = (await ctx.api.post("/v1/assets/upload/base64", { content: gif.toString("base64") })).body
    expect(upload).toMatchObject({ mimeType: "image/gif", width: 1, height: 1, fileSize: gif.length })
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { attachment: { uploadID: upload.uploadID } })).body
    const message = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body
    expect(message.type).toBe("IMAGE")
    expect(message.attachments[0]).toMatchObject({ type: "img", isGif: true, mimeType: "image/gif", fileSize: gif.length, size: { width: 1, height: 1 } })
    const served = await ctx.api.get("/v1/assets/serve", { query: { url: message.attachments[0].srcURL } })
    expect([served.headers.get("content-type"), served.headers.get("content-length")]).toEqual(["image/gif", String(gif.length)])
    const form = new FormData()
    form.set("file", new Blob(["%PDF-1.7 minimal"]), "notes.pdf")
    const multipart = (await ctx.api.request("POST", "/v1/assets/upload", { form })).body
    expect(multipart).toMatchObject({ fileName: "notes.pdf", mimeType: "application/pdf" })
    const sentFile = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "the notes", attachment: { uploadID: multipart.uploadID, type: "file" } })).body
    const fileMessage = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sentFile.pendingMessageID}`)).body
    expect(fileMessage).toMatchObject({ type: "FILE", text: "the notes", attachments: [{ type: "unknown", fileName: "notes.pdf" }] })
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { attachment: { uploadID: "upl_missing" } })).status).toBe(422)
    ctx.server.simulate.settle("send")
  })

  it("refuses empty messages and read-only chats (422)", async () => {
    const chat = await matrixSingle()
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages`)).status).toBe(422)
    const announcements = (await ctx.api.get("/v1/chats/search", { query: { query: "announcements" } })).body.items[0]
    expect(announcements.isReadOnly).toBe(true)
    expect((await ctx.api.post(path`/v1/chats/${announcements.id}/messages`, { text: "hi" })).body.code).toBe("READ_ONLY_CHAT")
  })
})

describe("editing, deleting and reacting", () => {
  const sendAndConfirm = async (chatID: string, text: string) => {
    const sent = (await ctx.api.post(path`/v1/chats/${chatID}/messages`, { text })).body
    ctx.server.simulate.settle("send")
    return (await ctx.api.get(path`/v1/chats/${chatID}/messages/${sent.pendingMessageID}`)).body
  }

  it("edits own text messages; refuses others' messages, old messages and messages with attachments", async () => {
    const chat = await matrixSingle()
    const mine = await sendAndConfirm(chat.id, "typo hre")
    const edited = (await ctx.api.put(path`/v1/chats/${chat.id}/messages/${mine.id}`, { text: "typo here" })).body
    expect(edited).toMatchObject({ id: mine.id, text: "typo here", messageID: mine.id, success: true })
    expect(edited.editedTimestamp).toBeDefined()
    const history = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`, { query: {} })).body.items
    const theirs = history.find((m: any) => !m.isSender && !m.isDeleted)
    if (theirs) expect((await ctx.api.put(path`/v1/chats/${chat.id}/messages/${theirs.id}`, { text: "no" })).body.code).toBe("NOT_SENDER")
    const family = await familyChat()
    const old = (await ctx.api.get("/v1/messages/search", { query: { chatIDs: [family.id], sender: "me", mediaTypes: ["image"], limit: 1 } })).body.items[0]
    expect((await ctx.api.put(path`/v1/chats/${family.id}/messages/${old.id}`, { text: "no" })).status).toBe(422)
    expect((await ctx.api.put(path`/v1/chats/${chat.id}/messages/${mine.id}`, {})).status).toBe(400)
  })

  it("deletes for everyone (tombstone) or only for me (gone)", async () => {
    const chat = await matrixSingle()
    const a = await sendAndConfirm(chat.id, "delete me for everyone")
    const b = await sendAndConfirm(chat.id, "delete me for me")
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${a.id}`, { query: { forEveryone: true } })).status).toBe(204)
    const tombstone = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${a.id}`)).body
    expect(tombstone.isDeleted).toBe(true)
    expect(tombstone.text).toBeUndefined()
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${b.id}`, { query: { forEveryone: false } })).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${b.id}`)).status).toBe(404)
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${"42"}`)).status).toBe(404)
  })

  it("forEveryone defaults to true (spec, upstream): someone else's message without it is 400 NOT_SENDER, kept; forEveryone=false removes it for you", async () => {
    const chat = await matrixSingle()
    const theirs = ctx.server.simulate.incomingMessage({ chatID: chat.id, text: "not yours to delete" })
    for (const query of [{}, { forEveryone: true }]) {
      const refused = await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${theirs.id}`, { query })
      expect(refused.status).toBe(400)
      expect(refused.body.code).toBe("NOT_SENDER")
    }
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${theirs.id}`)).body).toMatchObject({ id: theirs.id, text: "not yours to delete" })
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${theirs.id}`, { query: { forEveryone: false } })).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${theirs.id}`)).status).toBe(404)
    const mine = await sendAndConfirm(chat.id, "mine, deleted for everyone by default")
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${mine.id}`)).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${mine.id}`)).body.isDeleted).toBe(true)
  })

  it("adds and removes the user's reactions, deduplicating by transactionID", async () => {
    const chat = await matrixSingle()
    const target = await sendAndConfirm(chat.id, "react here")
    const first = (await ctx.api.post(path`/v1/chats/${chat.id}/messages/${target.id}/reactions`, { reactionKey: "🔥", transactionID: "txn-1" })).body
    expect(first).toMatchObject({ chatID: chat.id, messageID: target.id, reactionKey: "🔥", success: true, transactionID: "txn-1" })
    await ctx.api.post(path`/v1/chats/${chat.id}/messages/${target.id}/reactions`, { reactionKey: "🔥", transactionID: "txn-1" })
    const reacted = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${target.id}`)).body
    expect(reacted.reactions.filter((r: any) => r.reactionKey === "🔥")).toHaveLength(1)
    expect(reacted.reactions[0]).toMatchObject({ participantID: reacted.senderID, emoji: true })
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${target.id}/reactions/${"🔥"}`)).status).toBe(200)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${target.id}`)).body.reactions).toBeUndefined()
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${target.id}/reactions/${"🔥"}`)).status).toBe(404)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages/${target.id}/reactions`, { reactionKey: "" })).status).toBe(400)
  })

  it("refuses a reaction over the chat's reactionCount with 422 REACTION_LIMIT_REACHED, counting the user's own reactions", async () => {
    const withSomeone = (c: any) => c.participants.items.length > 1
    const chat = (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "telegram", type: "single" } })).body.items.find(withSomeone)
    const limit = (await ctx.api.get(path`/v1/chats/${chat.id}`)).body.capabilities.reactionCount
    expect(limit).toBe(3)
    const target = await sendAndConfirm(chat.id, "react a lot")
    const react = (reactionKey: string, transactionID?: string) =>
      ctx.api.post(path`/v1/chats/${chat.id}/messages/${target.id}/reactions`, { reactionKey, ...(transactionID ? { transactionID } : {}) })
    // someone else's reactions do not count against the user's
    ctx.server.simulate.reaction({ chatID: chat.id, messageID: target.id, reactionKey: "👀" })
    for (const key of ["👍", "❤️", "😂"]) expect((await react(key)).status).toBe(200)
    const refused = await react("🔥", "over-the-limit")
    expect(refused.status).toBe(422)
    expect(refused.body.code).toBe("REACTION_LIMIT_REACHED")
    expect((await react("👍")).status).toBe(200) // one the user already has: nothing new
    const reactions = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${target.id}`)).body.reactions
    expect(reactions.filter((r: any) => r.participantID === target.senderID).map((r: any) => r.reactionKey)).toEqual(["👍", "❤️", "😂"])
    expect(reactions).toHaveLength(4)
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/messages/${target.id}/reactions/${"❤️"}`)).status).toBe(200)
    expect((await react("🔥", "over-the-limit")).status).toBe(200) // the refused transaction was not recorded
  })

  it("only allows the network's reactions (iMessage tapbacks)", async () => {
    const chat = (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "imessage" } })).body.items[0]
    const message = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items.find((m: any) => !m.isDeleted)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages/${message.id}/reactions`, { reactionKey: "🦄" })).body.code).toBe("REACTION_NOT_ALLOWED")
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/messages/${message.id}/reactions`, { reactionKey: "‼️" })).status).toBe(200)
  })
})

describe("GET /v1/messages/search", () => {
  const search = async (query: Record<string, any>) => {
    const response = await ctx.api.get("/v1/messages/search", { query })
    expect(response.status).toBe(200)
    return response.body
  }
  const words = (text: string | undefined) => (text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u)

  it("matches literal words case-insensitively, all tokens required", async () => {
    const lower = await search({ query: "dinner", limit: 20 })
    expect(lower.items.length).toBeGreaterThan(0)
    for (const m of lower.items) expect(words(m.text)).toContain("dinner")
    expect((await search({ query: "DINNER", limit: 20 })).items.map((m: any) => m.id)).toEqual(lower.items.map((m: any) => m.id))
    const both = await search({ query: "dinner friday", limit: 20 })
    expect(both.items.length).toBeGreaterThan(0)
    for (const m of both.items) expect(words(m.text)).toEqual(expect.arrayContaining(["dinner", "friday"]))
    expect((await search({ query: "dinner xylophone" })).items).toEqual([])
    expect((await search({ query: "dinn" })).items).toEqual([])
  })

  it("matches what was written, not the HTML tags and entities of sent and edited messages", async () => {
    const chat = await matrixSingle()
    const markup = ["strong", "em", "br", "lt", "gt", "amp", "code", "del"]
    const found = async (query: string) => (await search({ query, chatIDs: [chat.id], sender: "me" })).items.map((m: any) => m.id)
    const before = Object.fromEntries(await Promise.all(markup.map(async (q) => [q, await found(q)] as const)))
    const sent = (await ctx.api.post(path`/v1/chats/${chat.id}/messages`, { text: "Tom & Jerry: **bold** a<b>c\nline2 *it* `x` ~~gone~~" })).body
    ctx.server.simulate.settle("send")
    const message = (await ctx.api.get(path`/v1/chats/${chat.id}/messages/${sent.pendingMessageID}`)).body
    expect(message.text).toContain("<strong>bold</strong>")
    for (const q of markup) expect(await found(q), q).toEqual(before[q])
    for (const q of ["tom", "jerry", "bold", "a", "b", "c", "line2", "it", "gone"]) expect(await found(q), q).toContain(message.id)
    await ctx.api.put(path`/v1/chats/${chat.id}/messages/${message.id}`, { text: "fish & chips\n**now**" })
    for (const q of markup) expect(await found(q), q).toEqual(before[q])
    expect(await found("fish chips now")).toEqual([message.id])
    expect(await found("bold")).not.toContain(message.id)
  })

  it("includes the chats referenced by the items", async () => {
    const page = await search({ query: "dinner" })
    for (const m of page.items) expect(page.chats[m.chatID].id).toBe(m.chatID)
  })

  it("filters by sender, chat type, account, chat and date range", async () => {
    for (const m of (await search({ sender: "me" })).items) expect(m.isSender).toBe(true)
    for (const m of (await search({ sender: "others" })).items) expect(m.isSender).toBe(false)
    const someone = (await search({ sender: "others", limit: 1 })).items[0]
    for (const m of (await search({ sender: someone.senderID })).items) expect(m.senderID).toBe(someone.senderID)
    const groups = await search({ chatType: "group" })
    for (const m of groups.items) expect(groups.chats[m.chatID].type).toBe("group")
    for (const m of (await search({ accountIDs: ["telegram", "discordgo"] })).items) expect(["telegram", "discordgo"]).toContain(m.accountID)
    const family = await familyChat()
    for (const m of (await search({ chatIDs: [family.id] })).items) expect(m.chatID).toBe(family.id)
    const after = "2026-04-01T00:00:00Z"
    const before = "2026-04-15T00:00:00+02:00"
    const ranged = await search({ dateAfter: after, dateBefore: before })
    expect(ranged.items.length).toBeGreaterThan(0)
    for (const m of ranged.items) {
      expect(Date.parse(m.timestamp)).toBeGreaterThan(Date.parse(after))
      expect(Date.parse(m.timestamp)).toBeLessThan(Date.parse(before))
    }
  })

  it("filters by media type", async () => {
    for (const m of (await search({ mediaTypes: ["image"] })).items) expect(m.attachments.some((a: any) => a.type === "img")).toBe(true)
    for (const m of (await search({ mediaTypes: ["video"] })).items) expect(m.attachments.some((a: any) => a.type === "video")).toBe(true)
    for (const m of (await search({ mediaTypes: ["link"] })).items) expect(m.links.length).toBeGreaterThan(0)
    for (const m of (await search({ mediaTypes: ["file"] })).items) expect(m.attachments.length).toBeGreaterThan(0)
    const any = await search({ mediaTypes: ["any"] })
    expect(any.items.length).toBe(20)
    for (const m of any.items) expect((m.attachments?.length ?? 0) + (m.links?.length ?? 0)).toBeGreaterThan(0)
  })

  it("excludes low-priority chats by default and muted chats on request", async () => {
    const low = (await ctx.api.get("/v1/chats/search", { query: { inbox: "low-priority" } })).body.items[0]
    expect((await search({ chatIDs: [low.id] })).items).toEqual([])
    expect((await search({ chatIDs: [low.id], excludeLowPriority: false })).items.length).toBeGreaterThan(0)
    const muted = (await ctx.api.get("/v1/chats/search", { query: { limit: 200 } })).body.items.find((c: any) => c.isMuted && !c.isLowPriority)
    expect((await search({ chatIDs: [muted.id] })).items.length).toBeGreaterThan(0)
    expect((await search({ chatIDs: [muted.id], includeMuted: false })).items).toEqual([])
  })

  it("pages with cursors, capped at 20 per page; rejects limits outside 1-20", async () => {
    const first = await search({ query: "the" })
    expect(first.items).toHaveLength(20)
    expect(first.hasMore).toBe(true)
    const second = await search({ query: "the", cursor: first.oldestCursor, direction: "before" })
    expect(second.items[0].sortKey < first.items[19].sortKey).toBe(true)
    const back = await search({ query: "the", cursor: second.newestCursor, direction: "after" })
    expect(back.items.map((m: any) => m.id)).toEqual(first.items.map((m: any) => m.id))
    expect((await search({ query: "the", limit: 5 })).items).toHaveLength(5)
    expect((await ctx.api.get("/v1/messages/search", { query: { limit: 21 } })).status).toBe(400)
    expect((await ctx.api.get("/v1/messages/search", { query: { limit: 0 } })).status).toBe(400)
    expect((await ctx.api.get("/v1/messages/search", { query: { mediaTypes: ["audio"] } })).status).toBe(400)
    expect((await ctx.api.get("/v1/messages/search", { query: { dateAfter: "last tuesday" } })).status).toBe(400)
    // not rolled over into March
    expect((await ctx.api.get("/v1/messages/search", { query: { dateAfter: "2025-02-30T10:00:00Z" } })).status).toBe(400)
  })
})

describe("GET /v1/search and POST /v1/focus", () => {
  it("returns matching chats, groups by participant name and the first page of messages", async () => {
    const family = await familyChat()
    const member = family.participants.items.find((p: any) => !p.isSelf)
    const firstName = member.fullName.split(" ")[0]
    const results = (await ctx.api.get("/v1/search", { query: { query: firstName } })).body.results
    expect(results.in_groups.every((c: any) => c.type === "group")).toBe(true)
    expect(results.in_groups.some((c: any) => c.id === family.id)).toBe(true)
    const byTitle = (await ctx.api.get("/v1/search", { query: { query: "family" } })).body.results
    expect(byTitle.chats.some((c: any) => c.id === family.id)).toBe(true)
    expect(byTitle.messages.items.length).toBeLessThanOrEqual(20)
    expect((await ctx.api.get("/v1/search")).status).toBe(400)
  })

  it("focuses a chat, and refuses unknown chats (422)", async () => {
    const family = await familyChat()
    expect((await ctx.api.post("/v1/focus", { chatID: family.id, draftText: "hi" })).body).toEqual({ success: true })
    expect((await ctx.api.post("/v1/focus", { chatID: "!unknown:beeper.com" })).status).toBe(422)
  })
})

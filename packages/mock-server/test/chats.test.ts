/** Chats: list and search semantics, create/start, update, archive, read state, reminders, notify-anyway. */
import { describe, expect, it } from "vitest"
import { path, useMockServer } from "./support/api.ts"

const ctx = useMockServer({ lifecycle: "each" })

const allChats = async (query: Record<string, any> = {}): Promise<Array<any>> => (await ctx.api.get("/v1/chats/search", { query: { limit: 200, ...query } })).body.items
const activity = (c: any) => Date.parse(c.lastActivity)

describe("GET /v1/chats", () => {
  it("lists every chat by last activity, most recent first, 25 per page, with previews", async () => {
    const page = (await ctx.api.get("/v1/chats")).body
    expect(page.items).toHaveLength(25)
    expect(page.hasMore).toBe(true)
    const times = page.items.map(activity)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    for (const chat of page.items.filter((c: any) => !c.merge)) expect(chat.preview.chatID).toBe(chat.id)
    expect(page.items.every((c: any) => c.participants.items.length <= 20)).toBe(true)
  })

  it("pages through all chats backwards and forwards with the same items", async () => {
    const total = (await allChats()).length
    expect(total).toBeGreaterThanOrEqual(50)
    const backward: Array<string> = []
    let page = (await ctx.api.get("/v1/chats", { query: { limit: 7 } })).body
    backward.push(...page.items.map((c: any) => c.id))
    while (page.hasMore) {
      page = (await ctx.api.get("/v1/chats", { query: { limit: 7, cursor: page.oldestCursor, direction: "before" } })).body
      backward.push(...page.items.map((c: any) => c.id))
    }
    expect(backward).toHaveLength(total)
    expect(new Set(backward).size).toBe(total)
    const forward: Array<string> = [backward[backward.length - 1] as string]
    let cursor = page.oldestCursor
    for (;;) {
      const next = (await ctx.api.get("/v1/chats", { query: { limit: 7, cursor, direction: "after" } })).body
      forward.unshift(...next.items.map((c: any) => c.id))
      if (!next.hasMore) break
      cursor = next.newestCursor
    }
    expect(forward).toEqual(backward)
  })

  it("filters by account and moves a chat to the top when a message arrives", async () => {
    const telegram = (await ctx.api.get("/v1/chats", { query: { accountIDs: ["telegram"], limit: 200 } })).body.items
    expect(telegram.length).toBeGreaterThan(0)
    expect(telegram.every((c: any) => c.accountID === "telegram")).toBe(true)
    const last = telegram[telegram.length - 1]
    ctx.server.simulate.incomingMessage({ chatID: last.id, text: "bump" })
    const top = (await ctx.api.get("/v1/chats", { query: { limit: 1 } })).body.items[0]
    expect(top).toMatchObject({ id: last.id, preview: { text: "bump" } })
    expect(top.unreadCount).toBeGreaterThan(0)
  })

  it("rejects limits outside 1-200", async () => {
    expect((await ctx.api.get("/v1/chats", { query: { limit: 0 } })).status).toBe(400)
    expect((await ctx.api.get("/v1/chats", { query: { limit: 201 } })).body.details.issues[0].path).toEqual(["limit"])
  })
})

describe("GET /v1/chats/search", () => {
  it("matches title tokens case-insensitively and requires all of them", async () => {
    const hits = await allChats({ query: "FAMILY" })
    expect(hits.map((c: any) => c.title)).toContain("Family")
    const all = await allChats()
    const multiWord = all.find((c: any) => c.type === "group" && c.title.split(" ").length >= 2)
    const [w1, w2] = multiWord.title.split(" ")
    expect((await allChats({ query: `${w2.toLowerCase()} ${w1.toUpperCase()}` })).map((c: any) => c.id)).toContain(multiWord.id)
    expect(await allChats({ query: `${w1} zzzqqq` })).toEqual([])
    expect((await allChats({ query: "telegram" })).every((c: any) => c.network === "Telegram" || /telegram/i.test(c.title))).toBe(true)
  })

  it("matches participant names with scope=participants", async () => {
    const group = (await allChats({ type: "group" })).find((c: any) => c.participants.items.some((p: any) => !p.isSelf && p.fullName))
    const person = group.participants.items.find((p: any) => !p.isSelf && p.fullName)
    const hits = await allChats({ query: person.fullName, scope: "participants" })
    expect(hits.map((c: any) => c.id)).toContain(group.id)
  })

  it("filters by type, inbox, unread, mute, label, account and last activity", async () => {
    const all = await allChats()
    expect((await allChats({ type: "single" })).every((c: any) => c.type === "single")).toBe(true)
    expect((await allChats({ type: "any" })).length).toBe(all.length)
    const primary = await allChats({ inbox: "primary" })
    expect(primary.length).toBeGreaterThan(0)
    expect(primary.every((c: any) => !c.isArchived && !c.isLowPriority)).toBe(true)
    const archive = await allChats({ inbox: "archive" })
    expect(archive.length).toBe(all.filter((c: any) => c.isArchived).length)
    expect((await allChats({ inbox: "low-priority" })).every((c: any) => c.isLowPriority && !c.isArchived)).toBe(true)
    const unread = await allChats({ unreadOnly: true })
    expect(unread.length).toBeGreaterThanOrEqual(20)
    expect(unread.every((c: any) => c.unreadCount > 0 || c.isMarkedUnread)).toBe(true)
    const notMuted = await allChats({ includeMuted: false })
    expect(notMuted.length).toBe(all.filter((c: any) => !c.isMuted).length)
    const label = (await ctx.api.get("/v1/labels")).body[0]
    const labelled = await allChats({ labelID: label.id })
    expect(labelled.length).toBeGreaterThan(0)
    expect(labelled.every((c: any) => c.labels.some((l: any) => l.id === label.id))).toBe(true)
    expect((await allChats({ accountIDs: ["matrix", "telegram"] })).every((c: any) => ["matrix", "telegram"].includes(c.accountID))).toBe(true)
    const days = (n: number) => new Date(ctx.server.fixtureAnchor - n * 86_400_000).toISOString()
    const after = days(16)
    const before = days(5)
    const window = await allChats({ lastActivityAfter: after, lastActivityBefore: before })
    expect(window.length).toBeGreaterThan(0)
    expect(window.every((c: any) => activity(c) > Date.parse(after) && activity(c) < Date.parse(before))).toBe(true)
  })

  it("defaults to 50 per page and validates parameters", async () => {
    const page = (await ctx.api.get("/v1/chats/search")).body
    expect(page.items).toHaveLength(50)
    expect(page.hasMore).toBe(true)
    for (const query of [{ limit: 201 }, { inbox: "spam" }, { type: "channel" }, { unreadOnly: "yes" }, { lastActivityAfter: "2026-13-01" }]) {
      expect((await ctx.api.get("/v1/chats/search", { query })).status).toBe(400)
    }
  })
})

describe("creating and starting chats", () => {
  const contactsOf = async (accountID: string) => (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 200 } })).body.items

  it("reuses an existing direct chat and creates groups", async () => {
    const direct = (await allChats({ accountIDs: "telegram", type: "single" })).find((c: any) => c.participants.items.length > 1)
    const other = direct.participants.items.find((p: any) => !p.isSelf)
    const again = (await ctx.api.post("/v1/chats", { accountID: "telegram", participantIDs: [other.id], type: "single" })).body
    expect(again).toMatchObject({ id: direct.id, chatID: direct.id, status: "existing" })
    const [a, b] = (await contactsOf("telegram")).filter((c: any) => !c.cannotMessage)
    const group = (await ctx.api.post("/v1/chats", { accountID: "telegram", participantIDs: [a.id, b.id], type: "group", messageText: "**welcome** & hi" })).body
    expect(group).toMatchObject({ type: "group", status: "created", participants: { total: 3 } })
    expect(group.title).toContain(a.fullName.split(" ")[0])
    // the first message is a send like any other: its Markdown stored as HTML
    expect((await ctx.api.get(path`/v1/chats/${group.id}/messages`)).body.items[0].text).toBe("<strong>welcome</strong> &amp; hi")
  })

  it("validates: one participant for single chats (400), known accounts and participants (422)", async () => {
    const [a, b] = await contactsOf("telegram")
    expect((await ctx.api.post("/v1/chats", { accountID: "telegram", participantIDs: [a.id, b.id], type: "single" })).status).toBe(400)
    expect((await ctx.api.post("/v1/chats", { accountID: "telegram", participantIDs: [], type: "group" })).status).toBe(400)
    expect((await ctx.api.post("/v1/chats", { accountID: "nope", participantIDs: [a.id], type: "single" })).body.code).toBe("UNKNOWN_ACCOUNT")
    expect((await ctx.api.post("/v1/chats", { accountID: "telegram", participantIDs: ["@ghost:beeper.local"], type: "single" })).status).toBe(422)
    expect((await ctx.api.post("/v1/chats", { accountID: "telegram", type: "single" })).status).toBe(400)
  })

  it("refuses to start a chat with a user Beeper cannot message (422 CANNOT_MESSAGE), as POST /v1/chats does", async () => {
    const whatsapp = (await ctx.api.get("/v1/accounts")).body.find((a: any) => a.bridge.type === "whatsapp").accountID
    const unreachable = (await contactsOf(whatsapp)).find((c: any) => c.cannotMessage)
    const before = (await allChats({ accountIDs: whatsapp })).length
    expect((await ctx.api.post("/v1/chats", { accountID: whatsapp, participantIDs: [unreachable.id], type: "single" })).body.code).toBe("CANNOT_MESSAGE")
    for (const user of [{ id: unreachable.id }, { phoneNumber: unreachable.phoneNumber }]) {
      const refused = await ctx.api.post("/v1/chats/start", { accountID: whatsapp, user, messageText: "hello?" })
      expect(refused.status).toBe(422)
      expect(refused.body.code).toBe("CANNOT_MESSAGE")
    }
    expect((await allChats({ accountIDs: whatsapp })).length).toBe(before)
  })

  it("starts a direct chat by phone number, e-mail or username, reusing it the second time", async () => {
    const whatsapp = (await ctx.api.get("/v1/accounts")).body.find((a: any) => a.bridge.type === "whatsapp").accountID
    const withoutChat = (await contactsOf(whatsapp)).find((c: any) => !c.cannotMessage)
    const first = (await ctx.api.post("/v1/chats/start", { accountID: whatsapp, user: { phoneNumber: withoutChat.phoneNumber } })).body
    expect(first.participants.items.some((p: any) => p.id === withoutChat.id)).toBe(true)
    const second = (await ctx.api.post("/v1/chats/start", { accountID: whatsapp, user: { id: withoutChat.id } })).body
    expect(second).toMatchObject({ id: first.id, status: "existing" })
    const invited = (await ctx.api.post("/v1/chats/start", { accountID: whatsapp, user: { phoneNumber: "+15550001111", fullName: "New Person" } })).body
    expect(invited.title).toBe("New Person")
    const slack = (await ctx.api.get("/v1/accounts")).body.find((a: any) => a.bridge.type === "slackgo").accountID
    const colleague = (await contactsOf(slack))[0]
    expect((await ctx.api.post("/v1/chats/start", { accountID: slack, user: { email: colleague.email.toUpperCase() } })).status).toBe(200)
    expect((await ctx.api.post("/v1/chats/start", { accountID: slack, user: { fullName: "Only A Name" } })).status).toBe(422)
  })
})

describe("updating chat state", () => {
  it("PATCH sets mute, pin, low priority, archive and title", async () => {
    const chat = (await allChats({ type: "group", inbox: "primary" }))[0]
    const updated = (await ctx.api.patch(path`/v1/chats/${chat.id}`, { isMuted: !chat.isMuted, isPinned: true, isLowPriority: true, title: "Renamed" })).body
    expect(updated).toMatchObject({ isMuted: !chat.isMuted, isPinned: true, isLowPriority: true, title: "Renamed" })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.title).toBe("Renamed")
    expect((await allChats({ inbox: "low-priority" })).some((c: any) => c.id === chat.id)).toBe(true)
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { isMuted: "yes" })).status).toBe(400)
  })

  it("PATCH without a body (optional: every field is) changes nothing and returns the chat", async () => {
    const chat = (await allChats({ type: "group", inbox: "primary" }))[0]
    const before = (await ctx.api.get(path`/v1/chats/${chat.id}`)).body
    const response = await ctx.api.patch(path`/v1/chats/${chat.id}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: chat.id, title: before.title, isMuted: before.isMuted, isPinned: before.isPinned })
  })

  it("accepts a draft only when the current one is empty; draft=null clears it", async () => {
    const chat = (await allChats({ type: "single" })).find((c: any) => c.draft === null)
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "first **draft**" } })).body.draft).toEqual({ text: "first <strong>draft</strong>" })
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "second" } })).body.code).toBe("DRAFT_NOT_EMPTY")
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: null })).body.draft).toBeNull()
    const upload = (await ctx.api.post("/v1/assets/upload/base64", { content: Buffer.from("%PDF-1.7").toString("base64"), fileName: "plan.pdf" })).body
    const withFile = (await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "see attached", attachments: { a1: { uploadID: upload.uploadID } } } })).body
    expect(withFile.draft.attachments.a1).toMatchObject({ id: "a1", type: "file", fileName: "plan.pdf", mimeType: "application/pdf" })
  })

  it("always accepts an empty draft (no text, no attachments), also over a non-empty one: only non-empty drafts are refused", async () => {
    const chat = (await allChats({ type: "single" })).find((c: any) => c.draft === null)
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "half-written" } })).body.draft).toEqual({ text: "half-written" })
    const cleared = await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "" } })
    expect(cleared.status).toBe(200)
    expect(cleared.body.draft).toEqual({ text: "" })
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "", attachments: {} } })).status).toBe(200)
    // the draft is empty now, so a new one is accepted
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "fresh" } })).body.draft).toEqual({ text: "fresh" })
    // a fixture draft with an attachment is cleared the same way
    const withAttachment = (await allChats()).find((c: any) => Object.keys(c.draft?.attachments ?? {}).length > 0)
    expect((await ctx.api.patch(path`/v1/chats/${withAttachment.id}`, { draft: { text: "" } })).status).toBe(200)
    expect((await ctx.api.patch(path`/v1/chats/${withAttachment.id}`, { draft: { text: "new" } })).status).toBe(200)
  })

  it("refuses group-only fields on direct chats (422)", async () => {
    const chat = (await allChats({ type: "single" }))[0]
    expect((await ctx.api.patch(path`/v1/chats/${chat.id}`, { description: "nope" })).status).toBe(422)
  })

  it("archives and unarchives (204), defaulting to archive", async () => {
    const chat = (await allChats({ inbox: "primary" }))[0]
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/archive`)).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.isArchived).toBe(true)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/archive`, { archived: false })).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.isArchived).toBe(false)
    expect((await ctx.api.post(path`/v1/chats/${"!gone:beeper.com"}/archive`)).status).toBe(404)
  })

  it("marks read (all or through a message) and unread (flag or from a message)", async () => {
    const chat = (await allChats({ unreadOnly: true })).find((c: any) => c.unreadCount >= 3 && !c.merge)
    const messages = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items
    const unreadIncoming = messages.filter((m: any) => m.isUnread)
    expect(unreadIncoming.length).toBeGreaterThanOrEqual(Math.min(chat.unreadCount, 20))
    const oldestUnread = unreadIncoming[unreadIncoming.length - 1]
    const partly = (await ctx.api.post(path`/v1/chats/${chat.id}/read`, { messageID: oldestUnread.id })).body
    expect(partly.unreadCount).toBe(chat.unreadCount - 1)
    expect(partly.lastReadMessageSortKey).toBe(oldestUnread.sortKey)
    const read = (await ctx.api.post(path`/v1/chats/${chat.id}/read`)).body
    expect(read).toMatchObject({ unreadCount: 0, unreadMentionsCount: 0, isMarkedUnread: false })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}/messages/${oldestUnread.id}`)).body.isUnread).toBe(false)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/unread`)).body.isMarkedUnread).toBe(true)
    const fromMessage = (await ctx.api.post(path`/v1/chats/${chat.id}/unread`, { messageID: oldestUnread.id })).body
    expect(fromMessage.unreadCount).toBeGreaterThan(0)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/read`, { messageID: "404404" })).status).toBe(404)
  })

  it("sets and clears reminders; dismissOnIncomingMessage clears it when someone writes", async () => {
    const chat = (await allChats({ type: "single", inbox: "primary" })).find((c: any) => !c.merge && !c.accountID.startsWith("sh-"))
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt: "2030-01-01T09:00:00Z", dismissOnIncomingMessage: true } })).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.reminder).toEqual({ remindAt: "2030-01-01T09:00:00Z", dismissOnIncomingMessage: true })
    ctx.server.simulate.incomingMessage({ chatID: chat.id })
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.reminder).toBeNull()
    await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt: "2030-01-01T09:00:00Z" } })
    expect((await ctx.api.delete(path`/v1/chats/${chat.id}/reminders`)).status).toBe(204)
    expect((await ctx.api.get(path`/v1/chats/${chat.id}`)).body.reminder).toBeNull()
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt: "tomorrow" } })).status).toBe(400)
    // a day its month does not have is refused, not rolled over (30 February was set as 2 March)
    for (const remindAt of ["2030-02-30T09:00:00Z", "2029-02-29T09:00:00Z", "2030-04-31T09:00:00+02:00"]) {
      const refused = await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt } })
      expect(refused.status, remindAt).toBe(400)
      expect(JSON.stringify(refused.body)).toContain("reminder.remindAt must be an ISO 8601 date-time")
    }
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt: "2028-02-29T09:00:00Z" } })).status).toBe(204)
    expect((await ctx.api.post(path`/v1/chats/${chat.id}/reminders`, {})).status).toBe(400)
  })

  it("notify-anyway works on iMessage and is refused elsewhere (400)", async () => {
    const imessage = (await allChats({ accountIDs: "imessage" }))[0]
    expect((await ctx.api.post(path`/v1/chats/${imessage.id}/notify-anyway`)).body.id).toBe(imessage.id)
    const telegram = (await allChats({ accountIDs: "telegram" }))[0]
    expect((await ctx.api.post(path`/v1/chats/${telegram.id}/notify-anyway`)).status).toBe(400)
  })
})

describe("GET /v1/chats/{chatID}", () => {
  it("returns 100 participants by default, all with -1, at most 20 in lists", async () => {
    const big = (await allChats()).find((c: any) => c.participants.total > 150)
    expect(big.participants).toMatchObject({ hasMore: true })
    expect(big.participants.items).toHaveLength(20)
    expect((await ctx.api.get(path`/v1/chats/${big.id}`)).body.participants.items).toHaveLength(100)
    const all = (await ctx.api.get(path`/v1/chats/${big.id}`, { query: { maxParticipantCount: -1 } })).body.participants
    expect(all).toMatchObject({ hasMore: false, total: big.participants.total })
    expect(all.items).toHaveLength(big.participants.total)
    expect((await ctx.api.get(path`/v1/chats/${big.id}`, { query: { maxParticipantCount: 501 } })).status).toBe(400)
  })

  it("exposes the merged chat and its members", async () => {
    const merged = (await allChats()).find((c: any) => c.merge)
    expect(merged.merge.chatIDs).toHaveLength(2)
    for (const id of merged.merge.chatIDs) expect((await ctx.api.get(path`/v1/chats/${id}`)).body.mergedIntoChatID).toBe(merged.id)
    const sent = (await ctx.api.post(path`/v1/chats/${merged.id}/messages`, { text: "routed" })).body
    expect(merged.merge.chatIDs).toContain(sent.chatID)
  })
})

/**
 * Every operation of spec/openapi.yaml answers successfully with a body that validates against the
 * spec, and the router serves exactly the spec's operations.
 */
import { describe, expect, it } from "vitest"
import { createApp } from "../src/server/app.ts"
import { Faults } from "../src/features/faults.ts"
import { makeSimulate } from "../src/features/simulate.ts"
import { createStore } from "../src/store/index.ts"
import { path, useMockServer } from "./support/api.ts"
import { checkFrame, checkResponse, operations } from "./support/contract.ts"

const ctx = useMockServer()

const firstChat = async (query: Record<string, string> = {}) => (await ctx.api.get("/v1/chats/search", { query: { limit: "200", ...query } })).body.items[0]

describe("every operation of the spec", () => {
  it("info, accounts and contacts", async () => {
    const { api } = ctx
    expect((await api.get("/v1/info", { token: null })).status).toBe(200)
    const accounts = (await api.get("/v1/accounts")).body
    expect(accounts.length).toBeGreaterThan(5)
    const whatsapp = accounts.find((a: any) => a.bridge.type === "whatsapp")
    expect((await api.get(path`/v1/accounts/${whatsapp.accountID}`)).body.accountID).toBe(whatsapp.accountID)
    expect((await api.get(path`/v1/accounts/${whatsapp.accountID}/contacts`, { query: { query: "a" } })).status).toBe(200)
    expect((await api.get(path`/v1/accounts/${whatsapp.accountID}/contacts/list`, { query: { limit: 5 } })).body.items).toHaveLength(5)
  })

  it("chats and reminders", async () => {
    const { api } = ctx
    expect((await api.get("/v1/chats")).status).toBe(200)
    expect((await api.get("/v1/chats/search", { query: { query: "family" } })).status).toBe(200)
    const chat = await firstChat({ type: "group" })
    expect((await api.get(path`/v1/chats/${chat.id}`, { query: { maxParticipantCount: -1 } })).body.id).toBe(chat.id)
    const account = (await api.get(path`/v1/accounts/${chat.accountID}`)).body
    const contacts = (await api.get(path`/v1/accounts/${account.accountID}/contacts/list`, { query: { limit: 3 } })).body.items
    const group = await api.post("/v1/chats", { accountID: account.accountID, participantIDs: contacts.slice(0, 2).map((c: any) => c.id), type: "group", title: "Contract group" })
    expect(group.body).toMatchObject({ type: "group", title: "Contract group", status: "created" })
    const start = await api.post("/v1/chats/start", { accountID: account.accountID, user: { id: contacts[2].id } })
    expect(start.body.chatID).toBe(start.body.id)
    expect((await api.patch(path`/v1/chats/${chat.id}`, { isPinned: true })).body.isPinned).toBe(true)
    expect((await api.post(path`/v1/chats/${chat.id}/archive`, { archived: false })).status).toBe(204)
    expect((await api.post(path`/v1/chats/${chat.id}/unread`)).body.isMarkedUnread).toBe(true)
    expect((await api.post(path`/v1/chats/${chat.id}/read`)).body.unreadCount).toBe(0)
    const imessage = await firstChat({ accountIDs: "imessage" })
    expect((await api.post(path`/v1/chats/${imessage.id}/notify-anyway`)).status).toBe(200)
    expect((await api.post(path`/v1/chats/${chat.id}/reminders`, { reminder: { remindAt: "2030-01-01T09:00:00Z" } })).status).toBe(204)
    expect((await api.delete(path`/v1/chats/${chat.id}/reminders`)).status).toBe(204)
  })

  it("messages and reactions", async () => {
    const { api, server } = ctx
    const chat = await firstChat({ type: "single", accountIDs: "matrix" })
    expect((await api.get("/v1/messages/search", { query: { query: "dinner" } })).status).toBe(200)
    const list = await api.get(path`/v1/chats/${chat.id}/messages`)
    expect(list.body.items.length).toBeGreaterThan(0)
    const sent = await api.post(path`/v1/chats/${chat.id}/messages`, { text: "Contract test" })
    expect((await api.get(path`/v1/chats/${chat.id}/messages/${sent.body.pendingMessageID}`)).body.sendStatus.status).toBe("PENDING")
    server.simulate.settle("send")
    const final = (await api.get(path`/v1/chats/${chat.id}/messages/${sent.body.pendingMessageID}`)).body
    expect(final.sendStatus.status).toBe("SUCCESS")
    expect((await api.put(path`/v1/chats/${chat.id}/messages/${final.id}`, { text: "Contract test (edited)" })).body).toMatchObject({ success: true, messageID: final.id })
    expect((await api.post(path`/v1/chats/${chat.id}/messages/${final.id}/reactions`, { reactionKey: "👍" })).body.success).toBe(true)
    expect((await api.delete(path`/v1/chats/${chat.id}/messages/${final.id}/reactions/${"👍"}`)).body.success).toBe(true)
    await api.post(path`/v1/chats/${chat.id}/messages/${final.id}/reactions`, { reactionKey: "🎉" })
    expect((await api.delete(path`/v1/chats/${chat.id}/messages/${final.id}/reactions`, { query: { reactionKey: "🎉" } })).body.reactionKey).toBe("🎉")
    expect((await api.delete(path`/v1/chats/${chat.id}/messages/${final.id}`)).status).toBe(204)
  })

  it("assets", async () => {
    const { api } = ctx
    const withImage = (await api.get("/v1/messages/search", { query: { mediaTypes: ["image"], limit: 1 } })).body.items[0]
    const attachment = withImage.attachments[0]
    expect((await api.post("/v1/assets/download", { url: attachment.id })).body.srcURL).toMatch(/^file:\/\//)
    const form = new FormData()
    form.set("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]), "pixel.png")
    expect((await api.request("POST", "/v1/assets/upload", { form })).body.mimeType).toBe("image/png")
    const upload = (await api.post("/v1/assets/upload/base64", { content: Buffer.from("hello").toString("base64"), fileName: "hello.txt" })).body
    expect(upload.fileSize).toBe(5)
    const served = await api.get("/v1/assets/serve", { query: { url: upload.srcURL } })
    expect(served.text).toBe("hello")
    const partial = await api.get("/v1/assets/serve", { query: { url: upload.srcURL }, headers: { range: "bytes=1-3" } })
    expect([partial.status, partial.text]).toEqual([206, "ell"])
  })

  it("assets.serve: 404 for an unknown file, 416 for a range past the end, malformed ranges ignored", async () => {
    const { api } = ctx
    const unknown = await api.get("/v1/assets/serve", { query: { url: "mxc://beeper.com/no-such-file" } })
    expect([unknown.status, unknown.body.code]).toEqual([404, "NOT_FOUND"])
    const upload = (await api.post("/v1/assets/upload/base64", { content: Buffer.from("hello").toString("base64"), fileName: "hello.txt" })).body
    for (const range of ["bytes=5-9", "bytes=10-", "bytes=-0"]) {
      const past = await api.get("/v1/assets/serve", { query: { url: upload.srcURL }, headers: { range } })
      expect([past.status, past.headers.get("content-range"), past.text], range).toEqual([416, "bytes */5", ""])
    }
    expect((await api.get("/v1/assets/serve", { query: { url: upload.srcURL }, headers: { range: "bytes=-3" } })).text).toBe("llo")
    expect((await api.get("/v1/assets/serve", { query: { url: upload.srcURL }, headers: { range: "bytes=2-100" } })).text).toBe("llo")
    for (const range of ["bytes=3-1", "bytes=0-1,3-4", "pages=1-2"]) {
      const ignored = await api.get("/v1/assets/serve", { query: { url: upload.srcURL }, headers: { range } })
      expect([ignored.status, ignored.text], range).toEqual([200, "hello"])
    }
  })

  it("client and labels", async () => {
    const { api } = ctx
    expect((await api.get("/v1/search", { query: { query: "family" } })).body.results.chats.length).toBeGreaterThan(0)
    expect((await api.post("/v1/focus")).body.success).toBe(true)
    expect((await api.get("/v1/labels")).body.length).toBeGreaterThan(0)
  })

  it("bridges, logins and login sessions", async () => {
    const { api } = ctx
    const bridges = (await api.get("/v1/bridges")).body.items
    expect(bridges.length).toBeGreaterThan(8)
    expect((await api.get("/v1/bridges/telegram")).body.id).toBe("telegram")
    expect((await api.get("/v1/bridges/telegram/capabilities")).body.resolve_identifier).toBeDefined()
    expect((await api.get("/v1/bridges/telegram/login-flows")).body.items.length).toBeGreaterThan(0)
    const logins = (await api.get("/v1/bridges/sh-instagram/logins")).body.items
    expect((await api.get(path`/v1/bridges/sh-instagram/logins/${logins[0].loginID}`)).body.loginID).toBe(logins[0].loginID)
    const session = (await api.post("/v1/bridges/telegram/login-sessions", { flowID: "phone" })).body
    expect((await api.get(path`/v1/bridges/telegram/login-sessions/${session.loginSessionID}`)).body.status).toBe("waiting_for_input")
    const next = await api.post(path`/v1/bridges/telegram/login-sessions/${session.loginSessionID}/steps/${session.currentStep.stepID}`, {
      type: "user_input",
      fields: { phone_number: "+14155550199" },
    })
    expect(next.body.currentStep.fields[0].id).toBe("code")
    expect((await api.delete(path`/v1/bridges/telegram/login-sessions/${session.loginSessionID}`)).body.status).toBe("cancelled")
    expect((await api.post(path`/v1/bridges/sh-instagram/logins/${logins[0].loginID}/remove`, { scope: "current-device" })).body.status).toBe("removed")
  })

  it("app verification and recovery key", async () => {
    const { api, server } = ctx
    const incoming = (await api.get("/v1/app/setup/verifications")).body.items[0]
    expect((await api.get(path`/v1/app/setup/verifications/${incoming.id}`)).body.verification.state).toBe("requested")
    const accepted = (await api.post(path`/v1/app/setup/verifications/${incoming.id}/accept`)).body.verification
    expect((await api.post("/v1/app/setup/verifications/qr/scan", { data: accepted.qr.data })).body.verification.state).toBe("done")
    const second = server.simulate.incomingVerification()
    await api.post(path`/v1/app/setup/verifications/${second.id}/accept`)
    expect((await api.post(path`/v1/app/setup/verifications/${second.id}/sas/start`)).body.verification.sas.emojis).toBeTruthy()
    expect((await api.post(path`/v1/app/setup/verifications/${second.id}/sas/confirm`)).body.verification.state).toBe("done")
    const outgoing = (await api.post("/v1/app/setup/verifications", { purpose: "device" })).body.verification
    server.simulate.settle("remote")
    expect((await api.post(path`/v1/app/setup/verifications/${outgoing.id}/qr/confirm-scanned`)).body.verification.state).toBe("done")
    const third = (await api.post("/v1/app/setup/verifications")).body.verification
    expect((await api.post(path`/v1/app/setup/verifications/${third.id}/cancel`, { reason: "Not me" })).body.verification.state).toBe("cancelled")
    const reset = (await api.post("/v1/app/setup/verification/recovery-key/reset")).body
    expect((await api.post("/v1/app/setup/verification/recovery-key/reset/confirm", { recoveryKey: reset.recoveryKey })).body.session.state).toBe("ready")
    expect((await api.post("/v1/app/setup/verification/recovery-key", { recoveryKey: reset.recoveryKey })).body.session.e2ee.verified).toBe(true)
  })

  it("app sign-in and registration", async () => {
    const { api } = ctx
    expect((await api.get("/v1/app/setup")).body.state).toBe("ready")
    const start = (await api.post("/v1/app/setup/start", undefined, { token: null })).body
    expect((await api.post("/v1/app/setup/email", { email: "newcomer@example.com", setupRequestID: start.setupRequestID }, { token: null })).status).toBe(204)
    const response = (await api.post("/v1/app/setup/response", { response: "123456", setupRequestID: start.setupRequestID }, { token: null })).body
    expect(response.registrationRequired).toBe(true)
    const registered = await api.post(
      "/v1/app/setup/register",
      { acceptTerms: true, leadToken: response.leadToken, setupRequestID: start.setupRequestID, username: "newcomer" },
      { token: null },
    )
    expect(registered.body.matrix.userID).toBe("@newcomer:beeper.com")
  })

  it("covered every operation of spec/openapi.yaml with a conforming 2xx response", () => {
    const missing = operations.map((o) => o.operationId).filter((id) => !ctx.api.covered.has(id))
    expect(missing).toEqual([])
  })
})

describe("the router", () => {
  it("serves exactly the operations of spec/openapi.yaml", () => {
    const store = createStore({ seed: 1, anchorMs: Date.parse("2026-05-06T12:00:00Z"), sendDelay: "manual", remoteDelay: "manual", appState: "ready" })
    const { operations: served } = createApp({
      store,
      token: "t",
      faults: new Faults(),
      simulate: makeSimulate(store, 1),
      address: () => ({ host: "127.0.0.1", port: 1, url: "http://127.0.0.1:1" }),
    })
    expect([...served].sort()).toEqual(operations.map((o) => `${o.method.toUpperCase()} ${o.template}`).sort())
  })
})

describe("the validators themselves", () => {
  it("reject a response body that misses required fields, a wrong enum, an undeclared status and a bad date-time", () => {
    expect(checkResponse({ method: "GET", pathname: "/v1/chats/x" }, { status: 200, contentType: "application/json", text: '{"id":"x"}' })).not.toEqual([])
    const account = { accountID: "a", bridge: { id: "b", provider: "somewhere", type: "t" }, user: { id: "u" } }
    expect(checkResponse({ method: "GET", pathname: "/v1/accounts" }, { status: 200, contentType: "application/json", text: JSON.stringify([account]) })).not.toEqual([])
    expect(checkResponse({ method: "GET", pathname: "/v1/chats/x" }, { status: 201, contentType: "application/json", text: "{}" })).not.toEqual([])
    const message = { id: "1", accountID: "a", chatID: "c", senderID: "s", sortKey: "k", timestamp: "yesterday" }
    const page = { items: [message], hasMore: false, oldestCursor: null, newestCursor: null }
    expect(checkResponse({ method: "GET", pathname: "/v1/messages/search" }, { status: 200, contentType: "application/json", text: JSON.stringify(page) })).not.toEqual([])
  })

  it("reject a frame whose entries are not objects or whose ts is no timestamp (resolving asyncapi's ./openapi.yaml reference)", () => {
    const frame = { type: "message.upserted", seq: 1, ts: 1, chatID: "c", ids: ["m"] }
    expect(checkFrame(JSON.stringify({ ...frame, entries: ["m"] }))).not.toEqual([])
    expect(checkFrame(JSON.stringify({ ...frame, ts: "yesterday" }))).not.toEqual([])
    // entries are best-effort (upstream 5.0.0): a partial entry is valid, and so is an ISO 8601 ts
    expect(checkFrame(JSON.stringify({ ...frame, ts: "2025-02-12T00:26:40.000Z", entries: [{ id: "m" }] }))).toEqual([])
    expect(checkFrame(JSON.stringify({ type: "ready", version: 1, chatIDs: [] }))).toEqual([])
  })
})

describe("browser clients", () => {
  it("get CORS headers and preflight answers", async () => {
    const preflight = await fetch(new URL("/v1/chats", ctx.server.url), {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization")
    const response = await ctx.api.get("/v1/accounts", { headers: { origin: "http://localhost:5173" } })
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    expect(response.headers.get("x-beeper-desktop-version")).toBe("4.2.808")
  })
})

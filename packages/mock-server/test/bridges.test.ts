/** Bridges, bridge logins, and login sessions stepping through their statuses. */
import { describe, expect, it } from "vitest"
import { FAILING_LOGIN_CODE } from "../src/index.ts"
import { path, useMockServer } from "./support/api.ts"

const ctx = useMockServer({ lifecycle: "each" })

const submit = (bridgeID: string, session: any, body: unknown) =>
  ctx.api.post(path`/v1/bridges/${bridgeID}/login-sessions/${session.loginSessionID}/steps/${session.currentStep.stepID}`, body)

describe("bridges", () => {
  it("lists bridges with their live accounts and every status", async () => {
    const bridges = (await ctx.api.get("/v1/bridges")).body.items
    const accounts = (await ctx.api.get("/v1/accounts")).body
    expect(new Set(bridges.map((b: any) => b.status))).toEqual(new Set(["connected", "available", "limit_reached", "temporarily_unavailable", "disabled"]))
    const whatsapp = bridges.find((b: any) => b.id === "local-whatsapp")
    expect(whatsapp).toMatchObject({ provider: "local", supportsMultipleAccounts: true, activeAccountCount: 2 })
    expect(whatsapp.accounts.map((a: any) => a.accountID)).toEqual(accounts.filter((a: any) => a.bridge.id === "local-whatsapp").map((a: any) => a.accountID))
    expect(bridges.find((b: any) => b.id === "sh-instagram")).toMatchObject({ activeAccountCount: 0, provider: "self-hosted" })
    expect((await ctx.api.get("/v1/bridges/nope")).status).toBe(404)
  })

  it("has capabilities (snake_case) and login flows", async () => {
    expect((await ctx.api.get("/v1/bridges/local-whatsapp/capabilities")).body).toMatchObject({ resolve_identifier: { lookup_phone: true }, group_creation: { group: { type_description: "WhatsApp group" } } })
    expect((await ctx.api.get("/v1/bridges/local-whatsapp/login-flows")).body.items.map((f: any) => f.id)).toEqual(["qr", "phone"])
    expect((await ctx.api.get("/v1/bridges/nope/login-flows")).status).toBe(404)
  })

  it("lists logins (one Slack login holds two accounts) and removes one with its accounts and chats", async () => {
    const slack = (await ctx.api.get("/v1/bridges/slackgo/logins")).body.items
    expect(slack).toHaveLength(1)
    expect(slack[0].accountIDs).toHaveLength(2)
    expect((await ctx.api.get(path`/v1/bridges/slackgo/logins/${"missing"}`)).status).toBe(404)
    const [login] = (await ctx.api.get("/v1/bridges/local-signal/logins")).body.items
    expect((await ctx.api.post(path`/v1/bridges/local-signal/logins/${login.loginID}/remove`, { scope: "all-devices" })).body.code).toBe("UNSUPPORTED_SCOPE")
    const removed = (await ctx.api.post(path`/v1/bridges/local-signal/logins/${login.loginID}/remove`, { scope: "current-device" })).body
    expect(removed).toEqual({ bridgeID: "local-signal", loginID: login.loginID, scope: "current-device", status: "removed", affectedAccountIDs: login.accountIDs })
    const accountID = login.accountIDs[0]
    expect((await ctx.api.get(path`/v1/accounts/${accountID}`)).status).toBe(404)
    expect((await ctx.api.get("/v1/chats/search", { query: { accountIDs: [accountID] } })).body.items).toEqual([])
    expect((await ctx.api.get("/v1/bridges/local-signal/logins")).body.items).toEqual([])
    expect((await ctx.api.post(path`/v1/bridges/local-signal/logins/${login.loginID}/remove`, { scope: "other" })).status).toBe(400)
  })
})

describe("login sessions", () => {
  it("QR flow: waiting_for_display until the phone scans, then complete with a new account", async () => {
    const session = (await ctx.api.post("/v1/bridges/local-whatsapp/login-sessions")).body
    expect(session).toMatchObject({ bridgeID: "local-whatsapp", status: "waiting_for_display", currentStep: { type: "display_and_wait", display: { type: "qr" } } })
    expect((await ctx.api.get(path`/v1/bridges/local-whatsapp/login-sessions/${session.loginSessionID}`)).body.status).toBe("waiting_for_display")
    expect(ctx.server.simulate.confirmLoginDisplay()).toBe(1)
    const done = (await ctx.api.get(path`/v1/bridges/local-whatsapp/login-sessions/${session.loginSessionID}`)).body
    expect(done).toMatchObject({ status: "complete", account: { bridge: { id: "local-whatsapp" }, status: "connected" }, login: { status: "connected" } })
    expect(done.currentStep).toBeUndefined()
    expect((await ctx.api.get(path`/v1/accounts/${done.accountID}`)).status).toBe(200)
    expect((await ctx.api.get("/v1/bridges/local-whatsapp")).body.activeAccountCount).toBe(3)
    expect((await ctx.api.get("/v1/chats/search", { query: { accountIDs: [done.accountID] } })).body.items).toHaveLength(1)
  })

  it("phone flow: phone number → code → password → complete, refusing stale steps and wrong step types", async () => {
    let session = (await ctx.api.post("/v1/bridges/telegram/login-sessions", { flowID: "phone" })).body
    expect(session).toMatchObject({ status: "waiting_for_input", currentStep: { type: "user_input", fields: [{ id: "phone_number" }] } })
    expect((await submit("telegram", session, { type: "user_input", fields: {} })).body.code).toBe("MISSING_FIELD")
    expect((await submit("telegram", session, { type: "cookies", fields: { phone_number: "+14155550100" } })).body.code).toBe("STEP_TYPE_MISMATCH")
    const first = session
    session = (await submit("telegram", session, { type: "user_input", fields: { phone_number: "+14155550100" } })).body
    expect(session.currentStep.fields[0].id).toBe("code")
    expect((await submit("telegram", first, { type: "user_input", fields: { phone_number: "+1" } })).body.code).toBe("STALE_STEP")
    expect((await ctx.api.post(path`/v1/bridges/telegram/login-sessions/${session.loginSessionID}/steps/${"no.such.step"}`, { type: "user_input" })).status).toBe(404)
    session = (await submit("telegram", session, { type: "user_input", fields: { code: "12345" } })).body
    expect(session.currentStep.fields[0]).toMatchObject({ id: "password", type: "password" })
    session = (await submit("telegram", session, { type: "user_input", fields: { password: "hunter2" } })).body
    expect(session).toMatchObject({ status: "complete", account: { user: { phoneNumber: "+14155550100" } } })
    expect((await ctx.api.post(path`/v1/bridges/telegram/login-sessions/${session.loginSessionID}/steps/${"fi.mau.telegram.login.password"}`, { type: "user_input" })).status).toBe(422)
  })

  it("a wrong code fails the session with an error", async () => {
    let session = (await ctx.api.post("/v1/bridges/telegram/login-sessions", { flowID: "phone" })).body
    session = (await submit("telegram", session, { type: "user_input", fields: { phone_number: "+14155550100" } })).body
    session = (await submit("telegram", session, { type: "user_input", fields: { code: FAILING_LOGIN_CODE } })).body
    expect(session).toMatchObject({ status: "failed", error: { code: "INVALID_LOGIN_CODE" } })
    expect(session.currentStep).toBeUndefined()
  })

  it("cookies flow for a reconnect brings a needs_login account back", async () => {
    const [login] = (await ctx.api.get("/v1/bridges/sh-instagram/logins")).body.items
    expect(login.status).toBe("needs_login")
    const session = (await ctx.api.post("/v1/bridges/sh-instagram/login-sessions", { loginID: login.loginID })).body
    expect(session).toMatchObject({ status: "waiting_for_cookies", loginID: login.loginID, accountID: login.accountIDs[0], currentStep: { type: "cookies" } })
    expect((await submit("sh-instagram", session, { type: "cookies", fields: { session: "abc" } })).body.code).toBe("MISSING_FIELD")
    const done = (await submit("sh-instagram", session, { type: "cookies", fields: { session: "abc", token: "def" }, source: "webview", lastURL: "https://instagramgo.example/home" })).body
    expect(done).toMatchObject({ status: "complete", login: { status: "connected" }, account: { status: "connected" } })
    expect((await ctx.api.get(path`/v1/accounts/${login.accountIDs[0]}`)).body.status).toBe("connected")
  })

  it("pairing-code display completes when the client submits the display step", async () => {
    const session = (await ctx.api.post("/v1/bridges/local-whatsapp/login-sessions", { flowID: "phone" })).body
    const waiting = (await submit("local-whatsapp", session, { type: "user_input", fields: { phone_number: "+351211234567" } })).body
    expect(waiting).toMatchObject({ status: "waiting_for_display", currentStep: { display: { type: "code" } } })
    expect((await submit("local-whatsapp", waiting, { type: "display_and_wait" })).body.status).toBe("complete")
  })

  it("cancels; refuses unknown flows, accounts, bridges without flows and bridges that cannot connect", async () => {
    const session = (await ctx.api.post("/v1/bridges/local-gmessages/login-sessions", { flowID: "emoji" })).body
    expect(session.currentStep.display).toMatchObject({ type: "emoji" })
    expect((await ctx.api.delete(path`/v1/bridges/local-gmessages/login-sessions/${session.loginSessionID}`)).body).toEqual({ bridgeID: "local-gmessages", loginSessionID: session.loginSessionID, status: "cancelled" })
    const cancelled = (await ctx.api.get(path`/v1/bridges/local-gmessages/login-sessions/${session.loginSessionID}`)).body
    expect(cancelled.status).toBe("cancelled")
    expect(cancelled.currentStep).toBeUndefined()
    expect((await ctx.api.post("/v1/bridges/telegram/login-sessions", { flowID: "carrier-pigeon" })).body.code).toBe("UNKNOWN_FLOW")
    expect((await ctx.api.post("/v1/bridges/telegram/login-sessions", { accountID: "nope" })).body.code).toBe("UNKNOWN_ACCOUNT")
    expect((await ctx.api.post("/v1/bridges/matrix/login-sessions")).body.code).toBe("LOGIN_NOT_SUPPORTED")
    expect((await ctx.api.post("/v1/bridges/facebookgo/login-sessions")).body.code).toBe("BRIDGE_LIMIT_REACHED")
    expect((await ctx.api.post("/v1/bridges/local-signal/login-sessions")).body.code).toBe("LIMIT_REACHED")
    expect((await ctx.api.post("/v1/bridges/telegram/login-sessions", { flowID: "" })).status).toBe(400)
    expect((await ctx.api.get(path`/v1/bridges/telegram/login-sessions/${"ls_missing"}`)).status).toBe(404)
  })

  it("the QR code is scanned by itself after the remote delay", async () => {
    ctx.server.faults.clear()
    const session = (await ctx.api.post("/v1/bridges/local-signal/login-sessions", { accountID: (await ctx.api.get("/v1/bridges/local-signal")).body.accounts[0].accountID })).body
    expect(session.status).toBe("waiting_for_display")
    expect(ctx.server.simulate.settle("remote")).toBe(1)
    expect((await ctx.api.get(path`/v1/bridges/local-signal/login-sessions/${session.loginSessionID}`)).body.status).toBe("complete")
  })
})

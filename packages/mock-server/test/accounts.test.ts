/** Accounts and contacts. */
import { describe, expect, it } from "vitest"
import { path, useMockServer } from "./support/api.ts"

const ctx = useMockServer()

describe("accounts", () => {
  it("lists accounts on several networks and every bridge provider kind", async () => {
    const accounts = (await ctx.api.get("/v1/accounts")).body
    expect(new Set(accounts.map((a: any) => a.network)).size).toBeGreaterThanOrEqual(7)
    expect(new Set(accounts.map((a: any) => a.bridge.provider))).toEqual(new Set(["cloud", "local", "platform-sdk", "self-hosted"]))
    expect(accounts.every((a: any) => a.user.isSelf)).toBe(true)
    expect(accounts.some((a: any) => a.status === "reconnect_required")).toBe(true)
    expect(accounts.filter((a: any) => a.bridge.type === "whatsapp")).toHaveLength(2)
  })

  it("retrieves one account and answers 404 for unknown IDs", async () => {
    expect((await ctx.api.get("/v1/accounts/telegram")).body).toMatchObject({ accountID: "telegram", network: "Telegram" })
    const missing = await ctx.api.get("/v1/accounts/nope")
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ code: "NOT_FOUND" })
  })
})

describe("contacts", () => {
  const accountID = "telegram"

  it("lists contacts alphabetically with cursors in both directions", async () => {
    const everyone = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 200 } })).body
    expect(everyone.hasMore).toBe(false)
    const names = everyone.items.map((u: any) => u.fullName.toLowerCase())
    expect([...names].sort()).toEqual(names)
    const first = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 10 } })).body
    expect(first).toMatchObject({ hasMore: true })
    const second = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 10, cursor: first.oldestCursor } })).body
    expect(second.items.map((u: any) => u.id)).toEqual(everyone.items.slice(10, 20).map((u: any) => u.id))
    const back = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 10, cursor: second.newestCursor, direction: "after" } })).body
    expect(back.items.map((u: any) => u.id)).toEqual(first.items.map((u: any) => u.id))
    expect((await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 201 } })).status).toBe(400)
  })

  it("filters the list with a query", async () => {
    const someone = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 1 } })).body.items[0]
    const last = someone.fullName.split(" ").pop()
    const hits = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { query: last } })).body.items
    expect(hits.map((u: any) => u.id)).toContain(someone.id)
    expect((await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { query: "" } })).status).toBe(400)
  })

  it("searches by name prefix, handle and exact phone number; looks up unknown phone numbers", async () => {
    const contacts = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts/list`, { query: { limit: 200 } })).body.items
    const someone = contacts[3]
    const byName = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts`, { query: { query: someone.fullName.slice(0, 3).toUpperCase() } })).body.items
    expect(byName.map((u: any) => u.id)).toContain(someone.id)
    const byPhone = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts`, { query: { query: someone.phoneNumber } })).body.items
    expect(byPhone.map((u: any) => u.id)).toEqual([someone.id])
    const lookup = (await ctx.api.get(path`/v1/accounts/${accountID}/contacts`, { query: { query: "+4930123456789" } })).body.items
    expect(lookup).toEqual([expect.objectContaining({ phoneNumber: "+4930123456789" })])
    expect((await ctx.api.get(path`/v1/accounts/${accountID}/contacts`)).status).toBe(400)
    expect((await ctx.api.get(path`/v1/accounts/${"nope"}/contacts`, { query: { query: "a" } })).status).toBe(404)
  })
})

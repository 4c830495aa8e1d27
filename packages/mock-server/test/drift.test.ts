/**
 * The drift profile: each listed variation is applied (one check per entry of `driftVariations`, and no
 * check without an entry), nothing else changes, it is deterministic for a seed, and it is off by default.
 * Responses here are off-spec by design, so they are fetched without the contract-checking client.
 */
import { readFileSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { driftVariations, startMockServer, type MockServer } from "../src/index.ts"
import { checkFrame } from "./support/contract.ts"
import { connectLive } from "./support/live.ts"

const at = Date.parse("2026-06-01T10:00:00Z")
const start = (drift: boolean, seed: string | number = 1) => startMockServer({ drift, seed, now: () => at, sendDelay: "manual", remoteDelay: "manual" })
const get = async (server: MockServer, pathname: string): Promise<any> => {
  const response = await fetch(new URL(pathname, server.url), { headers: { authorization: `Bearer ${server.token}` } })
  expect(response.status, pathname).toBe(200)
  return response.json()
}

/** Every frame of a connection subscribed to all chats while `act` runs (up to a barrier reply). */
const framesDuring = async (server: MockServer, act: () => void): Promise<Array<any>> => {
  const client = await connectLive(server)
  client.send({ type: "subscriptions.set", requestID: "all", chatIDs: ["*"] })
  await client.next((f) => f.requestID === "all")
  act()
  client.send({ type: "subscriptions.set", requestID: "barrier", chatIDs: ["*"] })
  await client.next((f) => f.requestID === "barrier")
  client.close()
  return client.frames.filter((f) => typeof f.seq === "number")
}
const fourIncoming = (server: MockServer) => () => {
  for (const text of ["one", "two", "three", "four"]) server.simulate.incomingMessage({ text })
}
const DOMAIN = new Set(["chat.upserted", "chat.deleted", "message.upserted", "message.deleted"])

let drifting: MockServer
let plain: MockServer
let frames: Array<any>
let plainFrames: Array<any>
/** The names of the fields the drifting server adds (found by comparing with the plain one). */
let fields: { root: string; nested: string; item: string }
beforeAll(async () => {
  ;[drifting, plain] = await Promise.all([start(true), start(false)])
  // The same activity on both, so their states stay equal.
  frames = await framesDuring(drifting, fourIncoming(drifting))
  plainFrames = await framesDuring(plain, fourIncoming(plain))
  const info = await get(drifting, "/v1/info")
  const plainInfo = await get(plain, "/v1/info")
  const [root] = Object.keys(info).filter((k) => !(k in plainInfo))
  const accounts = await get(drifting, "/v1/accounts")
  const plainAccounts = await get(plain, "/v1/accounts")
  const [item] = Object.keys(accounts[0]).filter((k) => !(k in plainAccounts[0]))
  const [nested] = Object.keys(accounts[0].user).filter((k) => !(k in plainAccounts[0].user) && k !== item)
  fields = { root: root as string, nested: nested as string, item: item as string }
})
afterAll(() => Promise.all([drifting.close(), plain.close()]))

const checks: Record<string, () => Promise<void> | void> = {
  "enum.chat-type": async () => {
    const chats = (await get(drifting, "/v1/chats/search?limit=200")).items
    const readOnly = chats.filter((c: any) => c.isReadOnly)
    expect(readOnly.length).toBeGreaterThan(0)
    expect(readOnly.every((c: any) => c.type === "channel")).toBe(true)
    expect(chats.filter((c: any) => !c.isReadOnly).every((c: any) => c.type === "single" || c.type === "group")).toBe(true)
  },
  "enum.chat-capabilities-disappearing-timer": async () => {
    const chats = (await get(drifting, "/v1/chats/search?limit=200&accountIDs=" + encodeURIComponent((await get(drifting, "/v1/accounts")).find((a: any) => a.bridge.type === "whatsapp").accountID))).items
    const chat = await get(drifting, `/v1/chats/${encodeURIComponent(chats[0].id)}`)
    expect(chat.capabilities.disappearingTimer.types).toEqual(["afterSend", "afterReadByRecipient"])
  },
  "enum.bridge-disappearing-timer": async () => {
    const capabilities = await get(drifting, "/v1/bridges/telegram/capabilities")
    expect(capabilities.group_creation.group.disappear.settings.types).toEqual(["", "after_send", "after_read_by_recipient"])
  },
  "unknown-field.root": async () => {
    const { root } = fields
    for (const pathname of ["/v1/info", "/v1/chats", "/v1/bridges/telegram/capabilities"]) expect((await get(drifting, pathname))[root], pathname).toBeDefined()
    expect(root).not.toBeUndefined()
  },
  "unknown-field.nested": async () => {
    const { nested } = fields
    expect(nested).not.toBeUndefined()
    for (const account of await get(drifting, "/v1/accounts")) expect(account.user[nested]).toBeDefined()
    const chat = (await get(drifting, "/v1/chats?limit=1")).items[0]
    expect(chat.preview[nested], "ChatWithPreview.preview, a Message in an object").toBeDefined()
  },
  "unknown-field.array-item": async () => {
    const { item } = fields
    expect(item).not.toBeUndefined()
    const chats = (await get(drifting, "/v1/chats")).items
    expect(chats.every((c: any) => c[item] !== undefined && c.participants.items.every((p: any) => p[item] !== undefined))).toBe(true)
    const full = frames.find((f) => f.type === "message.upserted")
    expect(full.entries.every((m: any) => m[item] !== undefined)).toBe(true)
  },
  "ws.account-id": () => {
    const domain = frames.filter((f) => DOMAIN.has(f.type))
    expect(domain.length).toBe(8)
    const upsert = domain.find((f) => f.type === "message.upserted")
    expect(upsert.accountID).toBe(upsert.entries[0].accountID)
    expect(domain.every((f) => f.accountID === upsert.accountID)).toBe(true) // all four went to the most recent chat
  },
  "ws.partial-entries": () => {
    const upserts = frames.filter((f) => f.type === "message.upserted")
    expect(upserts).toHaveLength(4)
    for (const [i, f] of upserts.entries()) {
      if (i % 2 === 1) expect(f.entries).toEqual([{ id: f.ids[0], reactions: [] }])
      else expect(f.entries[0]).toMatchObject({ id: f.ids[0], text: ["one", "two", "three", "four"][i] })
    }
  },
  "ws.unknown-event-types": () => {
    expect(frames.map((f) => f.type)).toEqual([
      "message.stream", "message.upserted", "chat.upserted",
      "app.state.updated", "message.upserted", "chat.upserted",
      "message.stream", "message.upserted", "chat.upserted",
      "app.state.updated", "message.upserted", "chat.upserted",
    ])
    expect(frames.map((f) => f.seq)).toEqual(frames.map((_, i) => i + 1))
    const appState = frames.find((f) => f.type === "app.state.updated")
    expect(appState).toEqual({ type: "app.state.updated", seq: 4, ts: String(at), appState: { state: "ready" } })
    // spec/asyncapi.yaml's AppStateUpdatedEvent (ts read as the epoch ms it denotes, the drift profile's other change)
    expect(checkFrame(JSON.stringify({ ...appState, ts: at }))).toEqual([])
  },
  "ws.ts-form": () => {
    expect(drifting.tsFormat).toBe("ms-string")
    expect(frames.every((f) => f.ts === String(at))).toBe(true)
  },
}

describe("the drift profile", () => {
  it.each(driftVariations.map((v) => [v.id, v] as const))("applies %s", async (id, variation) => {
    expect(variation.source.length, "every variation names its source").toBeGreaterThan(20)
    const check = checks[id]
    expect(check, `a check for ${id}`).toBeDefined()
    await check?.()
  })

  it("has a check for nothing that is not a listed variation", () => {
    expect(Object.keys(checks).sort()).toEqual(driftVariations.map((v) => v.id).sort())
  })

  it("is documented: the README's drift table lists every variation, in order", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const section = readme.slice(readme.indexOf("## Drift profile"), readme.indexOf("## Fixtures"))
    expect([...section.matchAll(/^\| `([a-z.-]+)` \|/gm)].map((m) => m[1]).filter((id) => id !== "id")).toEqual(driftVariations.map((v) => v.id))
  })

  it("changes nothing else: without its fields and enum values a response is the plain one", async () => {
    const { root, nested, item } = fields
    const strip = (value: any): any => {
      if (Array.isArray(value)) return value.map(strip)
      if (typeof value !== "object" || value === null) return value
      const out: any = {}
      for (const [k, v] of Object.entries(value)) if (k !== root && k !== nested && k !== item) out[k] = strip(v)
      if (out.type === "channel") out.type = "group"
      if (Array.isArray(out.types)) out.types = out.types.filter((t: string) => t !== "afterReadByRecipient" && t !== "after_read_by_recipient")
      return out
    }
    for (const pathname of ["/v1/accounts", "/v1/chats?limit=50", "/v1/bridges/local-whatsapp/capabilities"])
      expect(strip(await get(drifting, pathname)), pathname).toEqual(await get(plain, pathname))
  })

  it("is deterministic for a seed: the same fields and values, the same frames", async () => {
    const again = await start(true)
    try {
      const replay = await framesDuring(again, fourIncoming(again))
      expect(await get(again, "/v1/chats")).toEqual(await get(drifting, "/v1/chats"))
      const shape = (fs: Array<any>) => fs.map((f) => ({ ...f, ids: f.ids?.length, entries: f.entries?.map((e: any) => Object.keys(e).sort()) }))
      expect(shape(replay)).toEqual(shape(frames))
    } finally {
      await again.close()
    }
  })

  it("is off by default: spec-shaped bodies, ISO ts, no extra frames or fields", async () => {
    expect(plain.drift).toBe(false)
    const info = await get(plain, "/v1/info")
    expect(Object.keys(info).sort()).toEqual(["app", "endpoints", "platform", "server"])
    expect(plainFrames.map((f) => f.type)).toEqual(Array.from({ length: 4 }, () => ["message.upserted", "chat.upserted"]).flat())
    expect(plainFrames.every((f) => f.accountID === undefined && f.ts === new Date(at).toISOString())).toBe(true)
  })
})

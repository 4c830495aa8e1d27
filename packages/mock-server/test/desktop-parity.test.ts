/**
 * Findings from running Beeper's own SDK test suites and third-party clients against the mock: files behind
 * `file://` URLs exist, tokens that could never be sent are refused at start, fixture times follow the start
 * time (recent own messages are editable), a note-to-self chat exists, what /v1/info advertises is served, and
 * a wrong method is 405 with `Allow`.
 */
import { createHash } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { startMockServer } from "../src/index.ts"
import { parseCommandLine } from "../src/server/cli.ts"
import { makeApi, path, useMockServer } from "./support/api.ts"
import { openapi } from "./support/contract.ts"

const ctx = useMockServer()

describe("assets on disk", () => {
  it("assets.download answers the file:// URL of a file that exists, holding the bytes /v1/assets/serve gives", async () => {
    const withImage = (await ctx.api.get("/v1/messages/search", { query: { mediaTypes: ["image"], limit: 1 } })).body.items[0]
    const { srcURL } = (await ctx.api.post("/v1/assets/download", { url: withImage.attachments[0].id })).body
    expect(srcURL).toMatch(/^file:\/\//)
    const onDisk = readFileSync(fileURLToPath(srcURL))
    const served = await fetch(new URL(`/v1/assets/serve?url=${encodeURIComponent(withImage.attachments[0].id)}`, ctx.server.url), {
      headers: { authorization: `Bearer ${ctx.server.token}` },
    })
    expect(Buffer.from(await served.arrayBuffer()).equals(onDisk)).toBe(true)
    expect((await ctx.api.post("/v1/assets/download", { url: withImage.attachments[0].id })).body.srcURL).toBe(srcURL)
    const servedLocal = await fetch(new URL(`/v1/assets/serve?url=${encodeURIComponent(srcURL)}`, ctx.server.url), { headers: { authorization: `Bearer ${ctx.server.token}` } })
    expect(Buffer.from(await servedLocal.arrayBuffer()).equals(onDisk)).toBe(true)
  })

  it("uploads (multipart and base64) are written where their srcURL points; a draft's filePath is that file", async () => {
    const form = new FormData()
    form.set("file", new Blob(["%PDF-1.7 minimal"]), "my notes.pdf")
    const multipart = (await ctx.api.request("POST", "/v1/assets/upload", { form })).body
    expect(readFileSync(fileURLToPath(multipart.srcURL), "utf8")).toBe("%PDF-1.7 minimal")
    const base64 = (await ctx.api.post("/v1/assets/upload/base64", { content: Buffer.from("hello").toString("base64"), fileName: "../escape.txt" })).body
    const file = fileURLToPath(base64.srcURL)
    expect(readFileSync(file, "utf8")).toBe("hello")
    expect(file.startsWith(fileURLToPath(multipart.srcURL).split("/uploads/")[0] as string)).toBe(true)
    const chat = (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "matrix", type: "single" } })).body.items.find((c: any) => c.draft === null)
    const patched = (await ctx.api.patch(path`/v1/chats/${chat.id}`, { draft: { text: "", attachments: { a1: { uploadID: multipart.uploadID } } } })).body
    expect(readFileSync(patched.draft.attachments.a1.filePath, "utf8")).toBe("%PDF-1.7 minimal")
  })

  it("the files are removed when the server closes", async () => {
    const server = await startMockServer({ sendDelay: "manual", remoteDelay: "manual" })
    const api = makeApi(server)
    const { srcURL } = (await api.post("/v1/assets/upload/base64", { content: Buffer.from("bye").toString("base64") })).body
    expect(existsSync(fileURLToPath(srcURL))).toBe(true)
    await server.close()
    expect(existsSync(fileURLToPath(srcURL))).toBe(false)
    expect(api.violations).toEqual([])
  })
})

describe("delays and traffic", () => {
  it("a delay or a traffic interval that cannot be meant is refused at start, naming the option", async () => {
    // each of these confirmed sends at once (a misspelt "manual", a timer past 2^31 − 1 ms) or flooded the store
    for (const sendDelay of ["Manual", Number.NaN, -5, 1e12, [150, 50], [0]] as const) {
      await expect(startMockServer({ sendDelay: sendDelay as never }), JSON.stringify(sendDelay)).rejects.toThrow(/^sendDelay must be/)
    }
    await expect(startMockServer({ remoteDelay: "soon" as never })).rejects.toThrow(/^remoteDelay must be/)
    for (const traffic of [0, Number.NaN, -1, 5]) {
      await expect(startMockServer({ traffic }), String(traffic)).rejects.toThrow(/^traffic must be a number of ms from 10/)
    }
    const server = await startMockServer({ sendDelay: [0, 10], remoteDelay: "manual" })
    try {
      expect(() => server.simulate.traffic(0)).toThrow(/intervalMs must be a number of ms from 10/)
    } finally {
      await server.close()
    }
  })
})

describe("the token", () => {
  it("is refused at start when it could not be sent as a bearer token (spaces, other characters)", async () => {
    for (const token of ["has spaces", " padded", "tab\there", "ünïcode", ""]) {
      await expect(startMockServer({ token }), JSON.stringify(token)).rejects.toThrow(/bearer token.*RFC 6750/)
      expect(() => parseCommandLine(["--token", token]), JSON.stringify(token)).toThrow(/--token: .*bearer token/)
    }
  })

  it("accepts every RFC 6750 b64token", async () => {
    const token = "abc-DEF._~+/123=="
    expect(parseCommandLine(["--token", token])).toMatchObject({ token })
    const server = await startMockServer({ token })
    try {
      expect((await fetch(`${server.url}/v1/accounts`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})

describe("fixture times", () => {
  const at = Date.parse("2026-11-20T09:15:00Z")

  it("are anchored to the start time by default, and deterministic for a seed and anchor", async () => {
    const first = await startMockServer({ now: () => at, seed: 3 })
    const second = await startMockServer({ fixtureAnchor: new Date(at).toISOString(), seed: 3 })
    try {
      expect(first.fixtureAnchor).toBe(at)
      const newest = async (server: typeof first) => (await makeApi(server).get("/v1/chats", { query: { limit: 5 } })).body.items
      const [a, b] = [await newest(first), await newest(second)]
      expect(a).toEqual(b)
      expect(Date.parse(a[0].lastActivity)).toBeLessThanOrEqual(at)
      expect(Date.parse(a[0].lastActivity)).toBeGreaterThan(at - 86_400_000)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })

  it("keep recent own fixture messages inside the edit window; older ones are past it", async () => {
    let now = at
    const server = await startMockServer({ now: () => now, sendDelay: "manual", remoteDelay: "manual" })
    const api = makeApi(server)
    try {
      const notes = (await api.get("/v1/chats/search", { query: { accountIDs: "telegram", type: "single", limit: 200 } })).body.items.find(
        (c: any) => c.participants.items.length === 1,
      )
      const messages = (await api.get(path`/v1/chats/${notes.id}/messages`)).body.items
      const newest = messages[0]
      expect(at - Date.parse(newest.timestamp)).toBeLessThan(48 * 3_600_000)
      const edited = await api.put(path`/v1/chats/${notes.id}/messages/${newest.id}`, { text: "edited within 48 h" })
      expect(edited.body).toMatchObject({ success: true, text: "edited within 48 h" })
      now = at + 49 * 3_600_000
      const late = await api.put(path`/v1/chats/${notes.id}/messages/${messages[1].id}`, { text: "too late" })
      expect([late.status, late.body.code]).toEqual([422, "EDIT_WINDOW_PASSED"])
      expect(api.violations).toEqual([])
    } finally {
      await server.close()
    }
  })
})

describe("the note-to-self chat", () => {
  it("is a direct chat whose only participant is the user, holding their own notes", async () => {
    const chats = (await ctx.api.get("/v1/chats/search", { query: { type: "single", limit: 200 } })).body.items
    const notes = chats.filter((c: any) => c.participants.items.length === 1)
    expect(notes).toHaveLength(1)
    const [chat] = notes
    expect(chat.participants.items[0].isSelf).toBe(true)
    expect(chat.title).toBe(chat.participants.items[0].fullName)
    const messages = (await ctx.api.get(path`/v1/chats/${chat.id}/messages`)).body.items
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.every((m: any) => m.isSender && m.type === "TEXT")).toBe(true)
    expect(chat.unreadCount).toBe(0)
  })
})

describe("what GET /v1/info advertises", () => {
  it("is served: the OpenAPI document at endpoints.spec (public, JSON, spec/openapi.yaml) and the events socket at endpoints.ws_events", async () => {
    const info = (await ctx.api.get("/v1/info", { token: null })).body
    const response = await fetch(new URL(info.endpoints.spec, ctx.server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toMatch(/^application\/json/)
    expect(await response.json()).toEqual(openapi)
    expect(new URL(ctx.server.wsURL).pathname).toBe(info.endpoints.ws_events)
    expect(info.server.mcp_enabled).toBe(false)
  })
})

describe("OAuth, as /v1/info advertises it", () => {
  const at = (pathname: string) => new URL(pathname, ctx.server.url)
  const form = (fields: Record<string, string>) => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString() })
  const challenge = (verifier: string) => createHash("sha256").update(verifier).digest("base64url")

  it("publishes RFC 8414 metadata naming the advertised endpoints", async () => {
    const info = (await ctx.api.get("/v1/info", { token: null })).body
    const metadata = await (await fetch(at("/.well-known/oauth-authorization-server"))).json()
    expect(metadata).toMatchObject({ issuer: ctx.server.url, code_challenge_methods_supported: ["S256"] })
    for (const [key, pathname] of Object.entries(info.endpoints.oauth)) expect(metadata[key], key).toBe(`${ctx.server.url}${pathname}`)
  })

  it("runs a PKCE sign-in: register, authorize (approved at once), exchange the code for a working token", async () => {
    const { oauth } = (await ctx.api.get("/v1/info", { token: null })).body.endpoints
    const registered = await fetch(at(oauth.registration_endpoint), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ client_name: "test app", redirect_uris: ["http://127.0.0.1:9/callback"] }),
    })
    expect(registered.status).toBe(201)
    const { client_id } = await registered.json()
    const verifier = "a-verifier-of-at-least-forty-three-characters-0123456789"
    const authorize = new URL(at(oauth.authorization_endpoint))
    for (const [k, v] of Object.entries({ response_type: "code", client_id, redirect_uri: "http://127.0.0.1:9/callback", code_challenge: challenge(verifier), code_challenge_method: "S256", state: "xyz" }))
      authorize.searchParams.set(k, v)
    const redirect = await fetch(authorize, { redirect: "manual" })
    expect(redirect.status).toBe(302)
    const back = new URL(redirect.headers.get("location") as string)
    expect(back.searchParams.get("state")).toBe("xyz")
    const code = back.searchParams.get("code") as string
    const wrong = await fetch(at(oauth.token_endpoint), form({ grant_type: "authorization_code", code, client_id, code_verifier: "not-it" }))
    expect([wrong.status, (await wrong.json()).error]).toEqual([400, "invalid_grant"])
    const redirect2 = await fetch(authorize, { redirect: "manual" })
    const code2 = new URL(redirect2.headers.get("location") as string).searchParams.get("code") as string
    const token = await (await fetch(at(oauth.token_endpoint), form({ grant_type: "authorization_code", code: code2, client_id, code_verifier: verifier, redirect_uri: "http://127.0.0.1:9/callback" }))).json()
    expect(token.token_type).toBe("Bearer")
    expect((await ctx.api.get("/v1/accounts", { token: token.access_token })).status).toBe(200)
    const reused = await fetch(at(oauth.token_endpoint), form({ grant_type: "authorization_code", code: code2, client_id, code_verifier: verifier }))
    expect(reused.status).toBe(400)
  })

  it("introspects, revokes and answers userinfo", async () => {
    const { oauth } = (await ctx.api.get("/v1/info", { token: null })).body.endpoints
    expect(await (await fetch(at(oauth.introspection_endpoint), form({ token: ctx.server.token, token_type_hint: "access_token" }))).json()).toMatchObject({ active: true })
    expect(await (await fetch(at(oauth.introspection_endpoint), form({ token: "nope" }))).json()).toEqual({ active: false })
    expect((await fetch(at(oauth.revocation_endpoint), form({ token: "nope" }))).status).toBe(200)
    const userinfo = await fetch(at(oauth.userinfo_endpoint), { headers: { authorization: `Bearer ${ctx.server.token}` } })
    expect(await userinfo.json()).toMatchObject({ sub: expect.stringMatching(/^@.+:.+/) })
    expect((await fetch(at(oauth.userinfo_endpoint))).status).toBe(401)
  })

  it("refuses a form body that does not parse with invalid_request, as OAuth answers a malformed request", async () => {
    const { oauth } = (await ctx.api.get("/v1/info", { token: null })).body.endpoints
    for (const endpoint of [oauth.token_endpoint, oauth.introspection_endpoint]) {
      for (const contentType of ["multipart/form-data", "multipart/form-data; boundary=x"]) {
        const response = await fetch(at(endpoint), { method: "POST", headers: { "content-type": contentType }, body: "grant_type=authorization_code" })
        expect([response.status, (await response.json()).error], `${endpoint} with ${contentType}`).toEqual([400, "invalid_request"])
      }
    }
  })

  it("MCP, advertised as disabled, says so", async () => {
    const info = (await ctx.api.get("/v1/info", { token: null })).body
    const mcp = await fetch(at(info.endpoints.mcp), { method: "POST" })
    expect([mcp.status, (await mcp.json()).code]).toEqual([404, "MCP_DISABLED"])
  })
})

describe("a wrong method on an existing path", () => {
  const call = (method: string, pathname: string, token: string | null = ctx.server.token) =>
    fetch(new URL(pathname, ctx.server.url), { method, headers: token === null ? {} : { authorization: `Bearer ${token}` } })

  it("is 405 with an Allow header listing the path's methods", async () => {
    const accounts = await call("PATCH", "/v1/accounts")
    expect(accounts.status).toBe(405)
    expect(accounts.headers.get("allow")).toBe("GET, HEAD, OPTIONS")
    expect(await accounts.json()).toMatchObject({ code: "METHOD_NOT_ALLOWED" })
    const chat = await call("DELETE", "/v1/chats/!some:beeper.com")
    expect([chat.status, chat.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS, PATCH"])
    expect((await call("HEAD", "/v1/spec")).status).toBe(200)
    const spec = await call("POST", "/v1/spec")
    expect([spec.status, spec.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS"])
  })

  it("still needs the token on /v1, and an unknown path stays 404", async () => {
    expect((await call("PATCH", "/v1/accounts", null)).status).toBe(401)
    const unknown = await call("GET", "/v1/nothing-here")
    expect([unknown.status, unknown.headers.get("allow")]).toEqual([404, null])
  })
})

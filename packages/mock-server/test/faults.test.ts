/** Every fault mode, set programmatically and over the control endpoint. */
import { subscribe } from "node:diagnostics_channel"
import { once } from "node:events"
import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import { connect, type Socket } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { path, useMockServer } from "./support/api.ts"
import { checkResponse } from "./support/contract.ts"
import { connectLive } from "./support/live.ts"

const ctx = useMockServer({ lifecycle: "each" })

/** A fetch that is not validated (faults produce invalid responses on purpose). */
const raw = (url: string, init: RequestInit = {}) =>
  fetch(new URL(url, ctx.server.url), { ...init, headers: { authorization: `Bearer ${ctx.server.token}`, ...(init.headers as Record<string, string>) } })

/** Far longer than any wait of a correct run takes, even on a loaded machine. */
const hangGuardMs = 20_000

/**
 * Resolves once `condition` holds, checked on every turn of the event loop; fails naming `what` if it still does
 * not after {@link hangGuardMs} — a regression then fails here, saying so, not at vitest's timeout minutes later.
 */
const until = (condition: () => boolean, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const deadline = Date.now() + hangGuardMs
    const check = () => {
      if (condition()) return resolve()
      if (Date.now() > deadline) return reject(new Error(`still waiting after ${hangGuardMs} ms for ${what}`))
      setImmediate(check)
    }
    check()
  })

/**
 * Resolves once the server has taken the last use of rule `id` (the request it applies to has reached it): the rule
 * is gone, or still listed with none left — whether it is gone is each test's own assertion.
 */
const spent = (id: string): Promise<void> =>
  until(() => (ctx.server.faults.list().find((rule) => rule.id === id)?.remaining ?? 0) === 0, `the server to take rule ${id}`)

/** Every connection the servers of this file accepted, as the server got it: a test can see when one closed there. */
const serverSockets: Array<Socket> = []
subscribe("net.server.socket", (message) => serverSockets.push((message as { socket: Socket }).socket))

/**
 * Sends a request over a connection of its own, so a test can drop it and then wait until the server has seen it
 * close (`closedAtServer`).
 */
const rawRequest = async (method: string, target: string, body: string) => {
  const client = connect(ctx.server.port, ctx.server.host)
  client.on("error", () => undefined)
  await once(client, "connect")
  // the client can be connected before the server has accepted the connection
  const serverSide = () => serverSockets.find((socket) => socket.remotePort === client.localPort)
  await until(() => serverSide() !== undefined, "the server to accept the connection")
  const server = serverSide()!
  const closedAtServer = server.closed ? Promise.resolve() : once(server, "close").then(() => undefined)
  client.write(
    `${method} ${target} HTTP/1.1\r\nhost: mock\r\nauthorization: Bearer ${ctx.server.token}\r\n` +
      `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
  return { drop: () => client.destroy(), closedAtServer }
}

const chatID = async () => (await ctx.api.get("/v1/chats/search", { query: { accountIDs: "matrix", type: "single" } })).body.items[0].id as string

describe("HTTP faults", () => {
  it("latency: the server holds the request until the client gives up; the rule expires after `times`", async () => {
    // far longer than the test may take: only the client giving up ends the wait
    const rule = ctx.server.faults.add({ kind: "latency", ms: 10 * 60_000, times: 1 })
    const client = new AbortController()
    const slow = raw("/v1/accounts", { signal: client.signal }).then(() => "answered", () => "failed")
    // the rule's one use is spent once the server holds the request; its last use removes it
    await spent(rule)
    expect(ctx.server.faults.list()).toEqual([])
    // expired: a second request is answered at once, while the first is still held
    expect((await raw("/v1/accounts")).status).toBe(200)
    expect(await Promise.race([slow, Promise.resolve("held")])).toBe("held")
    client.abort()
    expect(await slow).toBe("failed")
  })

  it("N× 5xx then success, with the Error shape", async () => {
    ctx.server.faults.add({ kind: "status", status: 500, times: 2 })
    const first = await ctx.api.get("/v1/accounts")
    const second = await ctx.api.get("/v1/accounts")
    expect([first.status, second.status]).toEqual([500, 500])
    expect(first.body).toMatchObject({ code: "INTERNAL_ERROR" })
    expect((await ctx.api.get("/v1/accounts")).status).toBe(200)
    ctx.server.faults.add({ kind: "status", status: 503, times: 1 })
    const unavailable = await raw("/v1/accounts")
    expect([unavailable.status, (await unavailable.json()).code]).toEqual([503, "SERVICE_UNAVAILABLE"])
  })

  it("each injected 5xx has its own code", async () => {
    const codes = { 500: "INTERNAL_ERROR", 502: "BAD_GATEWAY", 503: "SERVICE_UNAVAILABLE", 504: "GATEWAY_TIMEOUT" } as const
    for (const [status, code] of Object.entries(codes)) {
      ctx.server.faults.add({ kind: "status", status: Number(status) as keyof typeof codes, times: 1 })
      const response = await raw("/v1/accounts")
      expect([response.status, await response.json()]).toEqual([Number(status), { code, message: "Injected fault" }])
    }
  })

  it("429 with Retry-After, then success", async () => {
    ctx.server.faults.add({ kind: "rateLimit", retryAfter: 3, times: 1 })
    const limited = await ctx.api.get("/v1/chats")
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toBe("3")
    expect(limited.body.code).toBe("RATE_LIMITED")
    expect((await ctx.api.get("/v1/chats")).status).toBe(200)
  })

  it("connection reset mid-response: headers arrive, the body never completes", async () => {
    ctx.server.faults.add({ kind: "reset", times: 1 })
    await expect(raw("/v1/chats").then((r) => r.text())).rejects.toThrow()
    expect((await ctx.api.get("/v1/chats")).status).toBe(200)
  })

  it("connection reset on a send: the message was sent although the client never got the answer", async () => {
    const id = await chatID()
    const before = (await ctx.api.get(path`/v1/chats/${id}/messages`)).body.items.length
    ctx.server.faults.add({ kind: "reset", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
    await expect(raw(path`/v1/chats/${id}/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"text":"lost answer"}' }).then((r) => r.text())).rejects.toThrow()
    const after = (await ctx.api.get(path`/v1/chats/${id}/messages`)).body.items
    expect(after.length).toBe(Math.min(before + 1, 20))
    expect(after[0].text).toBe("lost answer")
  })

  it("malformed JSON: application/json that does not parse", async () => {
    ctx.server.faults.add({ kind: "malformedJson", times: 1 })
    const response = await raw("/v1/accounts")
    expect(response.headers.get("content-type")).toContain("application/json")
    await expect(response.json()).rejects.toThrow()
  })

  it("schema violation: valid JSON that the spec validator rejects", async () => {
    ctx.server.faults.add({ kind: "schemaViolation", times: 2 })
    for (const url of ["/v1/accounts", "/v1/chats?limit=2"]) {
      const response = await raw(url)
      const text = await response.text()
      expect(() => JSON.parse(text)).not.toThrow()
      const problems = checkResponse({ method: "GET", pathname: new URL(url, ctx.server.url).pathname }, { status: response.status, contentType: response.headers.get("content-type"), text })
      expect(problems.length).toBeGreaterThan(0)
    }
  })

  it("a server that stops answering: requests hang until the client aborts, and close() still completes", async () => {
    const first = ctx.server.faults.add({ kind: "hang", times: 1 })
    const client = new AbortController()
    const aborted = raw("/v1/accounts", { signal: client.signal }).then(() => "answered", () => "failed")
    // the server has the request once it took the rule; one it answers after that does not find the first answered
    await spent(first)
    expect((await raw("/v1/accounts")).status).toBe(200)
    expect(await Promise.race([aborted, Promise.resolve("held")])).toBe("held")
    client.abort()
    expect(await aborted).toBe("failed")
    // a request held when close() is called: close() completes and the request fails
    const second = ctx.server.faults.add({ kind: "hang", times: 1 })
    const pending = raw("/v1/chats").then(() => "answered", () => "failed")
    await spent(second)
    await ctx.server.close()
    expect(await pending).toBe("failed")
  })

  it("latency: a request whose client gives up while it is held is not handled", async () => {
    const id = await chatID()
    let changes = 0
    ctx.server.onChange(() => changes++)
    const rule = ctx.server.faults.add({ kind: "latency", ms: 10 * 60_000, times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
    const send = await rawRequest("POST", path`/v1/chats/${id}/messages`, '{"text":"abandoned"}')
    await spent(rule)
    send.drop()
    // the server has seen the client leave (its hold ended with the connection); handling the send would store and
    // announce it at once, before a request the server answers after that
    await send.closedAtServer
    expect((await ctx.api.get(path`/v1/chats/${id}/messages`)).body.items.map((m: any) => m.text)).not.toContain("abandoned")
    expect(changes).toBe(0)
  })

  it("close(): requests held by latency are not handled afterwards (no send stored, no file written, no change announced)", async () => {
    const previousTmp = process.env["TMPDIR"]
    const temp = mkdtempSync(join(tmpdir(), "faults-close-"))
    process.env["TMPDIR"] = temp // where the server's file area would be created
    try {
      const id = await chatID()
      let changes = 0
      ctx.server.onChange(() => changes++)
      // far longer than the test may take: only close() ends the wait
      const rule = ctx.server.faults.add({ kind: "latency", ms: 10 * 60_000, times: 2 })
      const json = { "content-type": "application/json" }
      const send = raw(path`/v1/chats/${id}/messages`, { method: "POST", headers: json, body: '{"text":"late"}' }).then(() => "answered", () => "failed")
      const upload = raw("/v1/assets/upload/base64", { method: "POST", headers: json, body: JSON.stringify({ content: Buffer.from("hello").toString("base64"), fileName: "late.txt" }) }).then(
        () => "answered",
        () => "failed",
      )
      // both are held once the rule's two uses are spent
      await spent(rule)
      await ctx.server.close()
      expect([await send, await upload]).toEqual(["failed", "failed"])
      // checked once close() resolved, after every connection closed (turns of the event loop after it released the
      // held requests), not after a wait a slow machine could outlast
      expect(changes).toBe(0)
      expect(readdirSync(temp)).toEqual([])
      // nothing is announced after close, whatever still changes
      ctx.server.simulate.incomingMessage({ chatID: id })
      expect(changes).toBe(0)
    } finally {
      if (previousTmp === undefined) delete process.env["TMPDIR"]
      else process.env["TMPDIR"] = previousTmp
      rmSync(temp, { recursive: true, force: true })
    }
  })

  it("rules match by method and path template; others are unaffected", async () => {
    const id = await chatID()
    ctx.server.faults.add({ kind: "status", match: { method: "GET", path: "/v1/chats/{chatID}" } })
    expect((await ctx.api.get(path`/v1/chats/${id}`)).status).toBe(500)
    expect((await ctx.api.get("/v1/chats")).status).toBe(200)
    expect((await ctx.api.patch(path`/v1/chats/${id}`, {})).status).toBe(200)
    ctx.server.faults.clear()
    ctx.server.faults.add({ kind: "status", match: { path: "/v1/bridges*" } })
    expect((await ctx.api.get("/v1/bridges/telegram/login-flows")).status).toBe(500)
    expect((await ctx.api.get(path`/v1/chats/${id}`)).status).toBe(200)
  })

  it("a template matches only the requests routed to its operation: a literal spec path wins", async () => {
    const id = await chatID()
    ctx.server.faults.add({ kind: "status", match: { method: "GET", path: "/v1/chats/{chatID}" } })
    expect((await ctx.api.get("/v1/chats/search")).status).toBe(200)
    expect((await ctx.api.get(path`/v1/chats/${id}`)).status).toBe(500)
    ctx.server.faults.clear()
    ctx.server.faults.add({ kind: "status", match: { path: "/v1/chats/{id}" } })
    expect((await ctx.api.get("/v1/chats/search")).status).toBe(200)
    expect((await ctx.api.post("/v1/chats/start", {})).status).toBe(400)
    expect((await ctx.api.patch(path`/v1/chats/${id}`, {})).status).toBe(500)
  })
})

describe("fault paths naming one chat", () => {
  // Chat IDs contain `:` (and `!`); clients send them percent-encoded, users write them raw.
  const status = async (url: string, method = "GET") => (await raw(url, { method })).status

  it("an exact path or a prefix matches a chat ID however either side encodes it", async () => {
    const id = await chatID()
    expect(encodeURIComponent(id)).not.toBe(id)
    const other = (await ctx.api.get("/v1/chats", { query: { limit: 5 } })).body.items.map((c: any) => c.id).find((c: string) => c !== id) as string
    for (const rulePath of [`/v1/chats/${id}/messages`, path`/v1/chats/${id}/messages`, `/v1/chats/${id}/*`, path`/v1/chats/${id}/*`, `/v1/chats/${id.slice(0, 5)}*`]) {
      ctx.server.faults.clear()
      ctx.server.faults.add({ kind: "status", status: 503, match: { method: "GET", path: rulePath } })
      // what an SDK sends (encoded), and the ID typed raw into a URL
      expect(await status(path`/v1/chats/${id}/messages`), rulePath).toBe(503)
      expect(await status(`/v1/chats/${id}/messages`), rulePath).toBe(503)
      expect(await status(path`/v1/chats/${other}/messages`), rulePath).toBe(200)
    }
    // exact stays exact, a prefix stays a prefix of whole segments before its last one
    ctx.server.faults.clear()
    ctx.server.faults.add({ kind: "status", status: 503, match: { path: `/v1/chats/${id}` } })
    expect(await status(path`/v1/chats/${id}`)).toBe(503)
    expect(await status(path`/v1/chats/${id}/messages`)).toBe(200)
    ctx.server.faults.clear()
    ctx.server.faults.add({ kind: "status", status: 503, match: { path: `/v1/chats/${id}/*` } })
    expect(await status(path`/v1/chats/${id}`)).toBe(200)
    expect(await status(path`/v1/chats/${id}x/messages`)).toBe(404)
  })

  it("a template may name one chat literally", async () => {
    const id = await chatID()
    const message = (await ctx.api.get(path`/v1/chats/${id}/messages`)).body.items[0].id as string
    ctx.server.faults.add({ kind: "status", status: 503, match: { method: "GET", path: `/v1/chats/${id}/messages/{messageID}` } })
    expect(await status(path`/v1/chats/${id}/messages/${message}`)).toBe(503)
    expect(await status(path`/v1/chats/${id}/messages`)).toBe(200)
    expect(await status(path`/v1/chats/${id}`)).toBe(200)
  })

  it("a malformed percent-escape in a rule or a request is compared as written, and nothing throws", async () => {
    ctx.server.faults.add({ kind: "status", status: 503, match: { path: "/v1/chats/%E0%A4%A/*" } })
    expect(await status("/v1/chats/%E0%A4%A/messages")).toBe(503)
    expect(await status("/v1/chats/%ZZ/messages")).not.toBe(503)
    ctx.server.faults.add({ kind: "status", status: 503, match: { path: "/v1/chats/%ZZ" } })
    expect(await status("/v1/chats/%ZZ")).toBe(503)
    expect((await ctx.api.get("/v1/accounts")).status).toBe(200)
  })
})

describe("WebSocket faults", () => {
  const subscribedClient = async () => {
    const client = await connectLive(ctx.server)
    client.send({ type: "subscriptions.set", requestID: "all", chatIDs: ["*"] })
    await client.next((f) => f.type === "subscriptions.updated")
    return client
  }

  it("closes the connection after N events", async () => {
    ctx.server.faults.add({ kind: "wsClose", afterEvents: 2, code: 4000, times: 1 })
    const client = await subscribedClient()
    const id = await chatID()
    ctx.server.simulate.incomingMessage({ chatID: id })
    ctx.server.simulate.incomingMessage({ chatID: id })
    const { code } = await client.closed
    expect(code).toBe(4000)
    expect(client.frames.filter((f) => typeof f.seq === "number")).toHaveLength(2)
    expect(client.violations).toEqual([])
  })

  it("afterEvents 0 closes right after the subscription is confirmed, without waiting for (and losing) an event", async () => {
    ctx.server.faults.add({ kind: "wsClose", afterEvents: 0, code: 4000, times: 1 })
    const client = await connectLive(ctx.server)
    client.send({ type: "subscriptions.set", requestID: "all", chatIDs: ["*"] })
    client.send({ type: "subscriptions.set", requestID: "barrier", chatIDs: ["*"] })
    const outcome = await Promise.race([client.closed.then(({ code }) => code), client.next((f) => f.requestID === "barrier").then(() => "still open")])
    expect(outcome).toBe(4000)
    expect(client.frames.map((f) => f.type)).toEqual(["ready", "subscriptions.updated"])
  })

  it("sends a malformed frame, then carries on", async () => {
    ctx.server.faults.add({ kind: "wsMalformedFrame", afterEvents: 0, times: 1 })
    const client = await subscribedClient()
    const message = ctx.server.simulate.incomingMessage({ chatID: await chatID() })
    await client.next((f) => f.type === "message.upserted")
    expect(client.frames.some((f) => typeof f.malformed === "string")).toBe(true)
    expect(client.violations).toEqual([expect.stringContaining("frame is not JSON")])
    expect(client.frames.find((f) => f.type === "message.upserted").ids).toEqual([message.id])
    client.close()
  })

  it("sends an event of an unknown type that still has the domain-event shape", async () => {
    ctx.server.faults.add({ kind: "wsUnknownEvent", type: "typing.updated", afterEvents: 1, times: 1 })
    const client = await subscribedClient()
    ctx.server.simulate.incomingMessage({ chatID: await chatID() })
    const unknown = await client.next((f) => f.type === "typing.updated")
    expect(unknown.seq).toBe(2)
    const after = await client.next((f) => typeof f.seq === "number")
    expect(after.seq).toBe(3)
    expect(client.violations).toEqual(["unknown frame type typing.updated"])
    client.close()
  })

  it("a hang rule without match.path leaves upgrades alone (and keeps its use for HTTP)", async () => {
    const rule = ctx.server.faults.add({ kind: "hang", times: 1 })
    let settled = false
    const attempt = connectLive(ctx.server).finally(() => (settled = true))
    // ends either way: the upgrade is answered, or (the defect) the rule is spent on it
    await until(() => settled || ctx.server.faults.list().length === 0, "the upgrade answered, or the rule taken")
    expect(ctx.server.faults.list()).toEqual([expect.objectContaining({ kind: "hang", remaining: 1 })])
    const client = await attempt
    expect((await client.next()).type).toBe("ready")
    client.close()
    const client2 = new AbortController()
    const hung = raw("/v1/accounts", { signal: client2.signal }).then(() => "answered", () => "failed")
    await spent(rule)
    client2.abort()
    expect(await hung).toBe("failed")
  })

  it("hangs the upgrade when the server stops answering", async () => {
    const rule = ctx.server.faults.add({ kind: "hang", times: 1, match: { path: "/v1/ws" } })
    const attempt = connectLive(ctx.server).then(
      () => "open",
      () => "failed",
    )
    // the server has the upgrade once it took the rule; a request it answers after that does not find it answered
    await spent(rule)
    expect((await ctx.api.get("/v1/accounts")).status).toBe(200)
    expect(await Promise.race([attempt, Promise.resolve("still waiting")])).toBe("still waiting")
    await ctx.server.close()
    expect(await attempt).toBe("failed")
  })
})

describe("the control endpoint /_mock/faults", () => {
  const control = (method: string, url: string, body?: unknown, token: string | null = ctx.server.token) =>
    fetch(new URL(url, ctx.server.url), {
      method,
      headers: { "content-type": "application/json", ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })

  it("adds, lists and removes rules", async () => {
    const added = await control("POST", "/_mock/faults", { kind: "status", status: 502, times: 1, match: { path: "/v1/accounts" } })
    expect(added.status).toBe(201)
    const { id } = await added.json()
    expect((await (await control("GET", "/_mock/faults")).json()).items).toEqual([expect.objectContaining({ id, kind: "status", remaining: 1 })])
    expect((await ctx.api.get("/v1/chats?limit=1")).status).toBe(200)
    expect((await raw("/v1/accounts")).status).toBe(502)
    expect((await raw("/v1/accounts")).status).toBe(200)
    await control("POST", "/_mock/faults", { kind: "latency", ms: 1 })
    expect((await control("DELETE", "/_mock/faults")).status).toBe(204)
    expect((await (await control("GET", "/_mock/faults")).json()).items).toEqual([])
    expect((await control("DELETE", "/_mock/faults/fault_404")).status).toBe(404)
  })

  it("validates rules and requires the token", async () => {
    const invalid = await control("POST", "/_mock/faults", { kind: "explode" })
    expect(invalid.status).toBe(400)
    expect((await invalid.json()).details.issues[0].path).toEqual(["kind"])
    expect((await control("POST", "/_mock/faults", { kind: "latency" })).status).toBe(400)
    expect((await control("GET", "/_mock/faults", undefined, null)).status).toBe(401)
    expect((await control("GET", "/_mock/faults", undefined, "wrong")).status).toBe(401)
  })

  it("refuses a rule whose match or type has the wrong type (400), and the server keeps answering", async () => {
    const bad = [
      [{ kind: "status", match: { path: 5 } }, ["match", "path"]],
      [{ kind: "latency", ms: 10, match: { method: 1 } }, ["match", "method"]],
      [{ kind: "status", match: { path: "v1/accounts" } }, ["match", "path"]],
      [{ kind: "wsUnknownEvent", type: 5 }, ["type"]],
      // values a rule would apply oddly or never: a close code a WebSocket cannot send (ws throws on it, which took
      // the server down), a timer past what it holds (no delay at all), fractions of a count or of whole seconds
      [{ kind: "wsClose", afterEvents: 0, code: 1006 }, ["code"]],
      [{ kind: "wsClose", afterEvents: 1, code: 1005 }, ["code"]],
      [{ kind: "wsClose", afterEvents: 1, code: 5000 }, ["code"]],
      [{ kind: "wsClose", afterEvents: 1.5 }, ["afterEvents"]],
      [{ kind: "latency", ms: 2 ** 31 }, ["ms"]],
      [{ kind: "status", times: 1.5 }, ["times"]],
      [{ kind: "status", times: 0 }, ["times"]],
      [{ kind: "rateLimit", retryAfter: 0.5 }, ["retryAfter"]],
    ] as const
    for (const [rule, at] of bad) {
      const response = await control("POST", "/_mock/faults", rule)
      expect(response.status, JSON.stringify(rule)).toBe(400)
      expect((await response.json()).details.issues.map((i: any) => i.path)).toEqual([at])
      expect(() => ctx.server.faults.add(rule as any), JSON.stringify(rule)).toThrow(TypeError)
    }
    expect(ctx.server.faults.list()).toEqual([])
    expect((await ctx.api.get("/v1/accounts")).status).toBe(200)
  })

  it("closes with any close code a WebSocket can send (4001, 3000, 1008)", async () => {
    for (const code of [4001, 3000, 1008]) {
      ctx.server.faults.add({ kind: "wsClose", afterEvents: 0, code, times: 1 })
      const client = await connectLive(ctx.server)
      client.send({ type: "subscriptions.set", chatIDs: ["*"] })
      expect((await client.closed).code).toBe(code)
    }
  })

  it("applies WebSocket rules added over HTTP", async () => {
    await control("POST", "/_mock/faults", { kind: "wsClose", afterEvents: 0, times: 1 })
    const client = await connectLive(ctx.server)
    client.send({ type: "subscriptions.set", chatIDs: ["*"] })
    await client.next((f) => f.type === "subscriptions.updated")
    ctx.server.simulate.incomingMessage({ chatID: await chatID() })
    expect((await client.closed).code).toBe(1011)
  })

  it("a wsMalformedFrame or wsUnknownEvent rule without times applies once per trigger, on every connection, and stays", async () => {
    // before: `wsInjections` took the same unlimited rule again and again (RangeError: Invalid array length), and
    // the connection got no event after the first
    for (const rule of [{ kind: "wsMalformedFrame", afterEvents: 1 }, { kind: "wsUnknownEvent", afterEvents: 1 }]) {
      expect((await control("POST", "/_mock/faults", rule)).status).toBe(201)
    }
    const connect = async () => {
      const client = await connectLive(ctx.server)
      client.send({ type: "subscriptions.set", chatIDs: ["*"] })
      await client.next((f) => f.type === "subscriptions.updated")
      return client
    }
    const [first, second] = [await connect(), await connect()]
    const id = await chatID()
    ctx.server.simulate.incomingMessage({ chatID: id })
    const last = ctx.server.simulate.incomingMessage({ chatID: id })
    for (const client of [first, second]) {
      await client.next((f) => f.type === "message.upserted" && f.ids.includes(last.id))
      const domain = client.frames.filter((f) => typeof f.seq === "number" && f.type !== "typing.updated")
      expect(domain.length).toBeGreaterThanOrEqual(3) // both messages' events reached the client
      // one of each, right after the first event (the unknown event takes a seq of its own)
      expect(client.frames.filter((f) => typeof f.malformed === "string")).toHaveLength(1)
      expect(client.frames.filter((f) => f.type === "typing.updated")).toEqual([expect.objectContaining({ seq: 2 })])
      expect(client.frames.findIndex((f) => typeof f.malformed === "string")).toBe(client.frames.indexOf(domain[0]) + 1)
      client.close()
    }
    // still there, unlimited, for the next connection
    expect((await (await control("GET", "/_mock/faults")).json()).items).toEqual([
      expect.objectContaining({ kind: "wsMalformedFrame", remaining: null }),
      expect.objectContaining({ kind: "wsUnknownEvent", remaining: null }),
    ])
  })
})

// Smoke test of the Worker: bundled as for deployment and run in workerd (miniflare), talking to the mock Beeper
// Desktop over loopback. GET /unread and POST /send must work, and callers without the Worker's token are refused.
import type { MockServer } from "@beeper-kit/mock-server"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { Miniflare } from "miniflare"
import { networkInterfaces } from "node:os"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bundleWorker, compatibilityDate } from "../src/bundle.ts"

interface ChatJson {
  readonly id: string
  readonly title: string
  readonly unreadCount: number
}

const workerToken = "worker-secret"
const mock = mockServerForFile({ seed: 11 })
let server: MockServer
let worker: Miniflare

beforeAll(async () => {
  server = mock.current
  worker = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate,
    bindings: { BEEPER_ACCESS_TOKEN: server.token, BEEPER_DESKTOP_URL: server.url, WORKER_TOKEN: workerToken },
  })
  await worker.ready
}, 120_000) // bundling the worker and starting workerd: their own budget (a hang guard, not a speed check)
afterAll(async () => {
  await worker?.dispose()
})

const call = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const response = await worker.dispatchFetch(`http://worker${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${init.token ?? workerToken}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const desktop = <A>(path: string): Promise<A> => getJson<A>(server, path)

describe("edge-worker in workerd", () => {
  it("GET /unread: the chats with unread messages, as Desktop has them", async () => {
    const { items } = await desktop<{ items: ReadonlyArray<ChatJson> }>("/v1/chats/search?unreadOnly=true&limit=200")
    const expected = items.filter((chat) => chat.unreadCount > 0)
    const { status, body } = await call("/unread?limit=200")
    expect(status).toBe(200)
    const chats = body["chats"] as ReadonlyArray<ChatJson>
    expect(chats.map((chat) => [chat.id, chat.title, chat.unreadCount])).toEqual(
      expected.map((chat) => [chat.id, chat.title, chat.unreadCount]),
    )
    expect(body["unread"]).toBe(expected.reduce((sum, chat) => sum + chat.unreadCount, 0))
    expect(body["hasMore"]).toBe(false)

    const limited = await call("/unread?limit=2")
    expect((limited.body["chats"] as ReadonlyArray<ChatJson>).map((chat) => chat.id)).toEqual(
      expected.slice(0, 2).map((chat) => chat.id),
    )
    expect(limited.body["hasMore"]).toBe(true)
  })

  it("POST /send: answers with the confirmed message, which is in Desktop's store", async () => {
    const { items } = await desktop<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=1")
    const chat = items[0]!
    const { status, body } = await call("/send", { method: "POST", body: { chatID: chat.id, text: "sent from workerd" } })
    expect(status).toBe(200)
    const message = body["message"] as { id: string; chatID: string; text: string }
    expect(message).toMatchObject({ chatID: chat.id, text: "sent from workerd" })
    const stored = await desktop<{ text?: string; isSender?: boolean }>(
      `/v1/chats/${encodeURIComponent(chat.id)}/messages/${encodeURIComponent(message.id)}`,
    )
    expect(stored).toMatchObject({ text: "sent from workerd", isSender: true })
  })

  it("POST /send reset after Desktop stored the message: 'may have been sent', never 'cannot reach'", async () => {
    const { items } = await desktop<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=1")
    const chat = items[0]!
    const text = "sent from workerd, then reset"
    server.faults.add({ kind: "reset", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
    const { status, body } = await call("/send", { method: "POST", body: { chatID: chat.id, text } })
    expect(status).toBe(502)
    expect(body["error"]).toBe("maybe_sent")
    expect(body["message"]).toContain("the message may have been sent — check the chat before sending again")
    // it was: Desktop stored it before the connection was reset
    const { items: messages } = await desktop<{ items: ReadonlyArray<{ text?: string }> }>(
      `/v1/chats/${encodeURIComponent(chat.id)}/messages`,
    )
    expect(messages.filter((message) => message.text === text)).toHaveLength(1)
  })

  it("POST /send Desktop accepted but whose answer does not decode: 'may have been sent', not a bare error", async () => {
    const { items } = await desktop<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=1")
    const chat = items[0]!
    const text = "sent from workerd, answer unreadable"
    server.faults.add({ kind: "malformedJson", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
    const { status, body } = await call("/send", { method: "POST", body: { chatID: chat.id, text } })
    expect(status).toBe(502)
    expect(body["error"]).toBe("maybe_sent")
    const { items: messages } = await desktop<{ items: ReadonlyArray<{ text?: string }> }>(
      `/v1/chats/${encodeURIComponent(chat.id)}/messages`,
    )
    expect(messages.filter((message) => message.text === text)).toHaveLength(1)
  })

  it("refuses callers without the Worker's token, and bad requests", async () => {
    expect((await call("/unread", { token: "guess" })).status).toBe(401)
    const invalid = await call("/send", { method: "POST", body: { chatID: "x" } })
    expect(invalid.status).toBe(400)
    const unknown = await call("/send", { method: "POST", body: { chatID: "no-such-chat", text: "hi" } })
    expect(unknown).toMatchObject({ status: 404, body: { error: "not_found" } })
    // a reply target that is not a string ID: refused, not sent as a plain message without the reply
    const { items } = await desktop<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=1")
    const text = "a reply whose target is a number"
    for (const replyToMessageID of [1304922, ["m1"], { id: "m1" }, ""]) {
      const refused = await call("/send", { method: "POST", body: { chatID: items[0]!.id, text, replyToMessageID } })
      expect(refused.status, JSON.stringify(replyToMessageID)).toBe(400)
    }
    const { items: messages } = await desktop<{ items: ReadonlyArray<{ text?: string }> }>(
      `/v1/chats/${encodeURIComponent(items[0]!.id)}/messages`,
    )
    expect(messages.filter((message) => message.text === text)).toHaveLength(0)
  })

  it("secrets not set, or set empty: 503 not_configured", async () => {
    const script = await bundleWorker()
    for (const bindings of [{ WORKER_TOKEN: workerToken }, { WORKER_TOKEN: workerToken, BEEPER_ACCESS_TOKEN: "" }]) {
      const unconfigured = new Miniflare({ modules: true, script, compatibilityDate, bindings: { ...bindings, BEEPER_DESKTOP_URL: server.url } })
      try {
        const response = await unconfigured.dispatchFetch("http://worker/unread", { headers: { authorization: `Bearer ${workerToken}` } })
        expect(response.status, JSON.stringify(bindings)).toBe(503)
        expect(((await response.json()) as Record<string, unknown>)["error"]).toBe("not_configured")
      } finally {
        await unconfigured.dispose()
      }
    }
  }, 120_000) // bundling the worker and starting workerd: a hang guard, not a speed check

  // This machine's own address on a network (not loopback): a plain http:// Desktop there needs the opt-in.
  const lanAddress = Object.values(networkInterfaces()).flat().find((a) => a?.family === "IPv4" && !a.internal)?.address
  it.skipIf(lanAddress === undefined)("BEEPER_ALLOW_INSECURE_TOKEN, which the clear-text refusal names, is read from the Worker's bindings", async () => {
    const script = await bundleWorker()
    const url = `http://${lanAddress}:${await closedPort()}`
    const answers: Array<{ status: number; error: unknown; message: unknown }> = []
    for (const allow of [undefined, "true", "maybe"]) {
      const bindings = {
        BEEPER_ACCESS_TOKEN: server.token,
        BEEPER_DESKTOP_URL: url,
        WORKER_TOKEN: workerToken,
        ...(allow === undefined ? {} : { BEEPER_ALLOW_INSECURE_TOKEN: allow }),
      }
      const lan = new Miniflare({ modules: true, script, compatibilityDate, bindings })
      try {
        const response = await lan.dispatchFetch("http://worker/unread", { headers: { authorization: `Bearer ${workerToken}` } })
        const body = (await response.json()) as Record<string, unknown>
        answers.push({ status: response.status, error: body["error"], message: body["message"] })
      } finally {
        await lan.dispose()
      }
    }
    const [refused, allowed, unreadable] = answers
    // without it: refused before anything is sent, and told what to set
    expect(refused).toMatchObject({ status: 502, error: "desktop_error" })
    expect(String(refused!.message)).toContain("BEEPER_ALLOW_INSECURE_TOKEN=true")
    // with it: the request is made (nothing listens there: unreachable, not refused); before, the same refusal
    expect(allowed).toMatchObject({ status: 502, error: "desktop_unreachable" })
    // a value that is not a yes/no: the Worker is not configured, said so
    expect(unreadable).toMatchObject({ status: 503, error: "not_configured" })
    expect(String(unreadable!.message)).toContain("BEEPER_ALLOW_INSECURE_TOKEN")
  }, 120_000)

  it("Desktop not running: a read is 502 desktop_unreachable, a send 502 maybe_sent that names Desktop not running", async () => {
    // workerd reports the refused connection as "Network connection lost.", as it does a reset
    const down = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate,
      bindings: {
        BEEPER_ACCESS_TOKEN: server.token,
        BEEPER_DESKTOP_URL: `http://127.0.0.1:${await closedPort()}`,
        WORKER_TOKEN: workerToken,
      },
    })
    try {
      const ask = async (path: string, body?: unknown) => {
        const response = await down.dispatchFetch(`http://worker${path}`, {
          method: body === undefined ? "GET" : "POST",
          headers: { authorization: `Bearer ${workerToken}`, "content-type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
        return { status: response.status, body: (await response.json()) as Record<string, unknown> }
      }
      const read = await ask("/unread")
      expect(read.status).toBe(502)
      expect(read.body["error"]).toBe("desktop_unreachable")
      expect(read.body["message"]).toContain("cannot reach Beeper Desktop at BEEPER_DESKTOP_URL")
      const send = await ask("/send", { chatID: "!a:beeper.com", text: "hi" })
      expect(send.status).toBe(502)
      expect(send.body["error"]).toBe("maybe_sent")
      expect(send.body["message"]).toContain("check the chat before sending again")
      expect(send.body["message"]).toContain("Beeper Desktop is not running")
    } finally {
      await down.dispose()
    }
  }, 120_000) // bundling the worker and starting workerd: a hang guard, not a speed check
})

// One representative operation of every resource group, sent through createBeeperClient to the stateful mock
// server (seed 1): the SDK must reach real routes with real IDs and hand back the data a user would see.
import { mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { beforeAll, describe, expect, it } from "vitest"
import { createBeeperClient, type BeeperClient, type Chat } from "../src/index.ts"

const mock = mockServerForFile({ seed: 1, sendDelay: "manual", remoteDelay: "manual" })
let beeper: BeeperClient
/** The newest chat of the fixture, as `chats.list` returns it. */
let firstChat: Chat

beforeAll(async () => {
  beeper = createBeeperClient({ baseUrl: mock.current.url, accessToken: mock.current.token })
  const { data } = await beeper.chats.list()
  const chat = data?.items[0]
  if (chat === undefined) throw new Error("the mock server listed no chats")
  firstChat = chat
})

/** The body of a successful reply, failing the test with the error body otherwise. */
const ok = <T>(result: {
  readonly data?: T | undefined
  readonly error?: unknown
  readonly response?: Response | undefined
}): T => {
  expect(result.error, `HTTP ${result.response?.status}`).toBeUndefined()
  expect(result.response?.ok).toBe(true)
  if (result.data === undefined) throw new Error("the reply had no body")
  return result.data
}

describe("accounts", () => {
  it("lists the signed-in accounts, each with an accountID", async () => {
    const accounts = ok(await beeper.accounts.list())
    expect(accounts.length).toBeGreaterThan(0)
    for (const account of accounts) expect(account.accountID).toEqual(expect.any(String))
    expect(accounts.map((a) => a.network)).toContain("Telegram")
  })

  it("lists and searches the contacts of a real account", async () => {
    const accounts = ok(await beeper.accounts.list())
    const accountID = accounts.find((a) => a.network === "Telegram")?.accountID ?? ""
    const contacts = ok(await beeper.accounts.contacts.list({ path: { accountID } }))
    expect(contacts.items.length).toBeGreaterThan(0)
    const someone = contacts.items.find((c) => c.fullName !== undefined && !c.isSelf)
    const firstName = someone?.fullName?.split(" ")[0] ?? ""
    expect(firstName).not.toBe("")
    const found = ok(await beeper.accounts.contacts.search({ path: { accountID }, query: { query: firstName } }))
    expect(found.items.map((c) => c.id)).toContain(someone?.id)
  })
})

describe("bridges", () => {
  it("lists bridges and the login flows of one", async () => {
    const bridges = ok(await beeper.bridges.list())
    expect(bridges.items.map((b) => b.id)).toContain("telegram")
    const flows = ok(await beeper.bridges.loginFlows.list({ path: { bridgeID: "telegram" } }))
    expect(flows.items.map((f) => f.id)).toEqual(expect.arrayContaining(["phone", "qr"]))
  })

  it("creates a login session and retrieves it by its ID", async () => {
    const created = ok(
      await beeper.bridges.loginSessions.create({ path: { bridgeID: "telegram" }, body: { flowID: "phone" } }),
    )
    expect(created.bridgeID).toBe("telegram")
    expect(created.status).toBe("waiting_for_input")
    expect(created.currentStep?.type).toBe("user_input")
    const retrieved = ok(
      await beeper.bridges.loginSessions.retrieve({
        path: { bridgeID: "telegram", loginSessionID: created.loginSessionID },
      }),
    )
    expect(retrieved.loginSessionID).toBe(created.loginSessionID)
    expect(retrieved.status).toBe("waiting_for_input")
  })
})

describe("chats", () => {
  it("pages through chats with the cursor of the previous page", async () => {
    const first = ok(await beeper.chats.list({ query: { limit: 5 } }))
    expect(first.items).toHaveLength(5)
    expect(first.hasMore).toBe(true)
    expect(first.oldestCursor).toEqual(expect.any(String))
    expect(first.newestCursor).toEqual(expect.any(String))
    const second = ok(
      await beeper.chats.list({ query: { limit: 5, cursor: first.oldestCursor ?? "", direction: "before" } }),
    )
    expect(second.items).toHaveLength(5)
    const firstIDs = new Set(first.items.map((c) => c.id))
    for (const chat of second.items) expect(firstIDs.has(chat.id)).toBe(false)
  })

  it("retrieves a chat whose ID contains ! and : (the encoded path round-trips)", async () => {
    expect(firstChat.id).toMatch(/^!.*:/)
    const chat = ok(await beeper.chats.retrieve({ path: { chatID: firstChat.id } }))
    expect(chat.id).toBe(firstChat.id)
    expect(chat.title).toBe(firstChat.title)
  })

  it("sets a reminder (204, no body) that the chat then shows", async () => {
    const remindAt = "2030-01-01T09:00:00.000Z"
    const result = await beeper.chats.reminders.create({
      path: { chatID: firstChat.id },
      body: { reminder: { remindAt } },
    })
    expect(result.error).toBeUndefined()
    expect(result.response?.status).toBe(204)
    const chat = ok(await beeper.chats.retrieve({ path: { chatID: firstChat.id } }))
    expect(new Date(chat.reminder?.remindAt ?? 0).toISOString()).toBe(remindAt)
  })
})

describe("messages", () => {
  it("lists messages, sends one and retrieves it by its pendingMessageID", async () => {
    const page = ok(await beeper.messages.list({ path: { chatID: firstChat.id } }))
    expect(page.items.length).toBeGreaterThan(0)
    for (const message of page.items) expect(message.chatID).toBe(firstChat.id)

    const sent = ok(await beeper.messages.send({ path: { chatID: firstChat.id }, body: { text: "hello **world**" } }))
    expect(sent.chatID).toBe(firstChat.id)
    expect(sent.pendingMessageID).toEqual(expect.any(String))
    const message = ok(
      await beeper.messages.retrieve({ path: { chatID: firstChat.id, messageID: sent.pendingMessageID } }),
    )
    expect(message.id).toBe(sent.pendingMessageID)
    expect(message.text).toContain("hello")
    expect(message.isSender).toBe(true)
  })

  it("adds a reaction that the message then carries", async () => {
    const page = ok(await beeper.messages.list({ path: { chatID: firstChat.id } }))
    const target = page.items.find((m) => m.type === "TEXT" && !m.isSender && !m.isDeleted)
    const messageID = target?.id ?? ""
    expect(messageID).not.toBe("")
    const added = ok(
      await beeper.chats.messages.reactions.add({
        path: { chatID: firstChat.id, messageID },
        body: { reactionKey: "🎉", transactionID: "mock-server-test-1" },
      }),
    )
    expect(added).toMatchObject({ chatID: firstChat.id, messageID, reactionKey: "🎉", success: true })
    const message = ok(await beeper.messages.retrieve({ path: { chatID: firstChat.id, messageID } }))
    expect(message.reactions?.map((r) => r.reactionKey)).toContain("🎉")
  })
})

describe("assets", () => {
  it("uploads a base64 file and gets an uploadID back", async () => {
    const upload = ok(
      await beeper.assets.uploadBase64({
        body: { content: Buffer.from("hello file").toString("base64"), fileName: "note.txt", mimeType: "text/plain" },
      }),
    )
    expect(upload.uploadID).toEqual(expect.any(String))
    expect(upload.fileName).toBe("note.txt")
    expect(upload.fileSize).toBe("hello file".length)
  })
})

describe("info, search, focus, labels, app setup", () => {
  it("retrieves info without a token", async () => {
    const anonymous = createBeeperClient({ baseUrl: mock.current.url })
    const info = ok(await anonymous.info.retrieve())
    expect(info.app.name).toBe("Beeper Desktop")
    expect(info.server.port).toBe(mock.current.port)
  })

  it("searches messages across chats", async () => {
    const result = ok(await beeper.search({ query: { query: "lunch" } }))
    const texts = result.results.messages.items.map((m) => m.text?.toLowerCase() ?? "")
    expect(texts.length).toBeGreaterThan(0)
    for (const text of texts) expect(text).toContain("lunch")
  })

  it("focuses the app on a chat", async () => {
    expect(ok(await beeper.focus({ body: { chatID: firstChat.id } }))).toEqual({ success: true })
  })

  it("lists labels", async () => {
    const labels = ok(await beeper.labels.list())
    expect(labels.map((l) => l.name)).toContain("Work")
  })

  it("retrieves the app setup state and the pending verification", async () => {
    expect(ok(await beeper.app.setup.retrieve()).state).toBe("ready")
    const verifications = ok(await beeper.app.setup.verifications.list())
    expect(verifications.items).toHaveLength(1)
    expect(verifications.items[0]?.otherDevice?.name).toBe("Beeper on iPhone")
  })
})

describe("errors", () => {
  it("a wrong token gives 401 with an Error body", async () => {
    const intruder = createBeeperClient({ baseUrl: mock.current.url, accessToken: "not-the-token" })
    const result = await intruder.chats.list()
    expect(result.data).toBeUndefined()
    expect(result.response?.status).toBe(401)
    expect(result.error).toMatchObject({ code: expect.any(String), message: expect.any(String) })
  })

  it("an unknown chat gives 404 NOT_FOUND", async () => {
    const result = await beeper.chats.retrieve({ path: { chatID: "!doesnotexist:beeper.com" } })
    expect(result.data).toBeUndefined()
    expect(result.response?.status).toBe(404)
    expect(result.error).toMatchObject({ code: "NOT_FOUND", message: expect.any(String) })
  })
})

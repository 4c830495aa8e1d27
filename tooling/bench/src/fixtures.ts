// The payloads are real responses of the mock server's seeded fixtures (a 25-chat page, a send answer, a page of
// messages, one message for live events, the accounts), fetched once and serialised once, so the benchmark servers do no work
// per request beyond writing a buffer. Only the parent imports this (it loads the whole mock server).
import { startMockServer } from "@beeper-kit/mock-server"
import type { Payloads } from "./payloads.ts"

/** Fetches the payloads from a fresh mock server (seed 1). */
export const buildPayloads = async (): Promise<Payloads> => {
  const server = await startMockServer({ seed: 1, sendDelay: "manual" })
  try {
    const headers = { authorization: `Bearer ${server.token}` }
    const get = async (path: string): Promise<string> => {
      const response = await fetch(`${server.url}${path}`, { headers })
      if (!response.ok) throw new Error(`mock server: GET ${path} → ${response.status}`)
      return response.text()
    }
    const chatsPage = await get("/v1/chats?limit=25")
    const chats = JSON.parse(chatsPage) as { items: Array<{ id: string; isReadOnly: boolean }> }
    if (chats.items.length !== 25) throw new Error(`expected a page of 25 chats, got ${chats.items.length}`)
    // A writable chat with at least two full pages of history; its second page is a full one.
    let chat: { id: string } | undefined
    let page: { items: Array<{ type: string; text?: string }> } = { items: [] }
    for (const candidate of chats.items.filter((c) => !c.isReadOnly)) {
      const path = `/v1/chats/${encodeURIComponent(candidate.id)}/messages`
      const first = JSON.parse(await get(path)) as { oldestCursor: string | null; hasMore: boolean }
      if (!first.hasMore || first.oldestCursor === null) continue
      page = JSON.parse(await get(`${path}?cursor=${encodeURIComponent(first.oldestCursor)}&direction=before`)) as typeof page
      if (page.items.length >= 20) {
        chat = candidate
        break
      }
    }
    if (chat === undefined) throw new Error("no fixture chat has two full pages of messages")
    const path = `/v1/chats/${encodeURIComponent(chat.id)}/messages`
    const sent = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ text: "benchmark" }),
    })
    const eventMessage = page.items.find((m) => m.type === "TEXT" && m.text !== undefined) ?? page.items[0]!
    return {
      chatsPage,
      chatID: chat.id,
      sendResponse: await sent.text(),
      messagesItems: JSON.stringify(page.items),
      messagesPerPage: page.items.length,
      eventMessage: JSON.stringify(eventMessage),
      accounts: await get("/v1/accounts"),
    }
  } finally {
    await server.close()
  }
}


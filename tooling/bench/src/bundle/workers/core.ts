// The same edge worker written with @beeper-kit/core alone: the generated fetch SDK, and the core WS codec over a
// WebSocket opened by hand (a Workers fetch upgrade).
import { createBeeperClient, decodeServerFrame, encodeSubscriptionsSet } from "@beeper-kit/core"

interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const firstUpsert = async (env: Env, chatID: string): Promise<Promise<unknown>> => {
  const upgrade = await fetch(`${env.BEEPER_DESKTOP_URL}/v1/ws`, {
    headers: { Upgrade: "websocket", Authorization: `Bearer ${env.BEEPER_ACCESS_TOKEN}` },
  })
  const ws = (upgrade as Response & { webSocket: WebSocket & { accept(): void } }).webSocket
  ws.accept()
  return new Promise((resolve) => {
    ws.addEventListener("message", (message) => {
      const frame = decodeServerFrame(String(message.data))
      if (frame.type === "ready") {
        const command = encodeSubscriptionsSet({ chatIDs: [chatID] })
        if (command.ok) ws.send(command.text)
      }
      if (frame.type === "message.upserted") {
        ws.close()
        resolve(frame)
      }
    })
  })
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const beeper = createBeeperClient({ baseUrl: env.BEEPER_DESKTOP_URL, accessToken: env.BEEPER_ACCESS_TOKEN })
    const { data: page, error } = await beeper.chats.list({ query: { limit: 10 } })
    if (error !== undefined) return Response.json({ error }, { status: 502 })
    const chatID = page.items[0]!.id
    const event = await firstUpsert(env, chatID)
    const { data: sent } = await beeper.messages.send({ path: { chatID }, body: { text: "Hello from the edge" } })
    return Response.json({ chats: page.items.length, pendingMessageID: sent?.pendingMessageID, event: await event })
  },
}

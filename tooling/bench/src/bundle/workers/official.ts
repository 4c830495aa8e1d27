// The same edge worker written with the official @beeper/desktop-api SDK. It has no live events, so the
// WebSocket is opened by hand (a Workers fetch upgrade) and its frames parsed with JSON.parse.
import BeeperDesktop from "@beeper/desktop-api"

interface Env {
  readonly BEEPER_ACCESS_TOKEN: string
  readonly BEEPER_DESKTOP_URL: string
}

const firstUpsert = async (env: Env, chatID: string): Promise<Promise<unknown>> => {
  const url = `${env.BEEPER_DESKTOP_URL.replace(/^http/, "ws")}/v1/ws`
  const upgrade = await fetch(url.replace(/^ws/, "http"), {
    headers: { Upgrade: "websocket", Authorization: `Bearer ${env.BEEPER_ACCESS_TOKEN}` },
  })
  const ws = (upgrade as Response & { webSocket: WebSocket & { accept(): void } }).webSocket
  ws.accept()
  return new Promise((resolve) => {
    ws.addEventListener("message", (message) => {
      const frame = JSON.parse(String(message.data)) as { type: string }
      if (frame.type === "ready") ws.send(JSON.stringify({ type: "subscriptions.set", chatIDs: [chatID] }))
      if (frame.type === "message.upserted") {
        ws.close()
        resolve(frame)
      }
    })
  })
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const client = new BeeperDesktop({ accessToken: env.BEEPER_ACCESS_TOKEN, baseURL: env.BEEPER_DESKTOP_URL })
    try {
      const page = await client.chats.list({ limit: 10 } as never)
      const chatID = page.items[0]!.id
      const event = await firstUpsert(env, chatID)
      const sent = await client.messages.send(chatID, { text: "Hello from the edge" })
      return Response.json({ chats: page.items.length, pendingMessageID: sent.pendingMessageID, event: await event })
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 502 })
    }
  },
}

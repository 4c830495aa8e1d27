// Smoke test of the Deno bot: the real bot on the real Deno (from the repo's install) against the mock Beeper
// Desktop. A contact writes the keyword; the bot's reply must be in the mock's store, as a reply to that message —
// and a message that only contains the keyword inside another word gets no reply.
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, expect, it } from "vitest"
import { spawnProcess } from "../../smoke-support.ts"

const root = fileURLToPath(new URL("..", import.meta.url))
// The Deno binary of the `deno` npm package itself (its `bin` wrapper would not pass Ctrl-C on).
const deno = join(
  dirname(createRequire(import.meta.url).resolve("deno/package.json")),
  process.platform === "win32" ? "deno.exe" : "deno",
)

interface MessageJson {
  readonly id: string
  readonly text?: string
  readonly isSender?: boolean
  readonly linkedMessageID?: string
}

let server: MockServer
beforeAll(async () => {
  server = await startMockServer({ port: 0, seed: 3 })
})
afterAll(() => server.close())

const messagesOf = async (chatID: string): Promise<ReadonlyArray<MessageJson>> => {
  const response = await fetch(`${server.url}/v1/chats/${encodeURIComponent(chatID)}/messages`, {
    headers: { authorization: `Bearer ${server.token}` },
  })
  return ((await response.json()) as { items: ReadonlyArray<MessageJson> }).items
}

it("replies to a keyword message, and the reply is in the mock's store", async () => {
  const bot = spawnProcess(
    deno,
    ["run", "--conditions=@beeper-kit/source", `--allow-net=127.0.0.1:${server.port}`, "--allow-env", "src/main.ts"],
    {
      cwd: root,
      env: {
        BEEPER_DESKTOP_URL: server.url,
        BEEPER_ACCESS_TOKEN: server.token,
        BOT_KEYWORD: "ping",
        BOT_REPLY: "pong from the Deno bot",
      },
    },
  )
  try {
    await bot.waitForLine((line) => line === `listening for "ping" in all chats`)
    const noise = server.simulate.incomingMessage({ text: "shipping the release today" })
    const trigger = server.simulate.incomingMessage({ chatID: noise.chatID, text: "anyone there? PING" })
    await bot.waitForLine((line) => line.startsWith("replied to"))

    const messages = await messagesOf(trigger.chatID)
    const replies = messages.filter((m) => m.isSender === true && m.text === "pong from the Deno bot")
    expect(replies).toHaveLength(1)
    expect(replies[0]!.linkedMessageID).toBe(trigger.id)
    expect(bot.stdout()).toContain(`"anyone there? PING" → "pong from the Deno bot"`)
  } finally {
    bot.child.kill("SIGINT")
  }
  const { code, stderr } = await bot.exited
  expect(stderr).toBe("")
  expect(code).toBe(0)
})

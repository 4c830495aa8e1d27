/**
 * Bot-grade delivery, end to end: the echo bot (apps/echo-bot, a real Node process with `--checkpoint <file>`)
 * against the mock server while contacts write across several chats, react to and edit messages, the account
 * itself sends messages from elsewhere, every WebSocket connection is dropped after a number of events, and the bot
 * is killed with SIGKILL at seeded random points and restarted on the same checkpoint file — with messages arriving
 * while it is down. Then: every incoming message has exactly one echo (0 lost, 0 duplicated), no echo answers one
 * of the account's own messages, and each chat's echoes come in the order of the messages they answer.
 *
 * A second test: a checkpoint file that is not one ends the bot with `CheckpointCorrupt`, nothing answered.
 */
import { type MockServer, startMockServer } from "@beeper-kit/mock-server"
import { repoRoot, sourceCondition } from "@beeper-kit/testkit/binaries"
import { type Running, spawnProcess } from "@beeper-kit/testkit/process"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * The scale: incoming messages, chats, SIGKILLs (the figures; `BOT_DELIVERY_SCALE=small` for a quick run:
 * 200 / 8 / 2), and the events per WebSocket connection before the mock drops it.
 */
const small = process.env["BOT_DELIVERY_SCALE"] === "small"
const MESSAGES = small ? 200 : 1000
const CHATS = small ? 8 : 20
const KILLS = small ? 2 : 5
const DROP_EVENTS = 100
/** Messages sent while the bot is down, after each kill. */
const WHILE_DOWN = 5

const botDir = join(repoRoot, "apps", "echo-bot")

/** What the test knows of a message, from the mock's change events. */
interface Seen {
  readonly id: string
  readonly chatID: string
  readonly sortKey: string
  readonly isSender: boolean
  readonly linkedMessageID: string | undefined
  readonly text: string | undefined
}

/** A seeded generator (mulberry32), so the kill points are random but repeatable. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

let server: MockServer
const messages = new Map<string, Seen>()
/** Message ID → the IDs of the account's replies linked to it (kept up to date as pending IDs become final). */
const repliesTo = new Map<string, Set<string>>()
/** Pending (unconfirmed) message IDs of the account. */
const pending = new Set<string>()

const forget = (id: string) => {
  const seen = messages.get(id)
  if (seen?.linkedMessageID !== undefined) repliesTo.get(seen.linkedMessageID)?.delete(id)
  pending.delete(id)
  messages.delete(id)
}

beforeAll(async () => {
  server = await startMockServer({ seed: 16, sendDelay: [5, 20] })
  server.onChange((event) => {
    if (event.type === "message.deleted") for (const id of event.ids) forget(id)
    if (event.type !== "message.upserted") return
    for (const m of event.entries ?? []) {
      forget(m.id)
      if (m.isSender === true && m.linkedMessageID !== undefined) {
        repliesTo.set(m.linkedMessageID, (repliesTo.get(m.linkedMessageID) ?? new Set()).add(m.id))
      }
      if (m.isSender === true && m.sendStatus?.status === "PENDING") pending.add(m.id)
      messages.set(m.id, {
        id: m.id,
        chatID: m.chatID,
        sortKey: m.sortKey,
        isSender: m.isSender === true,
        linkedMessageID: m.linkedMessageID,
        text: m.text,
      })
    }
  })
})
afterAll(() => server?.close())

const startBot = (checkpoint: string): Running =>
  spawnProcess(process.execPath, [sourceCondition, "src/main.ts", "--checkpoint", checkpoint], {
    cwd: botDir,
    env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
    timeoutMs: 180_000,
  })

/** Resolves when `test` holds, checked on every change of the mock; rejects after `ms` (a hang guard). */
const until = (test: () => boolean, ms: number, what: () => string): Promise<void> =>
  new Promise((resolve, reject) => {
    if (test()) return resolve()
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`not within ${ms} ms: ${what()}`))
    }, ms)
    const stop = server.onChange(() => {
      if (!test()) return
      clearTimeout(timer)
      stop()
      resolve()
    })
  })

/** Sends a message as the account itself, from another client (straight over HTTP). */
const sendOwn = async (chatID: string, text: string) => {
  const response = await fetch(`${server.url}/v1/chats/${encodeURIComponent(chatID)}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" },
    body: JSON.stringify({ text }),
  })
  expect(response.ok).toBe(true)
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 2))

describe("bot delivery (echo bot, real process)", () => {
  it(`${MESSAGES} messages in ${CHATS} chats, WS drops every ${DROP_EVENTS} events, ${KILLS} SIGKILLs: each answered exactly once, in order`, async () => {
    const chats = Array.from({ length: CHATS }, (_, i) => server.simulate.newChat({ text: `chat ${i} opens` }).id)
    server.faults.add({ kind: "wsClose", afterEvents: DROP_EVENTS })
    const checkpoint = join(mkdtempSync(join(tmpdir(), "bot-delivery-")), "echo-bot.json")
    const random = seeded(16)
    const killAt = new Set<number>()
    while (killAt.size < KILLS) killAt.add(Math.floor(MESSAGES * (0.15 + 0.7 * random())))

    const incoming: Array<{ readonly id: string; readonly chatID: string }> = []
    const started: Array<Running> = []
    let bot = startBot(checkpoint)
    started.push(bot)
    let connections = 0
    try {
      await bot.waitForLine((line) => line.includes("live events connected"))
      for (let i = 0; i < MESSAGES; i++) {
        const chatID = chats[Math.floor(random() * CHATS)]!
        const m = server.simulate.incomingMessage({ chatID, text: `message ${i}` })
        incoming.push({ id: m.id, chatID })
        const earlier = incoming[Math.floor(random() * incoming.length)]!
        if (i % 4 === 1) server.simulate.reaction({ chatID: earlier.chatID, messageID: earlier.id, reactionKey: "👍" })
        if (i % 6 === 2) server.simulate.editMessage({ chatID: earlier.chatID, messageID: earlier.id, text: `edited ${i}` })
        if (i % 10 === 3) await sendOwn(chatID, `own ${i}`)
        await tick()
        if (killAt.has(i)) {
          bot.stop("SIGKILL")
          await bot.exited
          connections += (bot.stdout().match(/live events connected/g) ?? []).length
          for (let d = 0; d < WHILE_DOWN && i + 1 < MESSAGES; d++) {
            i++
            const down = chats[Math.floor(random() * CHATS)]!
            incoming.push({ id: server.simulate.incomingMessage({ chatID: down, text: `while down ${i}` }).id, chatID: down })
          }
          bot = startBot(checkpoint)
          started.push(bot)
          await bot.waitForLine((line) => line.includes("live events connected"))
        }
      }
      const unanswered = () => incoming.filter((m) => (repliesTo.get(m.id)?.size ?? 0) === 0).length
      await until(() => unanswered() === 0, 300_000, () => `${unanswered()} of ${incoming.length} not answered`)
      // every echo confirmed (no pending IDs left), so what is counted is final
      await until(() => pending.size === 0, 60_000, () => `${pending.size} sends pending`)
    } finally {
      bot.stop("SIGINT")
    }
    await bot.exited
    connections += (bot.stdout().match(/live events connected/g) ?? []).length

    const all = [...messages.values()]
    const echoes = all.filter((m) => m.isSender && m.text?.startsWith("echo: "))
    const answered = new Map<string, number>()
    for (const e of echoes) answered.set(e.linkedMessageID!, (answered.get(e.linkedMessageID!) ?? 0) + 1)
    const lost = incoming.filter((m) => !answered.has(m.id))
    const duplicated = incoming.filter((m) => (answered.get(m.id) ?? 0) > 1)
    const ownIDs = new Set(all.filter((m) => m.isSender).map((m) => m.id))
    const answersToOwn = echoes.filter((e) => ownIDs.has(e.linkedMessageID!))
    const answersToOthers = echoes.filter((e) => !incoming.some((m) => m.id === e.linkedMessageID))
    console.log(
      `bot delivery: ${incoming.length} messages, ${CHATS} chats, ${KILLS} kills, ${started.length} runs, ` +
        `${connections} connections, ${lost.length} lost, ${duplicated.length} duplicated`,
    )
    expect(lost.map((m) => m.id)).toEqual([])
    expect(duplicated.map((m) => m.id)).toEqual([])
    expect(answersToOwn).toEqual([])
    // nothing from before the bot's first start (each chat's opening message) was answered
    expect(answersToOthers).toEqual([])
    expect(connections).toBeGreaterThan(KILLS + 1) // the WebSocket drops happened

    // per chat, the echoes are in the order of the messages they answer
    const sortKeyOf = new Map(all.map((m) => [m.id, m.sortKey]))
    for (const chatID of chats) {
      const ordered = echoes
        .filter((e) => e.chatID === chatID)
        .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
        .map((e) => sortKeyOf.get(e.linkedMessageID!)!)
      expect(ordered).toEqual([...ordered].sort())
    }
  }, 480_000)

  it("a corrupt checkpoint file ends the bot with CheckpointCorrupt, nothing answered", async () => {
    const checkpoint = join(mkdtempSync(join(tmpdir(), "bot-delivery-")), "echo-bot.json")
    writeFileSync(checkpoint, `{"format":"beeper-kit/key-value-file@1","entries":{"beeper-kit/inc`)
    const echoesBefore = [...messages.values()].filter((m) => m.isSender).length
    const bot = startBot(checkpoint)
    const { code, output } = await bot.exited
    expect(code).toBe(1)
    expect(output).toContain("CheckpointCorrupt")
    expect(output).toContain(checkpoint)
    expect([...messages.values()].filter((m) => m.isSender).length).toBe(echoesBefore)
  }, 120_000)
})

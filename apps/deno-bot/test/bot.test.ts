// Smoke test of the Deno bot: the real bot on the real Deno (from the repo's install) against the mock Beeper
// Desktop. A contact writes the keyword; the bot's reply must be in the mock's store, as a reply to that message —
// and a message that only contains the keyword inside another word, or inside its HTML, gets no reply.
import { denoBinary, toolchainBin } from "@beeper-kit/testkit/binaries"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { runProcess, spawnProcess } from "@beeper-kit/testkit/process"
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"

const root = fileURLToPath(new URL("..", import.meta.url))

interface MessageJson {
  readonly id: string
  readonly text?: string
  readonly isSender?: boolean
  readonly linkedMessageID?: string
}

const mock = mockServerForFile({ seed: 3 })

const messagesOf = async (chatID: string): Promise<ReadonlyArray<MessageJson>> =>
  (await getJson<{ items: ReadonlyArray<MessageJson> }>(mock.current, `/v1/chats/${encodeURIComponent(chatID)}/messages`))
    .items

/** The bot on Deno against the file's mock, keeping its place in `folder`/bot.json. */
const startBot = (folder: string) => {
  const server = mock.current
  return spawnProcess(
    denoBinary(),
    [
      "run",
      "--conditions=@beeper-kit/source",
      `--allow-net=127.0.0.1:${server.port}`,
      "--allow-env",
      `--allow-read=${folder}`,
      `--allow-write=${folder}`,
      "src/main.ts",
    ],
    {
      cwd: root,
      env: {
        BEEPER_DESKTOP_URL: server.url,
        BEEPER_ACCESS_TOKEN: server.token,
        BOT_KEYWORD: "ping",
        BOT_REPLY: "pong from the Deno bot",
        BOT_CHECKPOINT: join(folder, "bot.json"),
      },
    },
  )
}

it("replies to a keyword message, and the reply is in the mock's store; a reply reset after it was stored may have been sent; its place is kept in BOT_CHECKPOINT", async () => {
  const server = mock.current
  const folder = mkdtempSync(join(tmpdir(), "deno-bot-"))
  const checkpoint = join(folder, "bot.json")
  const bot = startBot(folder)
  try {
    await bot.waitForLine((line) => line === `listening for "ping" in all chats`)
    const noise = server.simulate.incomingMessage({ text: "shipping the release today" })
    // formatted messages, as Desktop returns them (Matrix HTML): the keyword counts in the words, not in the markup
    server.simulate.incomingMessage({ chatID: noise.chatID, text: 'see <a href="https://ping.example/">the site</a>' })
    const trigger = server.simulate.incomingMessage({ chatID: noise.chatID, text: "anyone there? <strong>PING</strong> &amp; all" })
    await bot.waitForLine((line) => line.startsWith("replied to"))

    const messages = await messagesOf(trigger.chatID)
    const replies = messages.filter((m) => m.isSender === true && m.text === "pong from the Deno bot")
    expect(replies).toHaveLength(1)
    expect(replies[0]!.linkedMessageID).toBe(trigger.id)
    expect(bot.stdout()).toContain(`"anyone there? PING & all" → "pong from the Deno bot"`)

    // The next reply's connection is reset after Desktop stored it: the bot says it may have been sent, and goes on
    // (the chat's messages are handled in order, so the reply to `after` comes once `reset` was dealt with).
    server.faults.add({ kind: "reset", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
    const reset = server.simulate.incomingMessage({ chatID: noise.chatID, text: "ping, with a reset" })
    const after = server.simulate.incomingMessage({ chatID: noise.chatID, text: "ping after the reset" })
    await bot.waitForLine((line) => line.includes(`"ping after the reset"`))
    expect(bot.stderr()).toContain(
      `the reply to message ${reset.id} may have been sent — check the chat before sending again`,
    )
    const linked = (await messagesOf(trigger.chatID)).filter((m) => m.isSender === true).map((m) => m.linkedMessageID)
    expect(linked).toContain(reset.id)
    expect(linked).toContain(after.id)
  } finally {
    bot.child.kill("SIGINT")
  }
  const { code, stderr } = await bot.exited
  expect(stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^the reply to message .+ may have been sent — check the chat before sending again \(/),
  ])
  expect(code).toBe(0)
  // the message after the trigger ("shipping..." is handled too, without a reply) was checkpointed on Deno's files
  expect(existsSync(checkpoint)).toBe(true)
  expect(readFileSync(checkpoint, "utf8")).toContain("beeper-kit/incoming-checkpoint@1")
})

it("a message handled again after a restart (stopped after its reply was sent, before its place was written) is not answered twice", async () => {
  const server = mock.current
  const folder = mkdtempSync(join(tmpdir(), "deno-bot-"))
  // a first run starts the checkpoint, and stops
  const first = startBot(folder)
  await first.waitForLine((line) => line === `listening for "ping" in all chats`)
  first.child.kill("SIGINT")
  expect((await first.exited).code).toBe(0)
  // what a run stopped between its reply and its checkpoint leaves: the message, and the bot's reply to it
  const trigger = server.simulate.incomingMessage({ text: "ping while the bot restarts" })
  const sent = await fetch(`${server.url}/v1/chats/${encodeURIComponent(trigger.chatID)}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.token}`, "content-type": "application/json" },
    body: JSON.stringify({ text: "pong from the Deno bot", replyToMessageID: trigger.id }),
  })
  expect(sent.status).toBe(200)
  const second = startBot(folder)
  try {
    await second.waitForLine((line) => line.startsWith(`already replied to message ${trigger.id}`))
  } finally {
    second.child.kill("SIGINT")
  }
  expect((await second.exited).code).toBe(0)
  const replies = (await messagesOf(trigger.chatID)).filter((m) => m.isSender === true && m.linkedMessageID === trigger.id)
  expect(replies).toHaveLength(1)
  expect(second.stdout()).not.toMatch(/^replied to /m)
})

/** Runs the bot on Deno against `url` with `--allow-net=${allowNet}` and returns how it ended. */
const botAt = (url: string, token: string, allowNet: string) =>
  runProcess(denoBinary(), ["run", "--conditions=@beeper-kit/source", `--allow-net=${allowNet}`, "--allow-env", "src/main.ts"], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: token },
    timeoutMs: 120_000, // a hang guard, not a speed check
  })

it("Desktop is running but outside --allow-net: the line names --allow-net and the host, not 'is it running?'", async () => {
  const server = mock.current
  const { code, stderr } = await botAt(server.url, server.token, "localhost:1")
  // before: "deno-bot: cannot reach Beeper Desktop — is it running?", Deno's own hint lost
  expect(stderr.trim()).toBe(
    `deno-bot: Deno refused network access to 127.0.0.1:${server.port} — add it to --allow-net (e.g. --allow-net=127.0.0.1:${server.port})`,
  )
  expect(code).toBe(1)
})

it("Desktop accepts the connection and never answers: 'did not answer in time' (nothing was closed), exit code 1", async () => {
  const server = mock.current
  server.faults.add({ kind: "hang", match: { method: "GET", path: "/v1/accounts" } })
  try {
    // the layer's default timeout (30 s) ends the start-up request
    const { code, stderr } = await botAt(server.url, server.token, `127.0.0.1:${server.port}`)
    expect(stderr.trim()).toMatch(/^deno-bot: Beeper Desktop did not answer in time: /)
    expect(code).toBe(1)
  } finally {
    server.faults.clear()
  }
})

it("nothing listening (and the host allowed): 'cannot reach … is it running?', exit code 1", async () => {
  const port = await closedPort()
  const { code, stderr } = await botAt(`http://127.0.0.1:${port}`, "any-token", `127.0.0.1:${port}`)
  expect(stderr.trim()).toMatch(/^deno-bot: cannot reach Beeper Desktop — is it running\?/)
  expect(stderr).not.toContain("--allow-net")
  expect(code).toBe(1)
})

/** The PIDs of `pid`'s descendants (Linux `ps`). */
const descendantsOf = (pid: number): Array<number> => {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim().split("\n").map((line) => line.trim().split(/\s+/).map(Number) as [number, number])
  const found: Array<number> = []
  for (let parents = [pid]; parents.length > 0;) {
    parents = table.filter(([, ppid]) => parents.includes(ppid)).map(([child]) => child)
    found.push(...parents)
  }
  return found
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

it("`pnpm start` under a supervisor: a SIGTERM to the one process it started stops the bot, not only a launcher", async () => {
  const server = mock.current
  const run = spawnProcess(toolchainBin("pnpm"), ["start"], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
    timeoutMs: 120_000,
  })
  try {
    await run.waitForLine((line) => line.startsWith("listening for"))
    const processes = descendantsOf(run.child.pid!)
    expect(processes.length).toBeGreaterThan(0)
    run.child.kill("SIGTERM") // the process a supervisor (Docker, a test harness, pm2) knows: pnpm's
    await run.exited
    // before: the npm `deno` launcher (and `deno task`) ended, and Deno running the bot lived on, reconnecting
    const giveUpAt = Date.now() + 60_000 // a hang guard, not a speed check: the bot stops within a second or two
    while (processes.some(isAlive) && Date.now() < giveUpAt) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(processes.filter(isAlive)).toEqual([])
  } finally {
    run.stop("SIGKILL") // the whole process group, whatever is left of it
  }
}, 120_000)

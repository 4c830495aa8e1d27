// Smoke test of the echo bot: the real bot (src/main.ts) as a Node process against the mock Beeper Desktop, with a
// checkpoint file. A contact's message gets exactly one echo, linked to it; the bot's own echo is never echoed; the
// README (and the effect README's "Writing a bot") shows the bot verbatim, in at most 20 lines.
import type { Schemas } from "@beeper-kit/effect"
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { spawnProcess } from "@beeper-kit/testkit/process"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"

const root = fileURLToPath(new URL("..", import.meta.url))

/** The fields of a message (as the mock's HTTP API answers them) the test reads. */
type MessageJson = Pick<Schemas.Message, "id" | "text" | "isSender" | "linkedMessageID">

const mock = mockServerForFile({ seed: 5, sendDelay: 10 })

it("the README shows the whole bot, verbatim, in at most 20 lines", () => {
  const block = codeBlockAfter(new URL("../README.md", import.meta.url), "<!-- the bot -->")
  expect(block).toBe(readFileSync(join(root, "src/main.ts"), "utf8"))
  expect(block.trimEnd().split("\n").length).toBeLessThanOrEqual(20)
  // and the effect README's "Writing a bot" starts from the same bot
  const effectReadme = new URL("../../../packages/effect/README.md", import.meta.url)
  expect(codeBlockAfter(effectReadme, "<!-- bot-example -->")).toBe(block)
})

it("echoes a contact's message once, and never its own echo", async () => {
  const server = mock.current
  const checkpoint = join(mkdtempSync(join(tmpdir(), "echo-bot-")), "bot.json")
  const bot = spawnProcess(process.execPath, ["--conditions=@beeper-kit/source", "src/main.ts", "--checkpoint", checkpoint], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
    timeoutMs: 120_000,
  })
  try {
    await bot.waitForLine((line) => line.includes("live events connected"))
    const incoming = server.simulate.incomingMessage({ text: "hello bot" })
    await bot.waitForLine((line) => line.includes(`echoed ${incoming.id}`))
    // a second message after the echo: once it is echoed, the first echo was seen live and not echoed. It is
    // formatted: its text is Matrix HTML, and the echo repeats the words, not the markup
    const second = server.simulate.incomingMessage({ chatID: incoming.chatID, text: "<em>again</em> &amp; more" })
    await bot.waitForLine((line) => line.includes(`echoed ${second.id}`))
    const { items } = await getJson<{ items: ReadonlyArray<MessageJson> }>(
      server,
      `/v1/chats/${encodeURIComponent(incoming.chatID)}/messages`,
    )
    const echoes = items.filter((m) => m.isSender === true && m.text?.startsWith("echo:"))
    expect(echoes.filter((m) => m.linkedMessageID === incoming.id).map((m) => m.text)).toEqual(["echo: hello bot"])
    expect(echoes.filter((m) => m.linkedMessageID === second.id).map((m) => m.text)).toEqual(["echo: again &amp; more"])
    expect(echoes.some((m) => m.text?.startsWith("echo: echo:"))).toBe(false)
    // handled one at a time: the first was checkpointed before the second was handled, so the chat's checkpoint is
    // the first message or (once its acknowledgement is written) the second
    const entries = JSON.parse(readFileSync(checkpoint, "utf8")).entries as Record<string, string>
    const stored = JSON.parse(entries[`beeper-kit/incoming/chat/${incoming.chatID}`]!) as { readonly id: string }
    expect([incoming.id, second.id]).toContain(stored.id)
  } finally {
    bot.stop("SIGINT")
  }
  const { code, stderr } = await bot.exited
  expect(stderr).toBe("")
  expect(code).toBe(130) // NodeRuntime.runMain: interrupted by SIGINT

})

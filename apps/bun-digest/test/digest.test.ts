// Smoke test of the Bun digest: the real script on the real Bun (from the repo's install) against the mock Beeper
// Desktop. Its output must list every chat with unread messages — including one a contact just wrote to.
import { bunBinary } from "@beeper-kit/testkit/binaries"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { runProcess, spawnProcess } from "@beeper-kit/testkit/process"
import { CliOutput } from "effect/cli"
import { fileURLToPath } from "node:url"
import { expect, it } from "vitest"

const root = fileURLToPath(new URL("..", import.meta.url))

interface ChatJson {
  readonly id: string
  readonly title: string
  readonly unreadCount: number
  readonly isReadOnly?: boolean
}

const mock = mockServerForFile({ seed: 5 })

it("lists every chat with unread messages, grouped by account", async () => {
  // A read chat gets a new message: it must show up in the digest, with that message.
  const server = mock.current
  const api = <A>(path: string) => getJson<A>(server, path)
  const { items: recent } = await api<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=50")
  const quiet = recent.find((chat) => chat.unreadCount === 0 && chat.isReadOnly !== true)!
  // formatted, as Desktop returns such a message (Matrix HTML): the digest shows its words
  server.simulate.incomingMessage({ chatID: quiet.id, text: "did you <em>see</em> the digest?<br>&amp; reply" })

  const { items: unread } = await api<{ items: ReadonlyArray<ChatJson>; hasMore: boolean }>(
    "/v1/chats/search?unreadOnly=true&limit=200",
  )
  const expected = unread.filter((chat) => chat.unreadCount > 0)
  const total = expected.reduce((sum, chat) => sum + chat.unreadCount, 0)
  expect(expected.map((chat) => chat.id)).toContain(quiet.id)

  const run = spawnProcess(bunBinary(), ["--conditions=@beeper-kit/source", "src/main.ts", "--per-chat", "2"], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
  })
  const { code, stdout, stderr } = await run.exited
  expect(stderr).toBe("")
  expect(code).toBe(0)
  const lines = stdout.split("\n")
  expect(lines[0]).toMatch(new RegExp(`^Unread digest: ${total} messages in ${expected.length} chats, across \\d+ accounts$`))
  for (const chat of expected) {
    expect(lines.some((line) => line.startsWith(`  ${chat.title} · ${chat.unreadCount} unread`)), chat.title).toBe(true)
  }
  const quietAt = lines.findIndex((line) => line.startsWith(`  ${quiet.title} · 1 unread`))
  expect(lines[quietAt + 1]).toMatch(/^\s+\d\d:\d\d {2}.+: did you see the digest\? & reply$/)
})

it("cuts a long line by grapheme and terminal cells: no broken emoji, wide characters count 2, nothing overflows", async () => {
  const server = mock.current
  const { items: recent } = await getJson<{ items: ReadonlyArray<ChatJson> }>(server, "/v1/chats?limit=50")
  const chat = recent.find((c) => c.unreadCount === 0 && c.isReadOnly !== true)!
  const texts = {
    // before: `slice` by UTF-16 units cut a 🚗 in half (U+FFFD on the terminal), and each counted as one column
    emoji: "a" + "🚗".repeat(60),
    wide: "b" + "漢字".repeat(40),
    family: "c" + "👨‍👩‍👧".repeat(40), // one grapheme of 5 code points, 2 cells
  }
  for (const text of Object.values(texts)) server.simulate.incomingMessage({ chatID: chat.id, text })

  // stdout is a pipe: the digest is cut to 100 columns
  const run = spawnProcess(bunBinary(), ["--conditions=@beeper-kit/source", "src/main.ts"], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
  })
  const { code, stdout, stderr } = await run.exited
  expect(stderr).toBe("")
  expect(code).toBe(0)
  expect(stdout).not.toContain("\uFFFD") // a lone surrogate, as it reaches the terminal
  const lines = stdout.split("\n")
  for (const line of lines) expect(CliOutput.displayWidth(line), line).toBeLessThanOrEqual(100)
  const lineOf = (start: string) => lines.find((line) => line.includes(`: ${start}`))!
  // whole graphemes up to the last that fits, then "…"; a wide one that does not fit leaves at most one cell free
  for (const [name, tail] of [["emoji", "🚗…"], ["wide", "…"], ["family", "👨‍👩‍👧…"]] as const) {
    const line = lineOf(texts[name].slice(0, 3))
    expect(line, name).toMatch(new RegExp(`${tail}$`, "u"))
    expect(CliOutput.displayWidth(line), name).toBeGreaterThanOrEqual(99)
    expect(texts[name].startsWith(line.slice(line.indexOf(": ") + 2, -1)), name).toBe(true)
  }
})

/** Runs the digest on Bun against `url` and returns how it ended. */
const digestAt = (url: string, token: string) =>
  runProcess(bunBinary(), ["--conditions=@beeper-kit/source", "src/main.ts"], {
    cwd: root,
    env: { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: token },
    timeoutMs: 120_000, // a hang guard, not a speed check
  })

it("nothing listening: 'cannot reach', exit code 4", async () => {
  const port = await closedPort()
  const { code, stderr } = await digestAt(`http://127.0.0.1:${port}`, "any-token")
  expect(stderr.trim()).toBe("bun-digest: cannot reach Beeper Desktop — is it running?")
  expect(code).toBe(4)
})

// Desktop is there in both: never "cannot reach … is it running?" (exit 4), and each says what happened
const unanswered = [
  { kind: "hang", what: "accepts the connection and never answers (the layer's 30 s timeout ends it)", line: "did not answer in time" },
  { kind: "reset", what: "resets every connection after reading the request", line: "closed the connection before answering" },
] as const
for (const { kind, what, line } of unanswered) {
  it(`Desktop ${what}: '${line}', exit code 1`, async () => {
    const server = mock.current
    server.faults.add({ kind, match: { method: "GET" } })
    try {
      const { code, stderr } = await digestAt(server.url, server.token)
      expect(stderr).toMatch(new RegExp(`^bun-digest: Beeper Desktop ${line}: `))
      expect(stderr).not.toContain("is it running?")
      expect(code).toBe(1)
    } finally {
      server.faults.clear()
    }
  })
}

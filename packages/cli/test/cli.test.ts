// Smoke test of the `beeper-kit` binary: each command run as a real Node process against the mock Beeper Desktop
// (127.0.0.1, random port), checking what a shell user sees — output, stderr lines and exit codes.
import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import type { MockServer } from "@beeper-kit/mock-server"
import { getJson, mockServerForFile, withMockServer } from "@beeper-kit/testkit/mock-server"
import { closedPort } from "@beeper-kit/testkit/ports"
import { upgradeSocket } from "@beeper-kit/testkit/upgrade"
import { linesOf } from "@beeper-kit/testkit/process"
import { beforeAll, describe, expect, it } from "vitest"
import { beeperKit, beeperKitToFile, start, startWithStuckReader } from "./support.ts"

let server: MockServer
let env: Record<string, string>

interface ChatJson {
  readonly id: string
  readonly localChatID?: string | null
  readonly title: string
  readonly unreadCount: number
  readonly participants: { readonly items: ReadonlyArray<{ readonly id: string; readonly isSelf?: boolean }> }
}

const mock = mockServerForFile({ seed: 7 })
const api = <A>(path: string): Promise<A> => getJson<A>(server, path)

/** The chat the commands are tried on: the most recent group chat. The sends and the tails write to it. */
let chat: ChatJson
/**
 * The chat the `messages` reads are tried on: one no test writes to. The tests run concurrently, and a send made
 * meanwhile changes the latest messages twice (its pending message appears, then takes its final ID): on `chat`,
 * what the CLI read between two snapshots may match neither.
 */
let quiet: ChatJson

beforeAll(async () => {
  server = mock.current
  env = { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token }
  const page = await api<{ items: ReadonlyArray<ChatJson> }>("/v1/chats?limit=25")
  chat = page.items.find((c) => c.participants.items.length > 2 && c.localChatID) ?? page.items[0]!
  quiet = page.items.find((c) => c !== chat && c.localChatID)!
})

describe.concurrent("beeper-kit", () => {
  it("accounts: a table of every account, no wider than the terminal", async () => {
    const accounts = await api<ReadonlyArray<{ accountID: string; network?: string }>>("/v1/accounts")
    const { code, stdout } = await beeperKit(["accounts"], { ...env, COLUMNS: "72" })
    expect(code).toBe(0)
    const lines = linesOf(stdout)
    expect(lines[0]).toMatch(/^NETWORK\s+USER\s+STATUS\s+ACCOUNT ID$/)
    expect(lines).toHaveLength(accounts.length + 1)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(72)
    for (const account of accounts) expect(stdout).toContain(account.network!)
  })

  it("a narrow terminal cuts names and message text, never an ID, a count or a time", async () => {
    await withMockServer({ seed: 7, sendDelay: "manual" }, async (own) => {
      const ownEnv = { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token }
      const accountIDs = (await getJson<ReadonlyArray<{ accountID: string }>>(own, "/v1/accounts")).map((a) => a.accountID)
      // before: at 40 columns every account ID was cut ("local-wh…")
      const accounts = await beeperKit(["accounts"], { ...ownEnv, COLUMNS: "40" })
      expect(accounts.code, accounts.stderr).toBe(0)
      const accountRows = linesOf(accounts.stdout).slice(1)
      expect(accountRows.map((row) => row.split(/\s+/).at(-1))).toEqual(accountIDs)
      // before: at 60 columns the times were cut ("Dec 05 22…") while the chat names kept 10 cells
      const chats = await beeperKit(["chats", "--limit", "4"], { ...ownEnv, COLUMNS: "60" })
      expect(chats.code, chats.stderr).toBe(0)
      const [header, ...rows] = linesOf(chats.stdout)
      expect(header).toMatch(/ UNREAD  LAST ACTIVITY /)
      const page = await getJson<{ items: ReadonlyArray<ChatJson & { lastActivity?: string }> }>(own, "/v1/chats?limit=4")
      const activity = header!.indexOf("LAST ACTIVITY")
      rows.forEach((row, i) => {
        const chat = page.items[i]!
        expect(row.startsWith(`${chat.localChatID ?? chat.id}  `), row).toBe(true)
        // the time whole: "HH:MM" (today), "Mon DD HH:MM" (this year) or "YYYY-MM-DD"
        expect(row.slice(activity).split("  ")[0], row).toMatch(/^(\d\d:\d\d|[A-Z][a-z]{2} \d\d \d\d:\d\d|\d{4}-\d\d-\d\d)$/)
        if (chat.unreadCount > 0) expect(row).toContain(` ${chat.unreadCount}  `)
      })
      for (const line of [header!, ...rows]) expect(line.length).toBeLessThanOrEqual(60)
    })
  })

  it("reads past the one leading \"--\" pnpm 10 forwards (`pnpm start -- accounts`)", async () => {
    const { code, stdout } = await beeperKit(["--", "accounts"], { ...env, COLUMNS: "72" })
    expect(code).toBe(0)
    expect(linesOf(stdout)[0]).toMatch(/^NETWORK\s+USER\s+STATUS\s+ACCOUNT ID$/)
  })

  it("chats --unread: only chats with unread messages, up to --limit, with a count on stderr", async () => {
    const { code, stdout, stderr } = await beeperKit(["chats", "--unread", "--limit", "4"], env)
    expect(code).toBe(0)
    const [header, ...rows] = linesOf(stdout)
    expect(header).toMatch(/^ID\s+CHAT\s+NETWORK\s+UNREAD\s+LAST ACTIVITY$/)
    expect(rows).toHaveLength(4)
    for (const row of rows) expect(Number(row.match(/\s(\d+)\s{2}/)?.[1])).toBeGreaterThan(0)
    expect(stderr).toContain("4 chats (more with --limit <n> or --all)")
  })

  it("chats --search: the chats whose title matches", async () => {
    const word = chat.title.split(" ")[0]!
    const { code, stdout } = await beeperKit(["chats", "--search", word], env)
    expect(code).toBe(0)
    const rows = linesOf(stdout).slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((row) => row.includes(chat.localChatID ?? chat.id))).toBe(true)
  })

  it("messages <chatID>: the chat's title, then its latest messages oldest first", async () => {
    const page = await api<{ items: ReadonlyArray<{ text?: string; timestamp: string }> }>(
      `/v1/chats/${encodeURIComponent(quiet.id)}/messages`,
    )
    const { code, stdout, stderr } = await beeperKit(["messages", quiet.localChatID ?? quiet.id, "--limit", "3"], env)
    expect(code).toBe(0)
    const [heading, header, ...rows] = linesOf(stdout)
    expect(heading).toContain(quiet.title)
    expect(header).toMatch(/^TIME\s+FROM\s+MESSAGE$/)
    expect(rows).toHaveLength(3)
    const newest = page.items.find((m) => m.text !== undefined && m.text.length < 40)
    if (newest !== undefined && page.items.indexOf(newest) < 3) expect(stdout).toContain(newest.text)
    expect(stderr).toContain("3 messages")
  })

  it("messages: a formatted message reads as its text, not the Matrix HTML Desktop stores", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const target = (await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")).items[0]!
      const sender = target.participants.items.find((p) => p.isSelf !== true)!
      own.simulate.incomingMessage({ chatID: target.id, senderID: sender.id, text: "<p>Tom &amp; Jerry&#39;s <a href=\"https://x.example\">plan</a></p>" })
      const { code, stdout } = await beeperKit(["messages", target.localChatID ?? target.id, "--limit", "1"], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      expect(code).toBe(0)
      expect(stdout).toContain("Tom & Jerry's plan")
      expect(stdout).not.toMatch(/&amp;|<p>|<a /)
    })
  })

  it("send: waits for the confirmation, and the message is in the chat", async () => {
    const text = `smoke test ${Date.now()}`
    const { code, stdout } = await beeperKit(["send", chat.localChatID ?? chat.id, text], env)
    expect(code).toBe(0)
    const id = stdout.match(/✓ Sent to .+ and confirmed: message (\S+) at/)?.[1]
    expect(id).toBeDefined()
    const stored = await api<{ text?: string; sendStatus?: { status: string } }>(
      `/v1/chats/${encodeURIComponent(chat.id)}/messages/${encodeURIComponent(id!)}`,
    )
    expect(stored.text).toBe(text)
    expect(stored.sendStatus?.status ?? "SUCCESS").toBe("SUCCESS")
  })

  it("a refused token: one clear line and exit code 3", async () => {
    const { code, stdout, stderr } = await beeperKit(["--token", "not-the-token", "accounts"], env)
    expect(code).toBe(3)
    expect(stdout).toBe("")
    expect(stderr.trim()).toBe(
      "beeper-kit: the access token was refused (401). Set BEEPER_ACCESS_TOKEN or pass --token.",
    )
  })

  it("BEEPER_BASE_URL (the official SDK's variable) is read when BEEPER_DESKTOP_URL is not set; BEEPER_DESKTOP_URL wins", async () => {
    const viaAlias = await beeperKit(["accounts", "--json"], { BEEPER_BASE_URL: server.url, BEEPER_ACCESS_TOKEN: server.token })
    expect(viaAlias.code, viaAlias.stderr).toBe(0)
    expect(JSON.parse(viaAlias.stdout).length).toBeGreaterThan(0)
    const closed = `http://127.0.0.1:${await closedPort()}`
    const both = await beeperKit(["accounts", "--json"], { BEEPER_DESKTOP_URL: server.url, BEEPER_BASE_URL: closed, BEEPER_ACCESS_TOKEN: server.token })
    expect(both.code, both.stderr).toBe(0)
  })

  it("a bad Desktop URL names where it came from (--url, BEEPER_DESKTOP_URL or BEEPER_BASE_URL), exit code 2", async () => {
    const hint = ": give Desktop's address, e.g. http://localhost:23373"
    const cases: ReadonlyArray<readonly [ReadonlyArray<string>, Record<string, string>, string]> = [
      // before: both said "the Desktop URL (--url, BEEPER_DESKTOP_URL) …", neither of which was set
      [[], { BEEPER_BASE_URL: "localhost:23373" }, `(BEEPER_BASE_URL) must start with http:// or https:// (its scheme is "localhost:")${hint}`],
      [[], { BEEPER_BASE_URL: "not a url" }, `(BEEPER_BASE_URL) is not a URL${hint}`],
      [[], { BEEPER_DESKTOP_URL: "not a url", BEEPER_BASE_URL: server.url }, `(BEEPER_DESKTOP_URL) is not a URL${hint}`],
      [["--url", "not a url"], { BEEPER_DESKTOP_URL: server.url }, `(--url) is not a URL${hint}`],
    ]
    for (const [args, urlEnv, message] of cases) {
      const { code, stdout, stderr } = await beeperKit([...args, "accounts"], { ...urlEnv, BEEPER_ACCESS_TOKEN: server.token })
      expect([code, stdout, stderr], JSON.stringify(urlEnv)).toEqual([2, "", `beeper-kit: the Desktop URL ${message}\n`])
    }
  })

  it("BEEPER_ALLOW_INSECURE_TOKEN that is not a yes/no word: the SDK's message, exit code 2", async () => {
    const { code, stdout, stderr } = await beeperKit(["accounts"], { ...env, BEEPER_ALLOW_INSECURE_TOKEN: "maybe" })
    // before: 'BEEPER_ALLOW_INSECURE_TOKEN: SchemaError(Expected "true" | "yes" | … at ["BEEPER_ALLOW_INSECURE_TOKEN"])'
    expect([code, stdout, stderr]).toEqual([
      2,
      "",
      'beeper-kit: BEEPER_ALLOW_INSECURE_TOKEN must be true or false (got "maybe"; one of true, yes, on, 1, y, false, no, off, 0, n)\n',
    ])
  })

  it("no token at all: exit code 3 and how to get one", async () => {
    const { code, stderr } = await beeperKit(["chats"], { BEEPER_DESKTOP_URL: server.url })
    expect(code).toBe(3)
    expect(stderr).toContain("beeper-kit: no access token. Set BEEPER_ACCESS_TOKEN or pass --token")
  })

  it("an empty token is none: exit code 3 and how to get one (not a defect, nor a 401)", async () => {
    for (const token of ["", " "]) {
      const { code, stderr } = await beeperKit(["chats"], { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: token })
      expect(code, stderr).toBe(3)
      expect(stderr).toContain("beeper-kit: no access token. Set BEEPER_ACCESS_TOKEN or pass --token")
    }
  })

  it("a refused connection: 'is it running?' and exit code 4", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const { code, stderr } = await beeperKit(["--url", url, "chats"], env)
    expect(code).toBe(4)
    expect(stderr.trim()).toBe(`beeper-kit: cannot reach Beeper Desktop at ${url} — is it running?`)
  })

  it("https:// to Desktop's plain-HTTP port: the TLS handshake failed, on one line, exit code 4, nothing sent", async () => {
    const url = server.url.replace(/^http:/, "https:")
    const text = `over tls ${Date.now()}`
    const { code, stdout, stderr } = await beeperKit(["send", chat.id, text, "--url", url], env)
    // before: exit 1, "closed the connection before answering: EPROTO: write EPROTO …SSL routines…" and a newline
    expect(code).toBe(4)
    expect(stdout).toBe("")
    expect(stderr).toBe(
      `beeper-kit: cannot reach Beeper Desktop at ${url}: the TLS handshake failed (wrong version number) — is it http:// rather than https://?\n`,
    )
    const messages = await api<{ items: ReadonlyArray<{ text?: string }> }>(`/v1/chats/${encodeURIComponent(chat.id)}/messages?limit=50`)
    expect(messages.items.filter((message) => message.text === text)).toHaveLength(0)
  })

  it("a send reset after Desktop read it: 'may have been sent', never 'is it running?', exit code 1", async () => {
    // A server of its own: the fault must not touch the other tests' sends.
    await withMockServer({ seed: 7 }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")
      const target = page.items[0]!
      own.faults.add({ kind: "reset", match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
      const text = `reset after write ${Date.now()}`
      const { code, stderr } = await beeperKit(["send", target.id, text], {
        BEEPER_DESKTOP_URL: own.url,
        BEEPER_ACCESS_TOKEN: own.token,
      })
      expect(code).toBe(1)
      expect(stderr).toContain("beeper-kit: the message may have been sent — check the chat before sending again")
      expect(stderr).not.toContain("is it running?")
      // and it was: exactly once
      const messages = await getJson<{ items: ReadonlyArray<{ text?: string }> }>(
        own,
        `/v1/chats/${encodeURIComponent(target.id)}/messages`,
      )
      expect(messages.items.filter((message) => message.text === text)).toHaveLength(1)
    })
  })

  it("send: Ctrl-C while it waits for the confirmation says the message was sent, with its pending ID; exit 130", async () => {
    // a network that never confirms, and a first look-up of the pending message that hangs: the CLI makes it only
    // once Desktop answered the send
    await withMockServer({ seed: 7, sendDelay: "manual" }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")
      const target = page.items[0]!
      own.faults.add({ kind: "hang", times: 1, match: { method: "GET", path: "/v1/chats/{chatID}/messages/{messageID}" } })
      const text = `interrupted wait ${Date.now()}`
      const send = start("src/bin.ts", ["send", target.id, text], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      while (own.faults.list().length > 0 && send.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10))
      send.child.kill("SIGINT")
      const { code, stdout, stderr } = await send.exited
      // before: exit 130 and nothing said — a user who sends again sends it twice
      expect(code, stderr).toBe(130)
      expect(stdout).toBe("")
      const said = /^beeper-kit: the message was sent but not confirmed \(pending ID (\S+)\); check the chat before sending again\n$/
        .exec(stderr)
      expect(said, stderr).not.toBeNull()
      const messages = await getJson<{ items: ReadonlyArray<{ id: string; text?: string }> }>(
        own,
        `/v1/chats/${encodeURIComponent(target.id)}/messages`,
      )
      const sent = messages.items.filter((message) => message.text === text)
      expect(sent.map((message) => message.id)).toEqual([said![1]])
    })
  })

  it("send: Ctrl-C after the send went out but before Desktop answered says it may have been sent; exit 130", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")
      // Desktop has the request and never answers it
      own.faults.add({ kind: "hang", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
      const send = start("src/bin.ts", ["send", page.items[0]!.id, "held"], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      while (own.faults.list().length > 0 && send.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10))
      send.child.kill("SIGINT")
      const { code, stdout, stderr } = await send.exited
      // before: exit 130 and nothing said
      expect(code, stderr).toBe(130)
      expect(stdout).toBe("")
      expect(stderr).toBe("beeper-kit: the message may have been sent — check the chat before sending again (interrupted before Desktop answered)\n")
    })
  })

  it("send: a pending ID echoing the token is shown scrubbed when the send is not confirmed, and on Ctrl-C", async () => {
    const token = "tok-SECRET-1234567890abcdef"
    // a Desktop stand-in whose send answer echoes the token; looking the message up is refused (401): unconfirmed
    await withStandIn(token, "refuse", async (url) => {
      const { code, stdout, stderr } = await beeperKit(["send", "!chat:beeper.com", "hi"], {
        BEEPER_DESKTOP_URL: url,
        BEEPER_ACCESS_TOKEN: token,
      })
      expect(code, stderr).toBe(1)
      expect(stderr).toContain("(pending ID pm-<redacted>)")
      expect(stdout + stderr).not.toContain(token)
    })
    // the look-up never answers, and the user presses Ctrl-C: the pending ID is printed, scrubbed too
    await withStandIn(token, "hang", async (url, lookedUp) => {
      const send = start("src/bin.ts", ["send", "!chat:beeper.com", "hi"], { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: token })
      await lookedUp
      send.child.kill("SIGINT")
      const { code, stdout, stderr } = await send.exited
      expect(code, stderr).toBe(130)
      expect(stderr).toContain("(pending ID pm-<redacted>)")
      expect(stdout + stderr).not.toContain(token)
    })
  })

  it("send: Ctrl-C after Desktop answered prints its pending ID on one line, without control characters", async () => {
    await withStandIn("tok-12345678", "hang", async (url, lookedUp) => {
      const send = start("src/bin.ts", ["send", "!chat:beeper.com", "hi"], { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: "tok-12345678" })
      await lookedUp
      send.child.kill("SIGINT")
      const { code, stderr } = await send.exited
      expect(code, stderr).toBe(130)
      expect(stderr).toMatch(/^beeper-kit: the message was sent but not confirmed \(pending ID p1 +\]0;owned +\[2Jgone\); check the chat before sending again\n$/)
    }, { pendingMessageID: "p1\n\u001b]0;owned\u0007\u001b[2Jgone" })
  })

  it("send: Ctrl-C while it waits for the live subscription, before the send went out: nothing sent, nothing said; exit 130", async () => {
    await withStandIn("tok-12345678", "hang", async (url, _lookedUp, upgraded, sends) => {
      const send = start("src/bin.ts", ["send", "!chat:beeper.com", "hi"], { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: "tok-12345678" })
      await upgraded // the send waits (up to 5 s) for the subscription before it goes out
      send.child.kill("SIGINT")
      const { code, stderr } = await send.exited
      expect(code, stderr).toBe(130)
      expect(sends()).toBe(0)
      // before: "the message may have been sent", though nothing went out
      expect(stderr).toBe("")
    }, { upgrade: "hang" })
  })

  it("a Desktop URL that cannot be meant: exit code 2, and the value (which may hold a secret) is not repeated", async () => {
    for (const url of ["ftp://desktop/?token=SECRET-1", "http://me:SECRET-1@localhost:23373", "http://localhost:23373/?token=SECRET-1", "not a url SECRET-1"]) {
      const { code, stdout, stderr } = await beeperKit(["accounts"], { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: "tok" })
      expect(code, url).toBe(2)
      expect(stderr, url).toMatch(/^beeper-kit: the Desktop URL /)
      expect(stdout + stderr, url).not.toContain("SECRET")
    }
  })

  it("a send Desktop accepted but whose answer does not decode: 'may have been sent', exit code 1", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")
      const target = page.items[0]!
      own.faults.add({ kind: "malformedJson", times: 1, match: { method: "POST", path: "/v1/chats/{chatID}/messages" } })
      const text = `undecodable answer ${Date.now()}`
      const { code, stderr } = await beeperKit(["send", target.id, text], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      expect(code).toBe(1)
      expect(stderr).toContain("beeper-kit: the message may have been sent — check the chat before sending again")
      const messages = await getJson<{ items: ReadonlyArray<{ text?: string }> }>(own, `/v1/chats/${encodeURIComponent(target.id)}/messages`)
      expect(messages.items.filter((message) => message.text === text)).toHaveLength(1)
    })
  })

  it("text that starts with \"-\" is refused (exit 2, nothing sent) unless it comes after --; --json before it", async () => {
    const text = `-five minutes late ${Date.now()}`
    const refused = await beeperKit(["send", chat.id, text, "--json"], env)
    // before, its "v" read as --version: the version on stdout, exit 0, nothing sent
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe("")
    expect(refused.stderr).toContain('put -- before it')
    const sent = await beeperKit(["send", "--json", chat.id, "--", text], env)
    expect(sent.code, sent.stderr).toBe(0)
    expect((JSON.parse(sent.stdout) as { text?: string }).text).toBe(text)
    const messages = await api<{ items: ReadonlyArray<{ text?: string }> }>(`/v1/chats/${encodeURIComponent(chat.id)}/messages?limit=50`)
    expect(messages.items.filter((message) => message.text === text)).toHaveLength(1)
  })

  it("-n and -s take their value attached (-n3, -sWord) where the command has them; other text starting -n/-s is refused, nothing sent", async () => {
    const text = `-nvm ${Date.now()}`
    const refused = await beeperKit(["send", chat.id, text], env)
    // before, -n/-s words were let through to the parser: "-nvm" printed the version, exit 0, nothing sent
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe("")
    expect(refused.stderr).toContain("put -- before it")
    const messages = await api<{ items: ReadonlyArray<{ text?: string }> }>(`/v1/chats/${encodeURIComponent(chat.id)}/messages?limit=50`)
    expect(messages.items.filter((message) => message.text === text)).toHaveLength(0)

    const word = chat.title.split(" ")[0]!
    const [attached, spelled] = await Promise.all([
      beeperKit(["chats", `-s${word}`, "--json"], env), // before: the help page on stdout, exit 0
      beeperKit(["chats", "--search", word, "--json"], env),
    ])
    expect(attached.code, attached.stderr).toBe(0)
    const found = JSON.parse(attached.stdout) as ReadonlyArray<ChatJson>
    expect(found.map((c) => c.id)).toEqual((JSON.parse(spelled.stdout) as ReadonlyArray<ChatJson>).map((c) => c.id))
    expect(found.map((c) => c.id)).toContain(chat.id)

    const limited = await beeperKit(["chats", "-n3", "--json"], env) // before: "Missing value for flag --limit", exit 2
    expect(limited.code, limited.stderr).toBe(0)
    expect(JSON.parse(limited.stdout)).toHaveLength(3)
    const latest = await beeperKit(["messages", quiet.id, "-n=2", "--json"], env)
    expect(latest.code, latest.stderr).toBe(0)
    expect(JSON.parse(latest.stdout)).toHaveLength(2)

    // the value of a flag is never read as one: "-nvm" after --search is refused, not taken as --limit=vm
    const asValue = await beeperKit(["chats", "--search", "-nvm"], env)
    expect(asValue.code).toBe(2)
    expect(asValue.stderr).toContain("--<flag>=<value>")
  })

  it("a token after --token that starts with \"-\": exit 2 and how to pass it, the token never echoed", async () => {
    const { code, stderr } = await beeperKit(["accounts", "--token", "-s3cr9tK"], env)
    expect(code).toBe(2)
    expect(stderr).toContain("--token=<token>")
    for (const part of ["s3cr9tK", "-s ", "-3", "-K"]) expect(stderr).not.toContain(part)
  })

  it("a token with a space (a pasted \"Bearer \" prefix): one line, exit code 3, no internal error", async () => {
    const { code, stderr } = await beeperKit(["accounts", "--json"], { ...env, BEEPER_ACCESS_TOKEN: `Bearer ${server.token}` })
    expect(code).toBe(3)
    expect(linesOf(stderr)).toEqual([
      'beeper-kit: the access token contains a space or a control character; it cannot be sent in a header (give the token alone, without "Bearer ")',
    ])
    expect(stderr).not.toContain(server.token)
  })

  it("server text goes to the terminal on one line, without control characters (a title with an escape sequence)", async () => {
    const evil = server.simulate.newChat({ title: "Evil\nTitle \u001b[2J\u001b]0;owned\u0007 end", text: "hi" })
    const { code, stdout } = await beeperKit(["messages", evil.id], env)
    expect(code).toBe(0)
    expect(linesOf(stdout)[0]).toMatch(/^Evil Title +\[2J +]0;owned +end · /)
    expect(stdout).not.toMatch(/[\u001b\u0007]/)
  })

  it("a failure quoting the server (a send's failure reason) is still one line, without control characters", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")
      own.simulate.failNextSend({ message: "Network said no\n\u001b[2J\u001b]0;owned\u0007 end" })
      const { code, stderr } = await beeperKit(["send", page.items[0]!.id, "hello"], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      expect(code).toBe(1)
      expect(linesOf(stderr)).toHaveLength(1)
      expect(stderr).toMatch(/^beeper-kit: the message was not sent: Network said no +\[2J +]0;owned +end/)
      expect(stderr).not.toMatch(/[\u001b\u0007]/)
    })
  })

  it("tail: a WebSocket close reason with escape sequences reaches stderr's warning without control characters", async () => {
    await withClosingDesktop("bye \u001b[31mRED\u001b[0m\u0007", async (url) => {
      const tail = start("src/bin.ts", ["tail"], { BEEPER_DESKTOP_URL: url, BEEPER_ACCESS_TOKEN: "tok-12345678" })
      try {
        // the warning comes once the socket failed twice in a row (no time limit but the test's own)
        while (!tail.stderr().includes("last: closed with code 4000")) {
          if (tail.child.exitCode !== null) break
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        tail.child.kill("SIGINT")
        const { code, stderr } = await tail.exited
        expect(code, stderr).toBe(0)
        // before: the ESC and BEL bytes went to the terminal as the server sent them
        expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
        expect(stderr).toMatch(/level=WARN .*last: closed with code 4000 \(bye +\[31mRED +\[0m *\)/)
      } finally {
        tail.child.kill("SIGKILL")
      }
    })
  })

  it("a token read from a file, with its trailing newline: accepted (trimmed)", async () => {
    const { code, stderr } = await beeperKit(["accounts"], { ...env, BEEPER_ACCESS_TOKEN: `${server.token}\n` })
    expect(stderr).toBe("")
    expect(code).toBe(0)
  })

  it("an unknown chat: the API's 404 and exit code 1", async () => {
    const { code, stderr } = await beeperKit(["messages", "no-such-chat"], env)
    expect(code).toBe(1)
    expect(stderr).toMatch(/^beeper-kit: not found \(404\)/)
  })

  it("usage errors: the problem, the usage line, exit code 2", async () => {
    const missing = await beeperKit(["send", chat.id], env)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("beeper-kit: Missing required argument: text")
    expect(missing.stderr).toContain("usage: beeper-kit send [flags] <chatID> <text>")
    const unknown = await beeperKit(["frobnicate"], env)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown subcommand "frobnicate"')
  })

  it("no arguments: the help page on stdout, exit 0 — for beeper-kit and for each command that takes arguments", async () => {
    const root = await beeperKit([], env)
    expect(root.code).toBe(0)
    expect(root.stderr).toBe("")
    expect(root.stdout).toContain("USAGE\n  beeper-kit <subcommand> [flags]")
    for (const command of ["accounts", "chats", "messages", "send", "tail"]) expect(root.stdout).toMatch(new RegExp(`^  ${command} `, "m"))
    for (const [command, usage] of [["messages", "beeper-kit messages [flags] <chatID>"], ["send", "beeper-kit send [flags] <chatID> <text>"]]) {
      const bare = await beeperKit([command!], env)
      expect(bare.code, command).toBe(0)
      expect(bare.stderr, command).toBe("")
      expect(bare.stdout, command).toContain(`USAGE\n  ${usage}`)
      expect(bare.stdout, command).toContain("--json")
    }
  })

  it("--help on every command lists --json", async () => {
    for (const command of ["accounts", "chats", "messages", "send", "tail"]) {
      const { code, stdout } = await beeperKit([command, "--help"], env)
      expect(code, command).toBe(0)
      expect(stdout, command).toMatch(/^  --json\s+Print JSON/m)
    }
  })

  it("accounts --json: the accounts as one JSON array, nothing on stderr", async () => {
    const accounts = await api<ReadonlyArray<{ accountID: string }>>("/v1/accounts")
    const { code, stdout, stderr } = await beeperKit(["accounts", "--json"], env)
    expect(code).toBe(0)
    expect(stderr).toBe("")
    expect(linesOf(stdout)).toHaveLength(1)
    expect(JSON.parse(stdout)).toEqual(accounts)
  })

  it("chats --json: the chats as one JSON array, up to --limit, no count on stderr", async () => {
    // a server of its own: on the file's, an earlier test's send confirming in between reorders the chats by activity
    await withMockServer({ seed: 7, sendDelay: "manual" }, async (own) => {
      const page = await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=3")
      const { code, stdout, stderr } = await beeperKit(["chats", "--json", "--limit", "3"], {
        BEEPER_DESKTOP_URL: own.url,
        BEEPER_ACCESS_TOKEN: own.token,
      })
      expect(code).toBe(0)
      expect(stderr).toBe("")
      const printed = JSON.parse(stdout) as ReadonlyArray<ChatJson>
      expect(printed.map((c) => c.id)).toEqual(page.items.map((c) => c.id))
    })
  })

  it("messages <chatID> --json: the latest messages as one JSON array, oldest first", async () => {
    const latest = async () =>
      (await api<{ items: ReadonlyArray<{ id: string }> }>(`/v1/chats/${encodeURIComponent(quiet.id)}/messages`))
        .items.slice(0, 3).map((m) => m.id).reverse()
    const before = await latest()
    const { code, stdout, stderr } = await beeperKit(["messages", quiet.id, "--limit", "3", "--json"], env)
    expect(await latest(), "the chat changed during the read: some test writes to it").toEqual(before)
    expect(code).toBe(0)
    expect(stderr).toBe("")
    const printed = JSON.parse(stdout) as ReadonlyArray<{ id: string; chatID: string }>
    expect(printed.map((m) => m.id)).toEqual(before)
    expect(printed).toHaveLength(3)
    for (const message of printed) expect(message.chatID).toBe(quiet.id)
  })

  it("send --json: the confirmed message as JSON", async () => {
    const text = `json send ${Date.now()}`
    const { code, stdout, stderr } = await beeperKit(["send", chat.id, text, "--json"], env)
    expect(code).toBe(0)
    expect(stderr).toBe("")
    const message = JSON.parse(stdout) as { id: string; chatID: string; text?: string }
    expect(message).toMatchObject({ chatID: chat.id, text })
    const stored = await api<{ text?: string }>(
      `/v1/chats/${encodeURIComponent(chat.id)}/messages/${encodeURIComponent(message.id)}`,
    )
    expect(stored.text).toBe(text)
  })

  it.runIf(existsSync("/dev/full"))("stdout that cannot be written (a full disk): one line on stderr, exit code 1", async () => {
    const { code, stderr } = await beeperKitToFile(["accounts", "--json"], env, "/dev/full")
    // before: an uncaught "Error: ENOSPC: no space left on device, write" and its stack trace
    expect(stderr).toBe("beeper-kit: cannot write the output: ENOSPC: no space left on device, write\n")
    expect(code).toBe(1)
  })

  it("--json failures: still the one `beeper-kit:` line on stderr and the exit code, nothing on stdout", async () => {
    const { code, stdout, stderr } = await beeperKit(["messages", "no-such-chat", "--json"], env)
    expect(code).toBe(1)
    expect(stdout).toBe("")
    expect(stderr).toMatch(/^beeper-kit: not found \(404\)/)
  })

  it("tail: a readable line per event until Ctrl-C, then exit 0", async () => {
    const tail = start("src/bin.ts", ["tail", "--chats", chat.localChatID ?? chat.id], env)
    await tail.waitForLine((line) => line.startsWith("-- connected, listening to 1 chat"))
    const sender = chat.participants.items.find((p) => p.isSelf !== true)!
    const message = server.simulate.incomingMessage({ chatID: chat.id, senderID: sender.id, text: "tail me please" })
    const line = await tail.waitForLine((l) => l.includes("tail me please"))
    expect(line).toContain(`${chat.title}  ${message.senderName}: tail me please`)
    // a formatted message: Desktop's text is its Matrix HTML; the line shows what a reader sees
    server.simulate.incomingMessage({ chatID: chat.id, senderID: sender.id, text: "<strong>rich</strong> &amp; <em>ready</em><br>next line" })
    expect(await tail.waitForLine((l) => l.includes("rich"))).toContain(`${message.senderName}: rich & ready next line`)
    tail.child.kill("SIGINT")
    const { code, stderr } = await tail.exited
    expect(code).toBe(0)
    expect(stderr).toBe("")
  })

  it("tail: one send reads as one message — its pending copy marked, the copy's removal not printed; --json keeps both", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const ownEnv = { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token }
      const target = (await getJson<{ items: ReadonlyArray<ChatJson> }>(own, "/v1/chats?limit=1")).items[0]!
      const sender = target.participants.items.find((p) => p.isSelf !== true)!
      const [tail, json] = [start("src/bin.ts", ["tail", "--chats", target.id], ownEnv), start("src/bin.ts", ["tail", "--json", "--chats", target.id], ownEnv)]
      await tail.waitForLine((line) => line.startsWith("-- connected"))
      await json.waitForLine((line) => line.includes('"type":"connected"'))
      const text = `sent once ${Date.now()}`
      const sent = await beeperKit(["send", target.id, text], ownEnv)
      expect(sent.code, sent.stderr).toBe(0)
      // a message after the send's events: once its line is out, every line of the send is
      own.simulate.incomingMessage({ chatID: target.id, senderID: sender.id, text: "after the send" })
      await tail.waitForLine((line) => line.includes("after the send"))
      await json.waitForLine((line) => line.includes("after the send"))
      tail.child.kill("SIGINT")
      json.child.kill("SIGINT")
      const [{ code, stdout }, raw] = await Promise.all([tail.exited, json.exited])
      expect(code).toBe(0)
      const lines = linesOf(stdout).filter((line) => !line.startsWith("-- ") && !line.endsWith("chat updated"))
      const body = lines.map((line) => line.replace(/^\d\d:\d\d:\d\d {2}/, ""))
      // before: "You: <text>", "You: <text>", "1 message deleted" — as if it went out twice
      expect(body).toEqual([
        `${target.title}  You: ${text} (sending…)`,
        `${target.title}  You: ${text}`,
        expect.stringContaining(": after the send"),
      ])
      // --json: the events as the SDK delivers them, the pending copy's removal among them
      const types = linesOf(raw.stdout).map((line) => (JSON.parse(line) as { type: string }).type)
      expect(types).toContain("message.deleted")
    })
  })

  it("tail: Ctrl-C during its start-up check (a Desktop that does not answer) still exits 0", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      own.faults.add({ kind: "hang", times: 1, match: { method: "GET", path: "/v1/accounts" } })
      const tail = start("src/bin.ts", ["tail"], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      // the check is under way once the server took its one hang
      while (own.faults.list().length > 0) await new Promise((resolve) => setTimeout(resolve, 10))
      tail.child.kill("SIGINT")
      const { code, stderr } = await tail.exited
      expect(code, stderr).toBe(0) // before: 130, as if interrupted
    })
  })

  it("tail: Ctrl-C exits 0 while stdout's reader is stuck (its pipe full, output queued)", async () => {
    await withMockServer({ seed: 7 }, async (own) => {
      const tail = startWithStuckReader(["tail", "--json"], { BEEPER_DESKTOP_URL: own.url, BEEPER_ACCESS_TOKEN: own.token })
      try {
        await tail.readUntil((stdout) => stdout.includes('"type":"connected"'))
        // One event line far longer than the pipe (64 KiB) and the reader's buffer: once the reader has seen its
        // start, the CLI has handed the whole line to stdout, and the reader stops reading, so most of it stays queued.
        const marker = `stuck reader ${Date.now()} `
        own.simulate.incomingMessage({ text: marker + "x".repeat(4 * 1024 * 1024) })
        await tail.readUntil((stdout) => stdout.includes(marker), true)
        tail.child.kill("SIGINT")
        // a hang guard, not a timing assertion: before, the process lived on until the reader read (here: never)
        const guard = new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 60_000).unref())
        const code = await Promise.race([tail.exited, guard])
        expect(code, `stderr: ${tail.stderr()}`).toBe(0)
        expect(tail.stderr()).toBe("")
      } finally {
        tail.child.kill("SIGKILL")
      }
    })
  })

  it("tail --json: one JSON object per line", async () => {
    const tail = start("src/bin.ts", ["tail", "--json"], env)
    await tail.waitForLine((line) => line.includes('"type":"connected"'))
    server.simulate.incomingMessage({ chatID: chat.id, text: "json please" })
    await tail.waitForLine((l) => l.includes("json please"))
    tail.child.kill("SIGINT")
    const { code, stdout } = await tail.exited
    expect(code).toBe(0)
    const events = linesOf(stdout).map((line) => JSON.parse(line) as { type: string; chatID?: string })
    expect(events[0]).toMatchObject({ type: "connected", chatIDs: ["*"] })
    expect(events).toContainEqual(expect.objectContaining({ type: "message.upserted", chatID: chat.id }))
  })
})

/**
 * A Desktop stand-in for `tail` that closes each WebSocket it accepts at once, with code 4000 and `closeReason` (the
 * SDK reconnects, and logs a warning after two failed attempts in a row); it has no accounts. `use` gets its URL.
 */
const withClosingDesktop = async (closeReason: string, use: (url: string) => Promise<void>) => {
  const desktop = createServer((request, response) => {
    response.setHeader("content-type", "application/json")
    if (request.url?.startsWith("/v1/accounts") === true) return response.end("[]")
    response.statusCode = 404
    response.end(JSON.stringify({ code: "NOT_FOUND", message: "no" }))
  })
  const sockets: Array<Duplex> = []
  desktop.on("upgrade", (request, raw: Duplex) => {
    const socket = upgradeSocket(raw)
    sockets.push(socket)
    const accept = createHash("sha1").update(`${request.headers["sec-websocket-key"]}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest("base64")
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    // a close frame (FIN, opcode 8, unmasked): the code, then the reason
    const reason = Buffer.from(closeReason, "utf8")
    const code = Buffer.alloc(2)
    code.writeUInt16BE(4000)
    socket.end(Buffer.concat([Buffer.from([0x88, 2 + reason.length]), code, reason]))
  })
  await new Promise<void>((resolve) => desktop.listen(0, "127.0.0.1", resolve))
  try {
    await use(`http://127.0.0.1:${(desktop.address() as AddressInfo).port}`)
  } finally {
    for (const socket of sockets) socket.destroy()
    desktop.closeAllConnections()
    await new Promise((resolve) => desktop.close(resolve))
  }
}

/**
 * A Desktop stand-in for `send`: it answers the chat look-up and the send (with `pendingMessageID`, by default one
 * echoing the token), then looks the message up as `lookup` says; its WebSocket upgrade is refused, or never answered
 * (`upgrade: "hang"`). `use` gets its URL, a promise of the first look-up, one of the upgrade request, and how many
 * sends it received.
 */
const withStandIn = async (
  token: string,
  lookup: "refuse" | "hang",
  use: (url: string, lookedUp: Promise<void>, upgraded: Promise<void>, sends: () => number) => Promise<void>,
  options: { readonly pendingMessageID?: string; readonly upgrade?: "refuse" | "hang" } = {},
) => {
  let lookedUp!: () => void
  const firstLookUp = new Promise<void>((resolve) => (lookedUp = resolve))
  let upgradeAsked!: () => void
  const upgraded = new Promise<void>((resolve) => (upgradeAsked = resolve))
  let sends = 0
  const desktop = createServer((request, response) => {
    response.setHeader("content-type", "application/json")
    if (request.method === "POST") {
      sends++
      return response.end(JSON.stringify({ chatID: "!chat:beeper.com", pendingMessageID: options.pendingMessageID ?? `pm-${token}` }))
    }
    if (request.url?.startsWith("/v1/chats/") && !request.url.includes("/messages/")) {
      return response.end(JSON.stringify({
        id: "!chat:beeper.com",
        accountID: "a",
        network: "Matrix",
        title: "T",
        type: "single",
        participants: { items: [], hasMore: false, total: 0 },
        unreadCount: 0,
      }))
    }
    lookedUp()
    if (lookup === "hang") return
    response.statusCode = 401
    response.end(JSON.stringify({ code: "UNAUTHORIZED", message: "no" }))
  })
  // an upgraded socket is the test's own: closeAllConnections no longer sees it
  const held: Array<Duplex> = []
  desktop.on("upgrade", (_request, socket: Duplex) => {
    upgradeAsked()
    if (options.upgrade === "hang") held.push(upgradeSocket(socket))
    else upgradeSocket(socket).end("HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n")
  })
  await new Promise<void>((resolve) => desktop.listen(0, "127.0.0.1", resolve))
  try {
    await use(`http://127.0.0.1:${(desktop.address() as AddressInfo).port}`, firstLookUp, upgraded, () => sends)
  } finally {
    for (const socket of held) socket.destroy()
    desktop.closeAllConnections()
    await new Promise((resolve) => desktop.close(resolve))
  }
}

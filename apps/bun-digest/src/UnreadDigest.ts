/**
 * The unread digest: every chat with unread messages, grouped by account, with its latest unread messages. Reads
 * the accounts, then every page of `chats.search({ unreadOnly: true })`, then the newest page of each chat's
 * messages (a few chats at a time).
 *
 * @module
 */
import { BeeperDesktop, MessageText, type PaginationError, type Schemas } from "@beeper-kit/effect"
import { Effect, Stream } from "effect"
import { CliOutput } from "effect/cli"

/** One chat of the digest. */
export interface UnreadChat {
  readonly chat: Schemas.Chat
  /** Its latest unread messages, oldest first (at most `perChat`). */
  readonly latest: ReadonlyArray<Schemas.Message>
}

/** One account of the digest, with its unread chats (most recent first). */
export interface AccountDigest {
  readonly account: Schemas.Account | undefined
  readonly accountID: string
  readonly chats: ReadonlyArray<UnreadChat>
  readonly unread: number
}

/** The whole digest. */
export interface Digest {
  readonly accounts: ReadonlyArray<AccountDigest>
  readonly chats: number
  readonly unread: number
}

/** Collects the digest; `perChat` is how many of each chat's latest unread messages to include. */
export const collectDigest = (perChat: number): Effect.Effect<Digest, PaginationError, BeeperDesktop> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const [accounts, unreadChats] = yield* Effect.all([
      beeper.accounts.list(),
      beeper.chats.search.stream({ unreadOnly: true, limit: 200 }).pipe(
        Stream.filter((chat) => chat.unreadCount > 0),
        Stream.runCollect,
      ),
    ], { concurrency: 2 })
    const withMessages = yield* Effect.forEach(unreadChats, (chat) =>
      beeper.messages.list({ chatID: chat.id }).pipe(
        Effect.map((page): UnreadChat => ({
          chat,
          latest: page.items
            .filter((message) => message.isUnread === true && message.isSender !== true)
            .slice(0, perChat)
            .reverse(),
        })),
      ), { concurrency: 4 })
    const byAccount = new Map<string, Array<UnreadChat>>()
    for (const entry of withMessages) {
      const list = byAccount.get(entry.chat.accountID) ?? []
      list.push(entry)
      byAccount.set(entry.chat.accountID, list)
    }
    const sum = (chats: ReadonlyArray<UnreadChat>) => chats.reduce((n, entry) => n + entry.chat.unreadCount, 0)
    const digests = [...byAccount].map(([accountID, chats]): AccountDigest => ({
      accountID,
      account: accounts.find((account) => account.accountID === accountID),
      chats,
      unread: sum(chats),
    }))
    digests.sort((a, b) => b.unread - a.unread)
    return { accounts: digests, chats: withMessages.length, unread: sum(withMessages) }
  })

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const two = (n: number) => String(n).padStart(2, "0")
/** `14:05` today, `May 06 14:05` another day (local time), so the column lines up. */
const time = (iso: string, now: Date) => {
  const date = new Date(iso)
  const hm = `${two(date.getHours())}:${two(date.getMinutes())}`
  return date.toDateString() === now.toDateString() ? hm.padStart(12) : `${months[date.getMonth()]} ${two(date.getDate())} ${hm}`
}

const summary = (message: Schemas.Message): string => {
  const attachments = (message.attachments ?? []).map((a) => `[${a.type === "img" ? "image" : a.type}]`)
  return [MessageText.plainText(message.text), ...attachments].join(" ").replace(/\s+/g, " ").trim() || "(message)"
}

/** Made on first use (creating one loads ICU's break rules). */
let segmenter: Intl.Segmenter | undefined

/**
 * `line` cut to at most `width` terminal cells, ending with "…" when it was cut: whole graphemes only (an emoji, a
 * ZWJ sequence or a letter with its accents is never split), each measured as the terminal shows it (emoji and East
 * Asian wide characters take 2 cells), by Effect's `CliOutput.displayWidth`.
 */
const cut = (line: string, width: number): string => {
  if (CliOutput.displayWidth(line) <= width) return line
  let out = ""
  let used = 0
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(line)) {
    used += CliOutput.displayWidth(segment)
    if (used > width - 1) break
    out += segment
  }
  return width > 0 ? `${out}…` : ""
}

/** The digest as text lines, cut to `width` columns. */
export const renderDigest = (digest: Digest, width: number, now: Date = new Date()): Array<string> => {
  if (digest.chats === 0) return ["Nothing unread. 🎉"]
  const lines = [
    `Unread digest: ${plural(digest.unread, "message")} in ${plural(digest.chats, "chat")}, across ${
      plural(digest.accounts.length, "account")
    }`,
  ]
  for (const entry of digest.accounts) {
    const network = entry.account?.network ?? entry.account?.bridge.type ?? entry.accountID
    const user = entry.account?.user.fullName ?? entry.account?.user.username
    lines.push("", `${network}${user === undefined ? "" : ` (${user})`} · ${entry.unread} unread`)
    for (const { chat, latest } of entry.chats) {
      lines.push(cut(`  ${chat.title} · ${chat.unreadCount} unread${chat.isMuted === true ? " (muted)" : ""}`, width))
      for (const message of latest) {
        lines.push(cut(`    ${time(message.timestamp, now)}  ${message.senderName ?? message.senderID}: ${summary(message)}`, width))
      }
    }
  }
  return lines
}

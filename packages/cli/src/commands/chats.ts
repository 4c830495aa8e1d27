/**
 * `beeper-kit chats [--search q] [--unread] [--limit n | --all] [--json]`: chats, most recent first.
 *
 * @module
 */
import { BeeperDesktop, type PaginationError, type Schemas } from "@beeper-kit/effect"
import { Effect, Option, type Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { CliFailure, ExitCode } from "../failure.ts"
import { messageSummary, senderOf, shortTime } from "../output/format.ts"
import { collectUpTo } from "../output/pagination.ts"
import { jsonFlag, printJson } from "../output/json.ts"
import { note, printTable } from "../output/print.ts"
import { withProgress } from "../output/progress.ts"
import type { Column } from "../output/table.ts"
import { withBeeper } from "./root.ts"

/** A chat as listed (with the last message) or as found by a search (without). */
type Row = Schemas.Chat & { readonly preview?: Schemas.Message }

const columns: ReadonlyArray<Column<Row>> = [
  // never cut: the ID is what the other commands take
  { header: "ID", cell: (c) => c.localChatID ?? c.id },
  { header: "Chat", cell: (c) => c.title, shrink: 3, minWidth: 12 },
  { header: "Network", cell: (c) => c.network, shrink: 1, minWidth: 9 },
  { header: "Unread", cell: (c) => (c.unreadCount > 0 ? String(c.unreadCount) : ""), align: "right" },
  { header: "Last activity", cell: (c) => shortTime(c.lastActivity) },
]

/** The last message, with its sender where that says something (groups, and your own messages). */
const lastMessage: Column<Row> = {
  header: "Last message",
  cell: (c) => {
    if (c.preview === undefined) return ""
    const showSender = c.type === "group" || c.preview.isSender === true
    return `${showSender ? `${senderOf(c.preview)}: ` : ""}${messageSummary(c.preview)}`
  },
  shrink: 2,
  minWidth: 16,
}

/** The most a page may hold (the API's bound). */
const maxPageSize = 200

/** `chats`: lists (or searches) chats, following cursors up to the limit; `--json`: them as a JSON array. */
export const chats = Command.make("chats", {
  search: Flag.String("search").pipe(
    Flag.withAlias("s"),
    Flag.withDescription("Only chats whose title or network matches these words"),
    Flag.optional,
  ),
  unread: Flag.Boolean("unread").pipe(Flag.withDescription("Only chats with unread messages"), Flag.withDefault(false)),
  limit: Flag.Int("limit").pipe(
    Flag.withAlias("n"),
    Flag.withDescription("How many chats to show (default 25)"),
    Flag.withDefault(25),
  ),
  all: Flag.Boolean("all").pipe(Flag.withDescription("Show every chat (follows all pages)"), Flag.withDefault(false)),
  json: jsonFlag,
}, ({ all, json, limit, search, unread }) =>
  withBeeper(Effect.gen(function*() {
    if (!all && limit < 1) {
      return yield* new CliFailure({ code: ExitCode.usage, message: "--limit must be at least 1" })
    }
    const beeper = yield* BeeperDesktop
    const upTo = all ? undefined : limit
    const pageSize = Math.min(upTo ?? maxPageSize, maxPageSize)
    const filtered = Option.isSome(search) || unread
    const pages: Stream.Stream<{ readonly items: ReadonlyArray<Row>; readonly hasMore: boolean }, PaginationError> =
      filtered
        ? beeper.chats.search.pages({
          ...(Option.isSome(search) ? { query: search.value } : {}),
          ...(unread ? { unreadOnly: true } : {}),
          limit: pageSize,
        })
        : beeper.chats.list.pages({ limit: pageSize })
    const { items, more } = yield* withProgress(
      filtered ? "Searching chats" : "Fetching chats",
      (report) => collectUpTo(pages, upTo, report),
    )
    if (json) return yield* printJson(items)
    if (items.length === 0) return yield* note(filtered ? "No chats match." : "No chats.")
    // A search returns chats without their last message.
    yield* printTable(filtered ? columns : [...columns, lastMessage], items)
    yield* note(`${items.length} chat${items.length === 1 ? "" : "s"}${more ? " (more with --limit <n> or --all)" : ""}`)
  }))).pipe(Command.withDescription("List chats, most recent first (or search them)"))

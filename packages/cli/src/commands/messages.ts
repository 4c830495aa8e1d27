/**
 * `beeper-kit messages <chatID> [--limit n] [--json]`: the latest messages of a chat, oldest first (as a chat reads).
 *
 * @module
 */
import { oneLine } from "@beeper-kit/core/wire"
import { BeeperDesktop, type Schemas } from "@beeper-kit/effect"
import { Effect } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { CliFailure, ExitCode } from "../failure.ts"
import { messageSummary, senderOf, shortTime } from "../output/format.ts"
import { collectUpTo } from "../output/pagination.ts"
import { jsonFlag, printJson } from "../output/json.ts"
import { note, printLines, printTable } from "../output/print.ts"
import { withProgress } from "../output/progress.ts"
import type { Column } from "../output/table.ts"
import { withBeeper } from "./root.ts"

const columns: ReadonlyArray<Column<Schemas.Message>> = [
  { header: "Time", cell: (m) => shortTime(m.timestamp) },
  { header: "From", cell: senderOf, shrink: 1, minWidth: 12 },
  { header: "Message", cell: (m) => `${messageSummary(m)}${m.editedTimestamp === undefined ? "" : " (edited)"}`, shrink: 2, minWidth: 20 },
]

/** The chat's heading line: title, network, unread count. */
const heading = (chat: Schemas.Chat): string =>
  oneLine([chat.title, chat.network, ...(chat.unreadCount > 0 ? [`${chat.unreadCount} unread`] : [])].join(" · "))

/**
 * `messages`: reads pages newest first until the limit, then prints them oldest first (`--json`: as a JSON array,
 * in the same order).
 */
export const messages = Command.make("messages", {
  chatID: Argument.String("chatID").pipe(Argument.withDescription("The chat, by the ID `beeper-kit chats` shows")),
  limit: Flag.Int("limit").pipe(
    Flag.withAlias("n"),
    Flag.withDescription("How many of the latest messages to show (default 20)"),
    Flag.withDefault(20),
  ),
  json: jsonFlag,
}, ({ chatID, json, limit }) =>
  withBeeper(Effect.gen(function*() {
    if (limit < 1) return yield* new CliFailure({ code: ExitCode.usage, message: "--limit must be at least 1" })
    const beeper = yield* BeeperDesktop
    const [chat, { items, more }] = yield* withProgress("Fetching messages", (report) =>
      Effect.all([
        beeper.chats.retrieve({ chatID }),
        collectUpTo(beeper.messages.list.pages({ chatID }), limit, report),
      ], { concurrency: 2 }))
    if (json) return yield* printJson([...items].reverse())
    yield* printLines([heading(chat)])
    if (items.length === 0) return yield* note("No messages.")
    yield* printTable(columns, [...items].reverse())
    yield* note(`${items.length} message${items.length === 1 ? "" : "s"}${more ? " (older ones with --limit <n>)" : ""}`)
  }))).pipe(Command.withDescription("Show the latest messages of a chat"))

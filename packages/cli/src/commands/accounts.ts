/**
 * `beeper-kit accounts [--json]`: the chat accounts connected to Beeper Desktop.
 *
 * @module
 */
import { BeeperDesktop, type Schemas } from "@beeper-kit/effect"
import { Effect } from "effect"
import { Command } from "effect/cli"
import { jsonFlag, printJson } from "../output/json.ts"
import { note, printTable } from "../output/print.ts"
import { withProgress } from "../output/progress.ts"
import type { Column } from "../output/table.ts"
import { withBeeper } from "./root.ts"

const columns: ReadonlyArray<Column<Schemas.Account>> = [
  { header: "Network", cell: (a) => a.network ?? a.bridge.type },
  { header: "User", cell: (a) => a.user.fullName ?? a.user.username ?? a.user.id, shrink: 3 },
  { header: "Status", cell: (a) => a.statusText ?? a.status ?? "", shrink: 1, minWidth: 9 },
  // never cut: an account ID copied from the table must be the ID
  { header: "Account ID", cell: (a) => a.accountID },
]

/** `accounts [--json]`: one row per account, or the accounts as a JSON array. */
export const accounts = Command.make("accounts", { json: jsonFlag }, ({ json }) =>
  withBeeper(Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const list = yield* withProgress("Fetching accounts", () => beeper.accounts.list())
    if (json) return yield* printJson(list)
    if (list.length === 0) return yield* note("No accounts are connected.")
    yield* printTable(columns, list)
  }))).pipe(Command.withDescription("List the chat accounts connected to Beeper Desktop"))

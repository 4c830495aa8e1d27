#!/usr/bin/env node
// `beeper-kit accounts` written with the official @beeper/desktop-api SDK: the CLI's connection variables, the
// accounts listed, and the same table (NETWORK, USER, STATUS, ACCOUNT ID; two spaces between columns). What the CLI
// cold start is compared with: the same command, the official SDK's way. Compile cache on, as the CLI's bin has it.
import module from "node:module"

module.enableCompileCache?.()
const { default: BeeperDesktop } = await import("@beeper/desktop-api")
const client = new BeeperDesktop({ accessToken: process.env.BEEPER_ACCESS_TOKEN, baseURL: process.env.BEEPER_DESKTOP_URL })
const accounts = await client.accounts.list()
const columns = [
  ["NETWORK", (a) => a.network ?? a.bridge?.type ?? ""],
  ["USER", (a) => a.user.fullName ?? a.user.username ?? a.user.id],
  ["STATUS", (a) => a.statusText ?? a.status ?? ""],
  ["ACCOUNT ID", (a) => a.accountID],
]
const rows = [columns.map(([header]) => header), ...accounts.map((a) => columns.map(([, cell]) => String(cell(a))))]
const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i].length)))
// fit 80 columns as the CLI does: STATUS gives up width first (down to 9), then USER (down to 8)
const width = Number(process.env.COLUMNS) || 80
for (const [i, min] of [[2, 9], [1, 8]]) {
  const over = widths.reduce((sum, w) => sum + w + 2, -2) - width
  if (over > 0) widths[i] = Math.max(min, widths[i] - over)
}
const fit = (cell, w) => (cell.length > w ? `${cell.slice(0, w - 1)}…` : cell.padEnd(w))
for (const row of rows) console.log(row.map((cell, i) => fit(cell, widths[i])).join("  ").trimEnd())

// The install sizes alone: `node tooling/bench/src/install/cli.ts [--no-build] [--keep] [--json]`. Builds and packs
// the public packages, `npm install`s each adapter, `effect` and the official SDK into empty projects outside the
// workspace (npm registry access needed), and prints a table (or the rows as JSON). See measure.ts.
import { parseArgs } from "node:util"
import { type InstallSize, measureInstalls } from "./measure.ts"

const MB = 1_000_000

/** A table of the rows, each beside `effect` alone. */
export const renderInstallSizes = (rows: ReadonlyArray<InstallSize>): string => {
  const effect = rows.find((row) => row.name === "effect")
  const lines = [
    "| install | packages | MB | over `effect` alone |",
    "|---|---:|---:|---:|",
    ...rows.map((row) =>
      `| \`${row.command}\` | ${row.packages} | ${(row.bytes / MB).toFixed(1)} | ${
        effect === undefined || row === effect ? "" : `${row.bytes >= effect.bytes ? "+" : ""}${((row.bytes - effect.bytes) / MB).toFixed(1)} MB`
      } |`
    ),
  ]
  return lines.join("\n")
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { "no-build": { type: "boolean", default: false }, keep: { type: "boolean", default: false }, json: { type: "boolean", default: false } },
  })
  const rows = await measureInstalls({
    build: !values["no-build"],
    keep: values.keep,
    log: (line) => process.stderr.write(`install: ${line}\n`),
  })
  if (values.json) console.log(JSON.stringify(rows, null, 2))
  else {
    console.log(renderInstallSizes(rows))
    for (const row of rows) console.log(`\n${row.name}: ${row.installed.join(", ")}`)
  }
}

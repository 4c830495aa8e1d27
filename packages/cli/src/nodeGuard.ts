#!/usr/bin/env node
/**
 * The published `beeper-kit` binary's entry (built to `dist/bin.js`, the package's `bin`): refuses a Node older than
 * the package's `engines` with one line saying so, then runs the launcher (`src/launch.ts`, `dist/launch.js`).
 *
 * Why here and not in the launcher: npm only warns about `engines`, so `npm i -g` and `npx` install on any Node, and
 * there the launcher's own code failed as a stack trace under a line of minified source (Node 20 has no compile
 * cache; an ESM `import { crc32 } from "node:zlib"` does not even link on Node 18). This module is what an old Node
 * runs: it imports nothing with a named import and uses no syntax or API newer than Node 18, and it loads the
 * launcher only once the check has passed, with a dynamic `import()` (esbuild keeps it a file of its own).
 *
 * @module
 */
import { readFileSync } from "node:fs"

/** `engines.node` as `>=MAJOR[.MINOR[.PATCH]]`: the minimum as numbers, or undefined for any other range. */
const minimumOf = (range: string): ReadonlyArray<number> | undefined => {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim())
  return match === null ? undefined : [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)]
}

/** Whether `version` (`22.19.0`) is at least `minimum`, comparing major, minor and patch in turn. */
const isAtLeast = (version: string, minimum: ReadonlyArray<number>): boolean => {
  const parts = version.split(".").map(Number)
  for (let i = 0; i < 3; i++) {
    const part = parts[i] ?? 0
    const wanted = minimum[i] ?? 0
    if (part !== wanted) return part > wanted
  }
  return true
}

// package.json is one folder up from `dist/` (and from `src/`); read at run time so the check follows `engines`
const engines = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  readonly engines?: { readonly node?: string }
}).engines?.node ?? ""
const minimum = minimumOf(engines)
if (minimum !== undefined && !isAtLeast(process.versions.node, minimum)) {
  const wanted = engines.replace(/^>=\s*/, "")
  process.stderr.write(
    `beeper-kit needs Node.js ≥ ${wanted} (this is ${process.version}): install a current Node.js from ` +
      `https://nodejs.org (or \`nvm install ${minimum[0]}\`), then run beeper-kit again\n`,
  )
  process.exit(1)
}

await import("./launch.ts")

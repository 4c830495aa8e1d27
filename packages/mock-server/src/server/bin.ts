#!/usr/bin/env node
/** Executable entry point of `beeper-mock-server`. */
import { main } from "./cli.ts"

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})

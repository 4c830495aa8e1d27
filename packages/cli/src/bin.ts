#!/usr/bin/env node
/**
 * The `beeper-kit` binary (built to `dist/bin.js`, the package's `bin`). Turns on Node's compile cache first (later
 * runs start faster), then runs the CLI.
 *
 * @module
 */
import module from "node:module"

module.enableCompileCache?.()
await import("./main.ts")

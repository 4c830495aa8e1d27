#!/usr/bin/env node
/**
 * `beeper-kit` from its sources (`pnpm start`, the tests): turns on Node's compile cache, then runs the CLI. The
 * published binary, `dist/bin.js`, is `src/nodeGuard.ts` then `src/launch.ts` running the bundle of `src/main.ts`.
 *
 * @module
 */
import module from "node:module"

module.enableCompileCache?.()
await import("./main.ts")

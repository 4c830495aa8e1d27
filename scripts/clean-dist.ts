// Empties a package's build folder before its build writes it again:
//   node ../../scripts/clean-dist.ts        (in the package's folder; the first step of its `build`)
//
// tsc writes over what it emits and leaves the rest, so a file an older build wrote (a source map, a module since
// removed or excluded) stayed in dist/ and went into every `pnpm pack` from that checkout. Each build now starts
// from an empty dist/, so what a pack ships is exactly what the current build makes.
import { rmSync } from "node:fs"

rmSync("dist", { recursive: true, force: true })

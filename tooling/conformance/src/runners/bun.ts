/** The suite on Bun with `@beeper-kit/bun`. Run: `bun --conditions=@beeper-kit/source bun.ts`. */
import { BeeperBun } from "@beeper-kit/bun"
import { main } from "./main.ts"

declare const Bun: { readonly version: string }

await main(`Bun ${Bun.version}`, BeeperBun.layerConfig())

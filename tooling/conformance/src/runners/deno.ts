/** The suite on Deno with `@beeper-kit/deno`. Run: `deno run --conditions=@beeper-kit/source -A deno.ts`. */
import { BeeperDeno } from "@beeper-kit/deno"
import { main } from "./main.ts"

declare const Deno: { readonly version: { readonly deno: string } }

await main(`Deno ${Deno.version.deno}`, BeeperDeno.layerConfig())

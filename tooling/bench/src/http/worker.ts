// One HTTP variant in its own process, on Node, Deno or Bun (the same file on each): the client of the variant
// with that runtime's @beeper-kit adapter, measured by measure.ts. Prints `{ variant, results }`.
//   <runtime> http/worker.ts <node|deno|bun> <variant> <baseUrl> <phaseMs> <warmupMs> <warmupCalls>
import process from "node:process"
import { report } from "../child.ts"
import { loadPayloads } from "../payloads.ts"
import { type EffectLayer, makeClient, type Runtime, type Variant } from "./clients.ts"
import { measureClient } from "./measure.ts"

const [runtime, variant, baseUrl, phaseMs = "800", warmupMs = "300", warmupCalls = "1500"] = process.argv.slice(2)

/** The runtime adapter's public layer: what a user of @beeper-kit on this runtime provides. */
const layerOf: EffectLayer = async (kind, options) => {
  if (kind === "effect-node") return (await import("@beeper-kit/node")).BeeperNode.layer(options)
  switch (runtime as Runtime) {
    case "deno":
      return (await import("@beeper-kit/deno")).BeeperDeno.layer(options)
    case "bun":
      return (await import("@beeper-kit/bun")).BeeperBun.layer(options)
    default:
      return (await import("@beeper-kit/effect")).BeeperServices.adapter().layer(options)
  }
}

const cpuMicros = async () => {
  const { user, system } = process.cpuUsage()
  return user + system
}

const client = await makeClient(variant as Variant, baseUrl!, loadPayloads().chatID, layerOf)
const results = await measureClient(client, {
  phaseMs: Number(phaseMs),
  warmupMs: Number(warmupMs),
  warmupCalls: Number(warmupCalls),
}, cpuMicros)
report({ variant, results })
// a client may keep sockets (or an Effect runtime) alive: the figures are out, so end here on every runtime
process.exit(0)

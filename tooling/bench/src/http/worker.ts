// One HTTP variant in its own process, on Node, Deno or Bun (the same file on each): builds the variant's client
// with that runtime's @beeper-kit adapter, warms it up once (`warmupCalls` of each call), then answers the parent's
// phase commands (driven.ts; a `PhaseCommand` → one phase's `WorkloadResult`, measured by measure.ts) until told
// to exit. Between commands it only waits on stdin.
//   <runtime> http/worker.ts <node|deno|bun> <variant> <baseUrl> <warmupCalls>
import process from "node:process"
import { serveCommands } from "../driven.ts"
import { loadPayloads } from "../payloads.ts"
import { type EffectLayer, makeClient, type Runtime, type Variant } from "./clients.ts"
import { measureWorkload, warmUp } from "./measure.ts"
import type { PhaseCommand } from "./workloads.ts"

const [runtime, variant, baseUrl, warmupCalls = "500"] = process.argv.slice(2)

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
await warmUp(client, Number(warmupCalls))
serveCommands(async (command) => {
  if (command.type !== "phase") throw new Error(`unknown command ${command.type}`)
  const phase = command as unknown as PhaseCommand
  return measureWorkload(client, phase.workload, phase, cpuMicros)
})

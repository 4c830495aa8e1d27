/** The suite on Node (22 or 24) with `@beeper-kit/node`. Run: `node --conditions=@beeper-kit/source node.ts`. */
import { BeeperNode } from "@beeper-kit/node"
import { main } from "./main.ts"

await main(`Node ${process.versions.node}`, BeeperNode.layerConfig())

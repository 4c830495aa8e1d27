// The echo bot: answers every new incoming message with "echo: <text>", once — across reconnects, crashes and
// restarts. `node src/main.ts [--checkpoint bot.json]`; BEEPER_ACCESS_TOKEN / BEEPER_DESKTOP_URL from the environment.
import { Checkpoints, handleIncoming, MessageText, replyOnce } from "@beeper-kit/effect"
import { BeeperNode } from "@beeper-kit/node"
import { NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { parseArgs } from "node:util"

const { checkpoint } = parseArgs({ options: { checkpoint: { type: "string" } } }).values

const bot = handleIncoming(({ message, chat }) =>
  replyOnce(message, `echo: ${MessageText.plainText(message.text)}`).pipe(
    Effect.andThen(Effect.logInfo(`echoed ${message.id} in ${chat.id}`)),
  ), { connectWithin: "30 seconds" })

bot.pipe(
  Effect.provide(checkpoint === undefined ? Checkpoints.layerMemory : BeeperNode.layerCheckpointFile(checkpoint)),
  Effect.provide(BeeperNode.layerConfig()),
  NodeRuntime.runMain,
)

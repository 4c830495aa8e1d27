import { BeeperDesktop } from "@beeper-kit/effect"
import { BeeperNode } from "@beeper-kit/node"
import { Console, Effect } from "effect"

const program = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const accounts = yield* beeper.accounts.list()
  yield* Console.log(`${accounts.length} accounts: ${accounts.map((account) => account.network ?? account.accountID).join(", ")}`)
  const page = yield* beeper.chats.list({ limit: 5 }) // the 5 most recent chats
  for (const chat of page.items) yield* Console.log(`${chat.title} · ${chat.network} · ${chat.unreadCount} unread`)
})

// Reads BEEPER_ACCESS_TOKEN (and BEEPER_DESKTOP_URL, default http://localhost:23373); ends when the program has run
program.pipe(Effect.provide(BeeperNode.layerConfig()), Effect.runPromise)

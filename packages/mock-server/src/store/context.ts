/** What the messaging modules (chats, chat updates, sending, messages, reactions, incoming) share. */
import type { Clock } from "../support/clock.ts"
import type { Changes } from "./changes.ts"
import type { Ids } from "./ids.ts"
import type { Records } from "./records.ts"
import type { Scheduler } from "./scheduler.ts"

/** The records, the change announcer, identifier allocation, the server clock and the scheduler. */
export interface MessagingContext {
  readonly records: Records
  readonly changes: Changes
  readonly ids: Ids
  readonly clock: Clock
  readonly scheduler: Scheduler
}

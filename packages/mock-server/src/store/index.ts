/**
 * The whole in-memory state of one mock server, built from the seeded fixtures: messaging (the records of
 * accounts, contacts, chats and messages, their wire views, and the modules that change them), bridges and
 * login sessions, app setup, uploads, plus the event bus, clock and scheduler they share.
 */
import { makeClock, type Clock, type TimeSource } from "../support/clock.ts"
import { FileArea } from "../support/files.ts"
import { buildFixtures } from "../fixtures/index.ts"
import { makeRandom } from "../support/random.ts"
import { AppSetup, type AppStartState } from "./app-setup.ts"
import { Bridges } from "./bridges.ts"
import { Changes } from "./changes.ts"
import { ChatUpdates } from "./chat-updates.ts"
import { Chats } from "./chats.ts"
import type { MessagingContext } from "./context.ts"
import { EventBus } from "./events.ts"
import { Ids } from "./ids.ts"
import { Incoming } from "./incoming.ts"
import { Messages } from "./messages.ts"
import { Reactions } from "./reactions.ts"
import { Records } from "./records.ts"
import { Sending } from "./sending.ts"
import { Scheduler, type Delay } from "./scheduler.ts"
import { Uploads } from "./uploads.ts"
import { Views } from "./views.ts"

/** Options of the store. */
export interface StoreOptions {
  readonly seed: string | number
  readonly anchorMs: number
  readonly sendDelay: Delay
  readonly remoteDelay: Delay
  readonly appState: AppStartState
  /** The wall clock the server clock follows; default `Date.now`. */
  readonly now?: TimeSource
}

/** One server's state. */
export interface Store {
  readonly events: EventBus
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly ids: Ids
  /** Accounts, labels, chats and messages, and how to find them. */
  readonly records: Records
  /** The wire shapes of chats and messages. */
  readonly views: Views
  /** Chats appearing and disappearing. */
  readonly chats: Chats
  /** The user's changes to chats (PATCH, archive, read/unread, reminders). */
  readonly chatUpdates: ChatUpdates
  /** The user's sends and the network's answers. */
  readonly sending: Sending
  /** The user's edits and deletions. */
  readonly messages: Messages
  readonly reactions: Reactions
  /** What other participants write, edit and delete. */
  readonly incoming: Incoming
  readonly bridges: Bridges
  readonly app: AppSetup
  readonly uploads: Uploads
  /** The temporary directory behind uploaded and downloaded files' `file://` URLs (remove it with `files.close()`). */
  readonly files: FileArea
  /** POST /v1/focus requests received, newest last. */
  readonly focusRequests: Array<{ chatID?: string; messageID?: string; draftText?: string; draftAttachmentPath?: string }>
}

/** Builds a store seeded with the fixtures. */
export const createStore = (options: StoreOptions): Store => {
  const ids = new Ids(options.seed)
  const fixtures = buildFixtures(options.seed, options.anchorMs, ids)
  const events = new EventBus()
  const clock = makeClock(options.anchorMs, options.now)
  const scheduler = new Scheduler({ send: options.sendDelay, remote: options.remoteDelay })
  const records = new Records(fixtures, ids)
  const views = new Views(records)
  const messaging: MessagingContext = { records, changes: new Changes(events, views), ids, clock, scheduler }
  const sending = new Sending(messaging)
  const chats = new Chats(messaging)
  const incoming = new Incoming(messaging, makeRandom(`${options.seed}:live`))
  const bridges = new Bridges(fixtures.bridges, { records, chats, incoming, ids, scheduler, clock })
  const app = new AppSetup(options.appState, { ids, scheduler, now: clock.now, anchorMs: options.anchorMs })
  const files = new FileArea()
  return {
    events,
    clock,
    scheduler,
    ids,
    records,
    views,
    chats,
    chatUpdates: new ChatUpdates(messaging),
    sending,
    messages: new Messages(messaging),
    reactions: new Reactions(messaging),
    incoming,
    bridges,
    app,
    uploads: new Uploads(ids, files),
    files,
    focusRequests: [],
  }
}

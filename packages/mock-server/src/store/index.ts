/**
 * The whole in-memory state of one mock server, built from the seeded fixtures: messaging (accounts,
 * contacts, chats, messages), bridges and login sessions, app setup, uploads, plus the event bus,
 * clock and scheduler they share.
 */
import { makeClock, type Clock, type TimeSource } from "../clock.ts"
import { FileArea } from "../files.ts"
import { buildFixtures } from "../fixtures/index.ts"
import { makeRandom } from "../random.ts"
import { AppSetup, type AppStartState } from "./app-setup.ts"
import { Bridges } from "./bridges.ts"
import { EventBus } from "./events.ts"
import { Ids } from "./ids.ts"
import { Messaging } from "./messaging.ts"
import { Scheduler, type Delay } from "./scheduler.ts"
import { Uploads } from "./uploads.ts"

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
  readonly messaging: Messaging
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
  const messaging = new Messaging(fixtures, { events, ids, clock, scheduler, rng: makeRandom(`${options.seed}:live`) })
  const bridges = new Bridges(fixtures.bridges, { messaging, ids, scheduler, clock })
  const app = new AppSetup(options.appState, { ids, scheduler, now: clock.now, anchorMs: options.anchorMs })
  const files = new FileArea()
  return { events, clock, scheduler, ids, messaging, bridges, app, uploads: new Uploads(ids, files), files, focusRequests: [] }
}

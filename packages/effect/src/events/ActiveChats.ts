/**
 * The chats active since a moment, from the chat list (`GET /v1/chats`, most recent activity first): what the
 * bot-grade delivery catches up on for `"*"` (`Incoming`), and what the gap filler fills for a gap of every chat
 * (`GapFill`). Paging stops at the first chat whose `lastActivity` is older, or after `maxPages` pages.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { Chat } from "../generated/schemas.ts"

/** Epoch ms of an ISO timestamp, `undefined` when it is not one. */
export const millisOf = (timestamp: string | undefined): number | undefined => {
  const ms = timestamp === undefined ? Number.NaN : Date.parse(timestamp)
  return Number.isNaN(ms) ? undefined : ms
}

/** What {@link activeSince} found. */
export interface ActiveChats {
  /** The IDs of the chats active since the moment (and of those without a readable `lastActivity`), most recent first. */
  readonly active: ReadonlyArray<string>
  /** `false` when `maxPages` ran out before a chat older than the moment (or the end of the list) was reached. */
  readonly complete: boolean
}

/**
 * The chats of `pages` (the chat list, most recent activity first) active since `since` (epoch ms), reading at most
 * `maxPages` pages; `onChat` is told of every chat read.
 */
export const activeSince = <E, R>(
  pages: Stream.Stream<{ readonly items: ReadonlyArray<Chat>; readonly hasMore: boolean }, E, R>,
  since: number,
  maxPages: number,
  onChat?: (chat: Chat) => void,
): Effect.Effect<ActiveChats, E, R> =>
  Effect.suspend(() => {
    const active: Array<string> = []
    let complete = false
    return pages.pipe(
      Stream.take(maxPages),
      Stream.takeUntil((page) => {
        let reachedOlder = false
        for (const chat of page.items) {
          const at = millisOf(chat.lastActivity)
          if (at !== undefined && at < since) reachedOlder = true
          else active.push(chat.id)
          onChat?.(chat)
        }
        complete = !page.hasMore || reachedOlder
        return complete
      }),
      Stream.runDrain,
      Effect.map(() => ({ active, complete })),
    )
  })

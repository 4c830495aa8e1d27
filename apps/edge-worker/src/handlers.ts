/**
 * What the Worker's routes do, as Effect programs over the SDK: the unread chats, and a send that waits for
 * confirmation.
 *
 * @module
 */
import {
  BeeperDesktop,
  type PaginationError,
  type RequestError,
  type Schemas,
  sendAndConfirm,
  type SendFailed,
  type SendUnconfirmed,
} from "@beeper-kit/effect"
import { Effect, Stream } from "effect"

/** A chat as `GET /unread` lists it. */
export interface UnreadChat {
  readonly id: string
  readonly accountID: string
  readonly network: string
  readonly title: string
  readonly unreadCount: number
  readonly lastActivity?: string
}

/** The body of `GET /unread`. */
export interface UnreadBody {
  readonly chats: ReadonlyArray<UnreadChat>
  /** Unread messages in the listed chats. */
  readonly unread: number
  /** More unread chats exist beyond `limit`. */
  readonly hasMore: boolean
}

const unreadChat = (chat: Schemas.Chat): UnreadChat => ({
  id: chat.id,
  accountID: chat.accountID,
  network: chat.network,
  title: chat.title,
  unreadCount: chat.unreadCount,
  ...(chat.lastActivity === undefined ? {} : { lastActivity: chat.lastActivity }),
})

/** The chats with unread messages, most recent first, at most `limit` (following cursors as needed). */
export const listUnread = (limit: number): Effect.Effect<UnreadBody, PaginationError, BeeperDesktop> =>
  Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const chats = yield* beeper.chats.search.stream({ unreadOnly: true, limit: Math.min(limit + 1, 200) }).pipe(
      Stream.filter((chat) => chat.unreadCount > 0),
      Stream.take(limit + 1),
      Stream.runCollect,
    )
    const listed = chats.slice(0, limit).map(unreadChat)
    return {
      chats: listed,
      unread: listed.reduce((sum, chat) => sum + chat.unreadCount, 0),
      hasMore: chats.length > limit,
    }
  })

/** The body of `POST /send`: the confirmed message. */
export interface SentBody {
  readonly message: { readonly id: string; readonly chatID: string; readonly text?: string; readonly timestamp: string }
}

/** Sends `text` to `chatID` once and waits (bounded) until Beeper Desktop confirms it. */
export const send = (
  input: { readonly chatID: string; readonly text: string; readonly replyToMessageID?: string },
): Effect.Effect<SentBody, RequestError | SendFailed | SendUnconfirmed, BeeperDesktop> =>
  sendAndConfirm(input, { within: "20 seconds" }).pipe(
    Effect.map((message) => ({
      message: {
        id: message.id,
        chatID: message.chatID,
        ...(message.text === undefined ? {} : { text: message.text }),
        timestamp: message.timestamp,
      },
    })),
  )

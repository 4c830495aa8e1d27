/** The change events messaging writes announce (on the {@link EventBus}), with the wire views they carry. */
import type { EventBus } from "./events.ts"
import type { ChatRecord, MessageRecord } from "./model.ts"
import type { Views } from "./views.ts"

/** Announces chat and message changes. */
export class Changes {
  readonly #events: EventBus
  readonly #views: Views

  constructor(events: EventBus, views: Views) {
    this.#events = events
    this.#views = views
  }

  /** The chat changed (and so did the merged chat it belongs to). */
  chat(chat: ChatRecord): void {
    this.#events.emit({ type: "chat.upserted", chatID: chat.id, ids: [chat.id] })
    if (chat.mergedIntoChatID) this.#events.emit({ type: "chat.upserted", chatID: chat.mergedIntoChatID, ids: [chat.mergedIntoChatID] })
  }

  /** The chat is gone. */
  chatDeleted(chat: ChatRecord): void {
    this.#events.emit({ type: "chat.deleted", chatID: chat.id, ids: [chat.id] })
  }

  /** Messages were added or changed. */
  messages(chat: ChatRecord, records: ReadonlyArray<MessageRecord>): void {
    this.#events.emit({
      type: "message.upserted",
      chatID: chat.id,
      ids: records.map((r) => r.message.id),
      entries: records.map((r) => this.#views.message(chat, r)),
    })
  }

  /** A message is gone (removed, tombstoned, or a pending ID replaced by the final one). */
  messageDeleted(chat: ChatRecord, messageID: string): void {
    this.#events.emit({ type: "message.deleted", chatID: chat.id, ids: [messageID] })
  }
}

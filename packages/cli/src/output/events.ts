/**
 * Live events as terminal lines: one readable line per event, or one JSON object per line (`--json`).
 *
 * @module
 */
import type { LiveEvent, Schemas } from "@beeper-kit/effect"
import { clockTime, messageSummary, senderOf } from "./format.ts"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** What to call the chats of a subscription. */
const scope = (chatIDs: ReadonlyArray<string>): string =>
  chatIDs.includes("*") ? "all chats" : chatIDs.length === 0 ? "no chats (paused)" : plural(chatIDs.length, "chat")

const messageLine = (entries: ReadonlyArray<Schemas.Message>, ids: ReadonlyArray<string>): string => {
  const last = entries[entries.length - 1]
  if (last === undefined) return `${plural(ids.length, "message")} changed`
  const edited = last.editedTimestamp === undefined ? "" : " (edited)"
  const text = `${senderOf(last)}: ${messageSummary(last)}${edited}`
  return entries.length === 1 ? text : `${plural(entries.length, "message")}, last — ${text}`
}

/**
 * The readable line of an event. `chatName` is the chat's title when known. Domain events start with the event's
 * local time; connection signals start with "--".
 */
export const eventLine = (event: LiveEvent, chatName: string): string => {
  switch (event.type) {
    case "message.upserted":
      return `${clockTime(new Date(event.ts))}  ${chatName}  ${messageLine(event.entries ?? [], event.ids)}`
    case "message.deleted":
      return `${clockTime(new Date(event.ts))}  ${chatName}  ${plural(event.ids.length, "message")} deleted`
    case "chat.upserted":
      return `${clockTime(new Date(event.ts))}  ${chatName}  chat updated`
    case "chat.deleted":
      return `${clockTime(new Date(event.ts))}  ${chatName}  chat deleted`
    case "message.stream":
      return `-- a message is being streamed${event.chatID === undefined ? "" : ` in ${chatName}`}`
    case "app.state.updated":
      return `-- Beeper Desktop's setup state: ${event.state ?? "unknown"}`
    case "unknown":
      return `-- an event this version does not know: ${event.eventType}`
    case "connected":
      return event.connection === 1
        ? `-- connected, listening to ${scope(event.chatIDs)} (Ctrl-C to stop)`
        : `-- reconnected (connection ${event.connection}), listening to ${scope(event.chatIDs)}`
    case "disconnected":
      return `-- disconnected (${event.message}); reconnecting…`
    case "gap":
      return `-- events may have been missed in ${event.allChats ? "any chat" : plural(event.chatIDs.length, "chat")} (${event.reason})`
    case "gap.filled":
      return `-- recovered ${plural(event.messages, "missed message")}`
    case "subscriptions.updated":
      return `-- now listening to ${scope(event.chatIDs)}`
    case "frame.malformed":
      return `-- ignored a malformed frame: ${event.error.message}`
    case "server.error":
      return `-- Beeper Desktop reported an error: ${event.code} ${event.message}`
  }
}

/** The JSON line of an event: the event as the SDK delivers it (a malformed frame's error reduced to its message). */
export const eventJson = (event: LiveEvent): string =>
  JSON.stringify(
    event.type === "frame.malformed" ? { type: event.type, error: { message: event.error.message } } : event,
  )

/** The chat an event is about, if any. */
export const chatOf = (event: LiveEvent): string | undefined =>
  event.type === "message.upserted" || event.type === "message.deleted" || event.type === "chat.upserted" ||
    event.type === "chat.deleted" || event.type === "message.stream"
    ? event.chatID
    : undefined

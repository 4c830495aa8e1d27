/**
 * Live events as terminal lines: one readable line per event (a send's pending copy marked, its removal unsaid), or
 * one JSON object per line (`--json`, every event as the SDK delivers it).
 *
 * @module
 */
import type { LiveEvent, Schemas } from "@beeper-kit/effect"
import { clockTime, messageSummary, senderOf } from "./format.ts"

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** What to call the chats of a subscription. */
const scope = (chatIDs: ReadonlyArray<string>): string =>
  chatIDs.includes("*") ? "all chats" : chatIDs.length === 0 ? "no chats (paused)" : plural(chatIDs.length, "chat")

/**
 * What an own message's line says about its send, from `sendStatus`: still on its way (a send's pending copy, under
 * its pendingMessageID), or failed; nothing once confirmed (or when Desktop does not say).
 */
const sendNote = (message: Schemas.Message): string => {
  switch (message.sendStatus?.status) {
    case "PENDING":
      return " (sending…)"
    case "FAIL_RETRIABLE":
    case "FAIL_PERMANENT":
      return " (not sent)"
    default:
      return ""
  }
}

const messageLine = (entries: ReadonlyArray<Schemas.Message>, ids: ReadonlyArray<string>): string => {
  const last = entries[entries.length - 1]
  if (last === undefined) return `${plural(ids.length, "message")} changed`
  const edited = last.editedTimestamp === undefined ? "" : " (edited)"
  const text = `${senderOf(last)}: ${messageSummary(last)}${edited}${sendNote(last)}`
  return entries.length === 1 ? text : `${plural(entries.length, "message")}, last — ${text}`
}

/** How many unreplaced pending copies `tail` remembers (see {@link makeEventLines}). */
export const maxPendingCopies = 1000

/** The readable line of an event, or `undefined` for one with nothing to tell (see {@link makeEventLines}). */
export type EventLines = (event: LiveEvent, chatName: string) => string | undefined

/**
 * The readable lines of one stream of events, in order. `chatName` is the chat's title when known. Domain events
 * start with the event's local time; connection signals start with "--".
 *
 * One send is three events: its pending copy (`sendStatus` PENDING, under the pendingMessageID) — shown marked
 * "(sending…)" —, the confirmed message under its final ID — shown as any message —, then the removal of the pending
 * copy, which tells nothing: no "1 message deleted" line for it, or a single send would read as two messages, one
 * deleted. A message still pending cannot be deleted (the API refuses pending IDs), so removing one is its
 * replacement. The removal of any other message is shown; a Desktop that sends no pending copy shows the confirmed
 * message alone, as before.
 */
export const makeEventLines = (): EventLines => {
  /**
   * The pending copies shown so far and not yet replaced, as `chatID` NUL `messageID`: the {@link maxPendingCopies}
   * most recent (a send Desktop never confirms nor removes would otherwise stay for as long as `tail` runs).
   */
  const pending = new Set<string>()
  const key = (chatID: string, messageID: string) => `${chatID}\u0000${messageID}`
  return (event, chatName) => {
    switch (event.type) {
      case "message.upserted": {
        for (const entry of event.entries ?? []) {
          if (entry.sendStatus?.status !== "PENDING") {
            pending.delete(key(event.chatID, entry.id))
            continue
          }
          pending.add(key(event.chatID, entry.id))
          // the oldest first (a Set iterates in insertion order): its removal, should it come, reads as a deletion
          if (pending.size > maxPendingCopies) pending.delete(pending.values().next().value!)
        }
        return `${clockTime(new Date(event.ts))}  ${chatName}  ${messageLine(event.entries ?? [], event.ids)}`
      }
      case "message.deleted": {
        const deleted = event.ids.filter((id) => !pending.delete(key(event.chatID, id)))
        if (deleted.length === 0) return undefined
        return `${clockTime(new Date(event.ts))}  ${chatName}  ${plural(deleted.length, "message")} deleted`
      }
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

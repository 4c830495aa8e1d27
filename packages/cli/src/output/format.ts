/**
 * How API values read in a terminal: compact local times, one-line message summaries, sender names.
 *
 * @module
 */
import { MessageText, type Schemas } from "@beeper-kit/effect"

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const two = (n: number) => String(n).padStart(2, "0")

/** `HH:MM:SS` in local time. */
export const clockTime = (date: Date): string =>
  `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`

/**
 * A compact local time for tables: `14:05` today, `May 06 14:05` this year, `2025-05-06` before. Empty when absent
 * or not a date.
 */
export const shortTime = (iso: string | undefined, now: Date = new Date()): string => {
  if (iso === undefined) return ""
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  const hm = `${two(date.getHours())}:${two(date.getMinutes())}`
  if (date.toDateString() === now.toDateString()) return hm
  if (date.getFullYear() === now.getFullYear()) return `${months[date.getMonth()]} ${two(date.getDate())} ${hm}`
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
}

/** Who sent a message: "You" for your own, else the sender's name (or ID). */
export const senderOf = (message: Schemas.Message): string =>
  message.isSender === true ? "You" : message.senderName ?? message.senderID

const attachmentLabel = (attachment: Schemas.Attachment): string => {
  const kind = attachment.isSticker === true
    ? "sticker"
    : attachment.isGif === true
    ? "gif"
    : attachment.isVoiceNote === true
    ? "voice note"
    : attachment.type === "img"
    ? "image"
    : attachment.type === "unknown"
    ? "file"
    : attachment.type
  return attachment.fileName === undefined ? `[${kind}]` : `[${kind} ${attachment.fileName}]`
}

/**
 * A message in brief: its text as a reader sees it (not the Matrix HTML Desktop stores), then its attachments in
 * brackets; "(deleted)" for a deleted one. Tables and `tail` put it on one line.
 */
export const messageSummary = (message: Schemas.Message): string => {
  if (message.isDeleted === true) return "(deleted)"
  const text = MessageText.plainText(message.text)
  const parts = [
    ...(text !== "" ? [text] : []),
    ...(message.attachments ?? []).map(attachmentLabel),
  ]
  const summary = parts.join(" ")
  return summary === "" ? `(${(message.type ?? "message").toLowerCase()})` : summary
}

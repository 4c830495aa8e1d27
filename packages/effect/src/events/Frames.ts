/**
 * Reading and writing `/v1/ws` frames for the events service: the text of a server frame becomes one typed
 * `IncomingFrame` (never an exception), and a subscription becomes the text of a `subscriptions.set` command.
 *
 * @module
 */
import { decodeServerFrame, encodeSubscriptionsSet as encodeCommand } from "@beeper-kit/core"
import { Exit, Schema } from "effect"
import { Message } from "../generated/schemas.ts"
import { isMessage } from "../generated/validators.ts"
import { MalformedFrame } from "./EventsError.ts"
import type { DomainEvent as LiveDomainEvent, UnknownEvent } from "./LiveEvent.ts"

/** A server frame, classified. */
export type IncomingFrame =
  | { readonly kind: "ready"; readonly chatIDs: ReadonlyArray<string> }
  | {
    readonly kind: "subscriptions.updated"
    readonly requestID: string | undefined
    readonly chatIDs: ReadonlyArray<string>
  }
  | { readonly kind: "error"; readonly requestID: string | undefined; readonly code: string; readonly message: string }
  | { readonly kind: "event"; readonly event: LiveDomainEvent | UnknownEvent }
  | { readonly kind: "malformed"; readonly error: MalformedFrame }

/** The fields every domain event frame has, as decodeServerFrame checked them. */
interface DomainEventFields {
  readonly seq: number
  readonly ts: number
  readonly chatID: string
  readonly ids: ReadonlyArray<string>
  readonly entries?: ReadonlyArray<unknown> | undefined
}
const decodeMessage = Schema.decodeUnknownExit(Message)

const malformed = (text: string, message: string): IncomingFrame => ({
  kind: "malformed",
  error: new MalformedFrame({ frame: text.slice(0, 1000), message }),
})

/**
 * Classifies one server frame with the core codec (`decodeServerFrame`), then validates domain events with the
 * generated Schemas: `entries` of `message.upserted` are decoded as `Message`s, best-effort — an entry that is not
 * a valid Message is left out, its ID stays in `ids`. Never throws: what cannot be read is a `malformed` frame.
 */
export const decodeFrame = (text: string): IncomingFrame => {
  const frame = decodeServerFrame(text)
  switch (frame.type) {
    case "malformed":
      return malformed(frame.raw, frame.reason)
    case "unknown":
      return { kind: "event", event: { type: "unknown", eventType: frame.frameType, frame: frame.raw } }
    case "ready":
      return { kind: "ready", chatIDs: frame.chatIDs }
    case "subscriptions.updated":
      return { kind: "subscriptions.updated", requestID: frame.requestID, chatIDs: frame.chatIDs }
    case "error":
      return { kind: "error", requestID: frame.requestID, code: frame.code, message: frame.message }
  }
  // decodeServerFrame has checked every field against the generated field table (the constraints of the
  // DomainEvent Schema): keep the documented fields; only the entries need the Message Schema.
  const { seq, ts, chatID, ids, entries } = frame as unknown as DomainEventFields
  const fields = { seq, ts, chatID, ids }
  const type = frame.type
  if (type !== "message.upserted" || entries === undefined) {
    return { kind: "event", event: { ...fields, type } as LiveDomainEvent }
  }
  const messages: Array<Message> = []
  for (const entry of entries) {
    // the generated fast check (valid, nothing to strip) stands in for the decode, as for HTTP responses
    if (isMessage(entry)) {
      messages.push(entry as Message)
      continue
    }
    const decoded = decodeMessage(entry)
    if (Exit.isSuccess(decoded)) messages.push(decoded.value)
  }
  return { kind: "event", event: { ...fields, type, entries: messages } }
}

/**
 * The text of a `subscriptions.set` command (core's `encodeSubscriptionsSet`), or why it was refused before
 * sending: `"*"` mixed with specific IDs, or an empty chat ID.
 */
export const encodeSubscriptionsSet = (
  requestID: string,
  chatIDs: ReadonlyArray<string>,
): { readonly text: string } | { readonly refused: string } => {
  const result = encodeCommand({ requestID, chatIDs })
  return result.ok ? { text: result.text } : { refused: result.error.message }
}

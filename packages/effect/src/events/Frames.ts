/**
 * Reading and writing `/v1/ws` frames for the events service: the text of a server frame becomes one typed
 * `IncomingFrame` (never an exception), and a subscription becomes the text of a `subscriptions.set` command.
 *
 * Frames are read tolerantly: what a frame carries beyond the spec (an unknown field, an error code outside the
 * enum, a timestamp that is not epoch milliseconds, an unknown frame type, an entry that is not complete) is read
 * past and listed as drift; what breaks the protocol (a missing field, a wrong type) is a `malformed` frame. What
 * to do with the drift (report it, refuse it under `strict`, complete partial entries) is the session's business.
 *
 * @module
 */
import {
  type DecodedServerFrame,
  decodeServerFrame,
  encodeSubscriptionsSet as encodeCommand,
  type FrameDrift,
  frameDrift,
  readTimestamp,
} from "@beeper-kit/core"
import type { Schema } from "effect"
import { Chat, Message } from "../generated/schemas.ts"
import { isChat, isMessage } from "../generated/validators.ts"
import type { Drift } from "../internal/drift.ts"
import { decodeTolerant } from "../internal/tolerant.ts"
import { MalformedFrame } from "./EventsError.ts"
import type {
  AppStateUpdated,
  ChatUpserted,
  DomainEvent as LiveDomainEvent,
  MessageStream,
  MessageUpserted,
  UnknownEvent,
} from "./LiveEvent.ts"

/** What a frame carried beyond the spec, read past; absent from frames exactly as specified. */
export interface Tolerated {
  readonly drift: ReadonlyArray<Drift>
  /** The frame's text, cut to 1,000 characters (for the `frame.malformed` signal that refuses it under `strict`). */
  readonly text: string
}

/** An entry of an upserted event that is not a complete resource: to be fetched by its ID. */
export interface IncompleteEntry {
  /** Its position in the frame's `entries`. */
  readonly index: number
  readonly id: string | undefined
}

/** An upserted event whose entries are read; `incomplete` lists the entries left to complete. */
export type UpsertedFrame =
  | { readonly event: MessageUpserted; readonly incomplete: ReadonlyArray<IncompleteEntry> }
  | { readonly event: ChatUpserted; readonly incomplete: ReadonlyArray<IncompleteEntry> }

/** Every event a frame can carry. */
export type FrameEvent = LiveDomainEvent | MessageStream | AppStateUpdated | UnknownEvent

/** A server frame, classified. */
export type IncomingFrame =
  & (
    | { readonly kind: "ready"; readonly chatIDs: ReadonlyArray<string> }
    | {
      readonly kind: "subscriptions.updated"
      readonly requestID: string | undefined
      readonly chatIDs: ReadonlyArray<string>
    }
    | { readonly kind: "error"; readonly requestID: string | undefined; readonly code: string; readonly message: string }
    | {
      readonly kind: "event"
      readonly event: FrameEvent
      /** Entries of an upserted event that are not complete (the event's `entries` hold the complete ones). */
      readonly incomplete?: ReadonlyArray<IncompleteEntry> | undefined
    }
    | { readonly kind: "malformed"; readonly error: MalformedFrame }
  )
  & { readonly tolerated?: Tolerated | undefined }

/** The fields every domain event frame has, as decodeServerFrame checked them. */
interface DomainEventFields {
  readonly seq: number
  readonly ts: unknown
  readonly chatID: string
  readonly ids: ReadonlyArray<string>
  readonly accountID?: string | undefined
  readonly entries?: ReadonlyArray<unknown> | undefined
}

const cut = (text: string): string => text.slice(0, 1000)

const malformed = (text: string, message: string): IncomingFrame => ({
  kind: "malformed",
  error: new MalformedFrame({ frame: cut(text), message }),
})

const driftOf = (source: string, found: ReadonlyArray<FrameDrift>): Array<Drift> =>
  found.length === 0 ? [] : found.map((item) => ({ source, path: item.path, kind: item.kind, detail: item.detail }))

const tolerated = (text: string, drift: ReadonlyArray<Drift>): Tolerated | undefined =>
  drift.length === 0 ? undefined : { drift, text: cut(text) }

/** `ts` in epoch milliseconds (decodeServerFrame has checked it is a timestamp when present). */
const millisOf = (ts: unknown): number | undefined => readTimestamp(ts)?.millis

const entryPath = (index: number, path: string): string =>
  path === "" ? `entries[${index}]` : path.startsWith("[") ? `entries[${index}]${path}` : `entries[${index}].${path}`

/**
 * Reads the entries of an upserted event: complete ones (the generated fast check, else the tolerant decode, whose
 * drift is kept) and incomplete ones, each a `partial-entry` drift.
 */
const readEntries = <A>(
  source: string,
  entries: ReadonlyArray<unknown>,
  schema: Schema.ConstraintDecoder<A>,
  isComplete: (u: unknown) => boolean,
  drift: Array<Drift>,
): { readonly complete: Array<A>; readonly incomplete: Array<IncompleteEntry> } => {
  const complete: Array<A> = []
  const incomplete: Array<IncompleteEntry> = []
  for (const [index, entry] of entries.entries()) {
    // the generated fast check (valid, nothing to strip) stands in for the decode, as for HTTP responses
    if (isComplete(entry)) {
      complete.push(entry as A)
      continue
    }
    const read = decodeTolerant(schema, entry, { source, strict: false })
    if (read._tag === "ok") {
      complete.push(read.value)
      for (const item of read.drift) drift.push({ ...item, path: entryPath(index, item.path) })
      continue
    }
    const id = (entry as Readonly<Record<string, unknown>>)["id"]
    const first = read.issues[0]
    drift.push({
      source,
      path: entryPath(index, ""),
      kind: "partial-entry",
      detail: first === undefined
        ? "not a complete entry"
        : `not complete (${first.path === "" ? "" : `${first.path}: `}${first.message}${read.total > 1 ? `, +${read.total - 1}` : ""})`,
    })
    incomplete.push({ index, id: typeof id === "string" && id !== "" ? id : undefined })
  }
  return { complete, incomplete }
}

const readDomainEvent = (frame: DecodedServerFrame & { readonly type: LiveDomainEvent["type"] }, text: string): IncomingFrame => {
  // decodeServerFrame has checked every field against the generated field table: keep the documented fields
  const { type } = frame
  const { seq, ts, chatID, ids, accountID, entries } = frame as unknown as DomainEventFields
  const drift = driftOf(type, frameDrift(frame))
  const millis = millisOf(ts)!
  const fields = accountID === undefined
    ? { type, seq, ts: millis, chatID, ids }
    : { type, seq, ts: millis, chatID, ids, accountID }
  if (entries === undefined) return { kind: "event", event: fields as LiveDomainEvent, tolerated: tolerated(text, drift) }
  if (type !== "message.upserted" && type !== "chat.upserted") {
    // upstream allows best-effort entries on every domain event; on deletions they are passed on as sent
    return { kind: "event", event: { ...fields, entries } as LiveDomainEvent, tolerated: tolerated(text, drift) }
  }
  const read = type === "message.upserted"
    ? readEntries(type, entries, Message, isMessage, drift)
    : readEntries(type, entries, Chat, isChat, drift)
  return {
    kind: "event",
    event: { ...fields, entries: read.complete } as MessageUpserted | ChatUpserted,
    incomplete: read.incomplete.length === 0 ? undefined : read.incomplete,
    tolerated: tolerated(text, drift),
  }
}

/**
 * Classifies one server frame with the core codec (`decodeServerFrame`), normalises its `ts` to epoch
 * milliseconds and reads the `entries` of upserted events with the generated Schemas (see the module description).
 * Never throws: what cannot be read is a `malformed` frame.
 */
export const decodeFrame = (text: string): IncomingFrame => {
  const frame = decodeServerFrame(text)
  switch (frame.type) {
    case "malformed":
      return malformed(frame.raw, frame.reason)
    case "unknown":
      return {
        kind: "event",
        event: { type: "unknown", eventType: frame.frameType, frame: frame.raw },
        tolerated: tolerated(text, [{
          source: frame.frameType,
          path: "",
          kind: "unknown-event-type",
          detail: `frame type ${JSON.stringify(frame.frameType)} is not in the spec (delivered as an "unknown" event)`,
        }]),
      }
    case "ready":
      return { kind: "ready", chatIDs: frame.chatIDs, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
    case "subscriptions.updated":
      return {
        kind: "subscriptions.updated",
        requestID: frame.requestID,
        chatIDs: frame.chatIDs,
        tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))),
      }
    case "error":
      return {
        kind: "error",
        requestID: frame.requestID,
        code: frame.code,
        message: frame.message,
        tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))),
      }
    case "message.stream": {
      const { seq, ts, chatID, accountID } = frame
      const millis = millisOf(ts)
      const event: MessageStream = {
        type: frame.type,
        ...(seq === undefined ? {} : { seq }),
        ...(millis === undefined ? {} : { ts: millis }),
        ...(chatID === undefined ? {} : { chatID }),
        ...(accountID === undefined ? {} : { accountID }),
        frame,
      }
      return { kind: "event", event, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
    }
    case "app.state.updated": {
      const { seq, ts, appState } = frame
      const millis = millisOf(ts)
      const state = appState?.state
      const event: AppStateUpdated = {
        type: frame.type,
        ...(seq === undefined || seq === null ? {} : { seq }),
        ...(millis === undefined ? {} : { ts: millis }),
        ...(typeof state === "string" ? { state } : {}),
        ...(appState === undefined ? {} : { appState }),
        frame,
      }
      return { kind: "event", event, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
    }
    default:
      return readDomainEvent(frame, text)
  }
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

/**
 * Reading `/v1/ws` server frames for the events service: the text of a frame becomes one typed `ReadFrame`
 * (never an exception), read once — a control frame as core decoded it, or the element an event frame delivers.
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
  type ErrorFrame,
  type FrameDrift,
  frameDrift,
  type ReadyFrame,
  readTimestamp,
  type SubscriptionsUpdatedFrame,
} from "@beeper-kit/core/ws"
import type * as Schema from "effect/Schema"
import { chatSchema, messageSchema } from "../internal/generated.ts"
import { isChat, isMessage } from "../generated/validators.ts"
import type { Drift } from "../internal/drift.ts"
import { keptDepth } from "../internal/scrub.ts"
import { decodeTolerant } from "../internal/tolerant.ts"
import { MalformedFrame } from "./EventsError.ts"
import type {
  AppStateUpdated,
  ChatUpserted,
  DomainEvent as LiveDomainEvent,
  FrameMalformed,
  MessageStream,
  MessageUpserted,
  UnknownEvent,
} from "./LiveEvent.ts"
import { sized } from "./FrameBytes.ts"

/** What a frame carried beyond the spec, read past; absent from frames exactly as specified. */
export interface Tolerated {
  readonly drift: ReadonlyArray<Drift>
  /**
   * The frame's whole text, as the server sent it (for the `frame.malformed` signal that refuses it under `strict`:
   * `Reading` scrubs the token out of it, then cuts it to 1,000 characters — in that order, so no token straddling
   * the cut leaves a prefix behind).
   */
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

/** A control frame, exactly as core's `decodeServerFrame` decoded it (discriminated by `type`). */
export type ControlFrame = ReadyFrame | SubscriptionsUpdatedFrame | ErrorFrame

/**
 * A server frame, read once: `frame` is a control frame (core's), the element an event frame delivers, or the
 * `frame.malformed` signal of a frame that breaks the protocol — all discriminated by `type`. Beside it, what the
 * frame carried beyond the spec (`tolerated`) and, for upserted events, the entries left to complete.
 */
export interface ReadFrame<F extends ControlFrame | FrameEvent | FrameMalformed> {
  readonly frame: F
  readonly tolerated?: Tolerated | undefined
  /** Entries of an upserted event that are not complete (the event's `entries` hold the complete ones). */
  readonly incomplete?: ReadonlyArray<IncompleteEntry> | undefined
}

/** A frame that carries an event. */
export type EventFrame = ReadFrame<FrameEvent>

/** Any frame as {@link readFrame} reads it. */
export type AnyReadFrame = ReadFrame<ControlFrame> | ReadFrame<FrameEvent> | ReadFrame<FrameMalformed>

/** Whether a read frame carries an event (not a control frame, not a malformed one). */
export const isEventFrame = (read: AnyReadFrame): read is EventFrame => {
  const type = read.frame.type
  return type !== "ready" && type !== "subscriptions.updated" && type !== "error" && type !== "frame.malformed"
}

/** The fields every domain event frame has, as decodeServerFrame checked them. */
interface DomainEventFields {
  readonly seq: number
  readonly ts: unknown
  readonly chatID: string
  readonly ids: ReadonlyArray<string>
  readonly accountID?: string | undefined
  readonly entries?: ReadonlyArray<unknown> | undefined
}

/** The signal of a frame that breaks the protocol, with its whole text (`Reading` scrubs it, then cuts it). */
const malformed = (text: string, message: string): ReadFrame<FrameMalformed> => ({
  frame: { type: "frame.malformed", error: new MalformedFrame({ frame: text, message }) },
})

const driftOf = (source: string, found: ReadonlyArray<FrameDrift>): Array<Drift> =>
  found.map((item) => ({ source, path: item.path, kind: item.kind, detail: item.detail }))

const tolerated = (text: string, drift: ReadonlyArray<Drift> | undefined): Tolerated | undefined =>
  drift === undefined || drift.length === 0 ? undefined : { drift, text }

/** `ts` in epoch milliseconds (decodeServerFrame has checked it is a timestamp when present). */
const millisOf = (ts: unknown): number | undefined => typeof ts === "number" ? ts : readTimestamp(ts)?.millis

const entryPath = (index: number, path: string): string =>
  path === "" ? `entries[${index}]` : path.startsWith("[") ? `entries[${index}]${path}` : `entries[${index}].${path}`

/** What {@link readEntries} read: the complete entries, those left to complete, and the drift found. */
interface ReadEntries<A> {
  readonly complete: ReadonlyArray<A>
  readonly incomplete: ReadonlyArray<IncompleteEntry> | undefined
  readonly drift: Array<Drift> | undefined
}

/**
 * Reads the entries of an upserted event: complete ones (the generated fast check, else the tolerant decode, whose
 * drift is kept) and incomplete ones, each a `partial-entry` drift. When every entry passes the fast check (the
 * usual case) the parsed array itself is the complete one, and nothing is allocated.
 */
const readEntries = <A>(
  source: string,
  entries: ReadonlyArray<unknown>,
  schema: Schema.ConstraintDecoder<A>,
  isComplete: (u: unknown) => boolean,
  found: Array<Drift> | undefined,
): ReadEntries<A> => {
  let exact = 0
  // the generated fast check (valid, nothing to strip) stands in for the decode, as for HTTP responses
  while (exact < entries.length && isComplete(entries[exact])) exact++
  if (exact === entries.length) return { complete: entries as ReadonlyArray<A>, incomplete: undefined, drift: found }
  const complete = entries.slice(0, exact) as Array<A>
  const incomplete: Array<IncompleteEntry> = []
  const drift = found ?? []
  for (let index = exact; index < entries.length; index++) {
    const entry = entries[index]
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
  return { complete, incomplete: incomplete.length === 0 ? undefined : incomplete, drift }
}

/** A domain event's element: one object, its fields in one order (`accountID` and `entries` last, when present). */
const domainEvent = (
  fields: DomainEventFields & { readonly type: LiveDomainEvent["type"] },
  ts: number,
  entries: ReadonlyArray<unknown> | undefined,
): LiveDomainEvent => {
  const { type, seq, chatID, ids, accountID } = fields
  return (entries === undefined
    ? accountID === undefined ? { type, seq, ts, chatID, ids } : { type, seq, ts, chatID, ids, accountID }
    : accountID === undefined
    ? { type, seq, ts, chatID, ids, entries }
    : { type, seq, ts, chatID, ids, accountID, entries }) as LiveDomainEvent
}

const readDomainEvent = (
  frame: DecodedServerFrame & { readonly type: LiveDomainEvent["type"] },
  text: string,
): EventFrame => {
  // decodeServerFrame has checked every field against the generated field table: keep the documented fields
  const fields = frame as unknown as DomainEventFields & { readonly type: LiveDomainEvent["type"] }
  const { type, entries } = fields
  const found = frameDrift(frame)
  const drift = found.length === 0 ? undefined : driftOf(type, found)
  const millis = millisOf(fields.ts)!
  if (entries === undefined) return { frame: domainEvent(fields, millis, undefined), tolerated: tolerated(text, drift) }
  if (type !== "message.upserted" && type !== "chat.upserted") {
    // upstream allows best-effort entries on every domain event; on deletions they are passed on as sent
    return { frame: domainEvent(fields, millis, entries), tolerated: tolerated(text, drift) }
  }
  const read = type === "message.upserted"
    ? readEntries(type, entries, messageSchema(), isMessage, drift)
    : readEntries(type, entries, chatSchema(), isChat, drift)
  return {
    frame: domainEvent(fields, millis, read.complete),
    incomplete: read.incomplete,
    tolerated: tolerated(text, read.drift),
  }
}

/**
 * Reads one server frame with the core codec (`decodeServerFrame`): control frames stay as core decoded them, event
 * frames become the element they deliver — `ts` normalised to epoch milliseconds, the `entries` of upserted events
 * read with the generated Schemas — and what breaks the protocol a `frame.malformed` signal (see the module
 * description). Never throws.
 */
export const readFrame = (text: string): AnyReadFrame => {
  const read = readFrameText(text)
  // what the events buffers count against their byte budget (FrameBytes)
  sized(read.frame, text.length)
  return read
}

const readFrameText = (text: string): AnyReadFrame => {
  const frame = decodeServerFrame(text)
  switch (frame.type) {
    case "malformed":
      return malformed(frame.raw, frame.reason)
    case "unknown":
      return {
        frame: { type: "unknown", eventType: frame.frameType, frame: frame.raw },
        tolerated: tolerated(text, [{
          source: frame.frameType,
          path: "",
          kind: "unknown-event-type",
          // no word on what becomes of it: delivered as an "unknown" event, or under `strict` refused (this detail
          // is the refusal's message too)
          detail: `frame type ${JSON.stringify(frame.frameType)} is not in the spec`,
        }]),
      }
    case "ready":
    case "subscriptions.updated":
    case "error":
      return { frame, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
    case "message.stream": {
      const { seq, ts, chatID, accountID } = frame
      const millis = millisOf(ts)
      const event: MessageStream = {
        type: frame.type,
        ...(seq === undefined ? {} : { seq }),
        ...(millis === undefined ? {} : { ts: millis }),
        ...(chatID === undefined ? {} : { chatID }),
        ...(accountID === undefined ? {} : { accountID }),
        // delivered whole, as sent, but no deeper than a logger can print
        frame: keptDepth(frame) as typeof frame,
      }
      return { frame: event, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
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
      return { frame: event, tolerated: tolerated(text, driftOf(frame.type, frameDrift(frame))) }
    }
    default:
      return readDomainEvent(frame, text)
  }
}

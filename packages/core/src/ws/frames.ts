// Server → client: decodes a text frame into a typed frame, an unknown (newer) frame, or a malformed one, and
// lists what a known frame carries beyond the spec (`frameDrift`). Checks are structural only (JSON object, known
// `type`, required fields and their JSON kinds, from the generated field table); full validation of payloads such
// as `entries` is the Effect layer's job.
import {
  type FieldKind,
  type FieldSpec,
  openServerFrames,
  type ServerFrame,
  serverFrameFields,
  type ServerFrameType,
  serverFrameTypes,
} from "../generated/ws/protocol.ts"
import { notJsonReason } from "../wire/scrub.ts"
import { isEpochMillis, readTimestamp } from "./timestamp.ts"

/** A frame whose `type` this version does not know (a newer Desktop may send new events). */
export interface UnknownFrame {
  readonly type: "unknown"
  /** The frame's own `type` value. */
  readonly frameType: string
  /** The parsed frame. */
  readonly raw: Readonly<Record<string, unknown>>
}

/** A frame that is not a JSON object with a string `type`, or whose known type lacks a field or has a wrong one. */
export interface MalformedServerFrame {
  readonly type: "malformed"
  /** What is wrong, e.g. `ready.version: expected integer, got string`. */
  readonly reason: string
  /** The frame as received. */
  readonly raw: string
}

/** What {@link decodeServerFrame} returns: a known server frame, an unknown one, or a malformed one. */
export type DecodedServerFrame = ServerFrame | UnknownFrame | MalformedServerFrame

const knownTypes: ReadonlySet<string> = new Set(serverFrameTypes)

/** Each known frame type's fields as `[name, spec]` pairs, listed once (every frame is checked against them). */
const fieldLists: ReadonlyMap<string, ReadonlyArray<readonly [string, FieldSpec]>> = new Map(
  serverFrameTypes.map((type) => [type, Object.entries(serverFrameFields[type] as Readonly<Record<string, FieldSpec>>)]),
)

const kindOfValue = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value

const matches = (kind: FieldKind, value: unknown): boolean => {
  switch (kind) {
    case "string":
      return typeof value === "string"
    case "integer":
      return Number.isSafeInteger(value)
    case "number":
      return typeof value === "number" && Number.isFinite(value)
    case "boolean":
      return typeof value === "boolean"
    case "null":
      return value === null
    case "array":
      return Array.isArray(value)
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value)
    case "timestamp":
      // epoch milliseconds, the usual form, without building a reading
      return typeof value === "number" ? isEpochMillis(value) : readTimestamp(value) !== undefined
    case "unknown":
      return true
  }
}

/**
 * The first field that is missing or of the wrong kind, as a reason; `undefined` when the frame fits. Runs for every
 * frame: indexed loops, nothing allocated unless the frame is malformed.
 */
const checkFields = (
  type: ServerFrameType,
  frame: Readonly<Record<string, unknown>>,
): string | undefined => {
  const fields = fieldLists.get(type)
  if (fields === undefined) return undefined
  for (let f = 0; f < fields.length; f++) {
    const name = fields[f]![0]
    const spec = fields[f]![1]
    const value = frame[name]
    if (value === undefined) {
      if (spec.required) return `${type}.${name}: missing`
      continue
    }
    if (value === null && spec.nullable === true) continue
    if (!matches(spec.kind, value)) {
      return `${type}.${name}: expected ${spec.kind}${spec.nullable === true ? " or null" : ""}, got ${kindOfValue(value)}`
    }
    if (spec.kind === "array" && spec.items !== undefined) {
      const items = value as ReadonlyArray<unknown>
      for (let index = 0; index < items.length; index++) {
        if (!matches(spec.items, items[index])) {
          return `${type}.${name}[${index}]: expected ${spec.items}, got ${kindOfValue(items[index])}`
        }
      }
    }
  }
  return undefined
}

/**
 * Decodes one text frame from the server. Never throws: non-JSON, non-object, missing `type` and known frames
 * with missing or wrongly typed fields come back as `{ type: "malformed", reason, raw }`; frames of a type this
 * version does not know come back as `{ type: "unknown", frameType, raw }` so callers can skip them.
 */
export const decodeServerFrame = (text: string): DecodedServerFrame => {
  if (typeof text !== "string") return malformed(text, `not a text frame (got ${kindOfValue(text)})`)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return malformed(text, notJsonReason(error))
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return malformed(text, `not a JSON object (got ${kindOfValue(parsed)})`)
  }
  const frame = parsed as Readonly<Record<string, unknown>>
  const type = frame["type"]
  if (typeof type !== "string") {
    return malformed(text, type === undefined ? "missing type" : `type: expected string, got ${kindOfValue(type)}`)
  }
  if (!knownTypes.has(type)) return { type: "unknown", frameType: type, raw: frame }
  const problem = checkFields(type as ServerFrameType, frame)
  if (problem !== undefined) return malformed(text, problem)
  return frame as unknown as ServerFrame
}

const malformed = (text: unknown, reason: string): MalformedServerFrame => ({ type: "malformed", reason, raw: String(text) })

/**
 * Something a known frame carries that the spec does not describe but that can still be read:
 * - `unknown-field`: a top-level field the frame's schema does not list (e.g. from a newer Desktop);
 * - `unknown-enum-value`: a value outside a field's known values (e.g. an `error.code` outside the enum);
 * - `timestamp-format`: a timestamp in a form the spec does not name (epoch milliseconds as a numeric string); the
 *   two it names, an ISO 8601 date-time (upstream 5.0.0) and epoch milliseconds (the docs), are not drift.
 */
export interface FrameDrift {
  readonly kind: "unknown-field" | "unknown-enum-value" | "timestamp-format"
  /** The field (`accountID`, `code`, `ts`). */
  readonly path: string
  /** Short and human, e.g. `ISO 8601 string "2025-02-12T00:26:40.000Z" (read as epoch milliseconds)`. */
  readonly detail: string
}

const openFrames: ReadonlySet<string> = new Set(openServerFrames)
const fieldNames: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  serverFrameTypes.map((type) => [type, new Set(["type", ...Object.keys(serverFrameFields[type])])]),
)
// a long value is not shown at all (only its length): never a prefix of something a log scrubber would recognise
const preview = (value: unknown): string =>
  typeof value === "string" && value.length > 64 ? `(a string of ${value.length} characters)` : JSON.stringify(value)
const formNames = { "iso-8601": "ISO 8601 string", "epoch-ms-string": "numeric string" } as const
const none: ReadonlyArray<FrameDrift> = Object.freeze([])

/**
 * What a frame from {@link decodeServerFrame} carries beyond the spec, in field order; `[]` for a frame that is
 * exactly as specified (the usual case). Never throws.
 */
export const frameDrift = (frame: ServerFrame): ReadonlyArray<FrameDrift> => {
  const fields = fieldLists.get(frame.type)
  const names = fieldNames.get(frame.type)
  if (fields === undefined || names === undefined) return []
  let drift: Array<FrameDrift> | undefined
  const add = (item: FrameDrift) => (drift ??= []).push(item)
  const record = frame as unknown as Readonly<Record<string, unknown>>
  for (let f = 0; f < fields.length; f++) {
    const name = fields[f]![0]
    const spec = fields[f]![1]
    const value = record[name]
    if (value === undefined) continue
    if (spec.kind === "timestamp") {
      // epoch milliseconds (the usual `ts`) is a form the spec names: nothing to read
      if (typeof value === "number") continue
      const form = readTimestamp(value)?.form
      // Both forms the spec names (upstream 5.0.0's date-time string, the docs' epoch ms) are exact; others drift.
      if (form !== undefined && form !== "epoch-ms" && form !== "iso-8601") {
        add({ kind: "timestamp-format", path: name, detail: `${formNames[form]} ${preview(value)} (read as epoch milliseconds)` })
      }
    } else if (
      spec.known !== undefined && (typeof value === "string" || typeof value === "number") && !spec.known.includes(value)
    ) {
      // an enum is read as open (a string code, the protocol's version): another value is news from a newer Desktop
      add({ kind: "unknown-enum-value", path: name, detail: `unknown value ${preview(value)} (known: ${spec.known.join(", ")})` })
    }
  }
  if (!openFrames.has(frame.type)) {
    // parsed JSON: own enumerable keys only, and no array of them to allocate per frame
    for (const name in record) {
      if (!names.has(name)) add({ kind: "unknown-field", path: name, detail: `field ${JSON.stringify(name)} is not in the spec` })
    }
  }
  return drift ?? none
}

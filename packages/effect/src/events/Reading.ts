/**
 * What the session does with what a frame carried beyond the spec. By default every tolerance is reported to the
 * layer's drift log (a Warning once per source, field and kind; a metric count every time) and the frame is read
 * past — incomplete entries completed over HTTP (`Hydration`). With `strict: true` a tolerance is an error, as for
 * HTTP responses: an event carrying any is refused — a `frame.malformed` signal naming each takes its place (never
 * silence) — and, being an error, it is not reported as drift. Control frames (`ready`, `subscriptions.updated`,
 * `error`) still do their job under `strict` — the connection must go on — with the `frame.malformed` signal first.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import type { Drift, DriftLog } from "../internal/drift.ts"
import { type Scrub, scrubDeep, scrubDrift } from "../internal/scrub.ts"
import { MalformedFrame } from "./EventsError.ts"
import type { EventFrame, Tolerated, UpsertedFrame } from "./Frames.ts"
import type { Hydrate } from "./Hydration.ts"
import { carry } from "./FrameBytes.ts"
import type { FrameMalformed, LiveEvent, UnknownEvent } from "./LiveEvent.ts"

/** Reads past (or, under `strict`, refuses) what frames carry beyond the spec. */
export interface Reader {
  /** The element an event frame delivers: its event, entries completed — or, under `strict`, the refusal. */
  readonly event: (read: EventFrame) => Effect.Effect<LiveEvent>
  /** Reports a control frame's tolerances; under `strict`, the `frame.malformed` signal to deliver besides. */
  readonly control: (tolerated: Tolerated) => Effect.Effect<FrameMalformed | undefined>
  /** The `frame.malformed` signal of a frame that breaks the protocol, the token scrubbed from its text. */
  readonly malformed: (error: MalformedFrame) => FrameMalformed
}

/**
 * A frame's text for a `frame.malformed` signal: the token scrubbed out of the whole text first, then cut to its
 * first 1,000 characters (cut first, a token straddling the cut would leave its prefix).
 */
const frameText = (text: string, scrub: Scrub): string => scrub(text).slice(0, 1000)

/**
 * A reader over the layer's drift log and a hydrator. `scrub` takes the token out of the server's text (field
 * names, values, the frame) before it is reported or signalled, and out of unknown events. The events of the spec
 * (their entries, chat IDs, text) are the user's data, delivered as the server sent them, like an HTTP success body.
 */
export const make = (options: { readonly drift: DriftLog; readonly hydrate: Hydrate; readonly scrub: Scrub }): Reader => {
  const { drift, hydrate, scrub } = options
  /** A drift scrubbed: its path and detail, and the source of an unknown event (its frame type, the server's text). */
  const scrubbed = (d: Drift): Drift => {
    const done = scrubDrift(d, scrub)
    return d.kind === "unknown-event-type" ? { ...done, source: scrub(d.source) } : done
  }
  const reportAll = (tolerated: Tolerated) => drift.reportAll(tolerated.drift.map(scrubbed))
  /** The `frame.malformed` signal that refuses a frame under `strict`. */
  const refusal = (tolerated: Tolerated): FrameMalformed => ({
    type: "frame.malformed",
    error: new MalformedFrame({
      frame: frameText(tolerated.text, scrub),
      message: scrub(`refused (strict): ${
        tolerated.drift.map((d) => `${d.path === "" ? d.source : `${d.source} ${d.path}`}: ${d.kind} — ${d.detail}`).join("; ")
      }`),
    }),
  })
  const event: Reader["event"] = (read) => {
    if (read.tolerated !== undefined && drift.strict) return Effect.succeed(refusal(read.tolerated))
    const report = read.tolerated === undefined ? Effect.void : reportAll(read.tolerated)
    if (read.frame.type === "unknown") return Effect.as(report, carry(read.frame, scrubUnknown(read.frame)))
    if (read.incomplete === undefined) return Effect.as(report, read.frame)
    return Effect.andThen(
      report,
      Effect.map(hydrate({ event: read.frame, incomplete: read.incomplete } as UpsertedFrame), (event) => carry(read.frame, event)),
    )
  }
  /**
   * An event of a type the spec does not name, scrubbed (its type and every string and key of its frame): no
   * schema vouches for what it carries, so it is treated as server text, not as domain data.
   */
  const scrubUnknown = (unknown: UnknownEvent): UnknownEvent => ({
    type: "unknown",
    eventType: scrub(unknown.eventType),
    frame: scrubDeep(unknown.frame, scrub),
  })
  const control: Reader["control"] = (tolerated) =>
    drift.strict ? Effect.succeed(refusal(tolerated)) : Effect.as(reportAll(tolerated), undefined)
  const malformed: Reader["malformed"] = (error) => ({
    type: "frame.malformed",
    error: new MalformedFrame({ frame: frameText(error.frame, scrub), message: scrub(error.message) }),
  })
  return { event, control, malformed }
}

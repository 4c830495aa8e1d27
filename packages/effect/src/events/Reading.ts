/**
 * What the session does with what a frame carried beyond the spec: every tolerance is reported to the layer's
 * drift log (a Warning once per source, field and kind; a metric count every time). By default the frame is then
 * read past — incomplete entries completed over HTTP (`Hydration`); with `strict: true` an event carrying any
 * tolerance is refused instead: a `frame.malformed` signal takes its place (never silence). Control frames
 * (`ready`, `subscriptions.updated`, `error`) still do their job under `strict` — the connection must go on — and
 * the `frame.malformed` signal is delivered besides.
 *
 * @module
 */
import { Effect } from "effect"
import type { DriftLog } from "../internal/drift.ts"
import { MalformedFrame } from "./EventsError.ts"
import type { IncomingFrame, Tolerated, UpsertedFrame } from "./Frames.ts"
import type { Hydrate } from "./Hydration.ts"
import type { FrameMalformed, LiveEvent } from "./LiveEvent.ts"

/** A frame that carries an event. */
export type EventFrame = Extract<IncomingFrame, { readonly kind: "event" }>

/** Reads past (or, under `strict`, refuses) what frames carry beyond the spec. */
export interface Reader {
  /** The element an event frame delivers: its event, entries completed — or, under `strict`, the refusal. */
  readonly event: (frame: EventFrame) => Effect.Effect<LiveEvent>
  /** Reports a control frame's tolerances; under `strict`, the `frame.malformed` signal to deliver besides. */
  readonly control: (tolerated: Tolerated) => Effect.Effect<FrameMalformed | undefined>
}

/** The `frame.malformed` signal that refuses a frame under `strict`. */
const refusal = (tolerated: Tolerated): FrameMalformed => ({
  type: "frame.malformed",
  error: new MalformedFrame({
    frame: tolerated.text,
    message: `refused (strict): ${
      tolerated.drift.map((d) => `${d.path === "" ? d.source : `${d.source} ${d.path}`}: ${d.kind} — ${d.detail}`).join("; ")
    }`,
  }),
})

/** A reader over the layer's drift log and a hydrator. */
export const make = (options: { readonly drift: DriftLog; readonly hydrate: Hydrate }): Reader => {
  const { drift, hydrate } = options
  const event: Reader["event"] = (frame) => {
    const report = frame.tolerated === undefined ? Effect.void : drift.reportAll(frame.tolerated.drift)
    if (drift.strict && frame.tolerated !== undefined) return Effect.as(report, refusal(frame.tolerated))
    if (frame.incomplete === undefined) return Effect.as(report, frame.event)
    return Effect.andThen(report, hydrate({ event: frame.event, incomplete: frame.incomplete } as UpsertedFrame))
  }
  const control: Reader["control"] = (tolerated) =>
    Effect.as(drift.reportAll(tolerated.drift), drift.strict ? refusal(tolerated) : undefined)
  return { event, control }
}

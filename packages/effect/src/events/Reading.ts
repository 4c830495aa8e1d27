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
import type { DriftLog } from "../internal/drift.ts"
import { type Scrub, scrubDrift } from "../internal/scrub.ts"
import { MalformedFrame } from "./EventsError.ts"
import type { EventFrame, Tolerated, UpsertedFrame } from "./Frames.ts"
import type { Hydrate } from "./Hydration.ts"
import type { FrameMalformed, LiveEvent } from "./LiveEvent.ts"

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
 * A reader over the layer's drift log and a hydrator. `scrub` takes the token out of the server's text (field
 * names, values, the frame) before it is reported or signalled.
 */
export const make = (options: { readonly drift: DriftLog; readonly hydrate: Hydrate; readonly scrub: Scrub }): Reader => {
  const { drift, hydrate, scrub } = options
  const reportAll = (tolerated: Tolerated) => drift.reportAll(tolerated.drift.map((d) => scrubDrift(d, scrub)))
  /** The `frame.malformed` signal that refuses a frame under `strict`. */
  const refusal = (tolerated: Tolerated): FrameMalformed => ({
    type: "frame.malformed",
    error: new MalformedFrame({
      frame: scrub(tolerated.text),
      message: scrub(`refused (strict): ${
        tolerated.drift.map((d) => `${d.path === "" ? d.source : `${d.source} ${d.path}`}: ${d.kind} — ${d.detail}`).join("; ")
      }`),
    }),
  })
  const event: Reader["event"] = (read) => {
    if (read.tolerated !== undefined && drift.strict) return Effect.succeed(refusal(read.tolerated))
    const report = read.tolerated === undefined ? Effect.void : reportAll(read.tolerated)
    if (read.incomplete === undefined) return Effect.as(report, read.frame)
    return Effect.andThen(report, hydrate({ event: read.frame, incomplete: read.incomplete } as UpsertedFrame))
  }
  const control: Reader["control"] = (tolerated) =>
    drift.strict ? Effect.succeed(refusal(tolerated)) : Effect.as(reportAll(tolerated), undefined)
  const malformed: Reader["malformed"] = (error) => ({
    type: "frame.malformed",
    error: new MalformedFrame({ frame: scrub(error.frame), message: scrub(error.message) }),
  })
  return { event, control, malformed }
}

// Drift: what a Desktop sent that this SDK's spec does not describe but can still read (a new enum value, a new
// field, a new event type, ...). Every tolerance is reported through one `DriftLog` per layer instance: a Warning
// through Effect's logger once per (source, field path with array indices as `[]` and map keys as `*`, kind), and a metric count
// every time. Both are bounded against a server that varies what it sends: at most `maxLoggedDrifts` Warnings (then
// one saying so) and `maxMetricSources` distinct `source` attributes per log (then `"other"`).
//
// For the live events side (BeeperEvents): build one log per layer instance, next to the rest of the layer state,
//
//   const drift = makeDriftLog({ strict: options.strict === true })
//   ...
//   yield* drift.report({ source: "message.upserted", path: "entries[0].type", kind: "unknown-enum-value",
//     detail: unknownEnumDetail(raw, known) })     // or drift.reportAll(result.drift) after decodeTolerant (tolerant.ts)
//
// and read `drift.strict` to turn a tolerance into an error. `strict` comes from the layer option `strict`
// (`ReadingOptions` in BeeperConfig.ts) or, in `layerConfig`, from `BeeperConfig.strictOf(options)` (`BEEPER_STRICT`
// unless the option is given). Paths and details hold the server's text: scrub the token out of them before
// reporting, as the HTTP side does (response.ts).
import * as Effect from "effect/Effect"
import * as Metric from "effect/Metric"

/** What kind of compatible difference from the spec a Desktop sent. */
export type DriftKind =
  | "unknown-enum-value"
  | "unknown-field"
  | "timestamp-format"
  | "unknown-event-type"
  | "partial-entry"
  | "entry-hydrated"
  | "entry-unhydrated"
  | "missing-optional"

/** One compatible difference between what a Desktop sent and the spec. Never carries the token. */
export interface Drift {
  /** The operationId (`chats.list`) or the event type (`message.upserted`) it was read in. */
  readonly source: string
  /** The field path (`items[3].type`), `""` for the root. */
  readonly path: string
  /**
   * {@link Drift.path} with each key of a map as `*` (`chats["*"].type` for `chats["!a:beeper.com"].type`), when it has
   * any: what the drift is logged once per, so a map keyed by IDs logs a new field once, not once per ID.
   */
  readonly pattern?: string | undefined
  readonly kind: DriftKind
  /** Short and human: `unknown enum value "afterReadByRecipient" (known: afterRead, afterSend)`. */
  readonly detail: string
}

/** Reports drift for one layer instance. */
export interface DriftLog {
  /** Whether tolerances are errors (the `strict` option): the reader refuses what it would otherwise tolerate. */
  readonly strict: boolean
  /** Counts the drift in {@link driftTotal}; logs it at Warning the first time its {@link driftKey} is seen. */
  readonly report: (drift: Drift) => Effect.Effect<void>
  /** {@link DriftLog.report} for each, in order. */
  readonly reportAll: (drifts: ReadonlyArray<Drift>) => Effect.Effect<void>
  /** How many distinct {@link driftKey}s the log remembers (at most {@link maxLoggedDrifts}). */
  readonly remembered: () => number
}

/**
 * Distinct drifts (their {@link driftKey}) a log reports one Warning for: the keys hold what the server chose (a frame
 * type, a field name), so a server varying them — a new event type per frame — would otherwise make a Warning per
 * frame and grow the log's memory without bound. Past it, one Warning ({@link driftLimitMessage}) says so, and new
 * drift is counted under the source {@link otherSource}, not logged.
 */
export const maxLoggedDrifts = 1_000

/**
 * Distinct `source` attributes a log counts under (an operationId or an event type, which a server may vary): past
 * it, {@link otherSource}. Every source this SDK knows fits well within it.
 */
export const maxMetricSources = 100

/** The `source` attribute of drift counted past {@link maxLoggedDrifts} or {@link maxMetricSources}. */
export const otherSource = "other"

/** The Warning logged once a log reached {@link maxLoggedDrifts}. */
export const driftLimitMessage =
  `Beeper Desktop sent more than ${maxLoggedDrifts} distinct kinds of data this SDK version does not know; ` +
  `further drift is not logged, only counted (source "${otherSource}")`

/**
 * The counter of every drift reported, with the attributes `source` (bounded: see {@link maxMetricSources}) and
 * `kind`.
 */
export const driftTotal = Metric.counter("beeper_kit_drift_total", {
  description: "Responses and events from Beeper Desktop that differ compatibly from the spec (read tolerantly)",
  incremental: true,
})

/**
 * The longest `source`, `path` and `detail` a drift is logged with, in UTF-16 code units: they hold what the server
 * chose (an event type, a field name), so a hostile or broken server could otherwise put any length of text into
 * every Warning. A longer one is cut, saying how long it was ({@link shortened}); a longer `source` is counted under
 * {@link otherSource}, so no metric attribute is longer either.
 */
export const maxDriftTextLength = { source: 64, path: 128, detail: 256 } as const

/** `text` within `max` code units: as it is, or its start and `… (N characters)`, never half a surrogate pair. */
export const shortened = (text: string, max: number): string => {
  if (text.length <= max) return text
  const suffix = `… (${text.length} characters)`
  let cut = Math.max(0, max - suffix.length)
  if (cut > 0 && text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut--
  return text.slice(0, cut) + suffix
}

/** The log message of a drift (the fields are also log annotations, `beeper.drift.*`). */
export const driftMessage = "Beeper Desktop sent data this SDK version does not know; read tolerantly"

/** `drift` with its server-chosen texts within {@link maxDriftTextLength} (the same object when they are). */
const withinLimits = (drift: Drift): Drift =>
  drift.source.length <= maxDriftTextLength.source && drift.path.length <= maxDriftTextLength.path &&
    (drift.pattern === undefined || drift.pattern.length <= maxDriftTextLength.path) &&
    drift.detail.length <= maxDriftTextLength.detail
    ? drift
    : {
      source: drift.source.length > maxDriftTextLength.source ? shortened(drift.source, maxDriftTextLength.source) : drift.source,
      path: shortened(drift.path, maxDriftTextLength.path),
      ...(drift.pattern === undefined ? {} : { pattern: shortened(drift.pattern, maxDriftTextLength.path) }),
      kind: drift.kind,
      detail: shortened(drift.detail, maxDriftTextLength.detail),
    }

/** What a drift is logged once per: source, path with array indices normalised to `[]` and map keys to `*`, kind. */
export const driftKey = (drift: Drift): string =>
  `${drift.source}\u0000${(drift.pattern ?? drift.path).replace(/\[\d+\]/g, "[]")}\u0000${drift.kind}`

/** A fresh log (nothing seen yet). Make one per layer instance. */
export const makeDriftLog = (options: { readonly strict: boolean }): DriftLog => {
  const seen = new Set<string>()
  const sources = new Set<string>()
  /** The `source` attribute of `source`: itself while the log counts under fewer than `maxMetricSources`. */
  const metricSource = (source: string): string => {
    if (sources.has(source)) return source
    if (source.length > maxDriftTextLength.source) return otherSource
    if (sources.size >= maxMetricSources) return otherSource
    sources.add(source)
    return source
  }
  // `Metric.withAttributes(driftTotal, …)` counts the same series (the context's attributes, then these), but brings
  // `Metric`'s transform class along: ~0.2 KB gzip of an edge bundle (tooling/bench/README.md).
  const count = (source: string, kind: DriftKind) =>
    Effect.updateService(
      Metric.update(driftTotal, 1),
      Metric.CurrentMetricAttributes,
      (attributes) => ({ ...attributes, source, kind }),
    )
  let limitLogged = false
  const report = (reported: Drift): Effect.Effect<void> =>
    Effect.suspend(() => {
      const drift = withinLimits(reported)
      const key = driftKey(drift)
      if (seen.has(key)) return count(metricSource(reported.source), drift.kind)
      if (seen.size >= maxLoggedDrifts) {
        const counted = count(otherSource, drift.kind)
        if (limitLogged) return counted
        limitLogged = true
        return Effect.andThen(
          counted,
          Effect.logWarning(driftLimitMessage).pipe(Effect.annotateLogs({ "beeper.drift.limit": maxLoggedDrifts })),
        )
      }
      seen.add(key)
      return Effect.andThen(
        count(metricSource(reported.source), drift.kind),
        Effect.logWarning(driftMessage).pipe(Effect.annotateLogs({
          "beeper.drift.source": drift.source,
          "beeper.drift.path": drift.path,
          "beeper.drift.kind": drift.kind,
          "beeper.drift.detail": drift.detail,
        })),
      )
    })
  const reportAll = (drifts: ReadonlyArray<Drift>): Effect.Effect<void> =>
    drifts.length === 0 ? Effect.void : Effect.forEach(drifts, report, { discard: true })
  return { strict: options.strict, report, reportAll, remembered: () => seen.size }
}

/**
 * The detail of an unknown enum value: `unknown enum value "x" (known: a, b)`, kept short. A string longer than 64
 * characters is not shown at all (only its length): never a prefix of something a scrubber would have recognised.
 */
export const unknownEnumDetail = (value: string | number, known: ReadonlyArray<unknown>): string => {
  const shown = shownValue(value)
  const names = known.slice(0, 8).map((literal) => literal === "" ? '""' : String(literal))
  const list = known.length > 8 ? `${names.join(", ")}, …` : names.join(", ")
  return `unknown enum value ${shown} (known: ${list})`
}

/**
 * The detail of a response's `format: date-time` string that is none (`"yesterday"`, epoch ms as a string,
 * `"2026-12-06 06:00:08"`): `not an ISO 8601 date-time: "yesterday"`, the value shown as {@link unknownEnumDetail}
 * shows one.
 */
export const timestampDetail = (value: string): string => `not an ISO 8601 date-time: ${shownValue(value)}`

/** A server's value in a detail: as JSON, or only its length when a string is longer than 64 characters. */
const shownValue = (value: string | number): string =>
  typeof value === "string" && value.length > 64 ? `(a string of ${value.length} characters)` : JSON.stringify(value)

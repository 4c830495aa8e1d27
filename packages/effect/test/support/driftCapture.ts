// Test support: capture the drift log lines (Warning, with their `beeper.drift.*` annotations) and read the drift
// metric, for tests of tolerant reading (HTTP responses and live events alike).
import { Effect, Layer, Logger, Metric, References } from "effect"
import { driftMessage, driftTotal } from "../../src/internal/drift.ts"

/** One drift log line: its level and annotations. */
export interface DriftLine {
  readonly level: string
  readonly source: unknown
  readonly path: unknown
  readonly kind: unknown
  readonly detail: unknown
}

/**
 * A logger layer collecting the drift lines into `lines` (every other line is ignored) and a fresh metric registry,
 * so each test counts from zero.
 */
export const captureDrift = (): { readonly lines: Array<DriftLine>; readonly layer: Layer.Layer<never> } => {
  const lines: Array<DriftLine> = []
  const logger = Logger.make((options) => {
    const message = Array.isArray(options.message) ? options.message[0] : options.message
    if (message !== driftMessage) return
    const annotations = options.fiber.getRef(References.CurrentLogAnnotations)
    lines.push({
      level: options.logLevel,
      source: annotations["beeper.drift.source"],
      path: annotations["beeper.drift.path"],
      kind: annotations["beeper.drift.kind"],
      detail: annotations["beeper.drift.detail"],
    })
  })
  const layer = Layer.mergeAll(
    Logger.layer([logger]),
    Layer.succeed(Metric.MetricRegistry, new Map()),
  )
  return { lines, layer }
}

/** The drift counter's value for a source and kind. */
export const driftCount = (source: string, kind: string): Effect.Effect<number> =>
  Metric.value(Metric.withAttributes(driftTotal, { source, kind })).pipe(Effect.map((state) => Number(state.count)))

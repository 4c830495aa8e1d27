// Test support: a tracer that records every span it starts (Effect's native spans), for tests that read what a call
// or a connection left in its spans.
import { Tracer } from "effect"

/** A tracer, and the spans it started, in order. */
export const recordingTracer = (): { readonly tracer: Tracer.Tracer; readonly spans: Array<Tracer.Span> } => {
  const spans: Array<Tracer.Span> = []
  const tracer = Tracer.make({
    span(options) {
      const span = Tracer.nativeTracer.span(options)
      spans.push(span)
      return span
    },
  })
  return { tracer, spans }
}

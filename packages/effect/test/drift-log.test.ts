// The drift log: a Warning once per (source, path with indices as [], kind) per log, the metric every time.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Logger, Metric } from "effect"
import {
  type Drift,
  driftKey,
  driftLimitMessage,
  driftTotal,
  makeDriftLog,
  maxDriftTextLength,
  maxLoggedDrifts,
  maxMetricSources,
  otherSource,
  unknownEnumDetail,
} from "../src/internal/drift.ts"
import { captureDrift, driftCount } from "./support/driftCapture.ts"

const drift = (path: string, kind: Drift["kind"] = "unknown-enum-value"): Drift => ({
  source: "chats.list",
  path,
  kind,
  detail: unknownEnumDetail("afterReadByRecipient", ["afterRead", "afterSend"]),
})

describe("DriftLog", () => {
  it.effect("logs once per (source, normalised path, kind) and counts every report", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const log = makeDriftLog({ strict: false })
      yield* log.reportAll([drift("items[0].type"), drift("items[7].type"), drift("items[0].type", "unknown-field")])
      yield* log.report(drift("items[12].type"))
      assert.deepStrictEqual(capture.lines, [
        {
          level: "Warn",
          source: "chats.list",
          path: "items[0].type",
          kind: "unknown-enum-value",
          detail: 'unknown enum value "afterReadByRecipient" (known: afterRead, afterSend)',
        },
        {
          level: "Warn",
          source: "chats.list",
          path: "items[0].type",
          kind: "unknown-field",
          detail: 'unknown enum value "afterReadByRecipient" (known: afterRead, afterSend)',
        },
      ])
      assert.strictEqual(yield* driftCount("chats.list", "unknown-enum-value"), 3)
      assert.strictEqual(yield* driftCount("chats.list", "unknown-field"), 1)
      assert.isFalse(log.strict)
    }).pipe(Effect.provide(capture.layer))
  })

  it.effect("each log instance has its own once-set", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      yield* makeDriftLog({ strict: true }).report(drift("items[0].type"))
      yield* makeDriftLog({ strict: true }).report(drift("items[0].type"))
      assert.strictEqual(capture.lines.length, 2)
      assert.strictEqual(yield* driftCount("chats.list", "unknown-enum-value"), 2)
    }).pipe(Effect.provide(capture.layer))
  })

  it.effect("counts under the attributes the program set (Metric.CurrentMetricAttributes) as well as source and kind", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      yield* makeDriftLog({ strict: false }).report(drift("items[0].type")).pipe(
        Effect.provideService(Metric.CurrentMetricAttributes, { service: "bot", kind: "overridden" }),
      )
      const series = Metric.withAttributes(driftTotal, { service: "bot", source: "chats.list", kind: "unknown-enum-value" })
      assert.strictEqual(Number((yield* Metric.value(series)).count), 1)
      assert.strictEqual(yield* driftCount("chats.list", "unknown-enum-value"), 0)
    }).pipe(Effect.provide(capture.layer))
  })

  it.effect("a server varying what it sends (a new event type per frame) gets bounded Warnings, memory and metric series", () => {
    const capture = captureDrift()
    const limitLines: Array<unknown> = []
    const limitLogger = Logger.make((options) => {
      const message = Array.isArray(options.message) ? options.message[0] : options.message
      if (message === driftLimitMessage) limitLines.push(options.logLevel)
    })
    return Effect.gen(function*() {
      const log = makeDriftLog({ strict: false })
      const frames = 5_000
      for (let i = 1; i <= frames; i++) {
        yield* log.report({ source: `x.${i}`, path: "", kind: "unknown-event-type", detail: `frame type "x.${i}"` })
      }
      // then a field name per frame on a known event type
      for (let i = 1; i <= frames; i++) {
        yield* log.report({ source: "message.deleted", path: `f${i}`, kind: "unknown-field", detail: "" })
      }
      assert.strictEqual(capture.lines.length, maxLoggedDrifts)
      assert.deepStrictEqual(limitLines, ["Warn"], "one Warning says that further drift is not logged")
      assert.strictEqual(log.remembered(), maxLoggedDrifts)
      // every report counted; the series by server-chosen source stop at maxMetricSources
      assert.strictEqual(yield* driftCount("x.1", "unknown-event-type"), 1)
      assert.strictEqual(yield* driftCount(`x.${maxMetricSources}`, "unknown-event-type"), 1)
      assert.strictEqual(yield* driftCount(`x.${maxMetricSources + 1}`, "unknown-event-type"), 0)
      assert.strictEqual(yield* driftCount(otherSource, "unknown-event-type"), frames - maxMetricSources)
      assert.strictEqual(yield* driftCount(otherSource, "unknown-field"), frames)
      // a drift seen before the limit is still counted under its own source
      yield* log.report({ source: "x.1", path: "", kind: "unknown-event-type", detail: "" })
      assert.strictEqual(yield* driftCount("x.1", "unknown-event-type"), 2)
    }).pipe(Effect.provide(Logger.layer([limitLogger], { mergeWithExisting: true })), Effect.provide(capture.layer))
  })

  it.effect("a server's overlong event type or field name is logged cut short, and counted under \"other\"", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const log = makeDriftLog({ strict: false })
      const type = "t".repeat(5_000)
      const field = "\u{1F600}".repeat(2_500)
      yield* log.report({ source: type, path: "", kind: "unknown-event-type", detail: `frame type ${JSON.stringify(type)} is not in the spec` })
      yield* log.report({ source: "message.deleted", path: field, kind: "unknown-field", detail: `field ${JSON.stringify(field)} is not in the spec` })
      const [typeLine, fieldLine] = capture.lines
      assert.isAtMost(String(typeLine!.source).length, maxDriftTextLength.source)
      assert.match(String(typeLine!.source), /^t+… \(5000 characters\)$/)
      assert.isAtMost(String(typeLine!.detail).length, maxDriftTextLength.detail)
      assert.match(String(typeLine!.detail), /^frame type "t+… \(5032 characters\)$/)
      assert.isAtMost(String(fieldLine!.path).length, maxDriftTextLength.path)
      assert.isAtMost(String(fieldLine!.detail).length, maxDriftTextLength.detail)
      // cut between two characters, never inside one (a lone surrogate is not valid Unicode text)
      assert.notMatch(String(fieldLine!.path), /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
      assert.strictEqual(yield* driftCount(otherSource, "unknown-event-type"), 1)
      assert.strictEqual(yield* driftCount("message.deleted", "unknown-field"), 1)
      // the same drift again is the same Warning (the once-key is taken on what is logged)
      yield* log.report({ source: type, path: "", kind: "unknown-event-type", detail: `frame type ${JSON.stringify(type)} is not in the spec` })
      assert.strictEqual(capture.lines.length, 2)
    }).pipe(Effect.provide(capture.layer))
  })

  it("normalises array indices in the once-key only", () => {
    assert.strictEqual(driftKey(drift("items[3].participants.items[10].id")), driftKey(drift("items[].participants.items[0].id")))
    assert.notStrictEqual(driftKey(drift("items[3].a")), driftKey(drift("items[3].b")))
  })

  it("keeps the detail short, and never shows part of a long value", () => {
    const detail = unknownEnumDetail("x".repeat(500), Array.from({ length: 20 }, (_, i) => `v${i}`))
    assert.strictEqual(detail, "unknown enum value (a string of 500 characters) (known: v0, v1, v2, v3, v4, v5, v6, v7, …)")
    assert.strictEqual(unknownEnumDetail(3, [-2, 2]), "unknown enum value 3 (known: -2, 2)")
    assert.strictEqual(unknownEnumDetail("x", ["", "a"]), 'unknown enum value "x" (known: "", a)')
  })
})

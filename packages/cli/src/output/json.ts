/**
 * `--json`, which every command takes: instead of tables and lines for a person, the data as the SDK returned it,
 * as JSON on stdout — one value on one line (`tail --json`: one per event) — and no notes on stderr, so that
 * `beeper-kit chats --json | jq` reads exactly the answer. Failures stay `beeper-kit: …` lines on stderr, with the
 * same exit codes.
 *
 * @module
 */
import type { Effect } from "effect"
import { Flag } from "effect/cli"
import { printLine } from "./print.ts"

/** The `--json` flag. */
export const jsonFlag = Flag.Boolean("json").pipe(
  Flag.withDescription("Print JSON instead of a table (one value on one line), for scripts and jq"),
  Flag.withDefault(false),
)

/** Prints `value` as one line of JSON on stdout (with backpressure, like every result line). */
export const printJson = (value: unknown): Effect.Effect<void> => printLine(JSON.stringify(value))

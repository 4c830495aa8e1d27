/**
 * Effect's `KeyValueStore` module (`effect/persistence/KeyValueStore`), loaded the first time a checkpoint store is
 * built rather than when `@beeper-kit/effect` is imported. The module brings eight more of Effect's (its SQL-backed
 * store among them: `sql/SqlClient`, `Statement`, `Reactivity`, ...), ~7–9 ms of a cold start on Node, Deno and Bun
 * (tooling/bench/README.md, "Cold start"), which a program that never delivers incoming messages should not pay.
 * Types come from the module itself (`import type`); only values go through {@link keyValueStore}.
 *
 * @internal
 */
import * as Effect from "effect/Effect"

/** The module, imported once (the runtime caches it) when the effect first runs. */
export const keyValueStore: Effect.Effect<typeof import("effect/persistence/KeyValueStore")> = Effect.promise(() =>
  import("effect/persistence/KeyValueStore")
)

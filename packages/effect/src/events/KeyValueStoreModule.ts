/**
 * What the checkpoint code uses of Effect's `KeyValueStore` module (`effect/persistence/KeyValueStore`), as an
 * Effect, so it can be imported the first time a checkpoint store is built rather than when `@beeper-kit/effect` is.
 * This file is the per-module build's (what bundlers take): a static import, so a bundle keeps only what it uses. The
 * runtime build (`scripts/runtime-bundle.ts`, what Node, Deno and Bun load) takes `KeyValueStoreModule.runtime.ts`
 * instead, which imports the module on first use: it brings eight more of Effect's (`sql/SqlClient`, `Statement`,
 * `Reactivity`, ...), ~7–9 ms of CPU at start on each runtime (tooling/bench/README.md, "Cold start"). A dynamic
 * `import()` is kept out of the bundlers' build because it made every edge bundle larger, checkpoints used or not.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as KeyValueStore from "effect/persistence/KeyValueStore"

/** The parts of `effect/persistence/KeyValueStore` the checkpoint code uses. */
export type KeyValueStoreModule = Pick<
  typeof KeyValueStore,
  "KeyValueStore" | "KeyValueStoreError" | "layerMemory" | "makeStringOnly"
>

/** The module's parts, ready at once. */
export const keyValueStore: Effect.Effect<KeyValueStoreModule> = /*#__PURE__*/ Effect.succeed({
  KeyValueStore: KeyValueStore.KeyValueStore,
  KeyValueStoreError: KeyValueStore.KeyValueStoreError,
  layerMemory: KeyValueStore.layerMemory,
  makeStringOnly: KeyValueStore.makeStringOnly,
})

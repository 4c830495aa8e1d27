/**
 * `KeyValueStoreModule.ts` in the runtime build (`scripts/runtime-bundle.ts` takes a `.runtime.ts` sibling in place
 * of its module): `effect/persistence/KeyValueStore` imported the first time a checkpoint store is built.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type { KeyValueStoreModule } from "./KeyValueStoreModule.ts"

/** The module, imported when the effect first runs (the runtime caches it). */
export const keyValueStore: Effect.Effect<KeyValueStoreModule> = /*#__PURE__*/ Effect.promise(
  () => import("effect/persistence/KeyValueStore"),
)

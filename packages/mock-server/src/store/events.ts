/** A tiny synchronous event bus: the store announces changes, the WebSocket and tests listen. */
import type { StoreEvent } from "./model.ts"

/** Listens to store changes. */
export type StoreListener = (event: StoreEvent) => void

/** Delivers store events to listeners in registration order. */
export class EventBus {
  readonly #listeners = new Set<StoreListener>()

  /** Adds a listener; returns a function that removes it. */
  on(listener: StoreListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Delivers an event to every listener. */
  emit(event: StoreEvent): void {
    for (const listener of [...this.#listeners]) listener(event)
  }
}

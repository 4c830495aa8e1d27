/** A tiny synchronous event bus: the store announces changes, the WebSocket and tests listen. */
import type { StoreEvent } from "./model.ts"

/** Listens to store changes. */
export type StoreListener = (event: StoreEvent) => void

/** Delivers store events to listeners in registration order, until closed. */
export class EventBus {
  readonly #listeners = new Set<StoreListener>()
  #closed = false

  /** Adds a listener; returns a function that removes it. A closed bus adds none. */
  on(listener: StoreListener): () => void {
    if (this.#closed) return () => false
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /**
   * Delivers an event to every listener (none once closed). A listener that throws — a test's failed assertion in
   * `onChange` — stops neither the other listeners nor the change that emitted the event (a write would answer 500
   * though it happened, a send stay pending for ever): its error is thrown again on its own, as from a timer, where
   * the test runner reports it.
   */
  emit(event: StoreEvent): void {
    if (this.#closed) return
    for (const listener of [...this.#listeners]) {
      try {
        listener(event)
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  /** Drops every listener and announces nothing more (on server close). */
  close(): void {
    this.#closed = true
    this.#listeners.clear()
  }
}

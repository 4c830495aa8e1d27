/**
 * Identifier allocation shared by the fixtures and the live store, so runtime IDs continue the seeded
 * sequences: numeric message IDs (like the reference's `1343993`), 12-digit sortable sort keys, Matrix
 * event IDs, pending message IDs and upload IDs.
 */
import { makeRandom, type Random } from "../support/random.ts"

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

/** Allocates identifiers; deterministic for a seed and call order. */
export class Ids {
  readonly rng: Random
  #message = 1_300_000
  #sort = 1
  #pending = 1
  #local = 90_001

  constructor(seed: string | number) {
    this.rng = makeRandom(`${seed}:ids`)
  }

  /** A new numeric message ID. */
  messageID(): string {
    return String(this.#message++)
  }
  /** A new sort key, greater than every previous one (lexicographically and numerically). */
  sortKey(): string {
    return String(this.#sort++).padStart(12, "0")
  }
  /** A new Matrix event ID. */
  eventID(): string {
    return `$${this.rng.token(43, BASE64URL)}`
  }
  /** A new pendingMessageID (Matrix transaction-ID style). */
  pendingID(nowMs: number): string {
    return `m${nowMs}.${this.#pending++}`
  }
  /** A new local chat ID (numeric, per installation). */
  localChatID(): string {
    const id = this.#local
    this.#local += this.rng.int(1, 40)
    return String(id)
  }
  /** A random token of letters and digits. */
  token(length: number): string {
    return this.rng.token(length)
  }
}

/**
 * Deferred work of the outside world — a pending send being confirmed by the network, a QR code being
 * scanned, another device answering a verification. Each kind runs after a configurable delay, or waits
 * in a queue until a test releases it (`"manual"`).
 */

/** A delay in ms, a [min, max] range in ms, or `"manual"` (run only when released). */
export type Delay = number | readonly [number, number] | "manual"

/** The longest delay a timer can hold (2^31 − 1 ms, ~24.8 days): Node fires a longer one at once. */
export const maxDelayMs = 2 ** 31 - 1

const isDelayMs = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= maxDelayMs

/**
 * Why `value` cannot be a {@link Delay}, or `undefined` when it can: a number of ms from 0 to {@link maxDelayMs}, a
 * `[min, max]` pair of them with min ≤ max, or exactly `"manual"` (a misspelt `"Manual"` would otherwise confirm at
 * once).
 */
export const delayProblem = (value: unknown): string | undefined => {
  if (value === "manual" || isDelayMs(value)) return undefined
  if (Array.isArray(value) && value.length === 2 && isDelayMs(value[0]) && isDelayMs(value[1]) && value[0] <= value[1]) {
    return undefined
  }
  return `must be a number of ms from 0 to ${maxDelayMs}, a [min, max] pair of them, or "manual" (got ${shown(value)})`
}

/**
 * Why `value` cannot be the interval of random incoming messages, or `undefined` when it can: a number of ms from 10
 * to {@link maxDelayMs} (a shorter one floods the store).
 */
export const trafficProblem = (value: unknown): string | undefined =>
  typeof value === "number" && Number.isFinite(value) && value >= 10 && value <= maxDelayMs
    ? undefined
    : `must be a number of ms from 10 to ${maxDelayMs} (got ${shown(value)})`

const shown = (value: unknown): string => {
  const text = typeof value === "string" ? JSON.stringify(value) : Array.isArray(value) ? JSON.stringify(value) : String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** The kinds of deferred work: sends being confirmed, the outside world's remote actions. */
export const TASK_KINDS = ["send", "remote"] as const
/** A kind of deferred work. */
export type TaskKind = (typeof TASK_KINDS)[number]

interface ManualTask {
  readonly kind: TaskKind
  readonly run: () => void
}

/** Runs deferred tasks and cancels them all on close. */
export class Scheduler {
  readonly #timers = new Set<ReturnType<typeof setTimeout>>()
  readonly #manual: Array<ManualTask> = []
  readonly #delays: Record<TaskKind, Delay>
  #closed = false

  constructor(delays: Record<TaskKind, Delay>) {
    this.#delays = { ...delays }
  }

  /** Changes the delay of a kind of task (already scheduled tasks keep theirs). */
  setDelay(kind: TaskKind, delay: Delay): void {
    this.#delays[kind] = delay
  }

  /** Runs `run` after the configured delay of `kind`. */
  schedule(kind: TaskKind, run: () => void): void {
    if (this.#closed) return
    const delay = this.#delays[kind]
    if (delay === "manual") {
      this.#manual.push({ kind, run })
      return
    }
    const ms = typeof delay === "number" ? delay : delay[0] + Math.floor(Math.random() * (delay[1] - delay[0] + 1))
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      run()
    }, ms)
    this.#timers.add(timer)
  }

  /** Runs every queued manual task of a kind (or of all kinds); returns how many ran. */
  release(kind?: TaskKind): number {
    const due = this.#manual.filter((t) => kind === undefined || t.kind === kind)
    for (const task of due) this.#manual.splice(this.#manual.indexOf(task), 1)
    for (const task of due) task.run()
    return due.length
  }

  /** Cancels everything. */
  close(): void {
    this.#closed = true
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    this.#manual.length = 0
  }
}

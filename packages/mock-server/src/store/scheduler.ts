/**
 * Deferred work of the outside world — a pending send being confirmed by the network, a QR code being
 * scanned, another device answering a verification. Each kind runs after a configurable delay, or waits
 * in a queue until a test releases it (`"manual"`).
 */

/** A delay in ms, a [min, max] range in ms, or `"manual"` (run only when released). */
export type Delay = number | readonly [number, number] | "manual"

/** The kinds of deferred work. */
export type TaskKind = "send" | "remote"

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

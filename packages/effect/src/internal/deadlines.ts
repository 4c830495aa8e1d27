// Attempt deadlines on one runtime timer per executor, instead of a timer set and cleared per request: on Deno the
// timer of package code is Node's compatibility `Timeout` (an object, async-hook ids, two ops), the largest single
// per-request cost after `fetch` itself in profiles (tooling/bench/README.md). The timer is armed for the earliest
// pending deadline and re-armed only when a shorter one arrives or it fires; while no attempt is pending it is
// unreferenced, so it never holds a process open that would otherwise exit — and while one is, it holds it exactly
// as the attempt's own timer did. Where timers cannot be unreferenced (workerd, whose timers belong to the request
// that set them: a timer shared across requests could be dropped with the first), each attempt has its own timer.
import { constVoid } from "effect/Function"

/**
 * An attempt's deadline: the attempt itself (one object per attempt rather than an entry, a closure and a set slot),
 * linked into its executor's pending list while it waits.
 */
export abstract class Deadline {
  /** When it expires (`performance.now()` time). */
  at = 0
  prev: Deadline | undefined = undefined
  next: Deadline | undefined = undefined
  pending = false
  /** Its own timer, where a shared one cannot be unreferenced. */
  timer: Timer | undefined = undefined
  /** Runs once the deadline has passed, unless cancelled first. */
  abstract expire(): void
}

/** The pending deadlines of an executor's attempts. */
export interface Deadlines {
  /** Calls `deadline.expire()` once `millis` have passed, unless {@link Deadlines.cancel} runs first. */
  readonly add: (deadline: Deadline, millis: number) => void
  /** Cancels a deadline added and not yet expired (anything else: nothing). */
  readonly cancel: (deadline: Deadline) => void
}

type Timer = ReturnType<typeof setTimeout>

/** Holds (`true`) or releases the process for `timer`: Node and Bun `Timeout` objects, Deno's numeric ids. */
const setReferenced = (timer: Timer, referenced: boolean): void => {
  if (typeof timer === "object" && timer !== null) {
    const handle = timer as { ref?: () => unknown; unref?: () => unknown }
    if (referenced) handle.ref?.()
    else handle.unref?.()
    return
  }
  const deno = denoTimers() as { refTimer?: (id: number) => void; unrefTimer?: (id: number) => void } | undefined
  if (referenced) deno?.refTimer?.(timer as number)
  else deno?.unrefTimer?.(timer as number)
}

const denoTimers = (): { refTimer?: unknown; unrefTimer?: unknown } | undefined =>
  (globalThis as { Deno?: { refTimer?: unknown; unrefTimer?: unknown } }).Deno

/** Whether this runtime's timers can be unreferenced: Node and Bun `Timeout` objects, or Deno's `unrefTimer`. */
const probeUnreference = (): boolean => {
  if (typeof denoTimers()?.unrefTimer === "function") return true
  const probe = setTimeout(constVoid, 0)
  clearTimeout(probe)
  return typeof probe === "object" && probe !== null && typeof (probe as { unref?: unknown }).unref === "function"
}

/** {@link probeUnreference}, asked once: a property of the runtime, the same for every executor. */
let unreferenceable: boolean | undefined
const canUnreference = (): boolean => (unreferenceable ??= probeUnreference())

export const makeDeadlines = (): Deadlines => {
  // A doubly linked list of the pending deadlines, through the deadlines themselves: adding and cancelling make
  // nothing.
  let head: Deadline | undefined
  let size = 0
  let timer: Timer | undefined
  let timerAt = Number.POSITIVE_INFINITY
  let referenced = false

  const reference = (wanted: boolean): void => {
    if (timer === undefined || referenced === wanted) return
    referenced = wanted
    setReferenced(timer, wanted)
  }

  const unlink = (deadline: Deadline): void => {
    deadline.pending = false
    if (deadline.prev === undefined) head = deadline.next
    else deadline.prev.next = deadline.next
    if (deadline.next !== undefined) deadline.next.prev = deadline.prev
    deadline.prev = undefined
    deadline.next = undefined
    size--
  }

  const arm = (at: number): void => {
    if (timer !== undefined) clearTimeout(timer)
    timerAt = at
    timer = setTimeout(fire, Math.max(1, Math.ceil(at - performance.now())))
    // A new timer is referenced; it stays so only while an attempt waits on it.
    referenced = true
    if (size === 0) reference(false)
  }

  const fire = (): void => {
    timer = undefined
    timerAt = Number.POSITIVE_INFINITY
    const now = performance.now()
    let next = Number.POSITIVE_INFINITY
    // The expired ones are unlinked first and chained through `next`, then expired: an `expire` that adds or cancels
    // a deadline then finds the list (and the timer) in order.
    let expired: Deadline | undefined
    let deadline = head
    while (deadline !== undefined) {
      const following = deadline.next
      if (deadline.at <= now) {
        unlink(deadline)
        deadline.next = expired
        expired = deadline
      } else if (deadline.at < next) {
        next = deadline.at
      }
      deadline = following
    }
    if (next !== Number.POSITIVE_INFINITY) arm(next)
    while (expired !== undefined) {
      const current = expired
      expired = current.next
      current.next = undefined
      current.expire()
    }
  }

  const expireOwn = (deadline: Deadline) => () => {
    deadline.pending = false
    deadline.timer = undefined
    deadline.expire()
  }

  const add = (deadline: Deadline, millis: number): void => {
    deadline.pending = true
    if (!canUnreference()) {
      deadline.timer = setTimeout(expireOwn(deadline), millis)
      return
    }
    deadline.at = performance.now() + millis
    deadline.next = head
    if (head !== undefined) head.prev = deadline
    head = deadline
    size++
    if (deadline.at < timerAt) arm(deadline.at)
    else reference(true)
  }

  const cancel = (deadline: Deadline): void => {
    if (!deadline.pending) return
    if (deadline.timer !== undefined) {
      clearTimeout(deadline.timer)
      deadline.timer = undefined
      deadline.pending = false
      return
    }
    unlink(deadline)
    if (size === 0) reference(false)
  }

  return { add, cancel }
}

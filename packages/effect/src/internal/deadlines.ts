// Attempt deadlines on one runtime timer per executor, instead of a timer set and cleared per request: on Deno the
// timer of package code is Node's compatibility `Timeout` (an object, async-hook ids, two ops), the largest single
// per-request cost after `fetch` itself in profiles (tooling/bench/README.md). The timer is armed for the earliest
// pending deadline and re-armed only when a shorter one arrives or it fires; while no attempt is pending it is
// unreferenced, so it never holds a process open that would otherwise exit — and while one is, it holds it exactly
// as the attempt's own timer did. Where timers cannot be unreferenced (workerd, whose timers belong to the request
// that set them: a timer shared across requests could be dropped with the first), each attempt has its own timer.
import { constVoid } from "effect/Function"

/** The pending deadlines of an executor's attempts. */
export interface Deadlines {
  /** Calls `expire` once `millis` have passed, unless the returned cancel runs first. */
  readonly add: (millis: number, expire: () => void) => () => void
}

interface Entry {
  readonly at: number
  readonly expire: () => void
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

/** One timer per attempt: where a shared one cannot be unreferenced. */
const perAttempt = (millis: number, expire: () => void): () => void => {
  const timer = setTimeout(expire, millis)
  return () => clearTimeout(timer)
}

export const makeDeadlines = (): Deadlines => {
  const pending = new Set<Entry>()
  let timer: Timer | undefined
  let timerAt = Number.POSITIVE_INFINITY
  let referenced = false

  const reference = (wanted: boolean): void => {
    if (timer === undefined || referenced === wanted) return
    referenced = wanted
    setReferenced(timer, wanted)
  }

  const arm = (at: number): void => {
    if (timer !== undefined) clearTimeout(timer)
    timerAt = at
    timer = setTimeout(fire, Math.max(1, Math.ceil(at - performance.now())))
    // A new timer is referenced; it stays so only while an attempt waits on it.
    referenced = true
    if (pending.size === 0) reference(false)
  }

  const fire = (): void => {
    timer = undefined
    timerAt = Number.POSITIVE_INFINITY
    const now = performance.now()
    let next = Number.POSITIVE_INFINITY
    for (const entry of pending) {
      if (entry.at <= now) {
        pending.delete(entry)
        entry.expire()
      } else if (entry.at < next) {
        next = entry.at
      }
    }
    if (next !== Number.POSITIVE_INFINITY) arm(next)
  }

  const add = (millis: number, expire: () => void): () => void => {
    if (!canUnreference()) return perAttempt(millis, expire)
    const entry: Entry = { at: performance.now() + millis, expire }
    pending.add(entry)
    if (entry.at < timerAt) arm(entry.at)
    else reference(true)
    return () => {
      if (pending.delete(entry) && pending.size === 0) reference(false)
    }
  }

  return { add }
}

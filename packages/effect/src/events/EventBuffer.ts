/**
 * The bounded buffer between the WebSocket reader and the consumer of an events `Stream`, with an explicit
 * overflow strategy. Memory stays bounded whatever the consumer does: at most `capacity` elements and — with a
 * `sizeOf` — `maxBytes` of them (plus the one element that crossed it), plus one pending overflow record (and, with
 * `"suspend"`, the one element the suspended reader holds). The buffer is full when either bound is reached, and the
 * strategy meets it alike.
 *
 * Every operation is O(1) (amortised): a drop leaves a hole in place of the dropped element (never a splice; the
 * holes are taken out once they outnumber the room), a cursor remembers how far the elements that may not be dropped
 * reach (never a rescan), and the overflow record is accumulated in place (never rebuilt per drop) — so a flood
 * cannot starve the consumer of its `gap` signal.
 *
 * @module
 */
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { NonEmptyReadonlyArray } from "effect/Array"
import { BufferOverflow } from "./EventsError.ts"

/**
 * What happens when the consumer falls behind and the buffer is full:
 * - `"suspend"`: the reader stops reading the socket until there is room (backpressure reaches the server
 *   through TCP; nothing is lost, live events are delayed).
 * - `"drop-oldest"`: the oldest buffered event is dropped to make room (control signals are kept), and the
 *   consumer is told with a `gap` signal (reason `"overflow"`) naming the chats whose events were dropped, ahead of
 *   everything still buffered.
 * - `"fail"`: the stream fails with `BufferOverflow`.
 * @since 1.0.0
 * @category Options
 */
export type OverflowStrategy = "suspend" | "drop-oldest" | "fail"

/** The producer side of a buffer; the consumer side is {@link EventBuffer.stream}. */
export interface EventBuffer<A, E> {
  /** Adds an element. Suspends while full (strategy `"suspend"`); `false` once the buffer is closed. */
  readonly offer: (a: A) => Effect.Effect<boolean>
  /**
   * Adds elements in order, exactly as one `offer` each would (each meets the strategy in turn), in one step while
   * there is room: `false` once the buffer is closed, the rest not added.
   */
  readonly offerAll: (as: ReadonlyArray<A>) => Effect.Effect<boolean>
  /** Ends the stream after the buffered elements. */
  readonly end: Effect.Effect<void>
  /** Fails the stream after the buffered elements. */
  readonly fail: (error: E | BufferOverflow) => Effect.Effect<void>
  /** Fails the stream with `cause` (e.g. a defect of the producer) after the buffered elements. */
  readonly failCause: (cause: Cause.Cause<E | BufferOverflow>) => Effect.Effect<void>
  /** The consumer side (a single consumer). Each pull takes every element available, at most `maxBatch`. */
  readonly stream: Stream.Stream<A, E | BufferOverflow>
}

/** Options of {@link make}. */
export interface EventBufferOptions<A> {
  readonly capacity: number
  /**
   * The size budget of the buffered elements (as `sizeOf` measures them; default: none): at `maxBytes` the buffer is
   * full, as at `capacity` elements. An element is always taken into an empty buffer, whatever its size.
   */
  readonly maxBytes?: number | undefined
  /** The size of an element, counted against `maxBytes` (default 0). Must give the same answer every time. */
  readonly sizeOf?: ((a: A) => number) | undefined
  readonly strategy: OverflowStrategy
  /** For `"drop-oldest"`: whether an element may be dropped (default: all). The oldest droppable one goes first. */
  readonly isDroppable?: ((a: A) => boolean) | undefined
  /**
   * For `"drop-oldest"`: a fresh accumulator of dropped elements, whose record the consumer receives, as an
   * element, ahead of everything still buffered. `add` must be O(1) per element (it runs once per drop).
   */
  readonly overflow?: (() => Overflow<A>) | undefined
  /**
   * For `"drop-oldest"`, instead of `overflow`: folds a dropped element into the pending overflow record
   * (`undefined` the first time). Runs once per drop: it must not copy what `pending` accumulated.
   */
  readonly onDrop?: ((pending: A | undefined, dropped: A) => A) | undefined
  /** Largest batch handed to the consumer in one pull (default 1,024). */
  readonly maxBatch?: number | undefined
}

/** The dropped elements since the consumer last pulled, folded into one record as they are dropped. */
export interface Overflow<A> {
  /** Folds one more dropped element in. */
  readonly add: (dropped: A) => void
  /** The record the consumer receives (asked once, when it pulls). */
  readonly record: () => A
}

/** An {@link Overflow} over a fold function (`onDrop`). */
const foldOverflow = <A>(onDrop: (pending: A | undefined, dropped: A) => A) => (): Overflow<A> => {
  let pending: A | undefined
  return {
    add: (dropped) => {
      pending = onDrop(pending, dropped)
    },
    record: () => pending!,
  }
}

/** Where a dropped element was: nothing to deliver. */
const hole: unique symbol = Symbol("EventBuffer/hole")

type Closed<E> = { readonly _tag: "End" } | { readonly _tag: "Fail"; readonly cause: Cause.Cause<E> }

type Batch<A, E> = Effect.Effect<NonEmptyReadonlyArray<A>, E | Cause.Done>

/** Creates an empty buffer. */
export const make = <A, E>(options: EventBufferOptions<A>): Effect.Effect<EventBuffer<A, E>> =>
  Effect.sync(() => {
    const capacity = Math.max(1, Math.floor(options.capacity))
    const maxBytes = options.maxBytes ?? Infinity
    const sizeOf = options.sizeOf ?? (() => 0)
    const maxBatch = Math.max(1, options.maxBatch ?? 1024)
    const isDroppable = options.isDroppable ?? (() => true)
    const newOverflow = options.overflow ??
      foldOverflow(options.onDrop ?? ((_pending: A | undefined, dropped: A) => dropped))
    /** Buffered elements from `head` on; a dropped one leaves a hole (never at `head` while any is left). */
    let items: Array<A | typeof hole> = []
    let head = 0
    /** Elements buffered (holes not counted). */
    let count = 0
    /** Their size (`sizeOf`). */
    let bytes = 0
    /** Every slot in `[head, keptUntil)` is a hole or an element that may not be dropped. */
    let keptUntil = 0
    let pending: Overflow<A> | undefined
    let closed: Closed<E | BufferOverflow> | undefined
    let taker: ((batch: Batch<A, E | BufferOverflow>) => void) | undefined
    const offerers: Array<{ readonly a: A; readonly resume: (accepted: Effect.Effect<boolean>) => void }> = []

    const size = () => count

    /** No room: `capacity` elements, or `maxBytes` of them (never while empty). */
    const isFull = () => count >= capacity || (count > 0 && bytes >= maxBytes)

    const push = (a: A) => {
      items.push(a)
      count++
      bytes += sizeOf(a)
    }

    /** Moves `head` past holes, and gives back the room of consumed slots now and then. */
    const settleHead = () => {
      while (head < items.length && items[head] === hole) head++
      if (head > 1024 && head * 2 > items.length) {
        items = items.slice(head)
        keptUntil = Math.max(0, keptUntil - head)
        head = 0
      }
    }

    /** Moves suspended offers into the room the consumer made. */
    const admitOfferers = () => {
      while (offerers.length > 0 && !isFull()) {
        const offerer = offerers.shift()!
        push(offerer.a)
        offerer.resume(Effect.succeed(true))
      }
    }

    /** What a pull returns right now, or `undefined` when it must wait. */
    const takeNow = (): Batch<A, E | BufferOverflow> | undefined => {
      if (pending !== undefined) {
        const record = pending.record()
        pending = undefined
        return Effect.succeed([record])
      }
      if (size() > 0) {
        const end = Math.min(items.length, head + maxBatch)
        const batch: Array<A> = []
        for (let i = head; i < end; i++) {
          const item = items[i]!
          if (item !== hole) {
            batch.push(item)
            bytes -= sizeOf(item)
          }
        }
        head = end
        count -= batch.length
        if (count === 0) bytes = 0
        settleHead()
        admitOfferers()
        return Effect.succeed(batch as unknown as NonEmptyReadonlyArray<A>)
      }
      if (closed !== undefined) return closed._tag === "End" ? Cause.done() : Effect.failCause(closed.cause)
      return undefined
    }

    const wakeTaker = () => {
      const resume = taker
      if (resume === undefined) return
      // cleared first: taking admits suspended offers, whose fibers may run (and offer or close) re-entrantly
      taker = undefined
      const batch = takeNow()
      if (batch === undefined) taker = resume
      else resume(batch)
    }

    // Wake the consumer once per burst of offers, not once per element: offers made in the same synchronous
    // stretch (a socket batch) reach the consumer as one batch.
    let wakeScheduled = false
    const scheduleWake = () => {
      if (wakeScheduled || taker === undefined) return
      wakeScheduled = true
      queueMicrotask(() => {
        wakeScheduled = false
        wakeTaker()
      })
    }

    const close = (how: Closed<E | BufferOverflow>) => {
      if (closed !== undefined) return
      closed = how
      for (const offerer of offerers.splice(0)) offerer.resume(Effect.succeed(false))
      wakeTaker()
    }

    /**
     * Takes the holes out once there are more of them than room in the buffer. Behind an element that may not be
     * dropped and that the consumer has not taken (a signal at the head), `settleHead` cannot move past the holes
     * that drops leave after it: without this, every drop would keep a slot for as long as the consumer stalls.
     * O(1) amortised: at least `capacity` drops between two.
     */
    const compact = () => {
      const kept: Array<A | typeof hole> = []
      let keptPrefix = 0
      for (let i = head; i < items.length; i++) {
        const item = items[i]!
        if (item === hole) continue
        if (i < keptUntil) keptPrefix++
        kept.push(item)
      }
      items = kept
      head = 0
      keptUntil = keptPrefix
    }

    /** Drops the oldest droppable element (the oldest of all when none may be dropped). O(1) amortised. */
    const dropOldest = () => {
      let index = Math.max(head, keptUntil)
      while (index < items.length && (items[index] === hole || !isDroppable(items[index] as A))) index++
      keptUntil = index
      if (index === items.length) index = head
      const dropped = items[index] as A
      items[index] = hole
      count--
      bytes = count === 0 ? 0 : bytes - sizeOf(dropped)
      if (index === head) settleHead()
      if (items.length - head - count > capacity) compact()
      if (pending === undefined) pending = newOverflow()
      pending.add(dropped)
    }

    /** Waits for room for `a` (strategy `"suspend"`); the consumer's pull admits it. */
    const suspended = (a: A): Effect.Effect<boolean> =>
      Effect.callback<boolean>((resume) => {
        const offerer = { a, resume }
        offerers.push(offerer)
        return Effect.sync(() => {
          const i = offerers.indexOf(offerer)
          if (i >= 0) offerers.splice(i, 1)
        })
      })

    /**
     * Adds `as` from `from` on, as far as it can without waiting: `true` when all were added, `false` once closed,
     * else the index of the element that waits for room.
     */
    const addFrom = (as: ReadonlyArray<A>, from: number): boolean | number => {
      for (let i = from; i < as.length; i++) {
        if (closed !== undefined) return false
        // a consumer already waiting takes what is buffered first: the buffer is only full when it is behind
        if (isFull() && taker !== undefined) wakeTaker()
        if (isFull()) {
          switch (options.strategy) {
            case "suspend":
              return i
            case "drop-oldest":
              // one drop makes room for one element; the byte budget may take more
              while (isFull()) dropOldest()
              break
            case "fail":
              close({
                _tag: "Fail",
                cause: Cause.fail(
                  new BufferOverflow({
                    capacity,
                    message: count >= capacity
                      ? `The events buffer of ${capacity} is full`
                      : `The events buffer is full: its events' frames reached ${maxBytes} bytes (bufferMaxBytes)`,
                  }),
                ),
              })
              return false
          }
        }
        push(as[i]!)
        scheduleWake()
      }
      return true
    }

    const offerFrom = (as: ReadonlyArray<A>, from: number): Effect.Effect<boolean> => {
      const added = addFrom(as, from)
      if (typeof added === "boolean") return Effect.succeed(added)
      return Effect.flatMap(
        suspended(as[added]!),
        (accepted) => accepted && added + 1 < as.length ? offerFrom(as, added + 1) : Effect.succeed(accepted),
      )
    }

    const offer = (a: A): Effect.Effect<boolean> => Effect.suspend(() => offerFrom([a], 0))

    const offerAll = (as: ReadonlyArray<A>): Effect.Effect<boolean> => Effect.suspend(() => offerFrom(as, 0))

    const pull: Batch<A, E | BufferOverflow> = Effect.suspend(() =>
      takeNow() ?? Effect.callback<NonEmptyReadonlyArray<A>, E | BufferOverflow | Cause.Done>((resume) => {
        taker = resume
        return Effect.sync(() => {
          if (taker === resume) taker = undefined
        })
      })
    )

    return {
      offer,
      offerAll,
      end: Effect.sync(() => close({ _tag: "End" })),
      fail: (error) => Effect.sync(() => close({ _tag: "Fail", cause: Cause.fail(error) })),
      failCause: (cause) => Effect.sync(() => close({ _tag: "Fail", cause })),
      stream: Stream.fromPull(Effect.succeed(pull)),
    }
  })

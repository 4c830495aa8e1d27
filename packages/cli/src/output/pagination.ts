/**
 * Reading a cursor-paginated list up to a limit, one page at a time, reporting progress as pages arrive.
 *
 * @module
 */
import { Effect, Stream } from "effect"
import type { Report } from "./progress.ts"

/** What was read: the items (at most the limit) and whether the list has more. */
export interface Collected<A> {
  readonly items: ReadonlyArray<A>
  readonly more: boolean
}

/**
 * Pulls pages until `limit` items were read (`undefined`: all of them) and reports "(<n> so far)" after each page.
 * Pages are requested lazily: no page beyond the limit is fetched.
 */
export const collectUpTo = <A, E, R>(
  pages: Stream.Stream<{ readonly items: ReadonlyArray<A>; readonly hasMore: boolean }, E, R>,
  limit: number | undefined,
  report: Report,
): Effect.Effect<Collected<A>, E, R> =>
  Effect.gen(function*() {
    const items: Array<A> = []
    let more = false
    yield* Stream.runForEachWhile(pages, (page) => {
      items.push(...page.items)
      more = page.hasMore
      return Effect.as(report(`(${items.length} so far)`), limit === undefined || items.length < limit)
    })
    if (limit !== undefined && items.length > limit) {
      items.length = limit
      more = true
    }
    return { items, more }
  })

/**
 * Cursor pagination shared by every list: items are ordered newest first; `before` pages toward older
 * items, `after` toward newer ones, each page holding the `limit` items nearest to the cursor. Page
 * objects carry `hasMore` (more in the direction of travel), `oldestCursor` and `newestCursor`.
 */
import { ApiError } from "./errors.ts"

/** A page of a list in the spec's shape. */
export interface Page<T> {
  items: Array<T>
  hasMore: boolean
  oldestCursor: string | null
  newestCursor: string | null
}

/** How to compare positions of a list. */
export interface Ordering<T, K> {
  /** The position of an item. */
  readonly key: (item: T) => K
  /** > 0 when `a` is newer than `b`, < 0 when older, 0 when equal. */
  readonly compare: (a: K, b: K) => number
  readonly encode: (key: K) => string
  /** Decodes a cursor; returns undefined for a cursor this list did not issue. */
  readonly decode: (cursor: string) => K | undefined
}

/** Cuts one page out of `newestFirst`. */
export const paginate = <T, K>(
  newestFirst: ReadonlyArray<T>,
  ordering: Ordering<T, K>,
  request: { readonly cursor: string | undefined; readonly direction: "before" | "after" | undefined; readonly limit: number },
): Page<T> => {
  let slice: Array<T>
  let hasMore: boolean
  if (request.cursor === undefined) {
    slice = newestFirst.slice(0, request.limit)
    hasMore = newestFirst.length > request.limit
  } else {
    const position = ordering.decode(request.cursor)
    if (position === undefined) throw new ApiError(400, "INVALID_CURSOR", "cursor is not a cursor of this list", { issues: [{ code: "invalid_string", message: "cursor is not a cursor of this list", path: ["cursor"] }] })
    if ((request.direction ?? "before") === "before") {
      const older = newestFirst.filter((item) => ordering.compare(ordering.key(item), position) < 0)
      slice = older.slice(0, request.limit)
      hasMore = older.length > request.limit
    } else {
      const newer = newestFirst.filter((item) => ordering.compare(ordering.key(item), position) > 0)
      slice = newer.slice(Math.max(0, newer.length - request.limit))
      hasMore = newer.length > request.limit
    }
  }
  const first = slice[0]
  const last = slice[slice.length - 1]
  return {
    items: slice,
    hasMore,
    newestCursor: first === undefined ? null : ordering.encode(ordering.key(first)),
    oldestCursor: last === undefined ? null : ordering.encode(ordering.key(last)),
  }
}

const SORT_KEY = /^\d{12}$/
/** Messages are positioned by sortKey, which is also their cursor (as in Beeper Desktop). */
export const bySortKey = <T>(sortKey: (item: T) => string): Ordering<T, string> => ({
  key: sortKey,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  encode: (k) => k,
  decode: (cursor) => (SORT_KEY.test(cursor) ? cursor : undefined),
})

/** Chats are positioned by last activity, ties broken by ID; cursors look like `1725489123456|<base64 id>`. */
export const byActivity = <T>(position: (item: T) => { readonly ms: number; readonly id: string }): Ordering<T, { readonly ms: number; readonly id: string }> => ({
  key: position,
  compare: (a, b) => a.ms - b.ms || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  encode: (k) => `${k.ms}|${Buffer.from(k.id).toString("base64url")}`,
  decode: (cursor) => {
    const match = /^(\d+)\|([A-Za-z0-9_-]+)$/.exec(cursor)
    return match ? { ms: Number(match[1]), id: Buffer.from(match[2] as string, "base64url").toString() } : undefined
  },
})

/** Alphabetical lists (contacts): the first name in the alphabet counts as "newest" (first page). */
export const alphabetical = <T>(name: (item: T) => string): Ordering<T, string> => ({
  key: name,
  compare: (a, b) => (a < b ? 1 : a > b ? -1 : 0),
  encode: (k) => Buffer.from(k).toString("base64url"),
  decode: (cursor) => (/^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString() : undefined),
})

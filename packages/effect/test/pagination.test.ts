// Cursor pagination: the single-page form returns items with cursors; the Stream forms follow cursors lazily,
// in either direction, across more than 1,000 items, one request per page pulled.
import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { BeeperDesktop } from "../src/index.ts"
import { captureDrift } from "./support/driftCapture.ts"
import { fakeHttpClient, json } from "./support/fakeHttpClient.ts"
import { scriptedServer } from "./support/scriptedServer.ts"

const token = Redacted.make("test-token-PAGES")
const total = 1_234
const pageSize = 25

/** Message n (0 = oldest); its sortKey is its cursor, as in Beeper Desktop. */
const message = (n: number) => ({
  id: `m${n}`,
  accountID: "acc",
  chatID: "c1",
  senderID: "@u:beeper.com",
  sortKey: String(n).padStart(12, "0"),
  timestamp: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString(),
  text: `message ${n}`,
})

/** The mock-server's paging rules: newest first; `before` → older, `after` → newer, each page nearest the cursor. */
const page = (url: URL) => {
  const cursor = url.searchParams.get("cursor")
  const direction = url.searchParams.get("direction") ?? "before"
  const newestFirst = Array.from({ length: total }, (_, i) => total - 1 - i)
  let slice: Array<number>
  let hasMore: boolean
  if (cursor === null) {
    slice = newestFirst.slice(0, pageSize)
    hasMore = total > pageSize
  } else if (direction === "before") {
    const older = newestFirst.filter((n) => n < Number(cursor))
    slice = older.slice(0, pageSize)
    hasMore = older.length > pageSize
  } else {
    const newer = newestFirst.filter((n) => n > Number(cursor))
    slice = newer.slice(Math.max(0, newer.length - pageSize))
    hasMore = newer.length > pageSize
  }
  return {
    items: slice.map(message),
    hasMore,
    newestCursor: slice.length === 0 ? null : message(slice[0]!).sortKey,
    oldestCursor: slice.length === 0 ? null : message(slice[slice.length - 1]!).sortKey,
  }
}

const withPages = <A, E>(body: (requests: () => number) => Effect.Effect<A, E, BeeperDesktop>) =>
  Effect.gen(function*() {
    const server = yield* scriptedServer((request) => ({ status: 200, body: page(new URL(request.url, "http://x")) }))
    return yield* body(() => server.requests.length).pipe(
      Effect.provide(
        BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer)),
      ),
    )
  })

describe("pagination", () => {
  it.live("the single-page form returns items with their cursors", () =>
    withPages(() =>
      Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const first = yield* beeper.messages.list({ chatID: "c1" })
        assert.strictEqual(first.items.length, pageSize)
        assert.isTrue(first.hasMore)
        assert.strictEqual(first.newestCursor, message(total - 1).sortKey)
        assert.strictEqual(first.oldestCursor, message(total - pageSize).sortKey)
        const second = yield* beeper.messages.list({ chatID: "c1", cursor: first.oldestCursor!, direction: "before" })
        assert.strictEqual(second.items[0]!.id, `m${total - pageSize - 1}`)
      })
    ))

  it.live("stream() walks backwards through all 1,234 items, one request per page", () =>
    withPages((requests) =>
      Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const ids = yield* beeper.messages.list.stream({ chatID: "c1" }).pipe(
          Stream.map((m) => m.id),
          Stream.runCollect,
        )
        assert.strictEqual(ids.length, total)
        assert.strictEqual(new Set(ids).size, total)
        assert.strictEqual(ids[0], `m${total - 1}`)
        assert.strictEqual(ids[ids.length - 1], "m0")
        assert.strictEqual(requests(), Math.ceil(total / pageSize))
      })
    ))

  it.live("stream() walks forwards (direction after) from a cursor through every newer item", () =>
    withPages((requests) =>
      Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const ids = yield* beeper.messages.list.stream({ chatID: "c1" }, {
          direction: "after",
          cursor: message(0).sortKey,
        }).pipe(Stream.map((m) => Number(m.id.slice(1))), Stream.runCollect)
        assert.strictEqual(ids.length, total - 1)
        assert.deepStrictEqual([...ids].sort((a, b) => a - b), Array.from({ length: total - 1 }, (_, i) => i + 1))
        assert.strictEqual(requests(), Math.ceil((total - 1) / pageSize))
      })
    ))

  it.live("the stream is lazy: taking a few items fetches only the pages they need", () =>
    withPages((requests) =>
      Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const few = yield* beeper.messages.list.stream({ chatID: "c1" }).pipe(Stream.take(5), Stream.runCollect)
        assert.strictEqual(few.length, 5)
        assert.strictEqual(requests(), 1)
        const more = yield* beeper.messages.list.stream({ chatID: "c1" }).pipe(
          Stream.take(pageSize * 3 + 1),
          Stream.runCollect,
        )
        assert.strictEqual(more.length, pageSize * 3 + 1)
        assert.strictEqual(requests(), 1 + 4)
      })
    ))

  it.live("pages() yields whole pages with cursors until hasMore is false", () =>
    withPages(() =>
      Effect.gen(function*() {
        const beeper = yield* BeeperDesktop
        const pages = yield* beeper.messages.list.pages({ chatID: "c1" }).pipe(Stream.runCollect)
        assert.strictEqual(pages.length, Math.ceil(total / pageSize))
        assert.isFalse(pages[pages.length - 1]!.hasMore)
        for (const p of pages.slice(0, -1)) assert.isTrue(p.hasMore)
      })
    ))

  it.live("interrupting the stream while a page is in flight aborts that request and asks for no other", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((request, index) =>
        index < 2 ? { status: 200, body: page(new URL(request.url, "http://x")) } : "hang"
      )
      const received: Array<string> = []
      const fiber = yield* BeeperDesktop.use((beeper) =>
        Stream.runForEach(beeper.messages.list.stream({ chatID: "c1" }), (item) => Effect.sync(() => received.push(item.id)))
      ).pipe(
        Effect.provide(BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))),
        Effect.forkChild,
      )
      yield* Effect.promise(() => server.received(3))
      yield* Fiber.interrupt(fiber)
      yield* Effect.promise(() => server.requests[2]!.aborted)
      assert.strictEqual(received.length, pageSize * 2)
      assert.strictEqual(server.requests.length, 3)
    }))

  it.live("a failing page fails the stream with the typed error", () =>
    Effect.gen(function*() {
      const server = yield* scriptedServer((request, index) =>
        index < 2 ? { status: 200, body: page(new URL(request.url, "http://x")) } : { status: 404, body: { code: "NF", message: "gone" } }
      )
      const error = yield* BeeperDesktop.use((beeper) => Stream.runDrain(beeper.messages.list.stream({ chatID: "c1" }))).pipe(
        Effect.flip,
        Effect.provide(BeeperDesktop.layer({ baseUrl: server.url, accessToken: token }).pipe(Layer.provide(FetchHttpClient.layer))),
      )
      assert.strictEqual(error._tag, "NotFound")
    }))
})

describe("pagination without response validation", () => {
  // With `validateResponses: false` a page may come with no items array at all: it gives no items, so it counts
  // toward maxEmptyPages like an empty array (before, it reset the count, and the stream paged on for as long as the
  // server handed out cursors).
  for (const items of [undefined, null]) {
    it.effect(`pages with items ${String(items)} announcing more fail with PaginationLoop after maxEmptyPages (5)`, () =>
      Effect.gen(function*() {
        const fake = fakeHttpClient((_, index) =>
          json(200, { ...(items === undefined ? {} : { items }), hasMore: index < 100, oldestCursor: `c${index}`, newestCursor: `n${index}` })
        )
        const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => Stream.runDrain(beeper.chats.list.stream({}))).pipe(
          Effect.provide(
            BeeperDesktop.layer({ accessToken: Redacted.make("t"), validateResponses: false }).pipe(Layer.provide(fake.layer)),
          ),
          Effect.flip,
        )
        assert.strictEqual(error._tag, "PaginationLoop")
        assert.strictEqual(fake.seen.length, 5)
      }))
  }
})

describe("a server walking in circles", () => {
  /** A chat as a page carries it (validated: the fake answers as Desktop would). */
  const chat = (id: string) => ({
    id,
    localChatID: null,
    accountID: "a",
    title: id,
    type: "single",
    participants: { items: [], hasMore: false, total: 0 },
    unreadCount: 0,
  })

  it.effect("the page whose cursor loops (A → B → A) is emitted, then PaginationLoop, with no request for it", () =>
    Effect.gen(function*() {
      const cursors = ["A", "B", "A"]
      const fake = fakeHttpClient((_, index) =>
        json(200, { items: [chat(`chat${index + 1}`)], hasMore: true, oldestCursor: cursors[index] ?? "A", newestCursor: "n" })
      )
      const received: Array<string> = []
      // The server loops forever: taken unbounded, a stream that missed the loop would page on until the heap ran
      // out (minutes, then a crashed worker). Bounded far above the 3 pages a correct run reads, it ends instead and
      // fails the assertion below.
      const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) =>
        Stream.runForEach(
          beeper.chats.list.stream({}).pipe(Stream.take(100)),
          (item) => Effect.sync(() => received.push(item.id)),
        )).pipe(
          Effect.andThen(Effect.sync(() => assert.fail(`the stream ended without PaginationLoop after ${fake.seen.length} pages`))),
          Effect.provide(BeeperDesktop.layer({ accessToken: Redacted.make("t"), validateResponses: false }).pipe(Layer.provide(fake.layer))),
          Effect.flip,
        )
      assert.strictEqual(error._tag, "PaginationLoop")
      if (error._tag === "PaginationLoop") {
        assert.strictEqual(error.reason, "repeated-cursor")
        assert.strictEqual(error.pages, 3)
      }
      // the third page's item is the server's data: a consumer keeping what was streamed keeps it
      assert.deepStrictEqual(received, ["chat1", "chat2", "chat3"])
      assert.strictEqual(fake.seen.length, 3)
    }))

  for (const [key, value] of [["cursor", "A"], ["direction", "after"]] as const) {
    it.effect(`a stream input with ${key} (a stream option) is an InvalidRequest naming it, nothing sent`, () =>
      Effect.gen(function*() {
        const fake = fakeHttpClient(() => json(200, { items: [], hasMore: false, oldestCursor: null, newestCursor: null }))
        const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) =>
          Stream.runDrain(beeper.messages.list.stream({ chatID: "c1", [key]: value } as never))).pipe(
            Effect.provide(BeeperDesktop.layer({ accessToken: Redacted.make("t") }).pipe(Layer.provide(fake.layer))),
            Effect.flip,
          )
        assert.strictEqual(error._tag, "InvalidRequest")
        if (error._tag === "InvalidRequest") {
          assert.strictEqual(error.field, key)
          assert.include(error.message, `pass it as the second argument, e.g. messages.list.stream(input, { ${key} })`)
        }
        assert.strictEqual(fake.seen.length, 0)
      }))
  }
})

describe("a page announcing more without a cursor", () => {
  // Nowhere to go on: the stream ends after the page, and says so (a drift Warning) instead of passing for complete.
  for (const cursor of [null, undefined]) {
    it.effect(`ends the stream after that page and reports it as drift (cursor ${String(cursor)})`, () =>
      Effect.gen(function*() {
        const drift = captureDrift()
        const fake = fakeHttpClient((_, index) =>
          json(200, {
            items: [{ id: `chat${index}` }].filter(() => false),
            hasMore: true,
            ...(cursor === undefined ? {} : { oldestCursor: cursor, newestCursor: cursor }),
          })
        )
        const items = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => Stream.runCollect(beeper.chats.list.stream({}))).pipe(
          Effect.provide(
            BeeperDesktop.layer({ accessToken: Redacted.make("t") }).pipe(Layer.provide(fake.layer), Layer.provideMerge(drift.layer)),
          ),
        )
        assert.strictEqual(items.length, 0)
        assert.strictEqual(fake.seen.length, 1)
        assert.deepStrictEqual(drift.lines.map((line) => [line.source, line.path, line.kind]), [["chats.list", "oldestCursor", "missing-optional"]])
        assert.match(String(drift.lines[0]!.detail), /hasMore is true but oldestCursor is (null|absent): the stream ends after this page/)
      }))

    it.effect(`under strict, fails with a DecodeError and reports no drift (cursor ${String(cursor)})`, () =>
      Effect.gen(function*() {
        const drift = captureDrift()
        const fake = fakeHttpClient(() =>
          json(200, { items: [], hasMore: true, ...(cursor === undefined ? {} : { oldestCursor: cursor, newestCursor: cursor }) })
        )
        const error = yield* Effect.flatMap(Effect.service(BeeperDesktop), (beeper) => Stream.runCollect(beeper.chats.list.stream({}))).pipe(
          Effect.provide(
            BeeperDesktop.layer({ accessToken: Redacted.make("t"), strict: true }).pipe(
              Layer.provide(fake.layer),
              Layer.provideMerge(drift.layer),
            ),
          ),
          Effect.flip,
        )
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.field, "oldestCursor")
          assert.match(error.message, /^hasMore is true but oldestCursor is (null|absent) \(strict\)$/)
        }
        assert.strictEqual(fake.seen.length, 1)
        assert.deepStrictEqual(drift.lines, [])
      }))
  }
})

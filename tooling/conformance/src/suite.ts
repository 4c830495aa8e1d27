/**
 * The conformance suite: one runtime-neutral Effect program that exercises what every adapter must carry — list,
 * paginate, get, send-and-confirm, a typed error, and live events across one forced reconnect — against a running
 * mock server. Each runtime's runner provides its adapter's layer and prints the results as JSON lines.
 *
 * Only web-standard APIs here (`fetch`, `performance`): the same module runs on Node, Deno, Bun and workerd.
 *
 * @module
 */
import { BeeperDesktop, BeeperEvents, type LiveEvent, sendAndConfirm } from "@beeper-kit/effect"
import { Cause, Data, Duration, Effect, Exit, type Layer, Stream } from "effect"
import { caseNames, type CaseName, type CaseResult } from "./results.ts"

/** Where the mock server is: its base URL and token (the control API `/_mock/...` takes the same token). */
export interface Target {
  readonly baseUrl: string
  readonly token: string
}

/**
 * The bound of one case: it only stops a hung case from holding up the rest. Generous (cases take well under a
 * second) because runtimes share a busy machine; the waits inside a case (a confirmation, the reconnect) are
 * bounded a little below it, so that they report what they saw.
 */
const caseTimeout = Duration.seconds(60)
const innerWait = Duration.seconds(45)

/** A check that did not hold. */
class CheckFailed extends Data.TaggedError("CheckFailed")<{ readonly message: string }> {}

const check = (condition: boolean, message: string): Effect.Effect<void, CheckFailed> =>
  condition ? Effect.void : Effect.fail(new CheckFailed({ message }))

/** A call to the mock server's own control API (fault injection, simulated contacts), outside the SDK. */
const control = (target: Target, path: string, body: unknown): Effect.Effect<unknown, CheckFailed> =>
  Effect.tryPromise({
    try: async () => {
      const response = await fetch(`${target.baseUrl}/_mock${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${target.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`)
      return response.json()
    },
    catch: (cause) => new CheckFailed({ message: `control API ${path} failed: ${String(cause)}` }),
  })

/** The chats the cases work on (the first page of the seeded fixtures). */
const firstChats = Effect.gen(function*() {
  const beeper = yield* BeeperDesktop
  const page = yield* beeper.chats.list({ limit: 5 })
  yield* check(page.items.length >= 2, `expected at least 2 chats, got ${page.items.length}`)
  return page.items
})

/** The cases that need only `BeeperDesktop` (send-and-confirm uses live events when `BeeperEvents` is there too). */
const desktopCases: Record<Exclude<CaseName, "events-reconnect">, Effect.Effect<void, unknown, BeeperDesktop>> = {
  list: Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const page = yield* beeper.chats.list({ limit: 5 })
    yield* check(page.items.length === 5, `chats.list({ limit: 5 }) returned ${page.items.length} chats`)
    yield* check(page.hasMore, "chats.list({ limit: 5 }) says there is nothing more (the fixtures have more)")
    yield* check(page.items.every((chat) => typeof chat.id === "string" && chat.id !== ""), "a chat without id")
  }),

  paginate: Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const pages = yield* beeper.chats.list.pages({ limit: 10 }).pipe(Stream.runCollect)
    const ids = pages.flatMap((page) => page.items.map((chat) => chat.id))
    yield* check(pages.length >= 3, `expected at least 3 pages of 10 chats, got ${pages.length}`)
    yield* check(new Set(ids).size === ids.length, `pages overlap: ${ids.length - new Set(ids).size} repeated chats`)
    yield* check(pages.at(-1)?.hasMore === false, "the stream ended on a page that has more")
    const streamed = yield* beeper.chats.list.stream({ limit: 10 }).pipe(Stream.take(25), Stream.runCollect)
    yield* check(
      streamed.map((chat) => chat.id).join() === ids.slice(0, 25).join(),
      "the item stream differs from the pages",
    )
  }),

  get: Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const [first] = yield* firstChats
    const chat = yield* beeper.chats.retrieve({ chatID: first!.id })
    yield* check(chat.id === first!.id, `chats.retrieve returned ${chat.id} for ${first!.id}`)
    yield* check(chat.title === first!.title, `chats.retrieve title ${chat.title} ≠ listed ${first!.title}`)
  }),

  "send-and-confirm": Effect.gen(function*() {
    const [first] = yield* firstChats
    const text = `conformance ${Math.random().toString(36).slice(2)}`
    const message = yield* sendAndConfirm({ chatID: first!.id, text }, { within: innerWait })
    yield* check(message.text === text, `the confirmed message says ${JSON.stringify(message.text)}`)
    yield* check(message.chatID === first!.id, `confirmed in chat ${message.chatID}`)
    yield* check(message.sendStatus?.status !== "FAIL_PERMANENT", "the send failed")
  }),

  "typed-error": Effect.gen(function*() {
    const beeper = yield* BeeperDesktop
    const chatID = "!conformance-missing:beeper.local"
    const outcome = yield* beeper.chats.retrieve({ chatID }).pipe(
      Effect.map((chat) => `succeeded with ${chat.id}`),
      Effect.catchTag("NotFound", (error) => Effect.succeed(error)),
    )
    yield* check(typeof outcome !== "string", `expected NotFound, ${String(outcome)}`)
    if (typeof outcome === "string") return
    yield* check(outcome.status === 404, `NotFound.status is ${outcome.status}`)
    yield* check(outcome.operationId === "chats.retrieve", `NotFound.operationId is ${outcome.operationId}`)
    yield* check(outcome.path === "/v1/chats/{chatID}", `NotFound.path is ${outcome.path}`)
  }),
}

const desktopEntries = Object.entries(desktopCases) as Array<[CaseName, Effect.Effect<void, unknown, BeeperDesktop>]>

/** Live events across one forced reconnect. */
const eventsCase = (target: Target): Effect.Effect<void, unknown, BeeperDesktop | BeeperEvents> =>
  Effect.gen(function*() {
    const [, chat] = yield* firstChats
    const live = yield* BeeperEvents
    // the server closes the next connection that has sent one event (code 1011): one forced reconnect
    yield* control(target, "/faults", { kind: "wsClose", afterEvents: 1, times: 1 })
    const incoming = (text: string) =>
      control(target, "/simulate/incoming-message", { chatID: chat!.id, text }).pipe(
        Effect.map((message) => (message as { readonly id: string }).id),
      )
    const sentIDs: Array<string> = []
    const seen: Array<LiveEvent> = []
    const isUpsertOf = (event: LiveEvent, id: string | undefined) =>
      id !== undefined && event.type === "message.upserted" && event.ids.includes(id)
    yield* live.events("*").pipe(
      Stream.tap((event) => {
        seen.push(event)
        // a message from a contact once the first and then the second connection is live
        return event.type === "connected"
          ? Effect.map(incoming(`on connection ${event.connection}`), (id) => void sentIDs.push(id))
          : Effect.void
      }),
      Stream.takeUntil((event) => isUpsertOf(event, sentIDs[1])),
      Stream.runDrain,
      Effect.timeoutOrElse({
        duration: innerWait,
        orElse: () => Effect.fail(new CheckFailed({ message: `timed out; saw ${seen.map((e) => e.type).join(", ")}` })),
      }),
    )
    const types = seen.map((event) => event.type === "connected" ? `connected#${event.connection}` : event.type)
    const at = (predicate: (event: LiveEvent) => boolean) => seen.findIndex(predicate)
    const firstUpsert = at((event) => isUpsertOf(event, sentIDs[0]))
    const disconnected = at((event) => event.type === "disconnected")
    const reconnected = at((event) => event.type === "connected" && event.connection === 2)
    const secondUpsert = at((event) => isUpsertOf(event, sentIDs[1]))
    yield* check(firstUpsert >= 0, `no message.upserted for the first message: ${types.join(", ")}`)
    yield* check(disconnected > firstUpsert, `no disconnected after the forced close: ${types.join(", ")}`)
    yield* check(reconnected > disconnected, `no second connection: ${types.join(", ")}`)
    yield* check(secondUpsert > reconnected, `no message.upserted after reconnecting: ${types.join(", ")}`)
  })

/** The text of a failure, for the report. */
const describeFailure = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  if (error instanceof CheckFailed) return error.message
  if (typeof error === "object" && error !== null && "_tag" in error) {
    return `${String((error as { _tag: unknown })._tag)}: ${String((error as { message?: unknown }).message ?? "")}`
  }
  return Cause.pretty(cause)
}

const runCases = <R>(
  cases: ReadonlyArray<readonly [CaseName, Effect.Effect<void, unknown, R>]>,
  skipped: ReadonlyArray<readonly [CaseName, string]>,
  layer: Layer.Layer<R, unknown>,
  report: (result: CaseResult) => void,
): Effect.Effect<ReadonlyArray<CaseResult>> =>
  Effect.gen(function*() {
    const results: Array<CaseResult> = []
    for (const name of caseNames) {
      const reason = skipped.find(([skippedName]) => skippedName === name)?.[1]
      const effect = cases.find(([caseName]) => caseName === name)?.[1]
      if (reason !== undefined || effect === undefined) {
        const result: CaseResult = { name, ok: true, ms: 0, skipped: reason ?? "not run" }
        results.push(result)
        report(result)
        continue
      }
      const started = performance.now()
      const exit = yield* Effect.exit(effect.pipe(Effect.timeout(caseTimeout)))
      const ms = Math.round(performance.now() - started)
      const result: CaseResult = Exit.isSuccess(exit)
        ? { name, ok: true, ms }
        : { name, ok: false, ms, error: describeFailure(exit.cause) }
      results.push(result)
      report(result)
    }
    return results
  }).pipe(
    Effect.provide(layer),
    // the layer itself failed (e.g. a bad URL): every case fails with that reason
    Effect.catchCause((cause) =>
      Effect.sync(() => {
        const results = caseNames.map((name): CaseResult => ({ name, ok: false, ms: 0, error: describeFailure(cause) }))
        results.forEach(report)
        return results
      })
    ),
  )

/**
 * Runs every case in order with a layer of both services (built once), reporting each result as it completes. A
 * case that fails does not stop the others. Bounded: each case gets 60 seconds.
 */
export const runSuite = (
  target: Target,
  layer: Layer.Layer<BeeperDesktop | BeeperEvents, unknown>,
  report: (result: CaseResult) => void,
): Effect.Effect<ReadonlyArray<CaseResult>> =>
  runCases([...desktopEntries, ["events-reconnect", eventsCase(target)]], [], layer, report)

/**
 * The suite for a runtime without live events: every `BeeperDesktop` case (send-and-confirm then confirms by
 * polling); the events case is reported as skipped with `reason`.
 */
export const runDesktopSuite = (
  target: Target,
  layer: Layer.Layer<BeeperDesktop, unknown>,
  reason: string,
  report: (result: CaseResult) => void,
): Effect.Effect<ReadonlyArray<CaseResult>> =>
  runCases(desktopEntries, [["events-reconnect", reason]], layer, report)

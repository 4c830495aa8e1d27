/**
 * The soak: concurrent `BeeperDesktop` clients and one `BeeperEvents` stream against the mock server while a
 * seeded plan injects random faults — 5xx, 429, connection resets mid-response, latency, and WebSocket drops —
 * for a fixed number of operations. Bounded in count, not in time. Asserts, for every operation and event:
 *
 * - no defect, no interruption, no unhandled rejection: every failure is a typed error (`isRequestError`);
 * - every idempotent call ends in success or a typed error, and the retries absorb the single-shot faults;
 * - zero duplicate sends: in the mock server's store, each client-generated text is at most one message (exactly
 *   one when the send succeeded), whatever faults hit the send;
 * - every store change is delivered by the events stream, in order, or covered by a later `gap` signal;
 * - memory is bounded: the heap after the second half of the run is within a fixed margin of the first half's.
 *
 * Reproduce a failure with its seed: `SOAK_SEED=<seed> pnpm vitest run test/soak.test.ts`.
 */
import { createBeeperClient } from "@beeper-kit/core"
import {
  BeeperDesktop,
  BeeperEvents,
  type InsecureTransport,
  isRequestError,
  type LiveEvent,
  type RequestError,
} from "@beeper-kit/effect"
import type { FaultRule, StoreEvent } from "@beeper-kit/mock-server"
import { mockServerScoped } from "@beeper-kit/testkit/mock-server"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Deferred, Effect, Exit, Fiber, Layer, Redacted, Schedule, type Scope, Stream } from "effect"
import { FetchHttpClient } from "effect/http"
import { beforeAll } from "vitest"
import { heapAfterGc } from "@beeper-kit/testkit/memory"
import { makeRandom, type Random } from "./support/random.ts"
import { wsConstructor } from "./support/transport.ts"

const SEED = Number(process.env["SOAK_SEED"] ?? 20_261_121)
const CLIENTS = 6
const OPS_PER_PHASE = 30 // per client; two phases
const FAULT_PROBABILITY = 0.4
const WS_DROP_PROBABILITY = 0.05
/** Allowed heap growth from the end of phase 1 to the end of phase 2 (same number of operations). */
const HEAP_MARGIN_MB = 8

type OpKind = "chats.list" | "chats.retrieve" | "messages.list" | "accounts.list" | "chats.archive" | "reactions.add" | "messages.send"

const opWeights: ReadonlyArray<readonly [OpKind, number]> = [
  ["chats.list", 3],
  ["chats.retrieve", 3],
  ["messages.list", 3],
  ["accounts.list", 1],
  ["chats.archive", 1],
  ["reactions.add", 2],
  ["messages.send", 4],
]

/** Sends are the one operation that is not idempotent (and has no idempotency key). */
const isIdempotent = (kind: OpKind) => kind !== "messages.send"

interface Step {
  readonly kind: OpKind
  readonly target: number
  readonly fault: FaultRule | undefined
  readonly dropSocket: number | undefined
}

const pickWeighted = (rng: Random): OpKind => {
  const total = opWeights.reduce((sum, [, w]) => sum + w, 0)
  let roll = rng.next() * total
  for (const [kind, weight] of opWeights) {
    roll -= weight
    if (roll < 0) return kind
  }
  return "chats.list"
}

const randomFault = (rng: Random): FaultRule => {
  const match = rng.pick([
    undefined,
    { method: "GET" },
    { method: "POST" },
    { path: "/v1/chats/{chatID}/messages" },
    { path: "/v1/chats/*" },
  ])
  const base = { times: 1, ...(match === undefined ? {} : { match }) }
  switch (rng.pick(["status", "status", "rateLimit", "reset", "reset", "latency"] as const)) {
    case "status":
      return { ...base, kind: "status", status: rng.pick([500, 502, 503, 504] as const) }
    case "rateLimit":
      return { ...base, kind: "rateLimit", retryAfter: rng.pick([0, 0, 0, 1]) }
    case "reset":
      return { ...base, kind: "reset" }
    case "latency":
      return { ...base, kind: "latency", ms: rng.int(5, 60) }
  }
}

/** The whole run, decided up front from the seed: per client, per phase, the operations and their faults. */
const makePlan = (seed: number, targets: number) => {
  const rng = makeRandom(seed)
  return Array.from({ length: 2 }, () =>
    Array.from({ length: CLIENTS }, () =>
      Array.from({ length: OPS_PER_PHASE }, (): Step => ({
        kind: pickWeighted(rng),
        target: rng.int(0, targets - 1),
        fault: rng.chance(FAULT_PROBABILITY) ? randomFault(rng) : undefined,
        dropSocket: rng.chance(WS_DROP_PROBABILITY) ? rng.int(1, 8) : undefined,
      }))))
}

interface Outcome {
  readonly kind: OpKind
  readonly text?: string
  /** `success`, the typed error's tag, `defect` or `interrupted`. */
  readonly result: string
  readonly typed: boolean
}

const classify = (kind: OpKind, exit: Exit.Exit<unknown, RequestError>, text?: string): Outcome => {
  const common = { kind, ...(text === undefined ? {} : { text }) }
  if (Exit.isSuccess(exit)) return { ...common, result: "success", typed: true }
  if (Cause.hasDies(exit.cause)) return { ...common, result: "defect", typed: false }
  const error = Cause.findErrorOption(exit.cause)
  if (error._tag === "None") return { ...common, result: "interrupted", typed: false }
  return { ...common, result: error.value._tag, typed: isRequestError(error.value) }
}

interface Change {
  readonly type: string
  readonly chatID: string
  readonly ids: ReadonlyArray<string>
  readonly entries?: ReadonlyArray<{
    readonly id: string
    readonly sortKey: string
    readonly text?: string | undefined
    readonly isDeleted?: boolean | undefined
    readonly editedTimestamp?: string | undefined
    readonly sendStatus?: { readonly status: string } | undefined
    readonly reactions?: ReadonlyArray<unknown> | undefined
  }> | undefined
}

/** What identifies a change on the wire: type, chat, IDs, and for message upserts the state of each entry. */
const keyOf = (e: Change): string =>
  `${e.type}|${e.chatID}|${e.ids.join(",")}|${
    (e.entries ?? []).map((m) =>
      `${m.id}:${m.sortKey}:${m.sendStatus?.status ?? ""}:${m.isDeleted === true}:${m.editedTimestamp ?? ""}:${m.reactions?.length ?? 0}:${m.text ?? ""}`
    ).join(",")
  }`

/** Everything one soak run observed. */
interface SoakRun {
  readonly outcomes: ReadonlyArray<Outcome>
  readonly changes: ReadonlyArray<StoreEvent & { readonly at: number }>
  readonly received: ReadonlyArray<{ readonly event: LiveEvent; readonly at: number }>
  readonly unhandled: ReadonlyArray<unknown>
  readonly faultsAdded: number
  readonly faultsLeft: number
  readonly heapAfterPhase1: number
  readonly heapAfterPhase2: number
  /** The end marker was delivered, or a gap after it was. */
  readonly markerSettled: boolean
  readonly targets: number
}

/** Runs the whole soak once: the mock server, the events stream, the clients, the plan. */
const runSoak: Effect.Effect<SoakRun, InsecureTransport, Scope.Scope> = Effect.gen(function*() {
  const unhandled: Array<unknown> = []
  const onUnhandled = (reason: unknown) => unhandled.push(reason)
  process.on("unhandledRejection", onUnhandled)
  yield* Effect.addFinalizer(() => Effect.sync(() => process.off("unhandledRejection", onUnhandled)))

  const server = yield* mockServerScoped({ seed: SEED, sendDelay: [2, 15] })
  const token = Redacted.make(server.token)

  // The store's change feed, in emission order, with the time of each change.
  const changes: Array<StoreEvent & { readonly at: number }> = []
  const unsubscribe = server.onChange((event) => changes.push({ ...event, at: performance.now() }))
  yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))

  // Targets (read without faults): writable chats that take reactions, and one settled message in each.
  const core = createBeeperClient({ baseUrl: server.url, accessToken: server.token })
  const { data: page } = yield* Effect.promise(() => core.chats.list({ query: { limit: 60 } }))
  const targets: Array<{ chatID: string; messageID: string; reactionKey: string }> = []
  for (const chat of page!.items) {
    if (targets.length === 5) break
    const capabilities = chat.capabilities as { reaction?: number; allowedReactions?: Array<string> } | undefined
    if (chat.isReadOnly || (capabilities?.reaction ?? 0) <= 0) continue
    const { data: messages } = yield* Effect.promise(() => core.messages.list({ path: { chatID: chat.id } }))
    const message = messages?.items.find((m) => !m.isDeleted && m.sendStatus?.status !== "PENDING")
    if (message === undefined) continue
    targets.push({ chatID: chat.id, messageID: message.id, reactionKey: capabilities?.allowedReactions?.[0] ?? "👍" })
  }
  if (targets.length < 3) throw new Error("the fixtures have no three writable chats with messages")
  const plan = makePlan(SEED, targets.length)

  // One events stream over the whole run.
  const received: Array<{ readonly event: LiveEvent; readonly at: number }> = []
  const connected = yield* Deferred.make<void>()
  const eventsLayer = BeeperEvents.layer({
    baseUrl: server.url,
    accessToken: token,
    reconnectSchedule: Schedule.spaced("10 millis"),
  }).pipe(Layer.provide(wsConstructor()))
  const stream = yield* Effect.gen(function*() {
    const live = yield* BeeperEvents
    yield* live.events("*").pipe(
      Stream.runForEach((event) =>
        Effect.andThen(
          Effect.sync(() => received.push({ event, at: performance.now() })),
          event.type === "connected" ? Deferred.succeed(connected, undefined) : Effect.void,
        )
      ),
    )
  }).pipe(Effect.provide(eventsLayer), Effect.forkScoped)
  yield* Deferred.await(connected)
  /** Domain events the stream received since its last `connected`. */
  const eventsOnConnection = () => {
    let count = 0
    for (let i = received.length - 1; i >= 0 && received[i]!.event.type !== "connected"; i--) {
      if (received[i]!.event.type !== "gap") count++
    }
    return count
  }

  // The clients: one layer each, fast retries, a bounded timeout.
  const clients = yield* Effect.forEach(Array.from({ length: CLIENTS }), () =>
    Effect.service(BeeperDesktop).pipe(
      Effect.provide(
        BeeperDesktop.layer({
          baseUrl: server.url,
          accessToken: token,
          retry: Schedule.exponential("5 millis").pipe(Schedule.upTo({ times: 4 })),
          timeout: "5 seconds",
        }).pipe(Layer.provide(FetchHttpClient.layer)),
      ),
    ))

  const outcomes: Array<Outcome> = []
  let faultsAdded = 0
  const runStep = (client: number, phase: number, index: number, step: Step) =>
    Effect.gen(function*() {
      const beeper = clients[client]!
      const target = targets[step.target]!
      if (step.fault !== undefined) {
        server.faults.add(step.fault)
        faultsAdded++
      }
      // the mock counts events per connection: drop this one a few events from now
      if (step.dropSocket !== undefined) {
        server.faults.add({ kind: "wsClose", afterEvents: eventsOnConnection() + step.dropSocket, times: 1 })
      }
      const text = `soak ${SEED} c${client} p${phase} op${index}`
      const call: Effect.Effect<unknown, RequestError> = (() => {
        switch (step.kind) {
          case "chats.list":
            return beeper.chats.list({ limit: 10 })
          case "chats.retrieve":
            return beeper.chats.retrieve({ chatID: target.chatID })
          case "messages.list":
            return beeper.messages.list({ chatID: target.chatID })
          case "accounts.list":
            return beeper.accounts.list()
          case "chats.archive":
            return beeper.chats.archive({ chatID: target.chatID, archived: index % 2 === 0 })
          case "reactions.add":
            return beeper.chats.messages.reactions.add({
              chatID: target.chatID,
              messageID: target.messageID,
              reactionKey: target.reactionKey,
            })
          case "messages.send":
            return beeper.messages.send({ chatID: target.chatID, text })
        }
      })()
      const exit = yield* Effect.exit(call)
      outcomes.push(classify(step.kind, exit, step.kind === "messages.send" ? text : undefined))
    })

  const runPhase = (phase: number) =>
    Effect.forEach(
      plan[phase]!,
      (steps, client) => Effect.forEach(steps, (step, index) => runStep(client, phase, index, step), { discard: true }),
      { concurrency: "unbounded", discard: true },
    )

  yield* runPhase(0)
  const heapAfterPhase1 = heapAfterGc()
  yield* runPhase(1)
  const heapAfterPhase2 = heapAfterGc()

  // Quiesce: no more faults, let pending sends settle, then a marker message ends the run once the stream has
  // delivered it (or signalled a gap after it).
  const faultsLeft = server.faults.list().filter((f) => !f.kind.startsWith("ws")).length
  server.faults.clear()
  yield* Effect.sleep("100 millis")
  const markerText = `soak ${SEED} end`
  server.simulate.incomingMessage({ chatID: targets[0]!.chatID, text: markerText })
  const markerAt = changes[changes.length - 1]!.at
  const settled = () =>
    received.some(({ event }) => event.type === "message.upserted" && event.entries?.some((m) => m.text === markerText)) ||
    received.some(({ event, at }) => event.type === "gap" && at > markerAt)
  for (let waited = 0; !settled() && waited < 10_000; waited += 10) yield* Effect.sleep("10 millis")
  const markerSettled = settled()
  yield* Fiber.interrupt(stream)
  return {
    outcomes,
    changes,
    received,
    unhandled,
    faultsAdded,
    faultsLeft,
    heapAfterPhase1,
    heapAfterPhase2,
    markerSettled,
    targets: targets.length,
  } satisfies SoakRun
})

describe(`soak (seed ${SEED}): ${CLIENTS} clients × ${2 * OPS_PER_PHASE} operations under random faults`, () => {
  let run: SoakRun
  beforeAll(async () => {
    run = await Effect.runPromise(Effect.scoped(runSoak))
    const tally = (list: ReadonlyArray<Outcome>) => {
      const counts = new Map<string, number>()
      for (const o of list) counts.set(o.result, (counts.get(o.result) ?? 0) + 1)
      return [...counts].map(([result, count]) => `${result} ${count}`).join(", ")
    }
    const connections = run.received.filter(({ event }) => event.type === "connected").length
    console.log(
      `soak seed ${SEED}: ${run.outcomes.length} operations (${run.faultsAdded} faults injected, ` +
        `${run.faultsAdded - run.faultsLeft} hit); idempotent: ${tally(run.outcomes.filter((o) => isIdempotent(o.kind)))}; ` +
        `sends: ${tally(run.outcomes.filter((o) => o.kind === "messages.send"))}; ${run.changes.length} store changes over ` +
        `${connections} connections; heap ${run.heapAfterPhase1.toFixed(1)} → ${run.heapAfterPhase2.toFixed(1)} MB`,
    )
  }, 300_000)

  it("no defect, no interruption, no unhandled rejection: every failure is a typed error", () => {
    assert.strictEqual(run.outcomes.length, CLIENTS * 2 * OPS_PER_PHASE)
    assert.deepStrictEqual(run.outcomes.filter((o) => !o.typed), [], "every failure is a typed RequestError")
    assert.deepStrictEqual(run.unhandled, [], "no unhandled rejection")
    assert.isAtLeast(run.faultsAdded - run.faultsLeft, Math.floor(run.faultsAdded * 0.6), "most injected faults hit a request")
  })

  it("every idempotent call ends in success or a typed error; retries absorb the single-shot faults", () => {
    const idempotent = run.outcomes.filter((o) => isIdempotent(o.kind))
    assert.isTrue(idempotent.every((o) => o.typed))
    const ok = idempotent.filter((o) => o.result === "success").length
    assert.isAtLeast(ok / idempotent.length, 0.9, `idempotent successes: ${ok}/${idempotent.length}`)
  })

  it("zero duplicate sends: each client-generated text is stored at most once, exactly once when the send succeeded", () => {
    // per client-generated text, the distinct messages (by sortKey) the store announced
    const messagesByText = new Map<string, Set<string>>()
    for (const change of run.changes) {
      if (change.type !== "message.upserted") continue
      for (const entry of change.entries) {
        if (entry.text?.startsWith(`soak ${SEED} c`) !== true) continue
        let keys = messagesByText.get(entry.text)
        if (keys === undefined) messagesByText.set(entry.text, keys = new Set())
        keys.add(entry.sortKey)
      }
    }
    const sends = run.outcomes.filter((o) => o.kind === "messages.send")
    const duplicates = [...messagesByText].filter(([, keys]) => keys.size > 1).map(([text]) => text)
    assert.deepStrictEqual(duplicates, [], "no text was stored twice")
    for (const send of sends) {
      const stored = messagesByText.get(send.text!)?.size ?? 0
      if (send.result === "success") assert.strictEqual(stored, 1, `${send.text} succeeded: stored once`)
      else assert.isAtMost(stored, 1, `${send.text} failed with ${send.result}: stored at most once`)
    }
    assert.isAtLeast(sends.filter((s) => s.result === "success").length, 1)
    assert.isAtLeast(sends.filter((s) => s.result !== "success").length, 1, "some sends met a fault")
  })

  it("every store change is delivered in order, or covered by a gap signal", () => {
    // Covered: by a gap for its chat that the stream carries after the change happened and before the next change
    // it delivers (so no loss is ever silent), or by an identical notification delivered after it (`chat.upserted`
    // of a chat carries only its ID: one stands for the other).
    assert.isTrue(run.markerSettled, "the end marker was delivered or covered by a gap")
    const isDomain = (event: LiveEvent) =>
      event.type === "chat.upserted" || event.type === "chat.deleted" || event.type === "message.upserted" ||
      event.type === "message.deleted"
    const delivered = run.received.filter(({ event }) => isDomain(event))
    const gaps = run.received.flatMap(({ event, at }, position) => (event.type === "gap" ? [{ ...event, at, position }] : []))
    const missed: Array<{ change: StoreEvent & { at: number }; before: number }> = []
    let next = 0
    for (const [position, { event }] of run.received.entries()) {
      if (!isDomain(event)) continue
      const key = keyOf(event as Change)
      let index = next
      while (index < run.changes.length && keyOf(run.changes[index]!) !== key) index++
      assert.isBelow(index, run.changes.length, `delivered event ${key} matches a store change after the previous one`)
      for (const change of run.changes.slice(next, index)) missed.push({ change, before: position })
      next = index + 1
    }
    for (const change of run.changes.slice(next)) missed.push({ change, before: run.received.length })
    const deliveredKeys = delivered.map(({ event, at }) => ({ key: keyOf(event as Change), at }))
    const uncovered = missed.filter(({ change, before }) =>
      !gaps.some((gap) =>
        gap.at > change.at && gap.position < before && (gap.allChats || gap.chatIDs.includes(change.chatID))
      ) && !deliveredKeys.some(({ key, at }) => at > change.at && key === keyOf(change))
    )
    // on failure, the stream around each uncovered change (what was received, with times)
    const context = uncovered.map(({ change, before }) =>
      [`${keyOf(change)} at ${change.at.toFixed(1)} ms:`, ...run.received.slice(Math.max(0, before - 4), before + 2).map(({ event, at }) =>
        `  ${at.toFixed(1)} ${event.type} ${"chatID" in event ? event.chatID : ""}`
      )].join("\n")
    ).join("\n")
    assert.deepStrictEqual(uncovered.map(({ change }) => keyOf(change)), [], `every missed change is covered:\n${context}`)
    const reconnects = run.received.filter(({ event }) => event.type === "connected").length - 1
    assert.isAtLeast(reconnects, 1, "the WebSocket was dropped and re-established")
    assert.isAtLeast(gaps.length, reconnects, "a gap signal after every reconnect")
  })

  it("memory is bounded: the second half of the run keeps no more than the first", () => {
    assert.isBelow(
      run.heapAfterPhase2 - run.heapAfterPhase1,
      HEAP_MARGIN_MB,
      `heap ${run.heapAfterPhase1.toFixed(1)} → ${run.heapAfterPhase2.toFixed(1)} MB`,
    )
  })
})

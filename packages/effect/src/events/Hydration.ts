/**
 * Completing the best-effort entries of upserted events. Desktop's `entries` may be partial (the docs' own example
 * is `{ "id": "m1", "reactions": [] }`); each incomplete entry is fetched by its ID over HTTP — `messages.retrieve`
 * for `message.upserted`, `chats.retrieve` for `chat.upserted`, through the `BeeperClient` service (which
 * `BeeperDesktop.layer` provides too) and its retries — a few at a time, so the consumer receives complete, validated resources. An entry that cannot be
 * fetched is listed in the event's `unhydrated` with its ID and the reason: no entry is dropped without a signal.
 *
 * Without a `BeeperClient` service nothing is fetched: every incomplete entry is `unhydrated` with the reason
 * `no-http-client`.
 *
 * @module
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Result from "effect/Result"
import type { BeeperClientApi } from "../BeeperClient.ts"
import type { RequestError } from "../BeeperError.ts"
import { chatsRetrieve, messagesRetrieve } from "../internal/generated.ts"
import type { Chat, Message } from "../generated/schemas.ts"
import type { Drift, DriftLog } from "../internal/drift.ts"
import type { IncompleteEntry, UpsertedFrame } from "./Frames.ts"
import type { ChatUpserted, MessageUpserted, UnhydratedEntry } from "./LiveEvent.ts"

/** Incomplete entries fetched at the same time, per event. */
export const defaultConcurrency = 4

/** Completes the incomplete entries of an upserted event (see the module description). */
export type Hydrate = (frame: UpsertedFrame) => Effect.Effect<MessageUpserted | ChatUpserted>

const unhydrated = (id: string | undefined, reason: UnhydratedEntry["reason"], message: string): UnhydratedEntry => ({
  id,
  reason,
  message,
})

const failureOf = (id: string, error: RequestError): UnhydratedEntry =>
  unhydrated(id, error._tag === "NotFound" ? "not-found" : "request-failed", `${error._tag}: ${error.message}`)

/**
 * A hydrator over `client` (when provided), reporting `entry-hydrated` / `entry-unhydrated` drift to `drift`.
 */
export const make = (options: {
  readonly client: Option.Option<BeeperClientApi>
  readonly drift: DriftLog
  readonly concurrency?: number | undefined
}): Hydrate => {
  const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency)

  const fetchOne = (
    event: MessageUpserted | ChatUpserted,
    id: string,
  ): Effect.Effect<Message | Chat, UnhydratedEntry> => {
    if (Option.isNone(options.client)) {
      return Effect.fail(unhydrated(id, "no-http-client", "no BeeperClient service to fetch the entry with"))
    }
    const client = options.client.value
    const request: Effect.Effect<Message | Chat, RequestError> = event.type === "message.upserted"
      ? client.call(messagesRetrieve, { chatID: event.chatID, messageID: id })
      : client.call(chatsRetrieve, { chatID: id })
    return Effect.mapError(request, (error) => failureOf(id, error))
  }

  /** The complete resource of an incomplete entry, or why there is none. */
  const complete = (event: MessageUpserted | ChatUpserted, entry: IncompleteEntry) =>
    entry.id === undefined
      ? Effect.fail(unhydrated(undefined, "missing-id", "the entry has no id to fetch it by"))
      : fetchOne(event, entry.id)

  return (frame) =>
    Effect.gen(function*() {
      const event: MessageUpserted | ChatUpserted = frame.event
      const operation = event.type === "message.upserted" ? "messages.retrieve" : "chats.retrieve"
      // each entry's resource or why there is none (`Effect.result` would do; it brings Effect's `match` family into
      // an edge bundle, ~0.2 KB gzip: tooling/bench/README.md)
      const settle = (entry: IncompleteEntry) =>
        Effect.catch(Effect.map(complete(event, entry), Result.succeed), (failure) => Effect.succeed(Result.fail(failure)))
      const results = yield* Effect.forEach(frame.incomplete, settle, { concurrency })
      const byIndex = new Map(frame.incomplete.map((entry, i) => [entry.index, results[i]!]))
      const wire = event.entries ?? []
      const entries: Array<Message | Chat> = []
      const missing: Array<UnhydratedEntry> = []
      const drift: Array<Drift> = []
      // back in the server's order: the complete entries kept theirs, the incomplete ones go where they were
      let next = 0
      for (let index = 0; index < wire.length + results.length; index++) {
        const result = byIndex.get(index)
        if (result === undefined) {
          entries.push(wire[next++]!)
          continue
        }
        const path = `entries[${index}]`
        if (Result.isSuccess(result)) {
          entries.push(result.success)
          drift.push({ source: event.type, path, kind: "entry-hydrated", detail: `completed with ${operation}` })
        } else {
          missing.push(result.failure)
          drift.push({ source: event.type, path, kind: "entry-unhydrated", detail: `${result.failure.reason}: ${result.failure.message}` })
        }
      }
      yield* options.drift.reportAll(drift)
      return { ...event, entries, ...(missing.length === 0 ? {} : { unhydrated: missing }) } as MessageUpserted | ChatUpserted
    })
}

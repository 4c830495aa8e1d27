/**
 * The `drift` profile: the mock behaves like a newer (or just different) Beeper Desktop than the one
 * spec/openapi.yaml describes, so a whole stack can be tested against drift end to end. Every variation is
 * something a client that "reads tolerantly" must accept: new enum values, unknown fields, partial best-effort
 * WebSocket entries, unknown event types, extra frame fields and another `ts` form. Off by default; deterministic
 * for a seed (the field names and values it adds are drawn once from `${seed}:drift`, the rest follows fixed
 * rules). The profile is off-spec by design: contract tests run without it.
 */
import { makeRandom } from "../support/random.ts"
import type { StoreEvent } from "../store/model.ts"
import type { TsFormat } from "../support/timestamps.ts"

/** One way the drift profile departs from spec/openapi.yaml and spec/asyncapi.yaml. */
export interface DriftVariation {
  /** Stable identifier, e.g. `enum.chat-type`. */
  readonly id: string
  /** Where it shows: HTTP response bodies, WebSocket frames, or both. */
  readonly where: "http" | "ws" | "http+ws"
  /** What changes, precisely enough for a test to check it. */
  readonly description: string
  /** Why a newer Desktop plausibly does this: the source of the value or shape. */
  readonly source: string
}

/** Every variation the profile applies, in the order the README lists them. */
export const driftVariations: ReadonlyArray<DriftVariation> = [
  {
    id: "enum.chat-type",
    where: "http",
    description: 'Read-only group chats (announcement channels) have `type: "channel"`.',
    source: "Beeper Desktop's chat model descends from the Texts platform SDK: `ThreadType = 'single' | 'group' | 'channel' | 'broadcast'` (TextsHQ/platform-sdk src/Thread.ts).",
  },
  {
    id: "enum.chat-capabilities-disappearing-timer",
    where: "http",
    description: '`ChatCapabilities.disappearingTimer.types` gains `"afterReadByRecipient"`.',
    source: "Beeper's newer generated SDKs: `types?: Array<'afterRead' | 'afterReadByRecipient' | 'afterSend'>` (beeper/desktop-api-js src/resources/shared.ts, also the Go and Python SDKs); the 5.0.0 OpenAPI document lists afterRead/afterSend only.",
  },
  {
    id: "enum.bridge-disappearing-timer",
    where: "http",
    description: 'Bridge `DisappearingTimerCapability.types` (`group_creation.*.disappear.settings.types`) gains `"after_read_by_recipient"`.',
    source: "Beeper's newer PHP SDK: enum `BeeperDesktop\\Bridges\\DisappearingTimerCapability\\Type` has AFTER_READ_BY_RECIPIENT = 'after_read_by_recipient' (beeper/desktop-api-php src/Bridges/DisappearingTimerCapability/Type.php); mautrix bridges' disappearing types.",
  },
  {
    id: "unknown-field.root",
    where: "http",
    description: "Every JSON object response body gets one extra field at its root (name and value drawn from the seed).",
    source: "New response fields are how Desktop releases grow the API (e.g. `endpoints.oauth` in /v1/info arrived in SDK v5); the upstream schemas do not forbid additional properties.",
  },
  {
    id: "unknown-field.nested",
    where: "http",
    description: "Every resource object nested directly in another object (one with an `id` or `…ID` field, e.g. `Account.user`) gets one extra field.",
    source: "As above, one level down: SDK v5 added nested objects' fields (e.g. `Chat.capabilities`) without a new API version.",
  },
  {
    id: "unknown-field.array-item",
    where: "http+ws",
    description: "Every resource object in an array (list items, participants, attachments, reactions, WebSocket `entries`) gets one extra field.",
    source: "As above, on list items: the shape most clients decode in bulk.",
  },
  {
    id: "ws.account-id",
    where: "ws",
    description: "Domain event frames carry `accountID` (the chat's account) besides `{type, seq, ts, chatID, ids, entries?}`.",
    source: "Upstream `WSDomainEventMessage` has `additionalProperties: false` today, but every other chat-scoped payload carries `accountID`; a newer Desktop adding it is the natural next step.",
  },
  {
    id: "ws.partial-entries",
    where: "ws",
    description: "Every second `message.upserted` on a connection carries partial entries `{id, reactions}` instead of full Messages (hydrate them by ID).",
    source: 'The WebSocket guide\'s own example: `"entries": [{ "id": "m1", "reactions": [] }]`; upstream calls `entries` "best-effort" objects.',
  },
  {
    id: "ws.unknown-event-types",
    where: "ws",
    description: "Before every odd-numbered domain event on a connection comes an event of an unknown type, alternating `message.stream` (domain-event shaped, with the chat and message IDs) and `app.state.updated` (`{type, seq, ts, appState: {state}}`, no chat, as spec/asyncapi.yaml's AppStateUpdatedEvent). Both take a `seq`.",
    source: "Event types named in issue 13 as sent by newer Desktop builds; spec/asyncapi.yaml: \"Clients must ignore frames whose type they do not know\".",
  },
  {
    id: "ws.ts-form",
    where: "ws",
    description: '`ts` is an epoch-milliseconds numeric string (`"1778068800000"`) unless `tsFormat` is given explicitly.',
    source: "The forms observed from Desktop builds: ISO 8601 (upstream OpenAPI 5.0.0), epoch ms (the WebSocket guide), epoch ms as a string.",
  },
]

/** The `ts` form the profile uses when `tsFormat` is not given. */
export const DRIFT_TS_FORMAT: TsFormat = "ms-string"

/** A JSON object. */
type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
/** A resource (not a map keyed by IDs): it names itself with `id` or an `…ID` field. */
const isResource = (value: Json): boolean => Object.keys(value).some((key) => key === "id" || /^[a-z]+ID$/.test(key))

/** Candidate extra fields per place; the seed picks one of each (names not used anywhere in the spec). */
const ROOT_FIELDS = ["serverTiming", "deprecations", "_meta"] as const
const NESTED_FIELDS = ["presence", "verifiedAt", "themeColor"] as const
const ITEM_FIELDS = ["folderID", "isEncrypted", "lastSyncedAt"] as const

const valueOf = (name: string, n: number): unknown => {
  switch (name) {
    case "serverTiming":
      return { totalMs: n % 40, cached: n % 2 === 0 }
    case "deprecations":
      return [{ field: "legacyField", removeIn: "5.0.0" }]
    case "_meta":
      return { desktopBuild: `4.3.${n % 1000}`, channel: "nightly" }
    case "presence":
      return { status: n % 2 === 0 ? "online" : "away" }
    case "verifiedAt":
      return new Date(Date.UTC(2026, 0, 1 + (n % 28))).toISOString()
    case "themeColor":
      return `#${(n % 0xffffff).toString(16).padStart(6, "0")}`
    case "folderID":
      return n % 2 === 0 ? "inbox" : "work"
    case "isEncrypted":
      return n % 2 === 0
    case "lastSyncedAt":
      return new Date(Date.UTC(2026, 4, 1) + (n % 86_400) * 1000).toISOString()
    default:
      return n
  }
}

/** The extra fields a drifting server adds, drawn from a seed. */
export interface DriftFields {
  readonly root: readonly [name: string, value: unknown]
  readonly nested: readonly [name: string, value: unknown]
  readonly item: readonly [name: string, value: unknown]
}

/** A drift profile for one server. */
export class Drift {
  readonly fields: DriftFields
  readonly #accountOf: (chatID: string) => string | undefined
  readonly #accounts = new Map<string, string>()

  constructor(seed: string | number, accountOf: (chatID: string) => string | undefined) {
    const rng = makeRandom(`${seed}:drift`)
    const draw = (names: ReadonlyArray<string>): readonly [string, unknown] => {
      const name = rng.pick(names)
      return [name, valueOf(name, rng.int(0, 1_000_000))]
    }
    this.fields = { root: draw(ROOT_FIELDS), nested: draw(NESTED_FIELDS), item: draw(ITEM_FIELDS) }
    this.#accountOf = accountOf
  }

  /** An HTTP response body as a drifting Desktop sends it (a copy; the input is not changed). */
  response(body: unknown): unknown {
    const copy = this.#walk(structuredClone(body), undefined, "root")
    if (isObject(copy)) copy[this.fields.root[0]] = structuredClone(this.fields.root[1])
    return copy
  }

  /**
   * The frames a drifting Desktop sends for one domain event (`frame`: the event's frame without `seq`): maybe
   * an unknown event first, then the event with `accountID`, and with partial or drifted entries. `count` is the
   * number of domain events already sent on the connection, `upserts` the number of `message.upserted` among
   * them; `seq` allocates the next seq.
   */
  frames(event: StoreEvent, frame: Json, connection: { readonly count: number; readonly upserts: number; readonly seq: () => number }): Array<Json> {
    const out: Array<Json> = []
    if (connection.count % 2 === 0) {
      const ts = frame["ts"]
      out.push(
        connection.count % 4 === 0
          ? { type: "message.stream", seq: connection.seq(), ts, chatID: event.chatID, ids: [...event.ids] }
          : { type: "app.state.updated", seq: connection.seq(), ts, appState: { state: "ready" } },
      )
    }
    const drifted: Json = { type: frame["type"], seq: connection.seq(), ...frame }
    const accountID = this.#account(event.chatID)
    if (accountID !== undefined) drifted["accountID"] = accountID
    if (event.type === "message.upserted") {
      drifted["entries"] =
        connection.upserts % 2 === 1
          ? event.entries.map((m) => ({ id: m.id, reactions: structuredClone(m.reactions ?? []) }))
          : this.#walk(structuredClone(event.entries), undefined, "array")
    }
    out.push(drifted)
    return out
  }

  #account(chatID: string): string | undefined {
    const accountID = this.#accountOf(chatID) ?? this.#accounts.get(chatID)
    if (accountID !== undefined) this.#accounts.set(chatID, accountID)
    return accountID
  }

  /** Applies the enum and unknown-field variations below a value; `place` says where the value sits. */
  #walk(value: unknown, key: string | undefined, place: "root" | "nested" | "array"): unknown {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.#walk(value[i], key, "array")
      return value
    }
    if (!isObject(value)) return value
    for (const [k, v] of Object.entries(value)) value[k] = this.#walk(v, k, "nested")
    // enum.chat-type
    if (value["type"] === "group" && value["isReadOnly"] === true && isObject(value["participants"])) value["type"] = "channel"
    // enum.chat-capabilities-disappearing-timer
    if (key === "disappearingTimer" && Array.isArray(value["types"]) && !value["types"].includes("afterReadByRecipient")) value["types"] = [...value["types"], "afterReadByRecipient"]
    // enum.bridge-disappearing-timer
    if (key === "settings" && Array.isArray(value["types"]) && !value["types"].includes("after_read_by_recipient")) value["types"] = [...value["types"], "after_read_by_recipient"]
    if (place !== "root" && isResource(value)) {
      const [name, extra] = place === "array" ? this.fields.item : this.fields.nested
      value[name] = structuredClone(extra)
    }
    return value
  }
}

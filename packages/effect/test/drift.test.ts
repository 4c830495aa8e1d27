// Tolerant reading of HTTP responses: bodies a newer, older or other Desktop could send — a real body from the mock
// server, changed the way the variant's source says — read with zero items lost (unknown enum values kept as the raw
// value, undeclared fields dropped, a missing nullable cursor read as null), each drift logged once per layer and
// counted every time, refused with a DecodeError naming the path under `strict: true`; real contract breaks fail
// with every issue listed.
import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted } from "effect"
import { FetchHttpClient } from "effect/http"
import {
  BeeperDesktop,
  type BeeperDesktopApi,
  BeeperEvents,
  BeeperServices,
  type ClientOptions,
  type OperationId,
  type RequestError,
} from "../src/index.ts"
import type { DriftKind } from "../src/internal/drift.ts"
import { captureDrift, driftCount } from "./support/driftCapture.ts"
import { mockDesktop } from "./support/mockDesktop.ts"
import { scriptedServer } from "./support/scriptedServer.ts"

// Bodies are plain JSON the tests reshape freely.
// deno-lint-ignore no-explicit-any
type Json = any

/** IDs of real objects of the mock server, to fetch the bodies the variants change. */
interface Ids {
  readonly chatID: string
  readonly messageID: string
  readonly bridgeID: string
  readonly accountID: string
}

/** What a variant expects of the body it changed. */
interface Expected {
  /** Every drift of one response, in body order. */
  readonly drift: ReadonlyArray<{ readonly path: string; readonly kind: DriftKind }>
  /** What the read value must hold (beyond "nothing lost"), given the body as sent. */
  readonly check: (value: Json, sent: Json) => void
}

interface Variant {
  readonly name: string
  readonly operationId: OperationId
  /**
   * The mock server request (path and query) whose body the variant changes, or a body of Beeper's docs (for an
   * answer the mock server gives only in a flow it cannot be led through, e.g. sign-up).
   */
  readonly request: ((ids: Ids) => string) | { readonly docsExample: Json }
  /** The operation's input (the scripted server answers any request with the changed body). */
  readonly input: (ids: Ids) => object
  /** Changes the real body in place into what that Desktop would send. */
  readonly change: (body: Json) => Expected
}

const encode = encodeURIComponent
const token = "drift-test-token"

/** Every item of a page is still there, in order. */
const sameItems = (value: Json, sent: Json) =>
  assert.deepStrictEqual(value.items.map((item: Json) => item.id), sent.items.map((item: Json) => item.id))

const chatsList = () => "/v1/chats?limit=5"
const messagesList = (ids: Ids) => `/v1/chats/${encode(ids.chatID)}/messages`
const chatRetrieve = (ids: Ids) => `/v1/chats/${encode(ids.chatID)}`
const messageRetrieve = (ids: Ids) => `/v1/chats/${encode(ids.chatID)}/messages/${encode(ids.messageID)}`
const bridgeCapabilities = (ids: Ids) => `/v1/bridges/${encode(ids.bridgeID)}/capabilities`

const variants: ReadonlyArray<Variant> = [
  {
    name: "Beeper's newer SDKs (desktop-api-js/go/python): ChatCapabilities.disappearingTimer.types gains afterReadByRecipient",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      body.items[1].capabilities = { disappearingTimer: { types: ["afterRead", "afterReadByRecipient"] } }
      return {
        drift: [{ path: "items[1].capabilities.disappearingTimer.types[1]", kind: "unknown-enum-value" }],
        check: (value, sent) => {
          sameItems(value, sent)
          assert.deepStrictEqual(value.items[1].capabilities.disappearingTimer.types, ["afterRead", "afterReadByRecipient"])
        },
      }
    },
  },
  {
    name: "Beeper's newer PHP SDK: DisappearingTimerCapability.types gains after_read_by_recipient",
    operationId: "bridges.retrieveCapabilities",
    request: bridgeCapabilities,
    input: (ids) => ({ bridgeID: ids.bridgeID }),
    change: (body) => {
      body.group_creation.group.disappear.settings.types.push("after_read_by_recipient")
      return {
        drift: [{ path: "group_creation.group.disappear.settings.types[2]", kind: "unknown-enum-value" }],
        check: (value, sent) =>
          assert.deepStrictEqual(
            value.group_creation.group.disappear.settings.types,
            sent.group_creation.group.disappear.settings.types,
          ),
      }
    },
  },
  {
    name: "Beeper SDK: a new capability inside a record value (ProvisioningCapabilities.group_creation.*)",
    operationId: "bridges.retrieveCapabilities",
    request: bridgeCapabilities,
    input: (ids) => ({ bridgeID: ids.bridgeID }),
    change: (body) => {
      body.group_creation.group.polls = { allowed: true }
      return {
        drift: [{ path: "group_creation.group.polls", kind: "unknown-field" }],
        check: (value, sent) => {
          assert.notProperty(value.group_creation.group, "polls")
          assert.deepStrictEqual(value.group_creation.group.name, sent.group_creation.group.name)
        },
      }
    },
  },
  {
    name: "observed wire: extra field on Message",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.items[0].threadRootID = "1304000"
      return {
        drift: [{ path: "items[0].threadRootID", kind: "unknown-field" }],
        check: (value, sent) => {
          sameItems(value, sent)
          assert.notProperty(value.items[0], "threadRootID")
          assert.strictEqual(value.items[0].text, sent.items[0].text)
        },
      }
    },
  },
  {
    name: "newer Desktop: Account.status gains paused",
    operationId: "accounts.list",
    request: () => "/v1/accounts",
    input: () => ({}),
    change: (body) => {
      body[0].status = "paused"
      return {
        drift: [{ path: "[0].status", kind: "unknown-enum-value" }],
        check: (value, sent) => {
          assert.deepStrictEqual(value.map((account: Json) => account.accountID), sent.map((account: Json) => account.accountID))
          assert.strictEqual(value[0].status, "paused")
        },
      }
    },
  },
  {
    name: "newer Desktop: Bridge.provider gains hosted",
    operationId: "accounts.retrieve",
    request: (ids) => `/v1/accounts/${encode(ids.accountID)}`,
    input: (ids) => ({ accountID: ids.accountID }),
    change: (body) => {
      body.bridge.provider = "hosted"
      return {
        drift: [{ path: "bridge.provider", kind: "unknown-enum-value" }],
        check: (value, sent) => {
          assert.strictEqual(value.bridge.provider, "hosted")
          assert.strictEqual(value.user.id, sent.user.id)
        },
      }
    },
  },
  {
    name: "newer Desktop: Chat.type gains channel",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      body.items[2].type = "channel"
      return {
        drift: [{ path: "items[2].type", kind: "unknown-enum-value" }],
        check: (value, sent) => {
          sameItems(value, sent)
          assert.strictEqual(value.items[2].type, "channel")
        },
      }
    },
  },
  {
    name: "newer Desktop: Chat.type gains channel on a single chat (chats.retrieve)",
    operationId: "chats.retrieve",
    request: chatRetrieve,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.type = "channel"
      return {
        drift: [{ path: "type", kind: "unknown-enum-value" }],
        check: (value, sent) => {
          assert.strictEqual(value.type, "channel")
          assert.deepStrictEqual(value.participants, sent.participants)
        },
      }
    },
  },
  {
    name: "newer Desktop: attachment type gains file",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      const index = body.items.findIndex((message: Json) => message.attachments?.length > 0)
      body.items[index].attachments[0].type = "file"
      return {
        drift: [{ path: `items[${index}].attachments[0].type`, kind: "unknown-enum-value" }],
        check: (value, sent) => {
          sameItems(value, sent)
          assert.deepStrictEqual(value.items[index].attachments, sent.items[index].attachments)
        },
      }
    },
  },
  {
    name: "newer Desktop: MessageSendStatus.status gains QUEUED",
    operationId: "messages.retrieve",
    request: messageRetrieve,
    input: (ids) => ({ chatID: ids.chatID, messageID: ids.messageID }),
    change: (body) => {
      body.sendStatus = { status: "QUEUED", timestamp: body.timestamp }
      return {
        drift: [{ path: "sendStatus.status", kind: "unknown-enum-value" }],
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "newer Desktop: a new sendStatus value and a new sendStatus field together",
    operationId: "messages.retrieve",
    request: messageRetrieve,
    input: (ids) => ({ chatID: ids.chatID, messageID: ids.messageID }),
    change: (body) => {
      body.sendStatus = { status: "SCHEDULED", timestamp: body.timestamp, scheduledFor: "2027-01-01T00:00:00Z" }
      return {
        drift: [
          { path: "sendStatus.scheduledFor", kind: "unknown-field" },
          { path: "sendStatus.status", kind: "unknown-enum-value" },
        ],
        check: (value, sent) =>
          assert.deepStrictEqual(value.sendStatus, { status: "SCHEDULED", timestamp: sent.timestamp }),
      }
    },
  },
  {
    name: "newer Desktop: Message.type gains POLL on every message of a page (logged once)",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      for (const message of body.items) message.type = "POLL"
      return {
        drift: body.items.map((_: Json, i: number) => ({ path: `items[${i}].type`, kind: "unknown-enum-value" })),
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "newer Desktop: the chat preview's Message.type gains POLL (a nested message in chats.list)",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      body.items[0].preview.type = "POLL"
      return {
        drift: [{ path: "items[0].preview.type", kind: "unknown-enum-value" }],
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "numeric enum: SupportLevel (-2..2) gains 3",
    operationId: "chats.retrieve",
    request: chatRetrieve,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.capabilities = { reaction: 3, edit: 2 }
      return {
        drift: [{ path: "capabilities.reaction", kind: "unknown-enum-value" }],
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "newer Desktop: a new field at the page root",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      body.totalCount = 42
      return {
        drift: [{ path: "totalCount", kind: "unknown-field" }],
        check: (value, sent) => {
          const { totalCount: _, ...rest } = sent
          assert.deepStrictEqual(value, rest)
        },
      }
    },
  },
  {
    name: "newer Desktop: a new nested field (Chat.participants.admins)",
    operationId: "chats.retrieve",
    request: chatRetrieve,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.participants.admins = [body.participants.items[0].id]
      return {
        drift: [{ path: "participants.admins", kind: "unknown-field" }],
        check: (value, sent) => {
          assert.notProperty(value.participants, "admins")
          assert.deepStrictEqual(value.participants.items, sent.participants.items)
        },
      }
    },
  },
  {
    name: "newer Desktop: a new field on every item of an array (logged once)",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      for (const chat of body.items) chat.folderID = "inbox"
      return {
        drift: body.items.map((_: Json, i: number) => ({ path: `items[${i}].folderID`, kind: "unknown-field" })),
        check: (value, sent) => {
          sameItems(value, sent)
          assert.isTrue(value.items.every((chat: Json) => !("folderID" in chat)))
        },
      }
    },
  },
  {
    name: "a Desktop writing a message's timestamp as prose (spec: format date-time, ISO 8601)",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.items[1].timestamp = "yesterday"
      return {
        drift: [{ path: "items[1].timestamp", kind: "timestamp-format" }],
        check: (value, sent) => assert.deepStrictEqual(value, sent), // kept as sent
      }
    },
  },
  {
    name: "a Desktop writing timestamps as epoch ms in a string, or without the T and zone (logged once per field)",
    operationId: "chats.list",
    request: chatsList,
    input: () => ({ limit: 5 }),
    change: (body) => {
      body.items[0].lastActivity = "1796536588454"
      body.items[2].lastActivity = "2026-12-06 06:00:08"
      body.items[3].preview = { ...body.items[3].preview, timestamp: "1796536588454" }
      return {
        drift: [
          { path: "items[0].lastActivity", kind: "timestamp-format" },
          { path: "items[2].lastActivity", kind: "timestamp-format" },
          { path: "items[3].preview.timestamp", kind: "timestamp-format" },
        ],
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "ISO 8601 timestamps in every form RFC 3339 allows (offset, fraction, lowercase) are no drift",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.items[0].timestamp = "2026-12-06T06:00:08.123Z"
      body.items[1].timestamp = "2026-12-06T07:00:08+01:00"
      body.items[2].timestamp = "2026-12-06t06:00:08.5z"
      return { drift: [], check: (value, sent) => assert.deepStrictEqual(value, sent) }
    },
  },
  {
    name: "observed wire (issue 13): the last page omits oldestCursor and newestCursor — optional by spec/patches.yaml, no drift",
    operationId: "messages.list",
    request: messagesList,
    input: (ids) => ({ chatID: ids.chatID }),
    change: (body) => {
      body.hasMore = false
      delete body.oldestCursor
      delete body.newestCursor
      return {
        drift: [],
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
  {
    name: "a Desktop rewording (or translating) the sign-up copy of app.setup.response, given as constants by the docs (app-login.md)",
    operationId: "app.setup.response",
    request: {
      docsExample: {
        copy: {
          submit: "Continue",
          terms: "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.",
          title: "Choose your username",
          usernamePlaceholder: "Username",
        },
        leadToken: "lead-1",
        registrationRequired: true,
        setupRequestID: "setup-1",
        usernameSuggestions: ["ada"],
      },
    },
    input: () => ({ setupRequestID: "setup-1", response: "123456" }),
    change: (body) => {
      body.copy.submit = "Weiter"
      body.copy.title = "Wähle deinen Benutzernamen"
      return {
        drift: [
          { path: "copy.submit", kind: "unknown-enum-value" },
          { path: "copy.title", kind: "unknown-enum-value" },
        ],
        // the whole answer is read — the setup request and lead token sign-up goes on with, the text as sent
        check: (value, sent) => assert.deepStrictEqual(value, sent),
      }
    },
  },
]

/** Calls a variant's operation. */
const call = (beeper: BeeperDesktopApi, variant: Variant, ids: Ids): Effect.Effect<unknown, RequestError> =>
  (beeper.call as (id: OperationId, input: unknown) => Effect.Effect<unknown, RequestError>)(
    variant.operationId,
    variant.input(ids),
  )

const getJson = (url: string, token: string): Effect.Effect<Json> =>
  Effect.promise(() => fetch(url, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.json()))

/** The mock server's IDs and the real body of a request (or a copy of the docs' body given instead). */
const realBody = (request: Variant["request"]) =>
  Effect.gen(function*() {
    const { server } = yield* mockDesktop()
    const chats = yield* getJson(`${server.url}/v1/chats?limit=1`, server.token)
    const chatID = chats.items[0].id as string
    const messages = yield* getJson(`${server.url}/v1/chats/${encode(chatID)}/messages`, server.token)
    const bridges = yield* getJson(`${server.url}/v1/bridges`, server.token)
    const accounts = yield* getJson(`${server.url}/v1/accounts`, server.token)
    const ids: Ids = {
      chatID,
      messageID: messages.items[0].id,
      bridgeID: bridges.items[0].id,
      accountID: accounts[0].accountID,
    }
    const body = typeof request === "function"
      ? yield* getJson(`${server.url}${request(ids)}`, server.token)
      : structuredClone(request.docsExample)
    return { ids, body }
  })

/** A BeeperDesktop service over a server that always answers `body`. */
const desktopAnswering = (body: Json, options: ClientOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* scriptedServer(() => ({ status: 200, body }))
    return yield* BeeperDesktop.pipe(
      Effect.provide(
        BeeperDesktop.layer({ baseUrl: server.url, accessToken: Redacted.make(token), retry: false, ...options }).pipe(
          Layer.provide(FetchHttpClient.layer),
        ),
      ),
    )
  })

const normalised = (path: string) => path.replace(/\[\d+\]/g, "[]")

describe("tolerant reading: HTTP response variants", () => {
  for (const variant of variants) {
    it.live(variant.name, () => {
      const capture = captureDrift()
      return Effect.gen(function*() {
        const { ids, body } = yield* realBody(variant.request)
        const expected = variant.change(body)
        const sent = structuredClone(body)
        const beeper = yield* desktopAnswering(body)

        // zero items lost, unknown values kept raw; the same drift twice is logged once
        const first = yield* call(beeper, variant, ids)
        expected.check(first, sent)
        assert.deepStrictEqual(yield* call(beeper, variant, ids), first)

        const once = new Map<string, Expected["drift"][number]>()
        for (const drift of expected.drift) {
          const key = `${normalised(drift.path)} ${drift.kind}`
          if (!once.has(key)) once.set(key, drift)
        }
        assert.deepStrictEqual(
          capture.lines.map(({ source, path, kind, level }) => ({ source, path, kind, level })),
          [...once.values()].map(({ path, kind }) => ({ source: variant.operationId, path, kind, level: "Warn" })),
        )
        for (const line of capture.lines) assert.notInclude(String(line.detail), "Bearer")
        // the metric counts every drift of both responses
        for (const kind of new Set(expected.drift.map((drift) => drift.kind))) {
          const perResponse = expected.drift.filter((drift) => drift.kind === kind).length
          assert.strictEqual(yield* driftCount(variant.operationId, kind), 2 * perResponse, kind)
        }

        // strict: the same body is a DecodeError naming the path, and nothing more is reported (a body without
        // drift is read the same under strict)
        const strict = yield* desktopAnswering(body, { strict: true })
        if (expected.drift.length === 0) {
          assert.deepStrictEqual(yield* call(strict, variant, ids), first)
          assert.strictEqual(capture.lines.length, 0)
          return
        }
        const error = yield* Effect.flip(call(strict, variant, ids))
        assert.strictEqual(error._tag, "DecodeError")
        if (error._tag === "DecodeError") {
          assert.strictEqual(error.field, expected.drift[0]!.path)
          assert.strictEqual(error.issueCount, expected.drift.length)
          assert.deepStrictEqual(
            error.issues.map((issue) => issue.field),
            expected.drift.slice(0, 10).map((drift) => drift.path),
          )
          assert.include(error.message, "(strict)")
        }
        assert.strictEqual(capture.lines.length, once.size)
      }).pipe(Effect.provide(capture.layer))
    })
  }
})

describe("tolerant reading: what stays strict", () => {
  const chatsPage = realBody(() => "/v1/chats?limit=5")

  it.live("a missing required id is a contract break, even next to tolerable drift (which is not reported)", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { body } = yield* chatsPage
      body.items[0].type = "channel"
      delete body.items[3].id
      const beeper = yield* desktopAnswering(body)
      const error = yield* Effect.flip(beeper.chats.list())
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") {
        assert.strictEqual(error.field, "items[3].id")
        assert.strictEqual(error.message, "items[3].id: Missing key")
        assert.deepStrictEqual(error.issues, [{ field: "items[3].id", message: "items[3].id: Missing key" }])
        assert.strictEqual(error.issueCount, 1)
      }
      assert.deepStrictEqual(capture.lines, [])
    }).pipe(Effect.provide(capture.layer))
  })

  it.live("twelve wrong types: the first 10 listed, all 12 counted, the message says how many more", () =>
    Effect.gen(function*() {
      const { ids, body } = yield* realBody((ids) => `/v1/chats/${encode(ids.chatID)}/messages`)
      for (const message of body.items.slice(0, 12)) message.timestamp = 1_777_000_000
      const beeper = yield* desktopAnswering(body)
      const error = yield* Effect.flip(beeper.messages.list({ chatID: ids.chatID }))
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") {
        assert.strictEqual(error.issueCount, 12)
        assert.deepStrictEqual(error.issues.map((issue) => issue.field), Array.from({ length: 10 }, (_, i) => `items[${i}].timestamp`))
        assert.strictEqual(error.field, "items[0].timestamp")
        assert.strictEqual(error.message, "items[0].timestamp: Expected string … and 11 more")
      }
    }))

  it.live("a number where an enum string was expected, and a missing required non-nullable field, are breaks", () =>
    Effect.gen(function*() {
      const { body } = yield* chatsPage
      body.items[1].type = 7
      delete body.hasMore
      const beeper = yield* desktopAnswering(body)
      const error = yield* Effect.flip(beeper.chats.list())
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") {
        assert.sameMembers(error.issues.map((issue) => issue.field), ["hasMore", "items[1].type"])
        assert.strictEqual(error.issueCount, 2)
      }
    }))

  it.live("a body that fits the spec is read without any drift", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { body } = yield* chatsPage
      const page = yield* (yield* desktopAnswering(body)).chats.list()
      assert.deepStrictEqual(page, body)
      assert.deepStrictEqual(capture.lines, [])
      assert.strictEqual(yield* driftCount("chats.list", "unknown-enum-value"), 0)
    }).pipe(Effect.provide(capture.layer))
  })

  it.live("a token echoed in a drifting value or field name never reaches the log", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { body } = yield* chatsPage
      body.items[0].type = token
      body.items[1][token] = true
      const page = yield* (yield* desktopAnswering(body)).chats.list()
      assert.strictEqual(page.items[0]!.type, token) // the value itself is the caller's
      assert.strictEqual(capture.lines.length, 2)
      for (const line of capture.lines) assert.notInclude(`${line.path} ${line.detail}`, token)
      assert.include(capture.lines.map((line) => `${line.path} ${line.detail}`).join(" "), "<redacted>")
    }).pipe(Effect.provide(capture.layer))
  })

  it.live("a timestamp that is no ISO 8601 date-time: the Warning and the strict error say so, no long value", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { ids, body } = yield* realBody(messagesList)
      body.items[0].timestamp = "yesterday"
      body.items[1].timestamp = "x".repeat(65) // not shown: only its length
      const page = yield* (yield* desktopAnswering(body)).messages.list({ chatID: ids.chatID })
      assert.strictEqual(page.items[0]!.timestamp, "yesterday")
      assert.deepStrictEqual(capture.lines.map((line) => line.detail), ['not an ISO 8601 date-time: "yesterday"'])
      const strict = yield* desktopAnswering(body, { strict: true })
      const error = yield* Effect.flip(strict.messages.list({ chatID: ids.chatID }))
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") {
        assert.strictEqual(error.field, "items[0].timestamp")
        assert.deepStrictEqual(error.issues.map((issue) => issue.message), [
          'items[0].timestamp: not an ISO 8601 date-time: "yesterday" (strict)',
          "items[1].timestamp: not an ISO 8601 date-time: (a string of 65 characters) (strict)",
        ])
      }
    }).pipe(Effect.provide(capture.layer))
  })

  it.live("each layer instance logs its own drift once", () => {
    const capture = captureDrift()
    return Effect.gen(function*() {
      const { body } = yield* chatsPage
      body.items[0].type = "channel"
      for (let i = 0; i < 2; i++) yield* (yield* desktopAnswering(body)).chats.list()
      assert.strictEqual(capture.lines.length, 2)
      assert.strictEqual(yield* driftCount("chats.list", "unknown-enum-value"), 2)
    }).pipe(Effect.provide(capture.layer))
  })
})

describe("strict mode: how it is turned on", () => {
  const driftingPage = realBody(() => "/v1/chats?limit=5").pipe(
    Effect.tap(({ body }) => Effect.sync(() => (body.items[0].type = "channel"))),
    Effect.map(({ body }) => body),
  )
  const transport = Layer.mergeAll(FetchHttpClient.layer, BeeperEvents.layerWebSocketConstructor)
  const list = BeeperDesktop.use((beeper) => beeper.chats.list())
  /** Keeps the drift warnings of the tolerant reads out of the test output. */
  const quiet = captureDrift().layer

  it.live("BEEPER_STRICT through layerConfig (BeeperDesktop and BeeperServices); an explicit strict option wins", () =>
    Effect.gen(function*() {
      const body = yield* driftingPage
      const server = yield* scriptedServer(() => ({ status: 200, body }))
      const withEnv = (strict: string | undefined) =>
        Effect.provideService(
          ConfigProvider.ConfigProvider,
          ConfigProvider.fromEnv({
            env: {
              BEEPER_ACCESS_TOKEN: token,
              BEEPER_DESKTOP_URL: server.url,
              ...(strict === undefined ? {} : { BEEPER_STRICT: strict }),
            },
          }),
        )
      const desktop = (options: ClientOptions = {}) =>
        BeeperDesktop.layerConfig({ retry: false, ...options }).pipe(Layer.provide(FetchHttpClient.layer))
      const services = (options: ClientOptions = {}) =>
        BeeperServices.layerConfig({ retry: false, ...options }).pipe(Layer.provide(transport))

      for (const layer of [desktop(), services()]) {
        const refused = yield* Effect.flip(list.pipe(Effect.provide(layer), withEnv("true")))
        assert.strictEqual(refused._tag, "DecodeError")
        const read = yield* list.pipe(Effect.provide(layer), withEnv(undefined))
        assert.strictEqual(read.items[0]!.type, "channel")
      }
      const overridden = yield* list.pipe(Effect.provide(desktop({ strict: false })), withEnv("true"))
      assert.strictEqual(overridden.items[0]!.type, "channel")
      const forced = yield* Effect.flip(list.pipe(Effect.provide(services({ strict: true })), withEnv("false")))
      assert.strictEqual(forced._tag, "DecodeError")
    }).pipe(Effect.provide(quiet)))

  it.live("BeeperServices.layer passes strict to BeeperDesktop", () =>
    Effect.gen(function*() {
      const body = yield* driftingPage
      const server = yield* scriptedServer(() => ({ status: 200, body }))
      const layer = (strict: boolean) =>
        BeeperServices.layer({ baseUrl: server.url, accessToken: Redacted.make(token), retry: false, strict }).pipe(
          Layer.provide(transport),
        )
      const error = yield* Effect.flip(list.pipe(Effect.provide(layer(true))))
      assert.strictEqual(error._tag, "DecodeError")
      if (error._tag === "DecodeError") assert.strictEqual(error.field, "items[0].type")
      assert.strictEqual((yield* list.pipe(Effect.provide(layer(false)))).items[0]!.type, "channel")
    }).pipe(Effect.provide(quiet)))
})

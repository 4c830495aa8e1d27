// The generated input checks (`inputCheck` of the endpoint entries) change nothing a user sees: for every operation
// that has one, an input sent as it is (the check passed) makes the same HTTP request as the same input encoded by its
// Schema, and an input the check does not pass gets the same request or the same `InvalidRequest` (field and
// message) as without the check. Inputs are generated from each input Schema (`Arbitrary.schema`, fixed seed), then
// broken one key at a time.
import { isDeepStrictEqual } from "node:util"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted, Result } from "effect"
import * as Arbitrary from "effect/Arbitrary"
import type { Connection } from "../src/BeeperConfig.ts"
import type { Endpoint } from "../src/Endpoint.ts"
import { endpointList, messagesSend } from "../src/generated/endpoints.ts"
import { buildRequest, encodeInput, toHttpClientRequest } from "../src/internal/request.ts"

const connection: Connection = {
  baseUrl: new URL("http://127.0.0.1:23373"),
  accessToken: Redacted.make("test-token-INPUT-CHECKS"),
  allowInsecureToken: false,
}

/** What a user sees of a call before it is sent: the request (method, URL, headers, JSON body) or the error. */
const outcome = (endpoint: Endpoint, input: unknown) => {
  const encoded = encodeInput(endpoint, input)
  const request = Result.flatMap(encoded, (value) => buildRequest(connection, endpoint, value))
  if (Result.isFailure(request)) {
    const { _tag, operationId, field, message } = request.failure
    return { error: { _tag, operationId, field, message } }
  }
  const { method, url, urlParams, headers, body } = toHttpClientRequest(request.success)
  const text = body._tag === "Uint8Array" ? new TextDecoder().decode(body.body) : undefined
  return {
    request: {
      method,
      url,
      query: [...urlParams],
      headers: { ...headers },
      body: body._tag,
      // JSON as a value: a nested object sent as it is keeps the caller's key order, the encode the Schema's.
      json: text === undefined ? undefined : JSON.parse(text) as unknown,
    },
  }
}

const withoutCheck = (endpoint: Endpoint): Endpoint => ({ ...endpoint, inputCheck: undefined })

/** Values that break a key: wrong types, empty and unpaired text, out of every range, a nested unknown key. */
const breakers: ReadonlyArray<unknown> = [
  42,
  -1,
  1.5,
  Number.NaN,
  "",
  "\uD800",
  "x".repeat(9000),
  true,
  null,
  [],
  ["a", 1],
  {},
  { unexpected: 1 },
  new Date(0),
]

/** Inputs for an operation: generated valid ones, and each of them with one key broken, removed or added (a symbol too). */
const inputsOf = (endpoint: Endpoint): ReadonlyArray<unknown> => {
  const valid = Effect.runSync(Arbitrary.sampleEffect(Arbitrary.schema(endpoint.input), { count: 12, seed: 18 }))
  const inputs: Array<unknown> = [undefined, null, [], "input", {}, { unexpected: 1 }, { [Symbol("key")]: 1 }, ...valid]
  for (const input of valid.slice(0, 4)) {
    for (const key of Object.keys((endpoint.input as unknown as { readonly fields: object }).fields)) {
      inputs.push(Object.defineProperty({ ...(input as object) }, key, { value: 42, enumerable: false }))
    }
  }
  for (const input of valid.slice(0, 4)) {
    const record = input as Record<string, unknown>
    for (const key of Object.keys(record)) {
      for (const value of breakers) inputs.push({ ...record, [key]: value })
      const { [key]: _removed, ...rest } = record
      inputs.push(rest)
      const nested = record[key]
      if (typeof nested === "object" && nested !== null && !Array.isArray(nested)) {
        inputs.push({ ...record, [key]: { ...nested, unexpected: 1 } }, { ...record, [key]: { ...nested, [Symbol("key")]: 1 } })
      }
    }
    inputs.push({ ...record, [Symbol("key")]: 1 })
  }
  return inputs
}

const checked = endpointList.filter((endpoint) => endpoint.inputCheck !== undefined)

describe("generated input checks", () => {
  it("every operation whose input has no binary body has one", () => {
    const without = endpointList.filter((endpoint) => endpoint.inputCheck === undefined).map((endpoint) => endpoint.operationId)
    assert.deepStrictEqual(without, ["assets.upload"])
  })

  it("a send of plain text passes the check: it is sent without the Schema encode", () => {
    const check = messagesSend.inputCheck!
    assert.isTrue(check({ chatID: "!room:beeper.local", text: "hello" }))
    assert.isTrue(check({ chatID: "c", replyToMessageID: "m", attachment: { uploadID: "u", size: { width: 1, height: 2 } } }))
    // anything else is left to the encode
    assert.isFalse(check({ chatID: "c", text: undefined }))
    assert.isFalse(check({ chatID: 1, text: "hello" }))
    assert.isFalse(check({ chatID: "c", attachment: { uploadID: "u", unexpected: 1 } }))
    assert.isFalse(check({ chatID: "c", attachment: { uploadID: "u", type: "hologram" } }))
    // not a plain object: the encode rebuilds it (JSON.stringify of it as it is could send something else)
    assert.isFalse(check({ chatID: "c", attachment: Object.assign(new (class Upload {})(), { uploadID: "u" }) }))
    // a key for…in does not see: a symbol (the encode refuses it), a non-enumerable key (the encode reads it)
    assert.isFalse(check({ chatID: "c", [Symbol("key")]: 1 }))
    assert.isFalse(check(Object.defineProperty({ chatID: "c" }, "text", { value: 42, enumerable: false })))
  })

  it("passes only inputs the Schema encode returns unchanged", () => {
    let passed = 0
    for (const endpoint of checked) {
      for (const input of inputsOf(endpoint)) {
        if (!endpoint.inputCheck!(input)) continue
        passed++
        const encoded = encodeInput(withoutCheck(endpoint), input)
        if (Result.isFailure(encoded)) return assert.fail(`${endpoint.operationId}: passed but the encode refuses ${JSON.stringify(input)}`)
        // as values: the encode makes plain objects, a generated input may have a null prototype
        assert.isTrue(isDeepStrictEqual(structuredClone(encoded.success), structuredClone(input)), `${endpoint.operationId}: ${JSON.stringify(input)}`)
      }
    }
    assert.isAbove(passed, checked.length * 4)
  })

  it("gives every operation the same request, or the same InvalidRequest, as the Schema encode", () => {
    let refused = 0
    for (const endpoint of checked) {
      for (const input of inputsOf(endpoint)) {
        const fast = outcome(endpoint, input)
        const encoded = outcome(withoutCheck(endpoint), input)
        assert.deepStrictEqual(fast, encoded, `${endpoint.operationId}: ${JSON.stringify(input)?.slice(0, 300)}`)
        if (fast.error !== undefined) refused++
      }
    }
    assert.isAbove(refused, checked.length * 10)
  })
})

describe("request URLs", () => {
  /** The URL by the rule the path template stands in for: each `{name}` replaced in turn by its encoded value. */
  const byReplace = (endpoint: Endpoint, values: Record<string, string>): string =>
    endpoint.pathParams.reduce(
      (path, parameter) => path.replace(`{${parameter.name}}`, encodeURIComponent(values[parameter.key]!)),
      `http://127.0.0.1:23373${endpoint.path}`,
    )

  const urlOf = (endpoint: Endpoint, values: Record<string, string>): string => {
    const request = buildRequest(connection, endpoint, values)
    if (Result.isFailure(request)) return assert.fail(request.failure.message)
    return request.success.url
  }

  it("places every path parameter where the path names it, as replacing each in turn would", () => {
    const values = (endpoint: Endpoint) =>
      Object.fromEntries(endpoint.pathParams.map((parameter, i) => [parameter.key, `${parameter.key} {x}/?#${i}:é`]))
    for (const endpoint of endpointList.filter((entry) => entry.pathParams.length > 0)) {
      assert.strictEqual(urlOf(endpoint, values(endpoint)), byReplace(endpoint, values(endpoint)), endpoint.operationId)
    }
    // parameters listed out of path order, and one the path does not name (checked, never placed)
    const [chatID] = messagesSend.pathParams
    const reordered: Endpoint = {
      ...messagesSend,
      path: "/v1/{b}/chats/{a}/{b}",
      pathParams: [{ ...chatID!, name: "a", key: "a" }, { ...chatID!, name: "unnamed", key: "c" }, { ...chatID!, name: "b", key: "b" }],
      body: null,
    }
    const given = { a: "first/1", b: "second {2}", c: "third" }
    assert.strictEqual(urlOf(reordered, given), byReplace(reordered, given))
    assert.strictEqual(urlOf(reordered, given), "http://127.0.0.1:23373/v1/second%20%7B2%7D/chats/first%2F1/{b}")
  })
})

describe("date-time inputs (format: date-time on the request side)", () => {
  const search = endpointList.find((endpoint) => endpoint.operationId === "messages.search")!
  const chats = endpointList.find((endpoint) => endpoint.operationId === "chats.search")!
  const reminder = endpointList.find((endpoint) => endpoint.operationId === "chats.reminders.create")!

  it.each(["yesterday", "2024-07-01", "2024-07-01 00:00:00", "2024-07-01T00:00:00", "2024-13-01T00:00:00Z", "1719792000000"])(
    "%s is refused before sending, with the field named, with and without the generated check",
    (value) => {
      for (const endpoint of [search, withoutCheck(search)]) {
        const result = outcome(endpoint, { dateAfter: value })
        assert.strictEqual(result.error?._tag, "InvalidRequest", JSON.stringify(result))
        assert.strictEqual(result.error?.field, "dateAfter")
      }
      assert.strictEqual(outcome(chats, { lastActivityBefore: value }).error?.field, "lastActivityBefore")
      assert.strictEqual(
        outcome(reminder, { chatID: "c", reminder: { remindAt: value } }).error?._tag,
        "InvalidRequest",
      )
    },
  )

  // Days a month does not have (Desktop's `new Date()` rolled them over: a reminder for 30 February was set on 2 March)
  // and a second 60 that is no leap second (23:59:60 in UTC), as Ajv's `format: date-time` refuses them
  it.each([
    "2025-02-30T10:00:00Z",
    "2023-02-29T00:00:00Z",
    "1900-02-29T00:00:00Z",
    "2025-04-31T00:00:00Z",
    "2025-11-31T23:00:00+01:00",
    "2025-08-31T12:00:60Z",
    "2016-12-31T23:59:60+01:00",
    "2016-12-31T23:58:60Z",
  ])("%s (no such instant) is refused before sending, with the field named, with and without the generated check", (value) => {
    for (const endpoint of [search, withoutCheck(search)]) {
      const result = outcome(endpoint, { dateAfter: value })
      assert.strictEqual(result.error?._tag, "InvalidRequest", JSON.stringify(result))
      assert.strictEqual(result.error?.field, "dateAfter")
      assert.include(result.error?.message, "an RFC 3339 date-time that exists")
    }
    for (const endpoint of [reminder, withoutCheck(reminder)]) {
      assert.strictEqual(outcome(endpoint, { chatID: "c", reminder: { remindAt: value } }).error?.field, "reminder.remindAt")
    }
  })

  it.each([
    "2024-07-01T00:00:00Z",
    "2024-07-01T00:00:00.123+02:00",
    "2024-07-31T23:59:59-05:30",
    "2016-12-31T23:59:60z",
    "2016-12-31T18:59:60-05:00",
    "2017-01-01T00:59:60+01:00",
    "2024-02-29T00:00:00Z",
    "2000-02-29T12:00:00Z",
    "2025-12-31T23:59:59Z",
  ])(
    "%s is sent as it is",
    (value) => {
      const result = outcome(search, { dateAfter: value })
      assert.deepStrictEqual(result.request?.query, [["dateAfter", value]])
      assert.deepStrictEqual(outcome(withoutCheck(search), { dateAfter: value }), result)
      assert.strictEqual(outcome(reminder, { chatID: "c", reminder: { remindAt: value } }).error, undefined)
      assert.strictEqual(outcome(withoutCheck(reminder), { chatID: "c", reminder: { remindAt: value } }).error, undefined)
    },
  )
})

describe("a request body the spec leaves optional", () => {
  const update = endpointList.find((endpoint) => endpoint.operationId === "chats.update")!

  it("chats.update with no field sends no body at all; with fields, the JSON of them", () => {
    for (const endpoint of [update, withoutCheck(update)]) {
      const bare = outcome(endpoint, { chatID: "c1" })
      assert.strictEqual(bare.request?.method, "PATCH")
      assert.strictEqual(bare.request?.body, "Empty")
      assert.isUndefined(bare.request?.headers["content-type"])
      const muted = outcome(endpoint, { chatID: "c1", isMuted: true } as never)
      assert.strictEqual(muted.request?.body, "Uint8Array")
      assert.deepStrictEqual(muted.request?.json, { isMuted: true })
    }
  })
})

// How IDs and query values reach the wire: a path parameter is always exactly one percent-encoded segment (an ID
// can never address another route), query arrays are repeated keys, booleans are `true`/`false`.
import { beforeAll, describe, expect, it } from "vitest"
import { createBeeperClient, type BeeperClient } from "../src/index.ts"
import { recordingServerForFile } from "@beeper-kit/testkit/recording-server"

const server = recordingServerForFile()
let beeper: BeeperClient
beforeAll(() => {
  beeper = createBeeperClient({ baseUrl: server.url, accessToken: "test-token" })
})

describe("path parameters", () => {
  const ids = [
    ["!room:beeper.com", "!room%3Abeeper.com"],
    ["../accounts", "..%2Faccounts"],
    ["a/b?x=1", "a%2Fb%3Fx%3D1"],
    ["#", "%23"],
    ["@ada:beeper.com", "%40ada%3Abeeper.com"],
    ["%2F", "%252F"],
    ["space and ünïcode", "space%20and%20%C3%BCn%C3%AFcode"],
  ] as const

  it.each(ids)("chatID %j is sent as the single segment %s", async (chatID, segment) => {
    await beeper.messages.list({ path: { chatID } })

    const { method, url: target } = server.last()
    expect(method).toBe("GET")
    expect(target).toBe(`/v1/chats/${segment}/messages`)
    expect(decodeURIComponent(target.split("/")[3]!)).toBe(chatID)
  })

  it("encodes every path parameter of a nested route", async () => {
    await beeper.chats.messages.reactions.delete({
      path: { chatID: "!a:b.c", messageID: "$ev/1", reactionKey: "👍" },
    })
    expect(server.last().url).toBe("/v1/chats/!a%3Ab.c/messages/%24ev%2F1/reactions/%F0%9F%91%8D")
  })

  it.each(["..", ".", ""])("refuses to send the dot segment / empty ID %j instead of calling another route", async (chatID) => {
    const { data, error } = await beeper.messages.list({ path: { chatID } })

    expect(data).toBeUndefined()
    expect(error).toBeInstanceOf(TypeError)
    expect(String(error)).toMatch(/path parameter "chatID"/i)
    expect(server.requests).toHaveLength(0)
  })
})

describe("query parameters", () => {
  it("sends arrays as repeated keys", async () => {
    await beeper.chats.list({ query: { accountIDs: ["whatsapp", "signal", "a b&c"] } })
    expect(server.last().url).toBe("/v1/chats?accountIDs=whatsapp&accountIDs=signal&accountIDs=a%20b%26c")
  })

  it("sends a one-element array as one key", async () => {
    await beeper.messages.search({ query: { chatIDs: ["!x:beeper.com"] } })
    expect(server.last().url).toBe("/v1/messages/search?chatIDs=!x%3Abeeper.com")
  })

  it("sends booleans as true/false and percent-encodes strings", async () => {
    await beeper.messages.search({ query: { query: "a&b=c", includeMuted: true, excludeLowPriority: false } })
    const url = new URL(server.last().url, server.url)
    expect(url.search).toBe("?query=a%26b%3Dc&includeMuted=true&excludeLowPriority=false")
    expect(url.searchParams.get("query")).toBe("a&b=c")
  })

  it("leaves out null values", async () => {
    await beeper.messages.search({ query: { includeMuted: null, limit: 5 } })
    expect(server.last().url).toBe("/v1/messages/search?limit=5")
  })

  it("sends no query string when there are no query values", async () => {
    await beeper.chats.list({ query: {} })
    expect(server.last().url).toBe("/v1/chats")
  })
})

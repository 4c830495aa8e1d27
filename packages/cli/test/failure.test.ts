// What a shell user reads when a send's answer could not be read: Desktop accepted it (a 2xx), so the message may
// be in the chat — never a bare size error that invites sending again.
import { ResponseTooLarge } from "@beeper-kit/effect"
import { describe, expect, it } from "vitest"
import { ExitCode, maybeSent, toCliFailure } from "../src/failure.ts"

const send = { operationId: "messages.send", method: "POST", path: "/v1/chats/{chatID}/messages" }
const url = "http://127.0.0.1:23373"

describe("a response too large to read", () => {
  it("of an accepted send (delivery maybe-sent): 'may have been sent', exit code 1", () => {
    const error = new ResponseTooLarge({ ...send, status: 200, limit: 8, message: "the response body is over the 8-byte limit", delivery: "maybe-sent" })
    const failure = toCliFailure(error, url)
    expect(failure.code).toBe(ExitCode.failed)
    expect(failure.message).toBe(`${maybeSent} (Desktop's answer could not be read: the response body is over the 8-byte limit)`)
  })

  it("of a read: the limit and the status, nothing about sending", () => {
    const error = new ResponseTooLarge({ operationId: "chats.list", method: "GET", path: "/v1/chats", status: 200, limit: 8, message: "the response body is over the 8-byte limit", delivery: "maybe-sent" })
    const failure = toCliFailure(error, url)
    expect(failure.code).toBe(ExitCode.failed)
    expect(failure.message).toBe("the response body is over the 8-byte limit (200)")
  })
})

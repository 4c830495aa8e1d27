// What a shell user reads when a send's answer could not be read: Desktop accepted it (a 2xx), so the message may
// be in the chat — never a bare size error that invites sending again.
import { ConnectionLost, ResponseTooLarge, TransportError } from "@beeper-kit/effect"
import { describe, expect, it } from "vitest"
import { ExitCode, maybeSent, toCliFailure, unreachable } from "../src/failure.ts"

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

describe("a TLS certificate refused (nothing sent)", () => {
  const accounts = { operationId: "accounts.list", method: "GET", path: "/v1/accounts" }
  const https = "https://desktop.example:23373"
  for (
    const [runtime, message, reason] of [
      ["Node's fetch", "fetch failed: self-signed certificate", "self-signed certificate"],
      ["node:http", "Hostname/IP does not match certificate's altnames: Host: desktop.example. is not in the cert's altnames: DNS:localhost", "Hostname/IP does not match certificate's altnames: Host: desktop.example. is not in the cert's altnames: DNS:localhost"],
      ["Deno", "error sending request for url (https://desktop.example:23373/v1/accounts): client error (Connect): invalid peer certificate: UnknownIssuer", "invalid peer certificate: UnknownIssuer"],
      ["undici, expired", "fetch failed: certificate has expired", "certificate has expired"],
    ] as const
  ) {
    it(`${runtime}: says the certificate was refused, with the reason, not "is it running?"; exit code 4`, () => {
      const failure = toCliFailure(new TransportError({ ...accounts, message, delivery: "not-sent" }), https)
      expect(failure.code).toBe(ExitCode.unreachable)
      expect(failure.message).toBe(`cannot reach Beeper Desktop at ${https}: its TLS certificate was refused (${reason}); nothing was sent`)
    })
  }

  it("a refused connection still asks whether Desktop is running", () => {
    const failure = toCliFailure(new TransportError({ ...accounts, message: "fetch failed: connect ECONNREFUSED 127.0.0.1:23373", delivery: "not-sent" }), https)
    expect(failure.message).toBe(unreachable(https))
  })
})

// `tail` checks Desktop over HTTP first, so a dead Desktop at start-up is a TransportError; a Desktop that goes away
// later ends the event stream with ConnectionLost once the reconnect schedule gives up — the same exit code 4 the
// README promises for "cannot be reached", not a generic failure.
describe("the event stream's reconnects gave up (ConnectionLost)", () => {
  it("says Desktop cannot be reached; exit code 4", () => {
    const failure = toCliFailure(new ConnectionLost({ attempts: 5, message: "connection refused" }), url)
    expect(failure.code).toBe(ExitCode.unreachable)
    expect(failure.message).toBe(unreachable(url))
  })
})

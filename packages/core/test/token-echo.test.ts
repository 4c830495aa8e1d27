// A server that echoes the access token back — in an error body's message, its details, a field name, the status
// text, or at the start of a 2xx body that is not JSON — never gets it into what the fetch client hands over as
// `error` (or throws with `throwOnError`): errors are logged and shipped.
import { createServer, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { inspect } from "node:util"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BeeperApiError, createBeeperClient } from "../src/index.ts"

/** A token with characters every encoding changes. */
const secret = "tok-SECRET/4f9a+Zq~x7"

let answer: (response: ServerResponse) => void = (response) => void response.end()
let server: Server
let url = ""
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume()
    request.on("end", () => answer(response))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const client = () => createBeeperClient({ baseUrl: url, accessToken: secret })

/** Everything a user could print of an error: its message, its JSON, its inspection (`console.error`), its stack. */
const printed = (error: unknown): string =>
  [
    String(error),
    JSON.stringify(error),
    error instanceof Error ? `${error.stack}` : "",
    JSON.stringify({ ...(error as object) }),
    inspect(error, { depth: 8 }),
  ].join("\n")

const percentEncoded = encodeURIComponent(secret)
const base64 = Buffer.from(secret).toString("base64")

const errorAnswers: ReadonlyArray<readonly [name: string, answer: (response: ServerResponse) => void]> = [
  ["a text body", (r) => void r.writeHead(401, { "content-type": "text/plain" }).end(`invalid token ${secret}`)],
  ["the API's Error body, message and details", (r) =>
    void r.writeHead(401, { "content-type": "application/json" }).end(
      JSON.stringify({ code: "UNAUTHORIZED", message: `bad token ${secret}`, details: { sent: `Bearer ${secret}`, b64: base64 } }),
    )],
  ["JSON of another shape, the token as a field name and percent-encoded", (r) =>
    void r.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ [secret]: true, error: percentEncoded }))],
  ["a text body whose token straddles the 1,000-character cut", (r) =>
    void r.writeHead(500, { "content-type": "text/plain" }).end(`${"x".repeat(990)}${secret} and more`)],
  ["response headers (a challenge quoting the token, a custom header in base64)", (r) =>
    void r.writeHead(401, {
      "content-type": "application/json",
      "www-authenticate": `Bearer error="invalid_token", token="${secret}"`,
      "x-debug-token": base64,
    }).end(JSON.stringify({ code: "UNAUTHORIZED", message: "no" }))],
  ["the status text, empty body", (r) => {
    r.statusMessage = `Denied ${secret}`
    r.writeHead(401).end()
  }],
]

describe("the token echoed by a server never reaches an error", () => {
  for (const [name, respond] of errorAnswers) {
    it(`an error status: ${name}`, async () => {
      answer = respond
      const { error, response } = await client().chats.list()
      expect(response?.ok).toBe(false)
      expect(typeof (error as { message?: unknown }).message).toBe("string")
      expect(printed(error)).not.toContain(secret)
      expect(printed(error)).not.toContain(percentEncoded)
      expect(printed(error)).not.toContain(base64)
      const thrown = await client().chats.list({ throwOnError: true }).then(() => undefined, (e: unknown) => e)
      expect(thrown).toBeInstanceOf(BeeperApiError)
      expect(printed(thrown)).not.toContain(secret)
      expect(printed((thrown as BeeperApiError).details)).not.toContain(secret)
    })
  }

  it("what was echoed is replaced by <redacted>, the rest of the body kept", async () => {
    answer = (r) => void r.writeHead(401, { "content-type": "text/plain" }).end(`invalid token ${secret} (expired)`)
    const { error } = await client().chats.list()
    expect(error).toMatchObject({ code: "HTTP_401", message: "invalid token <redacted> (expired)" })
  })

  it("a 2xx body that is not JSON, starting with the token: a SyntaxError that says so and where, quoting nothing", async () => {
    for (const body of [secret, `${secret} bad`, `x${secret}`]) {
      answer = (r) => void r.writeHead(200, { "content-type": "application/json" }).end(body)
      const { error, response } = await client().chats.list()
      expect(response?.status).toBe(200)
      expect(error).toBeInstanceOf(SyntaxError)
      expect((error as unknown as SyntaxError).message).toMatch(
        /^Beeper Desktop answered 200 with a body that is not JSON( \(at position \d+\))?, where GET \/v1\/chats answers JSON$/,
      )
      // not even a prefix: the parser's own message quoted 11 characters, too few for a scrubber to know
      expect(printed(error)).not.toContain(secret.slice(0, 6))
      const thrown = await client().chats.list({ throwOnError: true }).then(() => undefined, (e: unknown) => e)
      expect(thrown).toBeInstanceOf(SyntaxError)
      expect(printed(thrown)).not.toContain(secret.slice(0, 6))
    }
  })
})

// A 2xx without a body where the operation answers JSON: hey-api's client read it as `{}` (`null` for a 204), a
// success whose fields were all missing — a send resolved without its `pendingMessageID`, hiding whether and what was
// sent. It is now `error`, a `SyntaxError`, with the response; the operations the spec answers without a body, and a
// call that reads its answer as text or a file, still take an empty body as it came.
import { readFileSync } from "node:fs"
import { createServer, type Server, type Socket } from "node:net"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest"
import { parse } from "yaml"
import { operationsWithoutBody } from "../src/client.ts"
import { BeeperClient, createBeeperClient, createBeeperHttpClient } from "../src/index.ts"

const head = (status: string, headers: Record<string, string>) =>
  `HTTP/1.1 ${status}\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`

/** The raw answers, by the `x-answer` header of the request: every way an HTTP/1.1 body can be empty, and not. */
const answers: Record<string, (socket: Socket) => void> = {
  "content-length 0": (socket) => void socket.write(head("200 OK", { "content-type": "application/json", "content-length": "0" })),
  "204": (socket) => void socket.write(head("204 No Content", {})),
  "chunked, no chunk": (socket) =>
    void socket.write(`${head("200 OK", { "content-type": "application/json", "transfer-encoding": "chunked" })}0\r\n\r\n`),
  "until close, nothing": (socket) =>
    void socket.end(head("200 OK", { "content-type": "application/json", connection: "close" })),
  "no content-type, content-length 0": (socket) => void socket.write(head("200 OK", { "content-length": "0" })),
  "json, chunked": (socket) =>
    void socket.write(
      `${head("200 OK", { "content-type": "application/json", "transfer-encoding": "chunked" })}` +
        `1a\r\n{"pendingMessageID":"p-1"}\r\n0\r\n\r\n`,
    ),
  "OK labelled json": (socket) =>
    void socket.write(`${head("200 OK", { "content-type": "application/json", "content-length": "2" })}OK`),
  "json, content-length": (socket) => {
    const body = `{"pendingMessageID":"p-2"}`
    socket.write(`${head("200 OK", { "content-type": "application/json", "content-length": String(body.length) })}${body}`)
  },
}
const empties = ["content-length 0", "204", "chunked, no chunk", "until close, nothing", "no content-type, content-length 0"]

let server: Server
let url = ""
beforeAll(async () => {
  server = createServer((socket) => {
    socket.on("error", () => {})
    let received = ""
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1")
      const end = received.indexOf("\r\n\r\n")
      if (end < 0) return
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(received.slice(0, end))?.[1] ?? 0)
      if (received.length - end - 4 < length) return
      const answer = /\r\nx-answer:\s*([^\r]*)/i.exec(received.slice(0, end))?.[1] ?? ""
      received = received.slice(end + 4 + length)
      answers[answer]!(socket)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const beeper = () => createBeeperClient({ baseUrl: url, accessToken: "t" })
const answered = (answer: string) => ({ headers: { "x-answer": answer } })

describe("a 2xx without a body", () => {
  it.each(empties)("messages.send answered %s: error is a SyntaxError (not data {} without a pendingMessageID)", async (answer) => {
    const { data, error, response } = await beeper().messages.send({
      path: { chatID: "c1" },
      body: { text: "hi" },
      ...answered(answer),
    })
    expect(data).toBeUndefined()
    expect(error).toBeInstanceOf(SyntaxError)
    expect((error as unknown as SyntaxError).message).toMatch(/empty body.*POST \/v1\/chats\/\{chatID\}\/messages answers JSON/)
    expect(response?.ok).toBe(true)
  })

  it.each(empties)("a GET that answers JSON (chats.list) answered %s: error is a SyntaxError; throwOnError rejects with it", async (answer) => {
    const { error } = await beeper().chats.list(answered(answer))
    expect(error).toBeInstanceOf(SyntaxError)
    await expect(beeper().chats.list({ ...answered(answer), throwOnError: true })).rejects.toBeInstanceOf(SyntaxError)
  })

  it.each(["json, chunked", "json, content-length"])("a JSON body (%s) is still read", async (answer) => {
    const { data, error } = await beeper().messages.send({ path: { chatID: "c1" }, body: { text: "hi" }, ...answered(answer) })
    expect(error).toBeUndefined()
    expect(data?.pendingMessageID).toMatch(/^p-/)
  })

  it.each(["content-length 0", "204", "chunked, no chunk"])(
    "the operations the spec answers without a body take %s as their success",
    async (answer) => {
      const client = beeper()
      const calls = [
        client.app.setup.email({ body: { email: "ada@example.com", setupRequestID: "s1" }, ...answered(answer) }),
        client.chats.archive({ path: { chatID: "c1" }, body: { archived: true }, ...answered(answer) }),
        client.messages.delete({ path: { chatID: "c1", messageID: "m1" }, ...answered(answer) }),
        client.chats.reminders.create({ path: { chatID: "c1" }, body: { reminder: { remindAt: "2030-01-01T00:00:00Z" } }, ...answered(answer) }),
        client.chats.reminders.delete({ path: { chatID: "c1" }, ...answered(answer) }),
      ]
      for (const { error, response } of await Promise.all(calls)) {
        expect(error).toBeUndefined()
        expect(response?.ok).toBe(true)
      }
      // and through the client with the path written out
      const http = createBeeperHttpClient({ baseUrl: url, accessToken: "t" })
      const written = await http.post({ url: "/v1/chats/c1/archive", ...answered(answer) })
      expect(written.error).toBeUndefined()
      // with a query written in
      const withQuery = await http.post({ url: "/v1/chats/c1/archive?x=1", ...answered(answer) })
      expect(withQuery.error).toBeUndefined()
    },
  )

  it("the operations the spec answers without a body take any 2xx body as their success, even one labelled JSON that is not", async () => {
    const client = beeper()
    for (const answer of ["OK labelled json", "json, content-length"]) {
      const deleted = await client.messages.delete({ path: { chatID: "c1", messageID: "m1" }, ...answered(answer) })
      // (before: "OK" labelled JSON was a SyntaxError "… answered 200 with a body that is not JSON, where DELETE
      // /v1/chats/{chatID}/messages/{messageID} answers JSON" — the message was deleted, the caller told it failed)
      expect(deleted.error).toBeUndefined()
      expect(deleted.response?.status).toBe(200)
      const archived = await client.chats.archive({ path: { chatID: "c1" }, body: { archived: true }, ...answered(answer) })
      expect(archived.error).toBeUndefined()
      await expect(client.chats.archive({ path: { chatID: "c1" }, body: { archived: true }, ...answered(answer), throwOnError: true }))
        .resolves.toMatchObject({ response: { status: 200 } })
    }
    // an operation that answers JSON still refuses it
    const listed = await client.chats.list(answered("OK labelled json"))
    expect(listed.error).toBeInstanceOf(SyntaxError)
  })

  it("`error` is typed as it comes: the API's body or an Error, told apart with instanceof (the README's example)", async () => {
    const { error, response } = await beeper().chats.list(answered("OK labelled json"))
    // a response came, and yet `error` is no API body: the 2xx could not be read
    expect(response?.status).toBe(200)
    expect(error).toBeInstanceOf(SyntaxError)
    expect((error as { code?: unknown }).code).toBeUndefined()
    if (error !== undefined) {
      // (before: typed as the API's body alone, so `error.code` type-checked — a string by its type, undefined here)
      // @ts-expect-error an Error has no `code`: narrow with instanceof first
      void error.code
      if (!(error instanceof Error)) expectTypeOf(error.code).toEqualTypeOf<string>()
    }
  })

  it("a call that reads its answer as text or a stream takes an empty body as it came", async () => {
    const text = await beeper().messages.send({ path: { chatID: "c1" }, body: { text: "hi" }, parseAs: "text", ...answered("content-length 0") })
    expect(text.error).toBeUndefined()
    expect(text.data).toBe("")
    const stream = await beeper().chats.list({ parseAs: "stream", ...answered("chunked, no chunk") })
    expect(stream.error).toBeUndefined()
  })
})

describe("a caller's response interceptors", () => {
  it("see every response, however an empty one was framed, before the refusal (which they may repair)", async () => {
    for (const answer of empties) {
      const http = createBeeperHttpClient({ baseUrl: url, accessToken: "t" })
      const client = new BeeperClient({ client: http })
      const seen: Array<number> = []
      http.interceptors.response.use((response) => {
        seen.push(response.status)
        return response
      })
      const repaired = createBeeperHttpClient({ baseUrl: url, accessToken: "t" })
      repaired.interceptors.response.use((response) =>
        response.ok ? Response.json({ items: [], hasMore: false }, { status: 200 }) : response
      )
      const refused = await client.chats.list(answered(answer))
      // before: a 204 or a Content-Length of 0 was refused before the caller's interceptor ran
      expect(seen, answer).toHaveLength(1)
      expect(refused.error, answer).toBeInstanceOf(SyntaxError)
      const read = await new BeeperClient({ client: repaired }).chats.list(answered(answer))
      expect(read.error, answer).toBeUndefined()
      expect(read.data, answer).toEqual({ items: [], hasMore: false })
    }
  })
})

describe("operationsWithoutBody", () => {
  it("is exactly the operations of spec/openapi.yaml whose every 2xx has no content", () => {
    type Response = { readonly $ref?: string; readonly content?: Record<string, unknown> }
    const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as {
      readonly paths: Record<string, Record<string, { readonly responses?: Record<string, Response> }>>
      readonly components?: { readonly responses?: Record<string, Response> }
    }
    const resolve = (response: Response): Response =>
      response.$ref === undefined ? response : spec.components!.responses![response.$ref.split("/").at(-1)!]!
    const fromSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => {
          if (!["get", "put", "post", "delete", "patch"].includes(method)) return false
          const successes = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith("2"))
          return successes.length > 0 && successes.every(([, response]) => resolve(response).content === undefined)
        })
        .map(([method]) => `${method.toUpperCase()} ${path}`)
    )
    expect([...operationsWithoutBody].sort()).toEqual(fromSpec.sort())
  })
})

// One representative operation of every resource group, sent through createBeeperClient to a real HTTP server:
// the request must carry the right method, path, query, body and bearer token, and the reply must come back parsed.
import { beforeAll, describe, expect, it } from "vitest"
import { BeeperApiError, createBeeperClient, type BeeperClient } from "../src/index.ts"
import { recordingServerForFile, startRecordingServer } from "@beeper-kit/testkit/recording-server"

const server = recordingServerForFile()
let beeper: BeeperClient
beforeAll(() => {
  beeper = createBeeperClient({ baseUrl: server.url, accessToken: "test-token" })
})

interface Case {
  readonly group: string
  readonly call: (beeper: BeeperClient) => Promise<{ readonly data?: unknown; readonly error?: unknown }>
  readonly method: string
  readonly target: string
  readonly body?: unknown
  /** The reply body; `undefined` means an empty 204, as the spec gives for set-state operations. */
  readonly reply: unknown
}

const cases: ReadonlyArray<Case> = [
  {
    group: "accounts",
    call: (b) => b.accounts.retrieve({ path: { accountID: "whatsapp" } }),
    method: "GET",
    target: "/v1/accounts/whatsapp",
    reply: { accountID: "whatsapp", network: "WhatsApp" },
  },
  {
    group: "contacts",
    call: (b) => b.accounts.contacts.search({ path: { accountID: "signal" }, query: { query: "ada" } }),
    method: "GET",
    target: "/v1/accounts/signal/contacts?query=ada",
    reply: { items: [{ id: "u1", fullName: "Ada" }] },
  },
  {
    group: "bridges",
    call: (b) => b.bridges.logins.list({ path: { bridgeID: "telegram" } }),
    method: "GET",
    target: "/v1/bridges/telegram/logins",
    reply: { items: [] },
  },
  {
    group: "login sessions",
    call: (b) =>
      b.bridges.loginSessions.steps.submit({
        path: { bridgeID: "telegram", loginSessionID: "ls1", stepID: "phone" },
        body: { type: "user_input", fields: { phone: "+15550100" } },
      }),
    method: "POST",
    target: "/v1/bridges/telegram/login-sessions/ls1/steps/phone",
    body: { type: "user_input", fields: { phone: "+15550100" } },
    reply: { id: "ls1", status: "waiting" },
  },
  {
    group: "chats",
    call: (b) => b.chats.list({ query: { limit: 2, direction: "before", cursor: "c1" } }),
    method: "GET",
    target: "/v1/chats?limit=2&direction=before&cursor=c1",
    reply: { items: [], hasMore: false, oldestCursor: null, newestCursor: null },
  },
  {
    group: "chats (set-state POST)",
    call: (b) => b.chats.archive({ path: { chatID: "c1" }, body: { archived: true } }),
    method: "POST",
    target: "/v1/chats/c1/archive",
    body: { archived: true },
    reply: undefined,
  },
  {
    group: "reminders",
    call: (b) => b.chats.reminders.delete({ path: { chatID: "c1" } }),
    method: "DELETE",
    target: "/v1/chats/c1/reminders",
    reply: undefined,
  },
  {
    group: "messages",
    call: (b) => b.messages.send({ path: { chatID: "c1" }, body: { text: "hello", replyToMessageID: "m0" } }),
    method: "POST",
    target: "/v1/chats/c1/messages",
    body: { text: "hello", replyToMessageID: "m0" },
    reply: { chatID: "c1", pendingMessageID: "p1" },
  },
  {
    group: "messages (edit)",
    call: (b) => b.messages.update({ path: { chatID: "c1", messageID: "m1" }, body: { text: "edited" } }),
    method: "PUT",
    target: "/v1/chats/c1/messages/m1",
    body: { text: "edited" },
    reply: { chatID: "c1", messageID: "m1", success: true },
  },
  {
    group: "reactions",
    call: (b) =>
      b.chats.messages.reactions.add({
        path: { chatID: "c1", messageID: "m1" },
        body: { reactionKey: "👍", transactionID: "t1" },
      }),
    method: "POST",
    target: "/v1/chats/c1/messages/m1/reactions",
    body: { reactionKey: "👍", transactionID: "t1" },
    reply: { chatID: "c1", messageID: "m1", reactionKey: "👍", transactionID: "t1", success: true },
  },
  {
    group: "assets",
    call: (b) => b.assets.download({ body: { url: "mxc://beeper.com/abc" } }),
    method: "POST",
    target: "/v1/assets/download",
    body: { url: "mxc://beeper.com/abc" },
    reply: { srcURL: "file:///tmp/abc" },
  },
  {
    group: "info",
    call: (b) => b.info.retrieve(),
    method: "GET",
    target: "/v1/info",
    reply: { app: { name: "Beeper Desktop", version: "4.2.808" } },
  },
  {
    group: "search",
    call: (b) => b.search({ query: { query: "lunch" } }),
    method: "GET",
    target: "/v1/search?query=lunch",
    reply: { results: { chats: [], inGroups: [], messages: { items: [] } } },
  },
  {
    group: "focus",
    call: (b) => b.focus({ body: { chatID: "c1", draftText: "hi" } }),
    method: "POST",
    target: "/v1/focus",
    body: { chatID: "c1", draftText: "hi" },
    reply: { success: true },
  },
  {
    group: "labels",
    call: (b) => b.labels.list(),
    method: "GET",
    target: "/v1/labels",
    reply: { items: [{ id: "l1", name: "Work" }] },
  },
  {
    group: "app setup",
    call: (b) => b.app.setup.email({ body: { email: "ada@example.com", setupRequestID: "s1" } }),
    method: "POST",
    target: "/v1/app/setup/email",
    body: { email: "ada@example.com", setupRequestID: "s1" },
    reply: undefined,
  },
  {
    group: "verification",
    call: (b) => b.app.setup.verifications.sas.confirm({ path: { verificationID: "v1" } }),
    method: "POST",
    target: "/v1/app/setup/verifications/v1/sas/confirm",
    reply: { id: "v1", state: "done" },
  },
]

describe("every resource group", () => {
  it.each(cases)("$group: $method $target", async ({ call, method, target, body, reply }) => {
    server.respondWith(reply === undefined ? { status: 204 } : { body: reply })
    const result = await call(beeper)

    expect(result.error).toBeUndefined()
    expect(result.data).toEqual(reply ?? null)
    expect(server.requests).toHaveLength(1)
    const request = server.last()
    expect(request.method).toBe(method)
    expect(request.url).toBe(target)
    expect(request.headers.authorization).toBe("Bearer test-token")
    if (body === undefined) {
      expect(request.body).toBe("")
    } else {
      expect(request.headers["content-type"]).toBe("application/json")
      expect(JSON.parse(request.body)).toEqual(body)
    }
  })

  it("uploads an asset as multipart/form-data", async () => {
    server.respondWith({ body: { uploadID: "up1", fileName: "hello.txt" } })
    const file = new Blob(["hello, beeper"], { type: "text/plain" })
    const { data, error } = await beeper.assets.upload({ body: { file, fileName: "hello.txt" } })

    expect(error).toBeUndefined()
    expect(data).toEqual({ uploadID: "up1", fileName: "hello.txt" })
    const request = server.last()
    expect(request.url).toBe("/v1/assets/upload")
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
    expect(request.body).toContain("hello, beeper")
    expect(request.body).toContain('name="fileName"')
  })

  it("returns the API's error body and status for a failed request", async () => {
    const problem = { code: "NOT_FOUND", message: "Chat not found" }
    server.respondWith({ status: 404, body: problem })
    const { data, error, response } = await beeper.chats.retrieve({ path: { chatID: "missing" } })

    expect(data).toBeUndefined()
    expect(error).toEqual(problem)
    expect(response?.status).toBe(404)
  })

  it("throws, when asked to, an Error carrying the status, the headers and the error body (as Beeper's own SDK does)", async () => {
    server.respondWith({ status: 401, body: { code: "UNAUTHORIZED", message: "bad token" } })
    const thrown = await beeper.labels.list({ throwOnError: true }).then(() => undefined, (error: unknown) => error)
    // before: the bare body, no status, not an Error
    expect(thrown).toBeInstanceOf(BeeperApiError)
    expect(thrown).toBeInstanceOf(Error)
    expect(thrown).toMatchObject({ name: "BeeperApiError", status: 401, code: "UNAUTHORIZED", message: "bad token" })
    expect((thrown as BeeperApiError).headers.get("content-type")).toContain("application/json")
    expect(String(thrown)).toBe("BeeperApiError: bad token")
    // without throwOnError, error stays the body
    server.respondWith({ status: 401, body: { code: "UNAUTHORIZED", message: "bad token" } })
    expect((await beeper.labels.list()).error).toEqual({ code: "UNAUTHORIZED", message: "bad token" })
  })
})

describe("assets.serve returns the file's bytes as a Blob, whatever its type", () => {
  it.each([
    ["text/plain; charset=windows-1252", new Uint8Array([0x63, 0x61, 0x66, 0xe9])],
    ["application/json", new TextEncoder().encode(`{\n  "a": 1.0\n}\n`)],
    ["message/rfc822", new TextEncoder().encode("Subject: hi\r\n\r\nbody")],
    ["font/woff2", new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0x00, 0xff])],
  ])("%s", async (contentType, bytes) => {
    server.respondWith({ body: bytes, contentType })
    const { data, error } = await beeper.assets.serve({ query: { url: "file:///tmp/a" } })
    expect(error).toBeUndefined()
    expect(data).toBeInstanceOf(Blob)
    expect(new Uint8Array(await (data as Blob).arrayBuffer())).toEqual(bytes)
  })

  it("still reads as asked when the caller passes parseAs", async () => {
    server.respondWith({ body: "plain", contentType: "text/plain" })
    const { data } = await beeper.assets.serve({ query: { url: "file:///tmp/a" }, parseAs: "text" })
    expect(data).toBe("plain")
  })
})

describe("per-call headers reach the request in every form RequestInit takes", () => {
  it.each([
    ["a Headers object", () => new Headers({ "X-Trace": "1" })],
    ["[name, value] pairs", () => [["X-Trace", "1"]] as Array<[string, string]>],
    ["a record", () => ({ "X-Trace": "1" })],
  ])("%s, on an operation with a body and on one without", async (_, headers) => {
    await beeper.messages.send({ path: { chatID: "c1" }, body: { text: "hi" }, headers: headers() })
    expect(server.last().headers["x-trace"]).toBe("1")
    expect(server.last().headers["content-type"]).toBe("application/json")
    expect(server.last().headers["0"]).toBeUndefined()
    await beeper.chats.list({ headers: headers() })
    expect(server.last().headers["x-trace"]).toBe("1")
    expect(server.last().headers["0"]).toBeUndefined()
  })

  it("a name given twice in pairs is sent with both values, as fetch sends it, with a body or without", async () => {
    const pairs = (): Array<[string, string]> => [["X-A", "1"], ["X-A", "2"]]
    await beeper.chats.list({ headers: pairs() })
    expect(server.last().headers["x-a"]).toBe("1, 2")
    await beeper.messages.send({ path: { chatID: "c1" }, body: { text: "hi" }, headers: pairs() })
    expect(server.last().headers["x-a"]).toBe("1, 2")
  })
})

describe("an error response that is not the API's Error body", () => {
  it.each([
    ["an empty body", { status: 500 }, { code: "HTTP_500", message: "Internal Server Error" }],
    [
      "a proxy's HTML page",
      { status: 502, body: "<html>Bad gateway</html>", contentType: "text/html" },
      { code: "HTTP_502", message: "<html>Bad gateway</html>", details: "<html>Bad gateway</html>" },
    ],
    ["JSON of another shape", { status: 503, body: { reason: "starting" } }, {
      code: "HTTP_503",
      message: "Service Unavailable",
      details: { reason: "starting" },
    }],
    ["JSON with a message but no code", { status: 400, body: { message: "nope" } }, {
      code: "HTTP_400",
      message: "nope",
      details: { message: "nope" },
    }],
  ] as const)("%s comes back as { code: HTTP_<status>, message }, so error.code and error.message are strings", async (_, answer, expected) => {
    server.respondWith(answer)
    const { data, error, response } = await beeper.chats.list()
    expect(data).toBeUndefined()
    expect(error).toEqual(expected)
    expect(response?.status).toBe(answer.status)
    server.respondWith(answer)
    await expect(beeper.chats.list({ throwOnError: true })).rejects.toMatchObject({ ...expected, status: answer.status })
  })

  it("keeps a long body's text as details and cuts the message", async () => {
    const page = `<html>${"x".repeat(5000)}</html>`
    server.respondWith({ status: 502, body: page, contentType: "text/html" })
    const { error } = await beeper.chats.list()
    expect(error).toMatchObject({ code: "HTTP_502", details: page })
    expect((error as { message: string }).message).toHaveLength(1000)
  })
})

describe("createBeeperClient options", () => {
  it.each([
    ["a line break", "s3cr3t-part1\ns3cr3t-part2"],
    ["a pasted Bearer prefix", "Bearer s3cr3t-part1"],
    ["a NUL", "s3cr3t-part1\u0000x"],
  ])("refuses an access token with %s at construction, without repeating it", (_, token) => {
    let thrown: unknown
    try {
      createBeeperClient({ baseUrl: server.url, accessToken: token })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expect(String(thrown)).toContain("accessToken contains a space or a control character")
    expect(String(thrown)).not.toContain("s3cr3t")
  })

  it.each([
    ["empty", "", /accessToken is empty: give the token .*or leave accessToken out for the public endpoints only/],
    ["blank", " \n", /accessToken is empty/],
    ["null", null, /accessToken must be a string, got null/],
    ["a Redacted-like object", { value: "s3cr3t" }, /accessToken must be a string, got object/],
  ])("refuses an access token that is %s at construction (an empty one was sent as `Bearer `)", (_, token, pattern) => {
    let thrown: unknown
    try {
      createBeeperClient({ baseUrl: server.url, accessToken: token as never })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expect(String(thrown)).toMatch(pattern)
    expect(String(thrown)).not.toContain("s3cr3t")
  })

  it("refuses to send the token in clear text to another machine unless allowInsecureToken, as the Effect client does", () => {
    const refused = (options: Parameters<typeof createBeeperClient>[0]): string | undefined => {
      try {
        createBeeperClient(options)
        return undefined
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError)
        return String(error)
      }
    }
    expect(refused({ baseUrl: "http://10.0.0.5:23373", accessToken: "s3cr3t" }))
      .toMatch(/Refusing to send the access token in clear text to http:\/\/10\.0\.0\.5:23373/)
    // only the origin is named: not the token, nor a path holding it
    const shown = refused({ baseUrl: "http://desktop.lan:23373/s3cr3t", accessToken: "s3cr3t" })
    expect(shown).toContain("http://desktop.lan:23373")
    expect(shown).not.toContain("s3cr3t")
    expect(refused({ baseUrl: "not a url s3cr3t", accessToken: "s3cr3t" })).toMatch(/baseUrl is not a URL/)
    expect(refused({ baseUrl: "not a url s3cr3t", accessToken: "s3cr3t" })).not.toContain("s3cr3t")
    for (const allowed of [
      { baseUrl: "http://10.0.0.5:23373", accessToken: "s3cr3t", allowInsecureToken: true },
      { baseUrl: "https://desktop.example", accessToken: "s3cr3t" },
      { baseUrl: "http://127.0.0.1:9", accessToken: "s3cr3t" },
      { baseUrl: "http://[::1]:9", accessToken: "s3cr3t" },
      { baseUrl: "http://10.0.0.5:23373" }, // no token, nothing to protect (info.retrieve is public)
    ]) expect(refused(allowed), allowed.baseUrl).toBeUndefined()
  })

  it("refuses a base URL the API's paths cannot be appended to when it is created, without repeating it, as the Effect client and the CLI do", async () => {
    const sent: Array<string> = []
    const fetchSpy: typeof fetch = async (input) => {
      sent.push(input instanceof Request ? input.url : String(input))
      return Response.json({})
    }
    const cases: ReadonlyArray<readonly [baseUrl: string, problem: string]> = [
      // fetch would refuse each request, with a message repeating the URL, password and all
      ["http://me:s3cr3t@localhost:23373", "must not contain credentials"],
      // the paths would land after the query: http://localhost:23373/?key=s3cr3t/v1/info
      ["http://localhost:23373/?key=s3cr3t", "must not have a query or fragment"],
      ["http://localhost:23373/#s3cr3t", "must not have a query or fragment"],
      ["http://localhost:23373/?", "must not have a query or fragment"],
      ["ftp://localhost/s3cr3t", 'must start with http:// or https:// (its scheme is "ftp:")'],
      ["not a url s3cr3t", "is not a URL"],
    ]
    for (const [baseUrl, problem] of cases) {
      for (const options of [{ baseUrl }, { baseUrl, accessToken: "tok-12345678" }]) {
        let thrown: unknown
        try {
          await createBeeperClient({ ...options, fetch: fetchSpy }).info.retrieve()
        } catch (error) {
          thrown = error
        }
        expect(thrown, baseUrl).toBeInstanceOf(TypeError)
        expect(String(thrown), baseUrl).toContain(`Beeper Desktop baseUrl ${problem}`)
        expect(String(thrown), baseUrl).not.toContain("s3cr3t")
      }
    }
    expect(sent).toEqual([])
    // a path prefix is kept; whitespace around the URL (a pasted value's newline) is not sent
    await createBeeperClient({ baseUrl: "http://127.0.0.1:9/desktop/", fetch: fetchSpy }).info.retrieve()
    await createBeeperClient({ baseUrl: "http://127.0.0.1:9/ \n", fetch: fetchSpy }).info.retrieve()
    await createBeeperClient({ baseUrl: " http://127.0.0.1:9", fetch: fetchSpy }).info.retrieve()
    expect(sent).toEqual(["http://127.0.0.1:9/desktop/v1/info", "http://127.0.0.1:9/v1/info", "http://127.0.0.1:9/v1/info"])
  })

  it("refuses, before sending, an upload whose file a form cannot send as a file (a Node ReadStream, a Response)", async () => {
    const { createReadStream } = await import("node:fs")
    const { fileURLToPath } = await import("node:url")
    const before = server.requests.length
    for (const file of [createReadStream(fileURLToPath(import.meta.url)), new Response("hello")]) {
      // before: sent as the text field "[object Object]", and Desktop answered 400
      await expect(beeper.assets.upload({ body: { file: file as never }, throwOnError: true }))
        .rejects.toThrow(/body\.file must be a Blob .*fs\.openAsBlob\(path\)/)
    }
    expect(server.requests.length).toBe(before)
  })

  it("trims the whitespace around an access token, as the Effect client does", async () => {
    await createBeeperClient({ baseUrl: server.url, accessToken: "  tok-1\n" }).labels.list()
    expect(server.last().headers.authorization).toBe("Bearer tok-1")
  })

  it.each([undefined, null, { id: "c1" }])("refuses a path parameter that is %o before sending", async (chatID) => {
    const before = server.requests.length
    await expect(
      beeper.messages.list({ path: { chatID: chatID as unknown as string }, throwOnError: true }),
    ).rejects.toThrow(/path parameter "chatID" must be a string/)
    expect(server.requests.length).toBe(before)
  })


  it("sends requests through the given fetch", async () => {
    const seen: Array<string> = []
    const client = createBeeperClient({
      baseUrl: server.url,
      accessToken: "t",
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input))
        return fetch(input, init)
      },
    })
    await client.labels.list()
    expect(seen).toEqual([`${server.url}/v1/labels`])
  })

  it("accepts a base URL with a trailing slash", async () => {
    await createBeeperClient({ baseUrl: `${server.url}/`, accessToken: "t" }).labels.list()
    expect(server.last().url).toBe("/v1/labels")
  })

  it("sends no Authorization header without an access token (public endpoints)", async () => {
    await createBeeperClient({ baseUrl: server.url }).info.retrieve()
    expect(server.last().headers.authorization).toBeUndefined()
  })
})

describe("redirects are never followed", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} on a send is an error response; the send reaches the server once, nothing follows the redirect`, async () => {
      const elsewhere = await startRecordingServer()
      try {
        server.respondWith((request) =>
          request.url.startsWith("/v1/chats/")
            ? { status, headers: { location: `${elsewhere.url}/v1/chats/c1/messages` } }
            : { body: {} }
        )
        const { data, error, response } = await beeper.messages.send({ path: { chatID: "c1" }, body: { text: "once" } })
        expect(data).toBeUndefined()
        expect(error).toBeDefined()
        expect(response?.status).toBe(status)
        expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /v1/chats/c1/messages"])
        expect(elsewhere.requests).toEqual([])
      } finally {
        await elsewhere.close()
      }
    })
  }
})

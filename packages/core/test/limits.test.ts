// The limits every request of the fetch client has (bounded-fetch.ts): a timeout over the whole exchange and a cap on
// the response body, against a real server that stalls, streams without end, or sends more than the cap.
import { createServer, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { createBeeperClient } from "../src/index.ts"

/** What the server does for a path: each test picks its own. */
const behaviours = new Map<string, (response: ServerResponse) => void>()
const closedEarly = new Set<string>()
let server: Server
let url = ""

beforeAll(async () => {
  server = createServer((request, response) => {
    const params = new URL(request.url ?? "/", "http://x").searchParams
    const path = params.get("query") ?? params.get("url") ?? ""
    response.on("close", () => {
      if (!response.writableFinished) closedEarly.add(path)
    })
    behaviours.get(path)?.(response)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
// a body a broken limit left streaming would keep `close` waiting for ever
afterAll(() =>
  new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
)

/** Far longer than any call of a correct run takes, even on a loaded machine (they take well under a second). */
const hangGuardMs = 20_000

/**
 * `promise`, or a failure naming `what` if it is still pending after {@link hangGuardMs}: a limit that no longer ends
 * a call then fails here, saying so, instead of when vitest's own timeout fires minutes later.
 */
const settles = <A>(promise: Promise<A>, what: string): Promise<A> => {
  let guard: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<never>((_, reject) => {
    const error = new Error(`${what}: still pending after ${hangGuardMs} ms; no limit ended it`)
    guard = setTimeout(() => reject(error), hangGuardMs)
  })
  return Promise.race([promise, hang]).finally(() => clearTimeout(guard))
}

/** Sends chats.search with `query` naming the server's behaviour. */
const call = (query: string, options: Parameters<typeof createBeeperClient>[0] = {}) =>
  settles(createBeeperClient({ baseUrl: url, accessToken: "t", ...options }).chats.search({ query: { query } }), query)

/** A chunk every few milliseconds, forever (until the client goes away). */
const endless = (chunk: string) => (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "application/json" })
  response.write("[")
  const timer = setInterval(() => response.write(chunk), 5)
  response.on("close", () => clearInterval(timer))
}

/**
 * The timers started with `delay` (a request's timeout) from now on, and those of them not cleared yet; spied on
 * until the test ends.
 */
const trackTimers = (delay: number) => {
  const setSpy = vi.spyOn(globalThis, "setTimeout")
  const clearSpy = vi.spyOn(globalThis, "clearTimeout")
  const started = () =>
    setSpy.mock.calls.flatMap((call, i) => (call[1] === delay ? [setSpy.mock.results[i]?.value as unknown] : []))
  const cleared = () => new Set(clearSpy.mock.calls.map((call) => call[0] as unknown))
  return { started, pending: () => started().filter((timer) => !cleared().has(timer)) }
}
afterEach(() => {
  vi.restoreAllMocks()
})

describe("the fetch client's limits", () => {
  it("a server that never answers: the request is aborted after `timeout`, with a TimeoutError", async () => {
    behaviours.set("silent", () => undefined)
    const { data, error, response } = await call("silent", { timeout: 300 })
    expect(data).toBeUndefined()
    expect(response).toBeUndefined()
    expect((error as unknown as { name: string }).name).toBe("TimeoutError")
  })

  it("a body that trickles without end is stopped by the timeout too (it bounds the whole body)", async () => {
    behaviours.set("trickle", endless(" "))
    const { error } = await call("trickle", { timeout: 300 })
    expect((error as unknown as { name: string }).name).toBe("TimeoutError")
  })

  it("a body past maxResponseBytes (no Content-Length) fails with a RangeError, and the connection is let go", async () => {
    behaviours.set("flood", endless(`${"x".repeat(1024)},`))
    const { data, error } = await call("flood", { timeout: Number.POSITIVE_INFINITY, maxResponseBytes: { json: 64 * 1024 } })
    expect(data).toBeUndefined()
    expect(error).toBeInstanceOf(RangeError)
    expect((error as unknown as { message: string }).message).toContain("maxResponseBytes (65536 bytes)")
    await expect.poll(() => closedEarly.has("flood"), { timeout: 20_000 }).toBe(true)
  })

  it("a body that declares its length and then stalls is cut by the timeout too", async () => {
    behaviours.set("declared-stall", (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" })
      response.write(`{"items":[`)
    })
    const { error } = await call("declared-stall", { timeout: 300 })
    expect((error as unknown as { name: string }).name).toBe("TimeoutError")
  })

  it("a Content-Length past the limit is refused before the body is read; the response still says what Desktop answered", async () => {
    for (const status of [200, 500]) {
      const path = `declared-${status}`
      behaviours.set(path, (response) => {
        response.writeHead(status, { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) })
        response.write("[") // and nothing more: the client must not wait for it
      })
      const { error, response } = await call(path, { timeout: Number.POSITIVE_INFINITY, maxResponseBytes: { json: 1024 } })
      expect(error).toBeInstanceOf(RangeError)
      expect((error as unknown as { message: string }).message).toContain("maxResponseBytes (1024 bytes)")
      // as for a body counted past the limit: the answer's status and headers are there (it was undefined)
      expect(response?.status).toBe(status)
      expect(response?.headers.get("content-length")).toBe(String(10 * 1024 * 1024))
      await expect.poll(() => closedEarly.has(path), { timeout: 20_000 }).toBe(true)
    }
  })

  it("a coded body (gzip) is held to the limit by its decoded bytes, not its Content-Length (a small bomb)", async () => {
    // 8 MiB of spaces in ~8 KB of gzip, its coded length declared: what fetch hands over is the 8 MiB
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20), { level: 9 })
    behaviours.set("bomb", (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(bomb.length) })
      response.end(bomb)
    })
    const { data, error } = await call("bomb", { timeout: Number.POSITIVE_INFINITY, maxResponseBytes: { json: 64 * 1024 } })
    expect(data).toBeUndefined()
    expect(error).toBeInstanceOf(RangeError)
    // a coded body within the limit still reads as usual
    const page = { items: [], hasMore: false, oldestCursor: null, newestCursor: null }
    const small = gzipSync(JSON.stringify(page))
    behaviours.set("coded", (response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(small.length) })
      response.end(small)
    })
    expect((await call("coded", { maxResponseBytes: { json: 64 * 1024 } })).data).toEqual(page)
  })

  it("a body within the limits reads as usual; a file is held to the binary limit, not the JSON one", async () => {
    const page = { items: [], hasMore: false, oldestCursor: null, newestCursor: null, padding: "y".repeat(100_000) }
    behaviours.set("fits", (response) => {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(JSON.stringify(page))
    })
    const { data, error } = await call("fits", { maxResponseBytes: { json: 200_000 } })
    expect(error).toBeUndefined()
    expect(data).toEqual(page)
    const bytes = new Uint8Array(300_000).fill(7)
    behaviours.set("file:///a", (response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" })
      response.end(bytes)
    })
    const beeper = createBeeperClient({ baseUrl: url, accessToken: "t", maxResponseBytes: { json: 1000, binary: 400_000 } })
    const file = await beeper.assets.serve({ query: { url: "file:///a" } })
    expect(new Uint8Array(await (file.data as Blob).arrayBuffer())).toEqual(bytes)
    const small = createBeeperClient({ baseUrl: url, accessToken: "t", maxResponseBytes: { binary: 1000 } })
    expect((await small.assets.serve({ query: { url: "file:///a" } })).error).toBeInstanceOf(RangeError)
  })

  it("the limit is the operation's, whatever the Content-Type: a file served as JSON gets the binary one, JSON labelled as a file the JSON one", async () => {
    const bytes = new Uint8Array(300_000).fill(0x20)
    /** Serves `body` as `contentType` at `declared` with its Content-Length, and at `chunked` without one. */
    const servedBothWays = (declared: string, chunked: string, contentType: string, body: Uint8Array | string) => {
      behaviours.set(declared, (response) => {
        response.writeHead(200, { "content-type": contentType, "content-length": String(body.length) })
        response.end(body)
      })
      behaviours.set(chunked, (response) => {
        response.writeHead(200, { "content-type": contentType })
        response.write(body.slice(0, 10))
        response.end(body.slice(10))
      })
    }
    // a .json attachment, served with its own type: with and without a Content-Length
    servedBothWays("file:///export.json", "file:///chunked.json", "application/json", bytes)
    const limits = { json: 1000, binary: 400_000 }
    const beeper = createBeeperClient({ baseUrl: url, accessToken: "t", maxResponseBytes: limits })
    for (const file of ["file:///export.json", "file:///chunked.json"]) {
      const blob = await beeper.assets.serve({ query: { url: file } })
      expect(blob.error).toBeUndefined()
      expect(new Uint8Array(await (blob.data as Blob).arrayBuffer())).toEqual(bytes)
      const stream = await beeper.assets.serve({ query: { url: file }, parseAs: "stream" })
      expect(new Uint8Array(await new Response(stream.data as unknown as ReadableStream).arrayBuffer())).toEqual(bytes)
    }
    // a JSON answer labelled as a file, over the JSON limit: with and without a Content-Length
    const answer = JSON.stringify({ items: [], hasMore: false, padding: "x".repeat(5000) })
    servedBothWays("labelled", "labelled-chunked", "application/octet-stream", answer)
    expect((await call("labelled", { maxResponseBytes: limits })).error).toBeInstanceOf(RangeError)
    expect((await call("labelled-chunked", { maxResponseBytes: limits })).error).toBeInstanceOf(RangeError)
    // the error status of a file operation: its body is held to the JSON limit, whatever it is labelled
    behaviours.set("file:///missing", (response) => {
      response.writeHead(404, { "content-type": "application/octet-stream" })
      response.end("y".repeat(5000))
    })
    expect((await beeper.assets.serve({ query: { url: "file:///missing" } })).error).toBeInstanceOf(RangeError)
  })

  it("a file read as a stream (parseAs: \"stream\") ends its request's timer when it ends or is cancelled, and still times out when it stalls", async () => {
    const bytes = new Uint8Array(100_000).fill(7)
    behaviours.set("file:///streamed", (response) => {
      response.writeHead(200, { "content-type": "image/png", "content-length": String(bytes.length) })
      response.write(bytes.subarray(0, 1000))
      setImmediate(() => response.end(bytes.subarray(1000)))
    })
    behaviours.set("file:///stalled", (response) => {
      response.writeHead(200, { "content-type": "image/png", "content-length": String(bytes.length) })
      response.write(bytes.subarray(0, 1000)) // and nothing more
    })
    // the request's timer, told apart by its delay: the test asserts it was cleared, never how soon
    const timeout = 54_321
    const timers = trackTimers(timeout)
    const beeper = createBeeperClient({ baseUrl: url, accessToken: "t", timeout })
    // read to its end: the timer is cleared (it kept a Node process alive for the whole timeout after the download)
    const whole = await beeper.assets.serve({ query: { url: "file:///streamed" }, parseAs: "stream" })
    expect(timers.started()).toHaveLength(1)
    expect(new Uint8Array(await new Response(whole.data as unknown as ReadableStream).arrayBuffer())).toEqual(bytes)
    expect(timers.pending()).toEqual([])
    // cancelled after its first chunk: the timer is cleared, the connection let go
    const cancelled = await beeper.assets.serve({ query: { url: "file:///stalled" }, parseAs: "stream" })
    const reader = (cancelled.data as unknown as ReadableStream<Uint8Array>).getReader()
    expect((await reader.read()).done).toBe(false)
    expect(timers.pending()).toHaveLength(1)
    await reader.cancel()
    expect(timers.started()).toHaveLength(2)
    expect(timers.pending()).toEqual([])
    await expect.poll(() => closedEarly.has("file:///stalled"), { timeout: 20_000 }).toBe(true)
    // stalled mid-body and read: the timeout still ends it
    const stalled = await createBeeperClient({ baseUrl: url, accessToken: "t", timeout: 300 })
      .assets.serve({ query: { url: "file:///stalled" }, parseAs: "stream" })
    const read = new Response(stalled.data as unknown as ReadableStream).arrayBuffer()
    await expect(settles(read, "a stalled stream")).rejects.toMatchObject({ name: "TimeoutError" })
  })

  it("an error body past the cap, or cut by the timeout, is the RangeError or TimeoutError too (not an HTTP_500 body)", async () => {
    behaviours.set("error-flood", (response) => {
      response.writeHead(500, { "content-type": "application/json" })
      for (let i = 0; i < 20; i++) response.write(`"${"z".repeat(64 * 1024)}",`)
    })
    const flood = await call("error-flood", { maxResponseBytes: { json: 100_000 } })
    expect(flood.error).toBeInstanceOf(RangeError)
    behaviours.set("error-stall", (response) => {
      response.writeHead(500, { "content-type": "application/json" })
      response.write("{")
    })
    const stall = await call("error-stall", { timeout: 300 })
    expect((stall.error as unknown as { name: string }).name).toBe("TimeoutError")
  })

  it("a timeout past what a timer holds (2^31 − 1 ms) means none, not an immediate one", async () => {
    behaviours.set("quick", (response) => {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(`{"items":[],"hasMore":false}`)
    })
    const { data, error } = await call("quick", { timeout: 2 ** 31 })
    expect(error).toBeUndefined()
    expect(data).toEqual({ items: [], hasMore: false })
  })

  it("the response keeps where it came from (url, redirected)", async () => {
    behaviours.set("quick", (response) => {
      response.writeHead(200, { "content-type": "application/json" })
      response.end(`{"items":[],"hasMore":false}`)
    })
    const { response } = await call("quick")
    expect(response?.url).toBe(`${url}/v1/chats/search?query=quick`)
    expect(response?.redirected).toBe(false)
  })

  it("a call given its own fetch is held to the same limits (it went unbounded: no timeout, no size cap)", async () => {
    behaviours.set("silent", () => undefined)
    behaviours.set("flood", endless(`${"x".repeat(1024)},`))
    const own: typeof fetch = (input, init) => fetch(input, init)
    const search = (query: string, timeout: number) =>
      settles(
        createBeeperClient({ baseUrl: url, accessToken: "t", timeout, maxResponseBytes: { json: 4096 } })
          .chats.search({ query: { query }, fetch: own }),
        `${query} through its own fetch`,
      )
    // each case has one limit that can end it, whatever the machine's speed: no answer, only the timeout; the flood,
    // only the cap (its timeout is far past the hang guard: on a slow machine a short one would win the race)
    const silent = await search("silent", 300)
    expect((silent.error as unknown as { name: string }).name).toBe("TimeoutError")
    const flood = await search("flood", 10 * hangGuardMs)
    expect(flood.error).toBeInstanceOf(RangeError)
  })

  it("a body whose reads never settle, even once the request is aborted, is still ended by the timeout (Deno)", async () => {
    // what Deno's fetch sometimes does with a body of unknown length: the pending read outlives the abort
    const stuck: typeof fetch = async () =>
      new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }), { headers: { "content-type": "application/json" } })
    const stuckClient = createBeeperClient({ baseUrl: url, accessToken: "t", timeout: 300, fetch: stuck })
    const { error } = await settles(stuckClient.chats.list(), "stuck")
    // before: the call never settled
    expect((error as unknown as { name: string }).name).toBe("TimeoutError")
    const controller = new AbortController()
    const aborted = createBeeperClient({ baseUrl: url, accessToken: "t", fetch: stuck }).chats.list({ signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect(((await settles(aborted, "stuck, aborted")).error as unknown as { name: string }).name).toBe("AbortError")
  })

  it("a call's own signal still aborts it", async () => {
    behaviours.set("silent", () => undefined)
    const controller = new AbortController()
    const pending = createBeeperClient({ baseUrl: url, accessToken: "t" }).chats.search({
      query: { query: "silent" },
      signal: controller.signal,
    })
    controller.abort()
    expect(((await settles(pending, "silent, aborted")).error as unknown as { name: string }).name).toBe("AbortError")
  })

  it.each([
    [{ timeout: 0 }, "timeout must be a positive number (got 0)"],
    [{ timeout: Number.NaN }, "timeout must be a positive number (got NaN)"],
    [{ maxResponseBytes: { json: -1 } }, "maxResponseBytes.json must be a positive number (got -1)"],
    // a bare number was read as "no limits given": the 32 MiB default stayed
    [{ maxResponseBytes: 1024 as never }, "maxResponseBytes must be an object { json?, binary? } of byte limits, got 1024"],
  ])("refuses limits that cannot be meant: %o", (options, message) => {
    expect(() => createBeeperClient({ baseUrl: url, ...options })).toThrow(message)
  })
})

// The test kit's own behaviour: what the recording server records and answers, what the process runner collects and
// how it stops a process, and which block the README extractor finds.
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { getJson, withMockServer } from "../src/mock-server.ts"
import { closedPort } from "../src/ports.ts"
import { runProcess, spawnProcess } from "../src/process.ts"
import { codeBlockAfter } from "../src/readme.ts"
import { type RecordingServer, recordingServerForFile, startRecordingServer } from "../src/recording-server.ts"

describe("recording server", () => {
  let server: RecordingServer | undefined
  afterEach(() => server?.close())

  it("records method, raw target, headers and body, and answers JSON (default 200 {})", async () => {
    server = await startRecordingServer()
    const response = await fetch(`${server.url}/v1/chats/a%2Fb?x=1`, { method: "POST", body: "hi", headers: { "x-t": "1" } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({})
    expect(server.last()).toMatchObject({ method: "POST", url: "/v1/chats/a%2Fb?x=1", body: "hi" })
    expect(server.last().headers["x-t"]).toBe("1")
  })

  it("answers as scripted per request, text as text; reset clears the records", async () => {
    server = await startRecordingServer((_request, index) => index === 0 ? { status: 503, body: "busy" } : { body: [1] })
    const first = await fetch(server.url)
    expect([first.status, first.headers.get("content-type"), await first.text()]).toEqual([503, "text/plain", "busy"])
    expect(await (await fetch(server.url)).json()).toEqual([1])
    await server.received(2)
    server.reset({ status: 404, body: { code: "NOT_FOUND" } })
    expect(server.requests).toEqual([])
    expect((await fetch(server.url)).status).toBe(404)
  })

  it("a reset or a cut body fails the client's fetch", async () => {
    server = await startRecordingServer("reset")
    await expect(fetch(server.url)).rejects.toThrow()
    server.respondWith({ partial: '{"items":[' })
    const response = await fetch(server.url)
    await expect(response.text()).rejects.toThrow()
  })

  it("refuses and records WebSocket upgrades", async () => {
    server = await startRecordingServer()
    const socket = new WebSocket(`${server.url.replace("http", "ws")}/v1/ws`)
    await new Promise((resolve) => socket.addEventListener("error", resolve))
    expect(server.upgrades).toEqual(["/v1/ws"])
    expect(server.requests).toEqual([])
  })
})

describe("recordingServerForFile", () => {
  const server = recordingServerForFile({ status: 201, body: { made: true } })

  it("answers as scripted and records, through the object it returns", async () => {
    const response = await fetch(`${server.url}/v1/things`, { method: "POST", body: "{}" })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ made: true })
    expect(server.requests).toHaveLength(1)
    expect(server.last().method).toBe("POST")
    server.respondWith({ status: 500, body: "broken" })
  })

  it("starts each test reset to its first script, with no records", async () => {
    expect(server.requests).toHaveLength(0)
    expect((await fetch(`${server.url}/v1/things`)).status).toBe(201)
  })
})

describe("process runner", () => {
  const cwd = tmpdir()

  it("collects stdout and stderr with the exit code, in a clean environment", async () => {
    process.env["BEEPER_ACCESS_TOKEN_TESTKIT"] = "leak"
    const done = await runProcess(process.execPath, ["-e", "console.log(process.env.A, process.env.BEEPER_ACCESS_TOKEN_TESTKIT); console.error('e'); process.exit(3)"], { cwd, env: { A: "a" } })
    delete process.env["BEEPER_ACCESS_TOKEN_TESTKIT"]
    expect(done).toMatchObject({ code: 3, stdout: "a undefined\n", stderr: "e\n" })
  })

  it("waits for a line, then stops the process", async () => {
    const running = spawnProcess(process.execPath, ["-e", "console.log('ready'); setInterval(() => {}, 1000)"], { cwd })
    expect(await running.waitForLine((line) => line === "ready")).toBe("ready")
    running.stop()
    expect((await running.exited).code).toBe(null)
  })

  it("kills a process that outlives its time bound, and says so", async () => {
    const done = await runProcess(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { cwd, timeoutMs: 200 })
    expect(done.code).toBe(null)
    expect(done.output).toContain("[killed after 200 ms]")
  })
})

describe("README extractor", () => {
  const readme = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), "testkit-")), "README.md")
    writeFileSync(file, text)
    return file
  }

  it("takes the block right after the marker", () => {
    const file = readme("# x\n```ts\nfirst\n```\n<!-- example -->\n\n```ts\nconst a = 1\n```\n")
    expect(codeBlockAfter(file, "<!-- example -->")).toBe("const a = 1\n")
  })

  it("refuses a marker with prose before its block, or no marker", () => {
    const file = readme("## Example\n\nsome words\n\n```ts\nx\n```\n")
    expect(() => codeBlockAfter(file, "## Example")).toThrow(/no ```ts block after ## Example/)
    expect(() => codeBlockAfter(file, "<!-- none -->")).toThrow(/no ```ts block/)
  })
})

describe("closedPort", () => {
  it("is a loopback port that refuses connections", async () => {
    const port = await closedPort()
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  })
})

describe("withMockServer", () => {
  it("serves the mock to the function, then closes it", async () => {
    const { url, accounts } = await withMockServer({ seed: 1 }, async (server) => ({
      url: server.url,
      accounts: await getJson<ReadonlyArray<unknown>>(server, "/v1/accounts"),
    }))
    expect(accounts.length).toBeGreaterThan(0)
    await expect(fetch(`${url}/v1/accounts`)).rejects.toThrow()
  })
})

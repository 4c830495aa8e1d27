import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { loadSpec, SpecSourceError } from "../src/spec-update/source.ts"
import { closedPort } from "@beeper-kit/testkit/ports"
import { type RecordingServer, startRecordingServer } from "@beeper-kit/testkit/recording-server"
import { startFakeDesktop, type FakeDesktop } from "./support/fake-desktop.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

const document = { openapi: "3.1.0", info: { title: "Beeper Desktop API", version: "4.3.0" }, paths: { "/v1/info": {} } }

afterAll(removeTempDirs)

let desktop: FakeDesktop | undefined
let other: RecordingServer | undefined
afterEach(async () => {
  await desktop?.close()
  await other?.close()
  desktop = undefined
  other = undefined
})

describe("loadSpec", () => {
  it("reads a JSON or YAML file, relative to the directory the command was run in", async () => {
    const dir = makeTempDir("spec-source-")
    writeFileSync(join(dir, "next.json"), JSON.stringify(document))
    writeFileSync(join(dir, "next.yaml"), "openapi: 3.1.0\ninfo: { title: t, version: '4.3.0' }\npaths: {}\n")
    expect((await loadSpec("next.json", { cwd: dir, env: {} })).document).toEqual(document)
    expect((await loadSpec("next.yaml", { cwd: dir, env: {} })).document.info.version).toBe("4.3.0")
    await expect(loadSpec("missing.yaml", { cwd: dir, env: {} })).rejects.toThrow(/cannot read .*missing\.yaml: no such file/)
  })

  it("rejects a document that is not OpenAPI 3.x", async () => {
    const dir = makeTempDir("spec-source-")
    writeFileSync(join(dir, "swagger.json"), JSON.stringify({ swagger: "2.0", info: {}, paths: {} }))
    await expect(loadSpec("swagger.json", { cwd: dir, env: {} })).rejects.toThrow(/not an OpenAPI 3.x document/)
  })

  it("fetches a URL", async () => {
    desktop = await startFakeDesktop({ spec: JSON.stringify(document) })
    const loaded = await loadSpec(`${desktop.url}/v1/spec`, { cwd: "/", env: {} })
    expect(loaded).toEqual({ document, source: `${desktop.url}/v1/spec` })
  })

  it("asks the running Desktop by default: GET /v1/info, then the endpoints.spec it advertises, with the token", async () => {
    desktop = await startFakeDesktop({ spec: JSON.stringify(document), specPath: "/v1/openapi.json" })
    const loaded = await loadSpec(undefined, { cwd: "/", env: { BEEPER_DESKTOP_URL: desktop.url, BEEPER_ACCESS_TOKEN: "tok" } })
    expect(loaded.document).toEqual(document)
    expect(loaded.source).toBe(`${desktop.url}/v1/openapi.json (Beeper 4.3.0)`)
    expect(desktop.requests.map((request) => request.url)).toEqual(["/v1/info", "/v1/openapi.json"])
    expect(desktop.requests.every((request) => request.headers.authorization === "Bearer tok")).toBe(true)
  })

  it("says clearly when no Desktop answers", async () => {
    const port = await closedPort()
    const error = await loadSpec(undefined, { cwd: "/", env: { BEEPER_DESKTOP_URL: `http://127.0.0.1:${port}` } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpecSourceError)
    expect((error as Error).message).toMatch(new RegExp(`No Beeper Desktop answered at http://127.0.0.1:${port}: GET http://127.0.0.1:${port}/v1/info failed: .*ECONNREFUSED`))
    expect((error as Error).message).toMatch(/BEEPER_DESKTOP_URL .*--from <url\|file>/)
  })

  it("says so when the Desktop advertises no OpenAPI document", async () => {
    desktop = await startFakeDesktop({ spec: "", specPath: undefined })
    await expect(loadSpec(undefined, { cwd: "/", env: { BEEPER_DESKTOP_URL: desktop.url } })).rejects.toThrow(/does not advertise an OpenAPI document \(GET \/v1\/info has no endpoints.spec\)/)
  })

  describe("the access token goes to the Desktop's origin only", () => {
    const token = "tok-secret-0123456789"
    const specText = JSON.stringify(document)
    /** A server on another origin (another port of 127.0.0.1) serving the document at any path. */
    const startOther = () => startRecordingServer({ body: specText, contentType: "application/json" })
    const authorizations = (server: RecordingServer) => server.requests.map((request) => request.headers.authorization ?? null)

    it("a --from URL on another origin gets no token; one on the Desktop's origin does", async () => {
      desktop = await startFakeDesktop({ spec: specText })
      other = await startOther()
      const env = { BEEPER_DESKTOP_URL: desktop.url, BEEPER_ACCESS_TOKEN: token }
      expect((await loadSpec(`${other.url}/openapi.json`, { cwd: "/", env })).document).toEqual(document)
      expect(authorizations(other)).toEqual([null])
      await loadSpec(`${desktop.url}/v1/spec`, { cwd: "/", env })
      expect(authorizations(desktop)).toEqual([`Bearer ${token}`])
    })

    it("without BEEPER_DESKTOP_URL the Desktop is BEEPER_BASE_URL's, else the default: a --from URL elsewhere gets no token", async () => {
      other = await startOther()
      await loadSpec(`${other.url}/openapi.json`, { cwd: "/", env: { BEEPER_ACCESS_TOKEN: token } })
      desktop = await startFakeDesktop({ spec: specText })
      await loadSpec(`${desktop.url}/v1/spec`, { cwd: "/", env: { BEEPER_BASE_URL: desktop.url, BEEPER_ACCESS_TOKEN: token } })
      expect(authorizations(other)).toEqual([null])
      expect(authorizations(desktop)).toEqual([`Bearer ${token}`])
    })

    it("an endpoints.spec on another origin gets no token; /v1/info does", async () => {
      other = await startOther()
      desktop = await startFakeDesktop({ spec: specText, specPath: `${other.url}/spec.json` })
      const loaded = await loadSpec(undefined, { cwd: "/", env: { BEEPER_DESKTOP_URL: desktop.url, BEEPER_ACCESS_TOKEN: token } })
      expect(loaded.document).toEqual(document)
      expect(authorizations(desktop)).toEqual([`Bearer ${token}`])
      expect(authorizations(other)).toEqual([null])
    })

    it("a redirect keeps the token on the Desktop's origin and drops it when it leaves", async () => {
      other = await startOther()
      const otherUrl = other.url
      desktop = await startRecordingServer((request) => {
        if (request.url === "/v1/info") return { body: { app: { version: "4.3.0" }, endpoints: { spec: "/v1/spec" } } }
        if (request.url === "/v1/spec") return { status: 302, headers: { location: "/v1/openapi.json" } }
        if (request.url === "/v1/openapi.json") return { status: 307, headers: { location: `${otherUrl}/elsewhere.json` } }
        return { status: 404, body: "" }
      })
      const loaded = await loadSpec(undefined, { cwd: "/", env: { BEEPER_DESKTOP_URL: desktop.url, BEEPER_ACCESS_TOKEN: token } })
      expect(loaded.document).toEqual(document)
      expect(desktop.requests.map((request) => [request.url, request.headers.authorization])).toEqual([
        ["/v1/info", `Bearer ${token}`],
        ["/v1/spec", `Bearer ${token}`],
        ["/v1/openapi.json", `Bearer ${token}`],
      ])
      expect(other.requests.map((request) => [request.url, request.headers.authorization ?? null])).toEqual([["/elsewhere.json", null]])
    })

    it("never in clear text to a Desktop that is not loopback unless BEEPER_ALLOW_INSECURE_TOKEN=true", async () => {
      const seen: Array<[string, string | null]> = []
      const spy: typeof fetch = async (input, init) => {
        seen.push([String(input), new Headers(init?.headers).get("authorization")])
        return new Response(String(input).endsWith("/v1/info") ? JSON.stringify({ endpoints: { spec: "/v1/spec" } }) : specText, { status: 200 })
      }
      const env = { BEEPER_DESKTOP_URL: "http://desktop.example:23373", BEEPER_ACCESS_TOKEN: token }
      const refused = await loadSpec(undefined, { cwd: "/", env, fetch: spy }).catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(SpecSourceError)
      expect((refused as Error).message).toMatch(/Refusing to send the access token in clear text to http:\/\/desktop\.example:23373.*BEEPER_ALLOW_INSECURE_TOKEN=true/)
      expect((refused as Error).message).not.toContain(token)
      expect(seen).toEqual([])
      // over https it goes; in clear text with the opt-in it goes; a cleartext --from elsewhere never gets it
      await loadSpec(undefined, { cwd: "/", env: { ...env, BEEPER_DESKTOP_URL: "https://desktop.example" }, fetch: spy })
      await loadSpec(undefined, { cwd: "/", env: { ...env, BEEPER_ALLOW_INSECURE_TOKEN: "true" }, fetch: spy })
      await loadSpec("http://example.com/openapi.json", { cwd: "/", env: { BEEPER_ACCESS_TOKEN: token }, fetch: spy })
      await loadSpec("https://raw.githubusercontent.com/beeper/x/openapi.json", { cwd: "/", env: { BEEPER_ACCESS_TOKEN: token }, fetch: spy })
      expect(seen).toEqual([
        ["https://desktop.example/v1/info", `Bearer ${token}`],
        ["https://desktop.example/v1/spec", `Bearer ${token}`],
        ["http://desktop.example:23373/v1/info", `Bearer ${token}`],
        ["http://desktop.example:23373/v1/spec", `Bearer ${token}`],
        ["http://example.com/openapi.json", null],
        ["https://raw.githubusercontent.com/beeper/x/openapi.json", null],
      ])
    })

    it("the token is never in an error", async () => {
      other = await startRecordingServer({ status: 401, body: "" })
      desktop = await startRecordingServer({ status: 401, body: "" })
      const env = { BEEPER_DESKTOP_URL: desktop.url, BEEPER_ACCESS_TOKEN: token }
      const failure = (p: Promise<unknown>): Promise<Error> => p.then(() => new Error("did not fail"), (e: unknown) => e as Error)
      const fromOther = await failure(loadSpec(`${other.url}/spec.json`, { cwd: "/", env }))
      expect(fromOther.message).toMatch(/answered 401 .*sent only to Beeper Desktop at http:\/\/127\.0\.0\.1/)
      const fromDesktop = await failure(loadSpec(undefined, { cwd: "/", env }))
      expect(fromDesktop.message).toMatch(/answered 401/)
      for (const error of [fromOther, fromDesktop]) expect(`${error.message} ${String(error.stack)}`).not.toContain(token)
    })
  })
})

import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { loadSpec, SpecSourceError } from "../src/spec-update/source.ts"
import { closedPort } from "@beeper-kit/testkit/ports"
import { startFakeDesktop, type FakeDesktop } from "./support/fake-desktop.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

const document = { openapi: "3.1.0", info: { title: "Beeper Desktop API", version: "4.3.0" }, paths: { "/v1/info": {} } }

afterAll(removeTempDirs)

let desktop: FakeDesktop | undefined
afterEach(async () => {
  await desktop?.close()
  desktop = undefined
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
})

// The wire rules (src/wire) both clients follow, and core's public names.
import { describe, expect, it } from "vitest"
import { BeeperClient, defaultBaseUrl, encodePathSegment, pathSegmentProblem, queryPairs, trimBaseUrl } from "../src/index.ts"
import { oneLine } from "../src/wire/index.ts"

describe("wire rules", () => {
  it("Desktop listens on localhost:23373", () => {
    expect(defaultBaseUrl).toBe("http://localhost:23373")
  })

  it("a base URL loses its trailing slashes and keeps its path prefix", () => {
    expect(trimBaseUrl("http://127.0.0.1:1234/")).toBe("http://127.0.0.1:1234")
    expect(trimBaseUrl("https://tunnel.example/desktop//")).toBe("https://tunnel.example/desktop")
    expect(trimBaseUrl(defaultBaseUrl)).toBe(defaultBaseUrl)
  })

  it('"", "." and ".." cannot be a path segment; anything else is percent-encoded into one', () => {
    expect(pathSegmentProblem("")).toBe("must not be empty")
    expect(pathSegmentProblem(".")).toBe('must not be "."')
    expect(pathSegmentProblem("..")).toBe('must not be ".."')
    for (const ok of ["...", "../x", "a.b", " "]) expect(pathSegmentProblem(ok), ok).toBeUndefined()
    expect(encodePathSegment("../x?y=1#z")).toBe("..%2Fx%3Fy%3D1%23z")
    // @beeper-kit/effect's request building relies on this throw to refuse a lone surrogate in a path parameter
    expect(() => encodePathSegment("a\uD800:b")).toThrow(URIError)
  })

  it("query arrays are repeated keys unless explode is false; null and undefined are left out", () => {
    expect(queryPairs("ids", ["a", "b"])).toEqual([["ids", "a"], ["ids", "b"]])
    expect(queryPairs("ids", ["a", "b"], false)).toEqual([["ids", "a,b"]])
    expect(queryPairs("limit", 5)).toEqual([["limit", "5"]])
    expect(queryPairs("filter", { a: 1 })).toEqual([["filter", '{"a":1}']])
    expect(queryPairs("x", undefined)).toEqual([])
    expect(queryPairs("x", null)).toEqual([])
  })

  it("a server's text shown on one line: line breaks, tabs, escape sequences' control characters and U+2028/9 become one space each run", () => {
    expect(oneLine("  Evil\r\nTitle\t\u001b[2J\u001b]0;owned\u0007end\u2028x\u0085y  ")).toBe("Evil Title [2J ]0;owned end x y")
    expect(oneLine("Café · 😀 ok")).toBe("Café · 😀 ok")
  })
})

describe("public names", () => {
  it("one name, one meaning: the names @beeper-kit/effect gives its own services are not core exports", async () => {
    const core: Record<string, unknown> = await import("../src/index.ts")
    expect(core.BeeperClient).toBe(BeeperClient)
    for (const name of ["BeeperDesktop", "BeeperEvents", "liveEventTypes"]) expect(core, name).not.toHaveProperty(name)
  })
})

// Who gets BEEPER_ACCESS_TOKEN during spec:update: the Desktop's origin only, read from the variables BeeperConfig
// reads. (The transport rule itself is core's wire rule `isTokenTransportAllowed`, tested with core.)
import { describe, expect, it } from "vitest"
import { tokenFor, tokenPolicyOf } from "../src/spec-update/token-transport.ts"

describe("spec:update's token policy", () => {
  it("reads the variables as BeeperConfig does: BEEPER_DESKTOP_URL wins over BEEPER_BASE_URL, default localhost:23373", () => {
    expect(tokenPolicyOf({}).desktopOrigin).toBe("http://localhost:23373")
    expect(tokenPolicyOf({ BEEPER_BASE_URL: "https://b.example" }).desktopOrigin).toBe("https://b.example")
    expect(tokenPolicyOf({ BEEPER_DESKTOP_URL: "http://127.0.0.1:9", BEEPER_BASE_URL: "https://b.example" }).desktopOrigin).toBe("http://127.0.0.1:9")
    expect(tokenPolicyOf({ BEEPER_ALLOW_INSECURE_TOKEN: "yes" }).allowInsecureToken).toBe(true)
    expect(() => tokenPolicyOf({ BEEPER_ALLOW_INSECURE_TOKEN: "maybe" })).toThrow(/BEEPER_ALLOW_INSECURE_TOKEN must be true or false/)
    // the SDK's base URL rule, the value not repeated (it may hold a secret)
    for (const [value, problem] of [
      ["not a url k3y", /BEEPER_DESKTOP_URL is not a URL/],
      ["http://me:k3y@localhost:23373", /BEEPER_DESKTOP_URL must not contain credentials/],
      ["http://localhost:23373/?key=k3y", /BEEPER_DESKTOP_URL must not have a query or fragment/],
      ["ftp://localhost/k3y", /BEEPER_DESKTOP_URL must start with http:\/\/ or https:\/\//],
    ] as const) {
      let thrown: unknown
      try {
        tokenPolicyOf({ BEEPER_DESKTOP_URL: value })
      } catch (error) {
        thrown = error
      }
      expect(String(thrown), value).toMatch(problem)
      expect(String(thrown), value).not.toContain("k3y")
    }
  })

  it("gives the token to the Desktop's origin only (same scheme, host and port)", () => {
    const policy = tokenPolicyOf({ BEEPER_ACCESS_TOKEN: "t" })
    expect(tokenFor(new URL("http://localhost:23373/v1/spec"), policy)).toBe("t")
    for (const url of ["http://localhost:23374/v1/spec", "https://localhost:23373/v1/spec", "http://127.0.0.1:23373/v1/spec", "https://raw.githubusercontent.com/x"]) {
      expect(tokenFor(new URL(url), policy), url).toBeUndefined()
    }
    expect(tokenFor(new URL("http://localhost:23373/v1/spec"), tokenPolicyOf({}))).toBeUndefined()
  })
})

// spec-tools' copy of the token-transport rule (src/spec-update/token-transport.ts) agrees with the SDK's own
// (packages/effect/src/TokenGuard.ts, read from source: spec-tools does not depend on @beeper-kit/effect).
import { describe, expect, it } from "vitest"
import * as TokenGuard from "../../../packages/effect/src/TokenGuard.ts"
import { isLoopbackHost, isTokenTransportAllowed, tokenFor, tokenPolicyOf } from "../src/spec-update/token-transport.ts"

const hosts = [
  "localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]", "[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
  "localhost.", "a.localhost", "0.0.0.0", "10.0.0.1", "192.168.1.2", "[::ffff:10.0.0.1]", "example.com", "127.0.0.1.nip.io",
]
const urls = hosts.flatMap((host) => ["http", "https", "ws", "wss"].map((scheme) => new URL(`${scheme}://${host}:23373/v1/info`)))

describe("the token-transport rule", () => {
  it("is TokenGuard's, host by host and scheme by scheme", () => {
    for (const url of urls) {
      expect(isLoopbackHost(url.hostname), url.href).toBe(TokenGuard.isLoopbackHost(url.hostname))
      for (const allow of [false, true]) expect(isTokenTransportAllowed(url, allow), url.href).toBe(TokenGuard.isTokenTransportAllowed(url, allow))
    }
  })

  it("reads the variables as BeeperConfig does: BEEPER_DESKTOP_URL wins over BEEPER_BASE_URL, default localhost:23373", () => {
    expect(tokenPolicyOf({}).desktopOrigin).toBe("http://localhost:23373")
    expect(tokenPolicyOf({ BEEPER_BASE_URL: "https://b.example" }).desktopOrigin).toBe("https://b.example")
    expect(tokenPolicyOf({ BEEPER_DESKTOP_URL: "http://127.0.0.1:9", BEEPER_BASE_URL: "https://b.example" }).desktopOrigin).toBe("http://127.0.0.1:9")
    expect(tokenPolicyOf({ BEEPER_ALLOW_INSECURE_TOKEN: "yes" }).allowInsecureToken).toBe(true)
    expect(() => tokenPolicyOf({ BEEPER_ALLOW_INSECURE_TOKEN: "maybe" })).toThrow(/BEEPER_ALLOW_INSECURE_TOKEN must be true or false/)
    expect(() => tokenPolicyOf({ BEEPER_DESKTOP_URL: "not a url" })).toThrow(/BEEPER_DESKTOP_URL="not a url" is not a URL/)
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

// The public barrel exports the service layer, not its internals.
import { describe, expect, it } from "vitest"
import * as core from "@beeper-kit/core"
import * as effect from "../src/index.ts"

describe("public exports", () => {
  it("the status → error mapping stays internal", () => {
    expect(Object.keys(effect)).not.toContain("fromStatus")
    expect(typeof effect.NotFound).toBe("function")
  })

  it("the default base URL is core's wire rule", () => {
    expect(effect.BeeperConfig.defaultBaseUrl).toBe(core.defaultBaseUrl)
  })
})

// Shared vitest settings: every package's tests resolve workspace packages to their TypeScript sources
// (the "@beeper-kit/source" export condition) and write a JSON summary that scripts/test-summary.ts adds up.
import { defineConfig, type ViteUserConfig } from "vitest/config"

export const sharedConfig = (overrides: ViteUserConfig["test"] = {}): ViteUserConfig =>
  defineConfig({
    resolve: { conditions: ["@beeper-kit/source"] },
    ssr: { resolve: { conditions: ["@beeper-kit/source"] } },
    test: {
      include: ["test/**/*.test.ts"],
      reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
      // hang guards, not speed limits: a 2-core CI machine under a CPU hog runs socket-heavy tests 10-20x slower
      // than an idle one (seen: 38 s for a 2,000-event backpressure test, 80 s to normalise the spec twice)
      testTimeout: 120_000,
      hookTimeout: 120_000,
      ...overrides,
    },
  })

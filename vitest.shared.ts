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
      testTimeout: 30_000,
      hookTimeout: 30_000,
      ...overrides,
    },
  })

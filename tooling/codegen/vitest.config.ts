import { sharedConfig } from "../../vitest.shared.ts"

// The generators' tests run the generators themselves (hey-api, openapi-typescript, the AsyncAPI parser, redocly)
// over the whole spec: seconds on a quiet machine, tens of seconds on a loaded 2-core one. A hang guard, not a speed
// check: their own budget, larger than the shared 30 s.
export default sharedConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

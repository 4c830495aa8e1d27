import { sharedConfig } from "../../vitest.shared.ts"

// The test starts real processes (the program, the mock runner): allow for a loaded machine.
export default sharedConfig({ testTimeout: 60_000 })

import { sharedConfig } from "../../vitest.shared.ts"

// One file at a time: each test file already runs real runtimes in parallel, and the machine has two cores.
// A test waits for its runtime's whole run (bounded by runTimeoutMs, test/support/runtimes.ts), hence the timeout.
export default sharedConfig({ fileParallelism: false, testTimeout: 300_000 })

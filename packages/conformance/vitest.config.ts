import { sharedConfig } from "../../vitest.shared.ts"

// One file at a time: each test file already runs real runtimes in parallel, and the machine has two cores.
export default sharedConfig({ fileParallelism: false, testTimeout: 150_000 })

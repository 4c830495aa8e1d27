import { sharedConfig } from "../../vitest.shared.ts"

// Each smoke test starts real processes (the binary, the demo): allow for a loaded machine.
export default sharedConfig()

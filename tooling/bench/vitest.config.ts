import { sharedConfig } from "../../vitest.shared.ts"

// The bench's own logic (ratios, the phase schedule, the driven-child protocol, an HTTP worker answering phases):
// no test measures speed.
export default sharedConfig()

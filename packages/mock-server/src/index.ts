/**
 * @beeper-kit/mock-server — a stateful, spec-faithful fake Beeper Desktop API (HTTP + WebSocket) with
 * seeded fixtures, fault injection and outside-world simulation.
 */
export { startMockServer, type MockServer, type MockServerOptions } from "./server/server.ts"
export type { ActiveFault, FaultControl, FaultMatch, FaultRule } from "./features/faults.ts"
export type { Simulate } from "./features/simulate.ts"
export type { ContentKind } from "./fixtures/content.ts"
export type { Delay } from "./store/scheduler.ts"
export type { AppStartState } from "./store/app-setup.ts"
export type { StoreEvent } from "./store/model.ts"
export type { TimeSource } from "./support/clock.ts"
export { TS_FORMATS, type TsFormat } from "./support/timestamps.ts"
export { driftVariations, type DriftVariation } from "./features/drift.ts"
export { FAILING_LOGIN_CODE } from "./store/bridges.ts"
export { FAILING_SIGN_IN_CODE, NEW_USER_EMAIL_PREFIX } from "./store/app-setup.ts"

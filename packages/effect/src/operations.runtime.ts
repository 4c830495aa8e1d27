/**
 * `operations.ts` in the runtime build (`scripts/runtime-bundle.ts` takes a `.runtime.ts` sibling in place of its
 * module): the same exports, from the runtime build's form of the endpoint table (`generated/lazyOperations.runtime.ts`),
 * so they are the very entries and Schemas `.` reads.
 *
 * @module
 */
export * from "./generated/lazyOperations.runtime.ts"

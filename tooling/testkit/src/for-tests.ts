// Something a group of tests shares — a server, mostly — started before the first of them and closed after the last
// (vitest's `beforeAll`/`afterAll` of the file or `describe` that calls it), read through a function that refuses to
// be called outside those tests (where it is not running).
import { afterAll, beforeAll } from "vitest"

/**
 * Starts `start()` before the calling file's or `describe`'s first test and closes it after its last; returns the
 * running one. `what` names it in the error thrown when it is read outside those tests.
 */
export const startedForTests = <S extends { readonly close: () => Promise<unknown> }>(
  start: () => Promise<S>,
  what: string,
): (() => S) => {
  let started: S | undefined
  beforeAll(async () => {
    started = await start()
  })
  afterAll(() => started?.close())
  return () => {
    if (started === undefined) throw new Error(`${what} runs only inside the tests it was started for`)
    return started
  }
}

// The access token out of text a server sent, before it goes into an error, a signal or a drift report: core's
// scrubber (`@beeper-kit/core/wire`, which the fetch SDK uses too), one per layer, from the layer's token; and the
// scrubber of a service a layer built, for helpers given only the service.
import { type Scrub, scrubDeep, tokenScrubber } from "@beeper-kit/core/wire"
import * as Redacted from "effect/Redacted"
import type { Drift } from "./drift.ts"

export { maxScrubbedDepth, redacted, type Scrub, scrubDeep, tooDeep, wholeWordBelow } from "@beeper-kit/core/wire"

/** The scrubber of `token` (core's `tokenScrubber`): every form of it in a text becomes `<redacted>`. */
export const scrubberOf = (token: Redacted.Redacted<string>): Scrub => tokenScrubber(Redacted.value(token))

/** The scrubber of each service a layer built, for helpers that are given only the service (`sendAndConfirm`). */
const scrubbersOfServices = new WeakMap<object, Scrub>()

/** Remembers `scrub` as the scrubber of `service` (a layer's service object); returns the service. */
export const withScrubber = <A extends object>(service: A, scrub: Scrub): A => {
  scrubbersOfServices.set(service, scrub)
  return service
}

/**
 * The scrubber of a service built by a layer (see {@link withScrubber}). A service built another way (a test
 * double given to `Layer.succeed`) was never given a token by this SDK: nothing to scrub, the identity.
 */
export const scrubberOfService = (service: object): Scrub => scrubbersOfServices.get(service) ?? identity

const identity: Scrub = (text) => text

/**
 * A copy of `value` (as `JSON.parse` gives it) kept {@link maxScrubbedDepth} levels deep, nothing scrubbed: for data
 * delivered as sent (a `message.stream` frame) that must still be printable.
 */
export const keptDepth = (value: unknown): unknown => scrubDeep(value, identity)

/** A drift with the server's text (its field names and values) scrubbed. */
export const scrubDrift = (drift: Drift, scrub: Scrub): Drift => ({
  ...drift,
  path: scrub(drift.path),
  detail: scrub(drift.detail),
})

// The access token out of text a server sent, before it goes into an error, a signal or a drift report: a server
// could echo what it was given. One scrubber per layer, from the layer's token.
import { Redacted } from "effect"
import type { Drift } from "./drift.ts"

/** Removes secrets from text the server sent before it goes into an error (a server could echo the token). */
export type Scrub = (text: string) => string

/** `<redacted>` wherever `token` occurs in the text (the identity for an empty token). */
export const scrubberOf = (token: Redacted.Redacted<string>): Scrub => {
  const secret = Redacted.value(token)
  return secret.length === 0 ? (text) => text : (text) => text.split(secret).join("<redacted>")
}

/** A drift with the server's text (its field names and values) scrubbed. */
export const scrubDrift = (drift: Drift, scrub: Scrub): Drift => ({
  ...drift,
  path: scrub(drift.path),
  detail: scrub(drift.detail),
})

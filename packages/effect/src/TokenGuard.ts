/**
 * The cleartext-token guard: the access token is never sent over `http://` or `ws://` to a host that is not
 * loopback, unless the caller opts in explicitly. Shared by the HTTP service and the live events service.
 *
 * @module
 */
import { cleartextTokenRefusal, isTokenTransportAllowed } from "@beeper-kit/core/wire"
import * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import { InsecureTransport } from "./BeeperError.ts"
import { scrubberOf as makeScrubber } from "./internal/scrub.ts"

export { isEncryptedScheme, isLoopbackHost, isTokenTransportAllowed } from "@beeper-kit/core/wire"

/**
 * Succeeds when the token may be sent to `url` (see {@link isTokenTransportAllowed}), fails with
 * `InsecureTransport` otherwise. The error names only the URL's origin.
 * @since 1.0.0
 * @category Security
 */
export const ensureTokenTransportAllowed = (
  url: URL,
  allowInsecureToken: boolean,
): Effect.Effect<void, InsecureTransport> =>
  isTokenTransportAllowed(url, allowInsecureToken)
    ? Effect.void
    : Effect.fail(
      new InsecureTransport({
        url: url.origin,
        message: cleartextTokenRefusal(
          url.origin,
          "https:// (or wss://)",
          "allowInsecureToken: true (BEEPER_ALLOW_INSECURE_TOKEN=true)",
        ),
      }),
    )

/**
 * The scrubber the SDK runs over server text before it goes into an error, a log line or a signal: the function
 * that replaces `token` with `<redacted>` in any form an echo can take (as is, JSON-escaped, percent-encoded, as HTML
 * character references, base64). A token shorter than 8 characters is replaced only as a whole word, so that `1` does
 * not take the `1` out of `HTTP 401`. For your own logs of what a server sent.
 * @since 1.0.0
 * @category Security
 */
export const scrubberOf = (token: Redacted.Redacted<string>): (text: string) => string => makeScrubber(token)

// Where an access token may travel: never in clear text (`http:`, `ws:`) to a host that is not this machine, unless
// the caller opts in. Both clients and `pnpm spec:update` follow it; @beeper-kit/effect's TokenGuard re-exports it.
// Web-standard JavaScript only.

/**
 * Whether `hostname` (as `URL#hostname` gives it) certainly names this machine: a literal loopback address — the
 * IPv4 block `127.0.0.0/8`, IPv6 `::1`, IPv4-mapped loopback (`::ffff:127.x.y.z`) — or exactly `localhost`.
 * Any other name, `*.localhost` and `localhost.` included, is not loopback: the system resolver (or a DNS server
 * it asks) decides where it points, so the guard cannot know.
 * @since 1.0.0
 * @category Security
 */
export const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "")
  if (host === "localhost") return true
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true
  if (host === "::1" || host === "0:0:0:0:0:0:0:1") return true
  const mapped = /^::ffff:(.+)$/.exec(host)
  if (mapped?.[1] !== undefined) {
    const tail = mapped[1]
    if (/^127\./.test(tail)) return true
    // URL normalises ::ffff:127.0.0.1 to ::ffff:7f00:1
    if (/^7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(tail)) return true
  }
  return false
}

/**
 * Whether `url` uses a scheme that encrypts the connection (`https:` or `wss:`).
 * @since 1.0.0
 * @category Security
 */
export const isEncryptedScheme = (url: URL): boolean => url.protocol === "https:" || url.protocol === "wss:"

/**
 * Whether sending the token to `url` is allowed: always over `https:`/`wss:`, always to a loopback host, and to
 * any other host only when `allowInsecureToken` is `true`.
 * @since 1.0.0
 * @category Security
 */
export const isTokenTransportAllowed = (url: URL, allowInsecureToken: boolean): boolean =>
  allowInsecureToken || isEncryptedScheme(url) || isLoopbackHost(url.hostname)

/**
 * Why the token was not sent to `origin` (when {@link isTokenTransportAllowed} said no), naming the origin only —
 * never credentials, a query or the token — and what to do: `useInstead` (e.g. `https://`) and `optIn` (how the
 * caller opts in: an option, an environment variable).
 */
export const cleartextTokenRefusal = (origin: string, useInstead: string, optIn: string): string =>
  `Refusing to send the access token in clear text to ${origin}: it is not a loopback host. Use ${useInstead}, or ` +
  `opt in with ${optIn}.`

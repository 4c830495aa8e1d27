// Where `pnpm spec:update` may send `BEEPER_ACCESS_TOKEN`: only to the Beeper Desktop it was told about
// (`BEEPER_DESKTOP_URL`, else `BEEPER_BASE_URL`, else core's `defaultBaseUrl` — the variables and the order
// `@beeper-kit/effect`'s `BeeperConfig` reads), and only over a transport the SDK's own rule allows
// (core's wire rule `isTokenTransportAllowed`, which both clients follow): `https:`, a loopback host, or cleartext
// elsewhere with `BEEPER_ALLOW_INSECURE_TOKEN=true`. A `--from` URL, an `endpoints.spec` or a redirect to any other
// origin gets no token.
import {
  baseUrlProblem,
  baseUrlVariables,
  cleartextTokenRefusal,
  defaultBaseUrl,
  environmentVariables,
  flagOf,
  flagProblem,
  isTokenTransportAllowed,
} from "@beeper-kit/core"

/** Thrown when the token may not be sent where it would have to go; names only the URL's origin, never the token. */
export class TokenTransportError extends Error {
  override readonly name = "TokenTransportError"
}

/** The Desktop's base URL variable and value as `BeeperConfig` picks them (`BEEPER_DESKTOP_URL` wins), or the default. */
export const desktopBaseUrlOf = (env: Readonly<Record<string, string | undefined>>): { readonly variable?: string; readonly value: string } => {
  for (const variable of baseUrlVariables) {
    const value = env[variable]?.trim()
    if (value) return { variable, value }
  }
  return { value: defaultBaseUrl }
}

/** Who gets the token: the Desktop's origin, the opt-in, and the token itself (undefined when not set). */
export interface TokenPolicy {
  readonly token: string | undefined
  readonly desktopOrigin: string
  readonly allowInsecureToken: boolean
}

/** Reads the policy from the environment; a malformed Desktop URL or opt-in flag is refused, naming its variable. */
export const tokenPolicyOf = (env: Readonly<Record<string, string | undefined>>): TokenPolicy => {
  const base = desktopBaseUrlOf(env)
  const url = URL.canParse(base.value) ? new URL(base.value) : undefined
  // the SDK's base URL rule; the value is not repeated, as core's client and the CLI do not: it may hold a secret
  const problem = url === undefined ? "is not a URL" : baseUrlProblem(url)
  if (url === undefined || problem !== undefined) {
    throw new TokenTransportError(`${base.variable ?? "the Desktop URL"} ${problem}: give Beeper Desktop's address, e.g. ${defaultBaseUrl}`)
  }
  const desktopOrigin = url.origin
  const flagVariable = environmentVariables.allowInsecureToken
  const flagText = env[flagVariable]?.trim() ?? ""
  const flag = flagText === "" ? false : flagOf(flagText)
  if (flag === undefined) throw new TokenTransportError(flagProblem(flagVariable, flagText)!)
  const token = env[environmentVariables.accessToken]?.trim()
  return { token: token ? token : undefined, desktopOrigin, allowInsecureToken: flag }
}

/**
 * The token to send to `url`, or undefined: only to the Desktop's origin. To that origin over a transport the rule
 * refuses (cleartext to a host that is not loopback, no opt-in), it throws rather than send it — or send nothing and
 * be told 401.
 */
export const tokenFor = (url: URL, policy: TokenPolicy): string | undefined => {
  if (policy.token === undefined || url.origin !== policy.desktopOrigin) return undefined
  if (!isTokenTransportAllowed(url, policy.allowInsecureToken)) {
    throw new TokenTransportError(cleartextTokenRefusal(url.origin, "https://", "BEEPER_ALLOW_INSECURE_TOKEN=true"))
  }
  return policy.token
}

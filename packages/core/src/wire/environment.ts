// The environment variables that say where Beeper Desktop is and how to reach it, and how a yes/no variable reads:
// written once for everything that reads them — @beeper-kit/effect's `BeeperConfig` (and so every `layerConfig`),
// the CLI and `pnpm spec:update`. Names and words only; each reader reads its own environment.

/**
 * The environment variables of a Beeper Desktop connection.
 * @since 1.0.0
 * @category Config
 */
export const environmentVariables = {
  /** The access token (required). */
  accessToken: "BEEPER_ACCESS_TOKEN",
  /** Where Beeper Desktop listens (default `http://localhost:23373`). */
  baseUrl: "BEEPER_DESKTOP_URL",
  /** The official SDK's name for {@link environmentVariables.baseUrl}, read when `BEEPER_DESKTOP_URL` is not set. */
  baseUrlAlias: "BEEPER_BASE_URL",
  /** `true` to allow the token over cleartext to a host that is not loopback (default `false`). */
  allowInsecureToken: "BEEPER_ALLOW_INSECURE_TOKEN",
  /** `true` to refuse compatible drift (default `false`). */
  strict: "BEEPER_STRICT",
} as const

/**
 * The variables that may hold the base URL, the one that wins first: `BEEPER_DESKTOP_URL`, then `BEEPER_BASE_URL`.
 * @since 1.0.0
 * @category Config
 */
export const baseUrlVariables = [environmentVariables.baseUrl, environmentVariables.baseUrlAlias] as const

/**
 * The words a yes/no variable may hold — those Effect's `Config.Boolean` reads — as `true` and as `false`.
 * @since 1.0.0
 * @category Config
 */
export const flagWords = {
  true: ["true", "yes", "on", "1", "y"],
  false: ["false", "no", "off", "0", "n"],
} as const

/**
 * A yes/no variable's value as a boolean, or `undefined` when it is none of {@link flagWords}.
 * @since 1.0.0
 * @category Config
 */
export const flagOf = (value: string): boolean | undefined =>
  (flagWords.true as ReadonlyArray<string>).includes(value)
    ? true
    : (flagWords.false as ReadonlyArray<string>).includes(value)
    ? false
    : undefined

/**
 * What is wrong with a yes/no variable's value, or `undefined` when it is one of {@link flagWords}: the one message
 * every reader gives for it (`BEEPER_ALLOW_INSECURE_TOKEN must be true or false (got "maybe"; one of true, yes, …)`),
 * a value longer than 64 characters shown by its length only.
 * @since 1.0.0
 * @category Config
 */
export const flagProblem = (variable: string, value: string): string | undefined => {
  if (flagOf(value) !== undefined) return undefined
  const shown = value.length > 64 ? `a value of ${value.length} characters` : JSON.stringify(value)
  return `${variable} must be true or false (got ${shown}; one of ${[...flagWords.true, ...flagWords.false].join(", ")})`
}

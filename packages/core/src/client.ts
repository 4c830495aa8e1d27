// createBeeperClient: the generated SDK, wired to one Beeper Desktop (base URL, bearer token, fetch) and to the
// wire rules of ./wire (query arrays, path segments).
import { createClient, createConfig, type Client } from "./generated/http/client/index.ts"
import { BeeperClient } from "./generated/http/sdk.gen.ts"
import { defaultBaseUrl, pathSegmentMessage, pathSegmentProblem, queryArrayStyle, trimBaseUrl } from "./wire/index.ts"

/** The hey-api fetch client {@link createBeeperHttpClient} returns (interceptors, `get({ url })`, ...). */
export type BeeperHttpClient = Client

/** How to reach one Beeper Desktop. */
export interface BeeperClientOptions {
  /** Origin of the Desktop API, without `/v1`. Default {@link defaultBaseUrl}. */
  readonly baseUrl?: string | undefined
  /**
   * Access token, sent as `Authorization: Bearer <token>` on every request. Only the public endpoints
   * (`info.retrieve`, the `app.setup` sign-in steps) work without one.
   */
  readonly accessToken?: string | undefined
  /** The fetch to send requests with. Default `globalThis.fetch`, looked up when a request is sent. */
  readonly fetch?: typeof fetch | undefined
}

/**
 * The hey-api fetch client configured for one Desktop: base URL, bearer token, custom fetch, query arrays as
 * repeated keys (`accountIDs=a&accountIDs=b`), path parameters that can never name another route, and redirects
 * never followed (`redirect: "manual"`: a 3xx is an error response).
 * Use it for interceptors (`client.interceptors.request.use`) or to call `client.get({ url })` directly.
 */
export const createBeeperHttpClient = (options: BeeperClientOptions = {}): BeeperHttpClient =>
  createClient(
    createConfig({
      baseUrl: trimBaseUrl(options.baseUrl ?? defaultBaseUrl),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.accessToken === undefined ? {} : { headers: { Authorization: `Bearer ${options.accessToken}` } }),
      querySerializer: { array: queryArrayStyle },
      requestValidator: rejectDotSegmentPathParams,
      // Redirects are never followed: a redirected send would be sent twice, and the token could follow it to
      // another origin. A 3xx comes back as an error response with its status (0 in a browser: opaque).
      redirect: "manual",
    }),
  )

/**
 * The Beeper Desktop SDK: one method per operation, grouped as the API's resources are
 * (`beeper.chats.list()`, `beeper.chats.messages.reactions.add(...)`, `beeper.search(...)`).
 *
 * @example
 * const beeper = createBeeperClient({ accessToken: process.env.BEEPER_ACCESS_TOKEN })
 * const { data, error } = await beeper.chats.list({ query: { limit: 10 } })
 */
export const createBeeperClient = (options: BeeperClientOptions = {}): BeeperClient =>
  new BeeperClient({ client: createBeeperHttpClient(options) })

/** Refuses a path parameter that would address a different route (the rule of ./wire, `pathSegmentProblem`). */
const rejectDotSegmentPathParams = async (request: unknown): Promise<void> => {
  const path = (request as { readonly path?: Readonly<Record<string, unknown>> }).path ?? {}
  for (const [name, value] of Object.entries(path)) {
    const problem = typeof value === "string" ? pathSegmentProblem(value) : undefined
    if (problem !== undefined) throw new TypeError(pathSegmentMessage(name, problem))
  }
}

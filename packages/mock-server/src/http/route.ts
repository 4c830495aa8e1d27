/**
 * Route registration typed by the openapi-typescript `paths` map. Hono does the routing; this helper
 * only types: for `route("get", "/v1/chats/{chatID}", ...)` the handler receives the path parameters,
 * parsed query and parsed body of that operation and must return exactly its success body.
 */
import type { Context, Hono } from "hono"
import type { paths } from "../generated/openapi.ts"
import type { AuthMode } from "./auth.ts"
import { ApiError, fromDomain, invalidParameters, type RejectedStatus, type ValidationIssue } from "./errors.ts"
import { INVALID, parseQuery, type ParsedQuery, type Parser, type QueryShape } from "./input.ts"

/** HTTP methods used by the spec. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch"
/** A path template of the spec, e.g. `/v1/chats/{chatID}`. */
export type ApiPath = keyof paths
/** The methods the spec defines on a path. */
export type MethodOf<P extends ApiPath> = {
  [M in HttpMethod]: [Exclude<paths[P][M], undefined>] extends [never] ? never : M
}[HttpMethod]
/** The openapi-typescript operation object of a path + method. */
export type Operation<P extends ApiPath, M extends MethodOf<P>> = Exclude<paths[P][M], undefined>

type ParametersOf<O> = O extends { parameters: infer X } ? X : never
type Present<T> = [T] extends [never] ? {} : T
/** Path parameters of an operation. */
export type PathParamsOf<O> = ParametersOf<O> extends { path: infer T } ? Present<T> : {}
/** Query parameters of an operation (`{}` when it has none). */
export type QueryOf<O> = Present<NonNullable<ParametersOf<O> extends { query?: infer Q } ? Q : never>>
type JsonContent<T> = T extends { content: { "application/json": infer B } } ? B : never
/** The JSON request body of an operation (`never` when it has none). */
export type BodyOf<O> = O extends { requestBody?: infer RB } ? JsonContent<Exclude<RB, undefined>> : never
type BodyRequired<O> = {} extends Pick<O, Extract<keyof O, "requestBody">> ? false : true
type Responses<O> = O extends { responses: infer R } ? R : never
/** What a handler returns: the 200 JSON body, nothing for 204, or a raw `Response` for binary bodies. */
export type ReplyOf<O> = 200 extends keyof Responses<O>
  ? Responses<O>[200] extends { content: { "application/json": infer B } }
    ? B
    : Response
  : void

/** What a handler receives. */
export interface RouteInput<O> {
  readonly c: Context
  readonly path: PathParamsOf<O>
  readonly query: ParsedQuery<QueryOf<O>>
  readonly body: [BodyOf<O>] extends [never] ? undefined : BodyRequired<O> extends true ? BodyOf<O> : BodyOf<O> | undefined
}

/**
 * How a route reads its input (the query shape must name every query parameter of the operation) and how it
 * answers the store's refusals (`rejected`, default 422).
 */
export type RouteSpec<O> = ([keyof QueryOf<O>] extends [never] ? { readonly query?: undefined } : { readonly query: QueryShape<QueryOf<O>> }) &
  ([BodyOf<O>] extends [never] ? { readonly body?: undefined } : { readonly body: Parser<BodyOf<O>>; readonly bodyRequired: BodyRequired<O> }) & {
    readonly rejected?: RejectedStatus
  }

/** Checks the bearer token of a request for an auth mode (throws 401). */
export type Authenticate = (c: Context, mode: AuthMode, operation: string) => void

/** Registers typed operations on a Hono app and remembers which ones exist. */
export class Router {
  readonly app: Hono
  readonly registered = new Set<string>()
  readonly #authenticate: Authenticate
  readonly #transform: ((reply: unknown) => unknown) | undefined
  /** Each path template (as a pattern over request paths) with the methods registered on it. */
  readonly #methods = new Map<string, { pattern: RegExp; methods: Set<string> }>()

  /** `transform` rewrites every JSON success body (the drift profile). */
  constructor(app: Hono, authenticate: Authenticate, transform?: (reply: unknown) => unknown) {
    this.app = app
    this.#authenticate = authenticate
    this.#transform = transform
  }

  /** Registers one operation of the spec. */
  route<P extends ApiPath, M extends MethodOf<P>>(
    method: M,
    path: P,
    spec: RouteSpec<Operation<P, M>>,
    handler: (input: RouteInput<Operation<P, M>>) => ReplyOf<Operation<P, M>> | Promise<ReplyOf<Operation<P, M>>>,
    auth: AuthMode = "required",
  ): void {
    const key = `${method.toUpperCase()} ${path}`
    this.registered.add(key)
    this.#remember(path, method.toUpperCase())
    const honoPath = (path as string).replace(/\{([^}]+)\}/g, ":$1")
    this.app.on(method.toUpperCase(), honoPath, async (c) => {
      this.#authenticate(c, auth, key)
      const issues: Array<ValidationIssue> = []
      const query = spec.query ? parseQuery(new URL(c.req.url).searchParams, spec.query as QueryShape<unknown>, issues) : {}
      let body: unknown = undefined
      if (spec.body) body = await readJsonBody(c, spec.body as Parser<unknown>, spec.bodyRequired === true, issues)
      if (issues.length > 0) throw invalidParameters(issues)
      const input = { c, path: c.req.param(), query, body } as unknown as RouteInput<Operation<P, M>>
      let reply: unknown
      try {
        reply = await handler(input)
      } catch (error) {
        throw fromDomain(error, spec.rejected)
      }
      if (reply instanceof Response) return reply
      if (reply === undefined) return c.body(null, 204)
      return c.json((this.#transform ? this.#transform(reply) : reply) as object, 200)
    })
  }

  /** Registers a route outside the spec's operations (the spec document, OAuth); not in `registered`. */
  extra(method: "GET" | "POST", path: string, handler: (c: Context) => Response | Promise<Response>, auth: AuthMode = "required"): void {
    this.#remember(path, method)
    this.app.on(method, path, (c) => {
      this.#authenticate(c, auth, `${method} ${path}`)
      return handler(c)
    })
  }

  /**
   * The methods a request path is served with (empty when no route has that path), as an `Allow` header lists
   * them: `HEAD` with `GET` (Hono answers HEAD with the GET route) and `OPTIONS` (the CORS preflight).
   */
  allowedMethods(pathname: string): Array<string> {
    const methods = new Set<string>()
    for (const route of this.#methods.values()) if (route.pattern.test(pathname)) for (const m of route.methods) methods.add(m)
    if (methods.size === 0) return []
    if (methods.has("GET")) methods.add("HEAD")
    methods.add("OPTIONS")
    return [...methods].sort()
  }

  /**
   * The path template a request is routed to: of the templates served with its method (HEAD is served by GET) whose
   * pattern matches the path, the most specific one — at the first segment where two differ, a literal beats a
   * parameter (`/v1/chats/search` before `/v1/chats/{chatID}`, as OpenAPI orders concrete paths before templated
   * ones). Undefined when no route serves the request.
   */
  templateOf(method: string, pathname: string): string | undefined {
    const wanted = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase()
    let best: string | undefined
    for (const [template, route] of this.#methods) {
      if (!route.methods.has(wanted) || !route.pattern.test(pathname)) continue
      if (best === undefined || moreSpecific(template, best)) best = template
    }
    return best
  }

  #remember(template: string, method: string): void {
    const known = this.#methods.get(template)
    if (known) known.methods.add(method)
    else this.#methods.set(template, { pattern: templatePattern(template), methods: new Set([method]) })
  }
}

/** True when template `a` is more specific than `b`: at the first segment where they differ, `a` has a literal and `b` a parameter. */
const moreSpecific = (a: string, b: string): boolean => {
  const as = a.split("/")
  const bs = b.split("/")
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const aParam = as[i]?.includes("{") ?? false
    const bParam = bs[i]?.includes("{") ?? false
    if (aParam !== bParam) return bParam
  }
  return false
}

/** A spec path template (`/v1/chats/{chatID}`) as a pattern over request paths. */
export const templatePattern = (template: string): RegExp =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&")).join("[^/]+")}$`)

const readJsonBody = async (c: Context, parser: Parser<unknown>, required: boolean, issues: Array<ValidationIssue>): Promise<unknown> => {
  const text = await c.req.text()
  if (text.trim() === "") {
    if (required) issues.push({ code: "invalid_type", message: "request body is required", path: [] })
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ApiError(400, "INVALID_JSON", "request body is not valid JSON")
  }
  const parsed = parser.parse(json, [], issues)
  return parsed === INVALID ? undefined : parsed
}

/**
 * An HTTP client for tests whose every response is validated against spec/openapi.yaml; violations are
 * collected and asserted empty after each test by {@link useMockServer}.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest"
import { startMockServer, type MockServer, type MockServerOptions } from "../../src/index.ts"
import { checkResponse, operationFor } from "./contract.ts"

/** A response with its parsed JSON body (undefined for empty bodies). */
export interface ApiResponse<T = any> {
  readonly status: number
  readonly headers: Headers
  readonly body: T
  readonly text: string
}

/** Request options. */
export interface RequestOptions {
  readonly query?: Record<string, string | number | boolean | ReadonlyArray<string> | undefined>
  readonly json?: unknown
  readonly form?: FormData
  /** Raw body text (sent as application/json unless `headers` name a `content-type`). */
  readonly raw?: string
  /** Token to send; `null` sends no Authorization header. Default: the server's token. */
  readonly token?: string | null
  readonly headers?: Record<string, string>
}

/** Encodes interpolated values as path segments: path`/v1/chats/${id}`. */
export const path = (strings: TemplateStringsArray, ...values: ReadonlyArray<string>): string =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? encodeURIComponent(values[i] as string) : ""), "")

/** A validating client bound to a server. */
export interface Api {
  readonly request: <T = any>(method: string, url: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  readonly get: <T = any>(url: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  readonly post: <T = any>(url: string, json?: unknown, options?: RequestOptions) => Promise<ApiResponse<T>>
  readonly put: <T = any>(url: string, json?: unknown, options?: RequestOptions) => Promise<ApiResponse<T>>
  readonly patch: <T = any>(url: string, json?: unknown, options?: RequestOptions) => Promise<ApiResponse<T>>
  readonly delete: <T = any>(url: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  /** Spec violations seen so far. */
  readonly violations: Array<string>
  /** operationIds that answered 2xx (validated). */
  readonly covered: Set<string>
}

/** Creates a validating client. */
export const makeApi = (server: MockServer): Api => {
  const violations: Array<string> = []
  const covered = new Set<string>()
  const request = async <T>(method: string, url: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const target = new URL(url, server.url)
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value === undefined) continue
      if (Array.isArray(value)) for (const v of value) target.searchParams.append(key, v)
      else target.searchParams.set(key, String(value))
    }
    const headers: Record<string, string> = { ...options.headers }
    const token = options.token === undefined ? server.token : options.token
    if (token !== null) headers["authorization"] = `Bearer ${token}`
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers["content-type"] = "application/json"
      body = JSON.stringify(options.json)
    } else if (options.raw !== undefined) {
      headers["content-type"] ??= "application/json"
      body = options.raw
    } else if (options.form) body = options.form
    const response = await fetch(target, { method, headers, ...(body !== undefined ? { body } : {}) })
    const text = await response.text()
    const problems = checkResponse(
      { method, pathname: target.pathname, range: headers["range"] !== undefined || headers["Range"] !== undefined },
      { status: response.status, contentType: response.headers.get("content-type"), text },
    )
    violations.push(...problems)
    const op = operationFor(method, target.pathname)
    if (op && response.status >= 200 && response.status < 300 && problems.length === 0) covered.add(op.operationId)
    let parsed: unknown = undefined
    if (text !== "" && response.headers.get("content-type")?.includes("json")) parsed = JSON.parse(text)
    return { status: response.status, headers: response.headers, body: parsed as T, text }
  }
  return {
    request,
    get: (url, options) => request("GET", url, options),
    post: (url, json, options) => request("POST", url, { ...options, ...(json !== undefined ? { json } : {}) }),
    put: (url, json, options) => request("PUT", url, { ...options, ...(json !== undefined ? { json } : {}) }),
    patch: (url, json, options) => request("PATCH", url, { ...options, ...(json !== undefined ? { json } : {}) }),
    delete: (url, options) => request("DELETE", url, options),
    violations,
    covered,
  }
}

/** A server + validating client shared by a file's tests. */
export interface MockContext {
  server: MockServer
  api: Api
}

/**
 * Starts a mock server for the tests of a file (`"all"`, default) or for each test (`"each"`), with sends
 * and remote actions held until `simulate.settle()` (tests never wait on timers), and asserts after each
 * test that every response conformed to the spec.
 */
export const useMockServer = (options: MockServerOptions & { readonly lifecycle?: "all" | "each" } = {}): MockContext => {
  const { lifecycle = "all", ...serverOptions } = options
  const context = {} as MockContext
  const start = async () => {
    context.server = await startMockServer({ sendDelay: "manual", remoteDelay: "manual", ...serverOptions })
    context.api = makeApi(context.server)
  }
  const stop = async () => context.server?.close()
  if (lifecycle === "all") {
    beforeAll(start)
    afterAll(stop)
  } else {
    beforeEach(start)
    afterEach(stop)
  }
  afterEach(() => {
    const seen = context.api.violations.splice(0)
    expect(seen, "every response conforms to spec/openapi.yaml").toEqual([])
  })
  return context
}

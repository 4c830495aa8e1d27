// Where `pnpm spec:update` gets the new OpenAPI document: a file, a URL, or (by default) the Beeper Desktop running
// on this machine, which advertises its document in `GET /v1/info` → `endpoints.spec`.
import { readFile } from "node:fs/promises"
import { isAbsolute, resolve } from "node:path"
import { parse } from "yaml"
import { isOpenApiDocument, type OpenApiDocument } from "./document.ts"
import { desktopBaseUrlOf, type TokenPolicy, tokenFor, tokenPolicyOf, TokenTransportError } from "./token-transport.ts"

/** Thrown when the new document cannot be obtained; the message says what to do. */
export class SpecSourceError extends Error {
  override readonly name = "SpecSourceError"
}

/** A new document and where it came from (for the report). */
export interface LoadedSpec {
  readonly document: OpenApiDocument
  /** `<Desktop URL>/v1/spec (Beeper Desktop 4.3.0)`, `https://...`, or the file path. */
  readonly source: string
  /** The version of the Beeper Desktop that served it (`app.version` of `GET /v1/info`), when it came from one. */
  readonly desktopVersion?: string
}

/** How to reach the outside world (injectable for tests). */
export interface SourceOptions {
  /** Resolves relative file paths (the directory the user ran the command in). */
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly fetch?: typeof globalThis.fetch
  readonly timeoutMs?: number
}

/** Parses JSON or YAML text into an OpenAPI 3.x document. */
export const parseSpecText = (text: string, source: string): OpenApiDocument => {
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    throw new SpecSourceError(`${source} is neither JSON nor YAML: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!isOpenApiDocument(value)) throw new SpecSourceError(`${source} is not an OpenAPI 3.x document (no "openapi: 3.x", "info" or "paths")`)
  return value
}

const isUrl = (value: string): boolean => /^https?:\/\//i.test(value)

/**
 * Loads the new document. `from` is a file path, an http(s) URL, or undefined for the running Beeper Desktop at
 * `BEEPER_DESKTOP_URL` (else `BEEPER_BASE_URL`, else core's `defaultBaseUrl`, the one written in packages/core/src/wire).
 * `BEEPER_ACCESS_TOKEN`, when set, goes as a bearer token to that Desktop's origin only — never to a `--from` URL, an
 * `endpoints.spec` or a redirect elsewhere — and in clear text to a host that is not loopback only with
 * `BEEPER_ALLOW_INSECURE_TOKEN=true` (see token-transport.ts).
 */
export const loadSpec = async (from: string | undefined, options: SourceOptions): Promise<LoadedSpec> => {
  if (from !== undefined && !isUrl(from)) {
    const path = isAbsolute(from) ? from : resolve(options.cwd, from)
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new SpecSourceError(`cannot read ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`)
    })
    return { document: parseSpecText(text, path), source: from }
  }
  const policy = policyOf(options)
  if (from !== undefined) return { document: parseSpecText(await fetchText(from, options, policy), from), source: from }
  return loadFromDesktop(options, policy)
}

const policyOf = (options: SourceOptions): TokenPolicy => {
  try {
    return tokenPolicyOf(options.env)
  } catch (error) {
    throw new SpecSourceError(error instanceof Error ? error.message : String(error))
  }
}

const loadFromDesktop = async (options: SourceOptions, policy: TokenPolicy): Promise<LoadedSpec> => {
  const base = desktopBaseUrlOf(options.env).value
  const infoUrl = new URL("/v1/info", base).href
  const hint = "Start Beeper Desktop with its API enabled (Settings → Developers), set BEEPER_DESKTOP_URL if it listens " +
    "elsewhere, or pass --from <url|file>."
  let info: unknown
  try {
    info = JSON.parse(await fetchText(infoUrl, options, policy))
  } catch (error) {
    if (error instanceof SpecSourceError && error.cause instanceof TokenTransportError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new SpecSourceError(`No Beeper Desktop answered at ${base}: ${reason}.\n${hint}`)
  }
  const endpoints = typeof info === "object" && info !== null ? (info as { endpoints?: { spec?: unknown } }).endpoints : undefined
  const specPath = endpoints?.spec
  if (typeof specPath !== "string" || specPath === "") {
    throw new SpecSourceError(`Beeper Desktop at ${base} does not advertise an OpenAPI document (GET /v1/info has no endpoints.spec).\n${hint}`)
  }
  const specUrl = new URL(specPath, base).href
  const app = (info as { app?: { name?: unknown; version?: unknown } }).app
  const label = typeof app?.version === "string" ? ` (${typeof app.name === "string" ? app.name : "Beeper Desktop"} ${app.version})` : ""
  const document = parseSpecText(await fetchText(specUrl, options, policy), specUrl)
  return { document, source: `${specUrl}${label}`, ...(typeof app?.version === "string" ? { desktopVersion: app.version } : {}) }
}

const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308])
const maxRedirects = 5

/**
 * GETs `url`, following redirects by hand: each hop gets the token only if it may (tokenFor), so a redirect off the
 * Desktop's origin does not carry it along (fetch's own following would copy the header to wherever it is sent).
 */
const fetchText = async (url: string, options: SourceOptions, policy: TokenPolicy): Promise<string> => {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000)
  let current: URL
  try {
    current = new URL(url)
  } catch {
    throw new SpecSourceError(`${url} is not a URL`)
  }
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { accept: "application/json, application/yaml;q=0.9, */*;q=0.5" }
    let token: string | undefined
    try {
      token = tokenFor(current, policy)
    } catch (error) {
      throw new SpecSourceError(`GET ${current.href} refused: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    }
    if (token !== undefined) headers.authorization = `Bearer ${token}`
    let response: Response
    try {
      response = await (options.fetch ?? globalThis.fetch)(current.href, { headers, redirect: "manual", signal })
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
      throw new SpecSourceError(`GET ${current.href} failed: ${cause ?? (error instanceof Error ? error.message : String(error))}`)
    }
    const location = response.headers.get("location")
    if (redirectStatuses.has(response.status) && location !== null) {
      await response.body?.cancel()
      if (hop >= maxRedirects) throw new SpecSourceError(`GET ${url} was redirected more than ${maxRedirects} times`)
      current = new URL(location, current)
      continue
    }
    const text = await response.text()
    if (!response.ok) {
      const hint = response.status !== 401
        ? ""
        : current.origin !== policy.desktopOrigin
        ? ` (BEEPER_ACCESS_TOKEN is sent only to Beeper Desktop at ${policy.desktopOrigin}, not to ${current.origin})`
        : policy.token === undefined
        ? " (set BEEPER_ACCESS_TOKEN)"
        : ""
      throw new SpecSourceError(`GET ${current.href} answered ${response.status} ${response.statusText}${hint}`)
    }
    return text
  }
}

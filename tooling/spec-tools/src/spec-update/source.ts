// Where `pnpm spec:update` gets the new OpenAPI document: a file, a URL, or (by default) the Beeper Desktop running
// on this machine, which advertises its document in `GET /v1/info` → `endpoints.spec`.
import { readFile } from "node:fs/promises"
import { isAbsolute, resolve } from "node:path"
import { defaultBaseUrl } from "@beeper-kit/core"
import { parse } from "yaml"
import { isOpenApiDocument, type OpenApiDocument } from "./document.ts"

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
 * `BEEPER_DESKTOP_URL` (default: core's `defaultBaseUrl`, the one written in packages/core/src/wire). Sends `BEEPER_ACCESS_TOKEN` as a bearer token if set.
 */
export const loadSpec = async (from: string | undefined, options: SourceOptions): Promise<LoadedSpec> => {
  if (from !== undefined && !isUrl(from)) {
    const path = isAbsolute(from) ? from : resolve(options.cwd, from)
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new SpecSourceError(`cannot read ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`)
    })
    return { document: parseSpecText(text, path), source: from }
  }
  if (from !== undefined) return { document: parseSpecText(await fetchText(from, options), from), source: from }
  return loadFromDesktop(options)
}

const loadFromDesktop = async (options: SourceOptions): Promise<LoadedSpec> => {
  const base = options.env.BEEPER_DESKTOP_URL?.trim() || defaultBaseUrl
  const infoUrl = new URL("/v1/info", base).href
  const hint = "Start Beeper Desktop with its API enabled (Settings → Developers), set BEEPER_DESKTOP_URL if it listens " +
    "elsewhere, or pass --from <url|file>."
  let info: unknown
  try {
    info = JSON.parse(await fetchText(infoUrl, options))
  } catch (error) {
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
  const document = parseSpecText(await fetchText(specUrl, options), specUrl)
  return { document, source: `${specUrl}${label}`, ...(typeof app?.version === "string" ? { desktopVersion: app.version } : {}) }
}

const fetchText = async (url: string, options: SourceOptions): Promise<string> => {
  const token = options.env.BEEPER_ACCESS_TOKEN?.trim()
  const headers: Record<string, string> = { accept: "application/json, application/yaml;q=0.9, */*;q=0.5" }
  if (token) headers.authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) })
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
    throw new SpecSourceError(`GET ${url} failed: ${cause ?? (error instanceof Error ? error.message : String(error))}`)
  }
  const text = await response.text()
  if (!response.ok) {
    throw new SpecSourceError(`GET ${url} answered ${response.status} ${response.statusText}${response.status === 401 ? " (set BEEPER_ACCESS_TOKEN)" : ""}`)
  }
  return text
}

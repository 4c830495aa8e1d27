// Where the checked-in specs live, and how the generators read them.
import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"

/** Absolute path of the repository root (two levels above tooling/codegen/src). */
export const repoRoot: string = fileURLToPath(new URL("../../../", import.meta.url))

/** Absolute paths of the checked-in specs, the single source of truth of every generator. */
export const specPaths = {
  openapi: fileURLToPath(new URL("spec/openapi.yaml", `file://${repoRoot}`)),
  asyncapi: fileURLToPath(new URL("spec/asyncapi.yaml", `file://${repoRoot}`)),
} as const

/** A parsed OpenAPI 3.1 document, typed only as far as the generators need it. */
export interface OpenApiDocument {
  readonly openapi: string
  readonly info: { readonly title: string; readonly version: string }
  readonly paths: Record<string, Record<string, unknown>>
  readonly components?: Record<string, Record<string, unknown>>
  readonly [key: string]: unknown
}

/**
 * Reads and parses spec/openapi.yaml. Throws if the file is not an OpenAPI 3.x document, or if an operation has no
 * operationId or shares one with another ({@link listOperations}).
 */
export const loadOpenApiSpec = async (path: string = specPaths.openapi): Promise<OpenApiDocument> => {
  const document: unknown = parse(await readFile(path, "utf8"))
  if (!isOpenApiDocument(document)) {
    throw new Error(`${path} is not an OpenAPI 3.x document (missing "openapi", "info" or "paths")`)
  }
  try {
    listOperations(document)
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`)
  }
  return document
}

const isOpenApiDocument = (value: unknown): value is OpenApiDocument =>
  typeof value === "object" && value !== null &&
  typeof (value as { openapi?: unknown }).openapi === "string" &&
  (value as { openapi: string }).openapi.startsWith("3.") &&
  typeof (value as { info?: unknown }).info === "object" &&
  typeof (value as { paths?: unknown }).paths === "object"

/**
 * Every operation of the document as `[method, path, operationId]`, in document order. Throws, naming them, when
 * operations have no operationId or share one: every generator names an operation's code after its operationId (hey-api
 * would make one up or number the second, and the generated modules would disagree on the names).
 */
export const listOperations = (document: OpenApiDocument): ReadonlyArray<readonly [method: string, path: string, operationId: string]> => {
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])
  const operations: Array<readonly [string, string, string]> = []
  const problems: Array<string> = []
  const requests = new Map<string, Array<string>>() // operationId → the requests that use it
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.has(method)) continue
      const request = `${method.toUpperCase()} ${path}`
      const operationId = (operation as { operationId?: unknown }).operationId
      if (typeof operationId !== "string" || operationId === "") {
        problems.push(`${request} has no operationId`)
        continue
      }
      requests.set(operationId, [...(requests.get(operationId) ?? []), request])
      operations.push([method.toUpperCase(), path, operationId])
    }
  }
  for (const [operationId, uses] of requests) {
    if (uses.length > 1) problems.push(`duplicate operationId \`${operationId}\` (${uses.join(" and ")})`)
  }
  if (problems.length > 0) throw new Error(problems.join("; "))
  return operations
}

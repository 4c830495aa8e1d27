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

/** Reads and parses spec/openapi.yaml. Throws if the file is not an OpenAPI 3.x document. */
export const loadOpenApiSpec = async (path: string = specPaths.openapi): Promise<OpenApiDocument> => {
  const document: unknown = parse(await readFile(path, "utf8"))
  if (!isOpenApiDocument(document)) {
    throw new Error(`${path} is not an OpenAPI 3.x document (missing "openapi", "info" or "paths")`)
  }
  return document
}

const isOpenApiDocument = (value: unknown): value is OpenApiDocument =>
  typeof value === "object" && value !== null &&
  typeof (value as { openapi?: unknown }).openapi === "string" &&
  (value as { openapi: string }).openapi.startsWith("3.") &&
  typeof (value as { info?: unknown }).info === "object" &&
  typeof (value as { paths?: unknown }).paths === "object"

/** Every operation of the document as `[method, path, operationId]`, in document order. */
export const listOperations = (document: OpenApiDocument): ReadonlyArray<readonly [method: string, path: string, operationId: string]> => {
  const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])
  const operations: Array<readonly [string, string, string]> = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.has(method)) continue
      const operationId = (operation as { operationId?: unknown }).operationId
      operations.push([method.toUpperCase(), path, typeof operationId === "string" ? operationId : `${method} ${path}`])
    }
  }
  return operations
}

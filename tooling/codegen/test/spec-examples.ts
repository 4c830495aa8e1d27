// Test fixtures: the example payloads of spec/openapi.yaml and of the reference's complete JSON blocks.
import { readFileSync } from "node:fs"
import { parse } from "yaml"
import { repoRoot } from "../src/spec.ts"

export { repoRoot }
/** spec/openapi.yaml, parsed. */
export const openapi = parse(readFileSync(`${repoRoot}spec/openapi.yaml`, "utf8")) as OpenApiDocument

export interface SchemaObject {
  readonly type?: string | ReadonlyArray<string>
  readonly $ref?: string
  readonly required?: ReadonlyArray<string>
  readonly properties?: Record<string, SchemaObject>
  readonly examples?: ReadonlyArray<unknown>
  readonly example?: unknown
  readonly allOf?: ReadonlyArray<SchemaObject>
  readonly oneOf?: ReadonlyArray<SchemaObject>
  readonly anyOf?: ReadonlyArray<SchemaObject>
}
interface MediaType { readonly schema?: SchemaObject; readonly example?: unknown; readonly examples?: Record<string, { readonly value?: unknown }> }
interface Operation {
  readonly operationId: string
  readonly parameters?: ReadonlyArray<{ readonly name: string; readonly in: string; readonly example?: unknown; readonly schema?: SchemaObject } | { readonly $ref: string }>
  readonly requestBody?: { readonly content?: Record<string, MediaType> }
  readonly responses: Record<string, { readonly content?: Record<string, MediaType> } | { readonly $ref: string }>
  readonly [key: string]: unknown
}
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation> & { readonly parameters?: Operation["parameters"] }>
  readonly components: { readonly schemas: Record<string, SchemaObject>; readonly parameters?: Record<string, unknown> }
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

/** Every operation of the spec with its method and path. */
export const operations = (): Array<{ readonly method: string; readonly path: string; readonly operation: Operation }> =>
  Object.entries(openapi.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operation: operation as Operation })))

/** Examples declared on component schemas: `[componentName, example, index]`. */
export const componentExamples = (): Array<[string, unknown, number]> =>
  Object.entries(openapi.components.schemas).flatMap(([name, schema]) =>
    (schema.examples ?? []).map((example, index): [string, unknown, number] => [name, example, index]))

const mediaExamples = (media: MediaType | undefined): Array<unknown> => [
  ...(media?.example !== undefined ? [media.example] : []),
  ...Object.values(media?.examples ?? {}).map((example) => example.value).filter((value) => value !== undefined),
  ...(media?.schema && !media.schema.$ref ? (media.schema.examples ?? []) : []),
]

/** Examples on request bodies and success responses of operations: `[operationId, "body" | status, example]`. */
export const operationExamples = (): Array<[string, string, unknown]> =>
  operations().flatMap(({ operation }) => {
    const out: Array<[string, string, unknown]> = []
    for (const media of Object.values(operation.requestBody?.content ?? {})) {
      for (const example of mediaExamples(media)) out.push([operation.operationId, "body", example])
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!/^2/.test(status) || "$ref" in response) continue
      for (const media of Object.values(response.content ?? {})) {
        for (const example of mediaExamples(media)) out.push([operation.operationId, status, example])
      }
    }
    return out
  })

/** The `n`-th ```json block of a reference page. */
export const referenceBlock = (file: string, n: number): unknown => {
  const text = readFileSync(new URL(`../../../../shared/reference/beeper-desktop-api/${file}`, import.meta.url), "utf8")
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!)
  const block = blocks[n]
  if (block === undefined) throw new Error(`${file} has no json block #${n}`)
  return JSON.parse(block)
}

/**
 * The complete JSON blocks of the reference pages and the operation whose success response they show.
 * Left out: accounts.md #0 (cut off in the source), bridges.md #1 (capabilities with "..." placeholders),
 * messages.md #0 (only the `chats` part of a search page).
 */
export const referenceExamples: ReadonlyArray<
  { readonly file: string; readonly block: number } & ({ readonly operationId: string } | { readonly schema: string })
> = [
  { file: "accounts.md", block: 1, operationId: "accounts.retrieve" },
  { file: "app-login.md", block: 0, operationId: "app.setup.retrieve" },
  { file: "app-verification.md", block: 0, schema: "Verification" },
  { file: "assets.md", block: 0, operationId: "assets.upload" },
  { file: "bridges.md", block: 0, operationId: "bridges.list" },
  { file: "bridges.md", block: 2, operationId: "bridges.loginFlows.list" },
  { file: "bridges.md", block: 3, operationId: "bridges.logins.list" },
  { file: "bridges.md", block: 4, operationId: "bridges.logins.remove" },
  { file: "contacts.md", block: 0, operationId: "accounts.contacts.search" },
  { file: "contacts.md", block: 1, operationId: "accounts.contacts.list" },
  { file: "info.md", block: 0, operationId: "info.retrieve" },
  { file: "login-sessions.md", block: 0, operationId: "bridges.loginSessions.retrieve" },
  { file: "login-sessions.md", block: 1, operationId: "bridges.loginSessions.cancel" },
  { file: "reactions.md", block: 0, operationId: "chats.messages.reactions.add" },
  { file: "reactions.md", block: 1, operationId: "chats.messages.reactions.delete" },
]

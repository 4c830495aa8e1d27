// Every operation of spec/openapi.yaml is reachable on the SDK's resource tree under its operationId
// (`chats.messages.reactions.add` -> `beeper.chats.messages.reactions.add(...)`) and sends its method and path.
import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { createBeeperClient, type BeeperClient } from "../src/index.ts"
import { recordingServerForFile } from "@beeper-kit/testkit/recording-server"

interface SpecOperation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly requiredQuery: ReadonlyArray<string>
  readonly hasBody: boolean
}

const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8")) as {
  readonly paths: Record<string, Record<string, { operationId?: string; parameters?: Array<{ in?: string; name?: string; required?: boolean }>; requestBody?: unknown }>>
}
const httpMethods = new Set(["get", "put", "post", "delete", "patch", "head", "options"])
const operations: ReadonlyArray<SpecOperation> = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => httpMethods.has(method))
    .map(([method, operation]) => ({
      operationId: operation.operationId!,
      method: method.toUpperCase(),
      path,
      requiredQuery: (operation.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => p.name!),
      hasBody: operation.requestBody !== undefined,
    })),
)

const server = recordingServerForFile()
let beeper: BeeperClient
beforeAll(() => {
  beeper = createBeeperClient({ baseUrl: server.url, accessToken: "test-token" })
})

type Method = (options: Record<string, unknown>) => Promise<{ readonly error?: unknown }>

/** `beeper` followed along the operationId's segments; the last one must be a method. */
const methodOf = (operationId: string): Method | undefined => {
  const segments = operationId.split(".")
  let owner: unknown = beeper
  for (const segment of segments.slice(0, -1)) owner = (owner as Record<string, unknown> | undefined)?.[segment]
  const method = (owner as Record<string, unknown> | undefined)?.[segments.at(-1)!]
  return typeof method === "function" ? (method.bind(owner) as Method) : undefined
}

describe("the SDK covers spec/openapi.yaml", () => {
  it("has operations to check", () => {
    expect(operations.length).toBeGreaterThan(50)
  })

  it.each(operations)("beeper.$operationId() sends $method $path", async ({ operationId, method, path, requiredQuery, hasBody }) => {
    const call = methodOf(operationId)
    expect(call, `beeper.${operationId} is not a method`).toBeTypeOf("function")

    const pathParams = Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `${name}-1`]))
    const { error } = await call!({
      path: pathParams,
      query: Object.fromEntries(requiredQuery.map((name) => [name, "q"])),
      ...(hasBody ? { body: {} } : {}),
    })

    expect(error).toBeUndefined()
    const request = server.last()
    expect(request.method).toBe(method)
    expect(request.url.split("?")[0]).toBe(path.replace(/\{(\w+)\}/g, "$1-1"))
    expect(request.headers.authorization).toBe("Bearer test-token")
  })
})

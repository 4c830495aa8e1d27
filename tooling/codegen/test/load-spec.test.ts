// spec.ts's reading of an OpenAPI document: every generator names an operation's code after its operationId, so a
// document where one is missing or shared is refused up front, naming the operations (not, later, by a generator
// failing on a name it made up, or by generated modules that disagree on names).
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stringify } from "yaml"
import { listOperations, loadOpenApiSpec, type OpenApiDocument } from "../src/spec.ts"

const ok = { "200": { description: "ok" } }
const documentWith = (paths: OpenApiDocument["paths"]): OpenApiDocument => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths })

let dir = ""
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "beeper-kit-load-spec-"))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const load = async (document: OpenApiDocument): Promise<OpenApiDocument> => {
  const path = join(dir, "openapi.yaml")
  await writeFile(path, stringify(document))
  return loadOpenApiSpec(path)
}

describe("loadOpenApiSpec", () => {
  it("reads a document whose operations each have their own operationId", async () => {
    const document = documentWith({
      "/v1/chats": { get: { operationId: "chats.list", responses: ok }, parameters: [] },
      "/v1/chats/{chatID}": { get: { operationId: "chats.retrieve", responses: ok } },
    })
    expect(listOperations(await load(document))).toEqual([["GET", "/v1/chats", "chats.list"], ["GET", "/v1/chats/{chatID}", "chats.retrieve"]])
  })

  it("refuses a duplicate operationId, naming both requests", async () => {
    const document = documentWith({
      "/v1/chats": { get: { operationId: "chats.list", responses: ok } },
      "/v1/zz": { get: { operationId: "chats.list", responses: ok } },
    })
    await expect(load(document)).rejects.toThrow(`${join(dir, "openapi.yaml")}: duplicate operationId \`chats.list\` (GET /v1/chats and GET /v1/zz)`)
  })

  it("refuses an operation without an operationId, naming its request", async () => {
    const document = documentWith({
      "/v1/chats": { get: { operationId: "chats.list", responses: ok } },
      "/v1/zz/x": { get: { responses: ok }, post: { operationId: "", responses: ok } },
    })
    await expect(load(document)).rejects.toThrow("GET /v1/zz/x has no operationId; POST /v1/zz/x has no operationId")
  })
})

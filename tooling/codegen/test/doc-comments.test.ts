// Every export of the generated code has a doc comment (what `pnpm run docs` checks), including the ones the spec
// does not describe: hey-api's per-operation types, the SDK's resource classes, undescribed component schemas.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { addMissingDocComments, bundledClientDocNames, componentDoc, documentHeyApiFile, UndescribedExportError } from "../src/doc-comments.ts"
import { repoRoot, type OpenApiDocument } from "../src/spec.ts"

const generated = (path: string) => readFileSync(join(repoRoot, path), "utf8")

/** The top-level exports of a file whose declaration has no doc comment above it (`kind` filters by keyword). */
const undocumented = (source: string, kind?: string): ReadonlyArray<string> => {
  const missing: Array<string> = []
  addMissingDocComments(source, (name, line) => void (kind === undefined || line.startsWith(`export ${kind} `) ? missing.push(name) : undefined))
  return missing
}

const spec: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Beeper Desktop API", version: "1" },
  paths: {
    "/v1/chats": {
      get: { operationId: "chats.list", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/ChatList" } } } } } },
      post: { operationId: "chats.create", requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/ChatCreate" } } } }, responses: { "200": { description: "ok" } } },
    },
  },
  components: { schemas: { ChatList: { type: "object" }, ChatCreate: { type: "object" }, Orphan: { type: "string" }, ChatsListResponse: { type: "object" } } },
}

describe("doc comments of generated code", () => {
  it("leaves no export of the spec-derived files and the Effect Schemas without one", () => {
    for (const file of ["types.gen.ts", "sdk.gen.ts", "client.gen.ts"]) {
      expect(undocumented(generated(`packages/core/src/generated/http/${file}`)), file).toEqual([])
    }
    expect(undocumented(generated("packages/effect/src/generated/schemas.ts"), "const")).toEqual([])
    // A Schema constant is documented; its same-named type alias shares the comment.
    const schemas = generated("packages/effect/src/generated/schemas.ts")
    expect(undocumented(schemas).every((name) => new RegExp(`^export type ${name} = typeof ${name}\\.Type;$`, "m").test(schemas))).toBe(true)
  })

  it("documents every name hey-api's bundled client exports from its entry point, and the table matches hey-api's output", () => {
    const index = generated("packages/core/src/generated/http/client/index.ts")
    const reExports = [...index.matchAll(/export (?:type )?\{([^}]*)\} from '\.\.?\/([^']+)'/g)]
      .flatMap(([, names, from]) => names!.split(",").map((name) => name.trim()).filter(Boolean).map((name) => [from!.replace(/^\.\.\//, "").replace(/^(?!core\/|client\/)/, "client/"), name] as const))
    for (const [file, name] of reExports) {
      const source = generated(`packages/core/src/generated/http/${file}`)
      expect(source, `${name} in ${file}`).toMatch(new RegExp(`^export (?:type|interface|const|function) ${name}\\b`, "m"))
      expect(undocumented(source), `${name} in ${file}`).not.toContain(name)
    }
    // Each fixed text still has its declaration (a hey-api upgrade that renames one shows up here).
    for (const [file, names] of bundledClientDocNames()) {
      const source = generated(`packages/core/src/generated/http/${file}`)
      for (const name of names) expect(source, `${name} in ${file}`).toMatch(new RegExp(`^export (?:type|interface|const|function) ${name}\\b`, "m"))
    }
  })

  it("names an undescribed component and the operations that send or return it", () => {
    expect(componentDoc(spec, "ChatCreate")).toBe("The `ChatCreate` schema of the Beeper Desktop API (`#/components/schemas/ChatCreate`): the request body of `chats.create` (POST /v1/chats).")
    expect(componentDoc(spec, "ChatList")).toBe("The `ChatList` schema of the Beeper Desktop API (`#/components/schemas/ChatList`): the response of `chats.list` (GET /v1/chats).")
    expect(componentDoc(spec, "Orphan")).toBe("The `Orphan` schema of the Beeper Desktop API (`#/components/schemas/Orphan`).")
  })

  it("describes hey-api's per-operation types by operation, also when it renamed one to avoid a schema's name", () => {
    const source = [
      "export type ChatsListData = {\n    url: '/v1/chats';\n};",
      "export type ChatsListErrors = {\n    400: Error;\n};",
      "export type ChatsListError = ChatsListErrors[keyof ChatsListErrors];",
      "export type ChatsListResponses = {\n    200: ChatList;\n};",
      "export type ChatsListResponse2 = ChatsListResponses[keyof ChatsListResponses];",
      "/**\n * Already documented.\n */\nexport type ChatList = {};",
      "export type ChatsListResponse = {};",
      "export type Orphan = string;",
    ].join("\n\n")
    const documented = documentHeyApiFile("types.gen.ts", source, spec, { rootClass: "BeeperDesktop" })
    const docOf = (name: string) => new RegExp(`/\\*\\*\\n \\* (.*)\\n \\*/\\nexport type ${name}\\b`).exec(documented)?.[1]
    expect(docOf("ChatsListData")).toBe("Request parameters of `chats.list` (GET /v1/chats): path, query, headers and body.")
    expect(docOf("ChatsListErrors")).toBe("Error responses of `chats.list` (GET /v1/chats), by status code.")
    expect(docOf("ChatsListError")).toBe("The body of any error response of `chats.list` (GET /v1/chats).")
    expect(docOf("ChatsListResponses")).toBe("Success responses of `chats.list` (GET /v1/chats), by status code.")
    expect(docOf("ChatsListResponse2")).toBe("The body of the success response of `chats.list` (GET /v1/chats).")
    expect(docOf("ChatsListResponse")).toMatch(/^The `ChatsListResponse` schema of the Beeper Desktop API/)
    expect(docOf("Orphan")).toMatch(/^The `Orphan` schema/)
    expect(documented.match(/Already documented/g)).toHaveLength(1)
    expect(documentHeyApiFile("types.gen.ts", documented, spec, { rootClass: "BeeperDesktop" })).toBe(documented)
  })

  it("refuses to emit an export of a spec-derived file it cannot describe", () => {
    expect(() => documentHeyApiFile("types.gen.ts", "export type Mystery = string;", spec, { rootClass: "BeeperDesktop" })).toThrow(UndescribedExportError)
    expect(() => documentHeyApiFile("sdk.gen.ts", "export class Stray extends HeyApiClient {\n}", spec, { rootClass: "BeeperDesktop" })).toThrow(/Stray/)
  })
})

// The Effect Schema plugin run through hey-api's createClient: constructs the project spec does not use yet
// (recursion, allOf overrides, additionalProperties next to properties, patterns, exclusive ranges, nullable
// enums, object consts), determinism, and freshness of the checked-in output.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { Schema } from "effect"
import ts from "typescript"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Endpoint } from "../../../packages/effect/src/Endpoint.ts"
import { effectFiles, generateEffect, openEnumsModule, runEffectPlugin } from "../src/effect/index.ts"
import { componentDirections } from "../src/effect/directions.ts"
import type { OpenApiDocument } from "../src/spec.ts"
import { repoRoot } from "./spec-examples.ts"

type AnySchema = Schema.Codec<unknown, unknown>

// Generated modules import "effect", so they are written below this package (not in the OS temp folder).
const scratch = fileURLToPath(new URL("./", import.meta.url))

const syntheticSpec = {
  openapi: "3.1.0",
  info: { title: "synthetic", version: "1" },
  paths: {
    "/things/{id}": {
      post: {
        operationId: "things.replace",
        summary: "Replace a thing",
        "x-idempotent": true,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Base" } } } },
        responses: { "204": { description: "done" } },
      },
    },
    "/things/{id}/state": {
      get: {
        operationId: "things.state",
        summary: "A thing's state",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Tree: {
        type: "object",
        required: ["name"],
        properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
      },
      Base: {
        type: "object",
        required: ["id"],
        properties: { id: { type: "string" }, kind: { type: "string" }, note: { type: "string", deprecated: true } },
      },
      Derived: {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          {
            type: "object",
            required: ["kind"],
            properties: { kind: { const: "derived" }, extra: { type: ["integer", "null"], exclusiveMinimum: 0 } },
          },
        ],
      },
      Bag: {
        type: "object",
        required: ["name"],
        properties: { name: { type: "string", pattern: "^[a-z]+$" } },
        additionalProperties: { type: "integer" },
      },
      Closed: { type: "object", required: ["x"], properties: { x: { type: "string" } }, additionalProperties: false },
      Empty: { type: "object", additionalProperties: false },
      Mood: { type: ["string", "null"], enum: ["happy", "sad", null] },
      Thing: {
        type: "object",
        required: ["state", "base"],
        properties: {
          state: { $ref: "#/components/schemas/State" },
          level: { type: "integer", enum: [1, 2] },
          shape: { const: "round" },
          base: { $ref: "#/components/schemas/Base" },
        },
      },
      State: { type: "string", enum: ["on", "off"] },
      Fixed: { const: { a: 1, b: ["x"] } },
      Mixed: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "string" }] },
    },
  },
}

/**
 * The handwritten modules of packages/effect/src the generated ones import (`openEnumsModule`, the endpoint contract,
 * the errors and call options the API types name, the lazy modules' `lazyValues`).
 */
const handwrittenModules = [openEnumsModule.replace(/^\.\.\//, ""), "internal/lazyValues.ts", "Endpoint.ts", "BeeperError.ts", "CallOptions.ts"]

let dir = ""
beforeAll(async () => {
  dir = await mkdtemp(join(scratch, ".generated-"))
  // Output folders sit in `dir`: their imports of the handwritten modules (../internal/openEnum.ts, ../Endpoint.ts, ...)
  // resolve to these re-exports.
  for (const module of handwrittenModules) {
    const local = join(dir, module)
    await mkdir(dirname(local), { recursive: true })
    await writeFile(local, `export * from ${JSON.stringify(relative(dirname(local), join(repoRoot, "packages/effect/src", module)))}\n`)
  }
})

/** Type-checks `files` (and what they import) with packages/effect's compiler options: one line per error. */
const typeErrors = (files: ReadonlyArray<string>): Array<string> => {
  const config = ts.getParsedCommandLineOfConfigFile(join(repoRoot, "packages/effect/tsconfig.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  })!
  const program = ts.createProgram([...files], { ...config.options, noEmit: true })
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.text.split("\n")[d.file.getLineAndCharacterOfPosition(d.start).line]?.trim() : ""
    return `${d.file?.fileName ?? ""}: ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`
  })
}
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A spec with one component of `schema` under each of `names`, each the answer of its own GET (`named.get<i>`). */
const namedComponents = (names: ReadonlyArray<string>, schema: Record<string, unknown>) => ({
  openapi: "3.1.0",
  info: { title: "names", version: "1" },
  paths: Object.fromEntries(names.map((name, i) => [`/named/${i}`, {
    get: {
      operationId: `named.get${i}`,
      summary: `Get a ${name}`,
      responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } } },
    },
  }])),
  components: { schemas: Object.fromEntries(names.map((name) => [name, schema])) },
})

describe("Effect Schema plugin", () => {
  it("refuses an allOf it cannot merge, naming the schema", async () => {
    await expect(runEffectPlugin({ input: syntheticSpec, outDir: join(dir, "mixed") }))
      .rejects.toThrow(/Mixed/)
  })

  describe("on a synthetic spec", () => {
    const spec = structuredClone(syntheticSpec)
    delete (spec.components.schemas as Record<string, unknown>)["Mixed"]
    let schemas: Record<string, AnySchema> = {}
    let text = ""
    beforeAll(async () => {
      await runEffectPlugin({ input: spec, outDir: join(dir, "synthetic"), plugin: { openEnumsModule } })
      // Read without the pure annotations (src/effect/pure.ts), which every call carries.
      text = (await readFile(join(dir, "synthetic", "schemas.ts"), "utf8")).replaceAll("/*#__PURE__*/ ", "")
      schemas = await import(join(dir, "synthetic", "schemas.ts")) as Record<string, AnySchema>
      table = (await import(join(dir, "synthetic", "endpoints.ts")) as { endpoints: Record<string, Endpoint> }).endpoints
    })
    let table: Record<string, Endpoint> = {}
    const decodes = (name: string, value: unknown) => Schema.decodeUnknownExit(schemas[name]!)(value)._tag === "Success"

    it("starts with the generated header", () => {
      expect(text.split("\n")[0]).toContain("generated — do not edit")
    })

    it("declares each component's Schema type, naming the components it uses (so declarations do not spell them out)", () => {
      expect(text).toMatch(/export const Thing: Schema\.Struct<\{[^]*?readonly state: typeof State;[^]*?\}> = Schema\.Struct\(\{/)
      // a cycle is typed as its expression is: `Schema.suspend((): Schema.Codec<unknown> => Tree)`
      expect(text).toContain("readonly children: Schema.optionalKey<Schema.$Array<Schema.suspend<Schema.Codec<unknown>>>>;")
    })

    it("decodes recursive schemas through Schema.suspend", () => {
      expect(text).toContain("Schema.suspend(")
      expect(decodes("Tree", { name: "root", children: [{ name: "a", children: [{ name: "b" }] }] })).toBe(true)
      expect(decodes("Tree", { name: "root", children: [{ children: [] }] })).toBe(false)
    })

    it("merges allOf into one struct where a later member narrows and requires a field", () => {
      // built by `Base.mapFields` (pure-annotated in the output: a bundler drops it when unused)
      expect(text).toContain("Base.mapFields(fields => ({")
      expect(decodes("Derived", { id: "1", kind: "derived" })).toBe(true)
      expect(decodes("Derived", { id: "1" })).toBe(false)
      expect(decodes("Derived", { id: "1", kind: "other" })).toBe(false)
      expect(decodes("Derived", { id: "1", kind: "derived", extra: null })).toBe(true)
      expect(decodes("Derived", { id: "1", kind: "derived", extra: 0 })).toBe(false)
    })

    it("marks deprecated properties in JSDoc", () => {
      expect(text).toMatch(/@deprecated\s*\*\/\s*note:/)
    })

    it("types additional properties next to declared ones", () => {
      expect(decodes("Bag", { name: "abc", count: 3 })).toBe(true)
      expect(decodes("Bag", { name: "abc", count: 2.5 })).toBe(false)
      expect(decodes("Bag", { name: "ABC" })).toBe(false)
    })

    it("makes `additionalProperties: false` a plain struct: excess keys are what the reader and the request encoder make of any struct's", () => {
      expect(text).toMatch(/export const Closed: Schema\.Struct<[^=]+> = Schema\.Struct\(\{\n\s+x: Schema\.String\n\}\);/)
      expect(text).not.toMatch(/Schema\.Union\(\[Schema\.Never/)
      // Declaring nothing: the empty object, whose extra keys are refused either way (a known limitation in responses).
      expect(text).toMatch(/export const Empty: Schema\.\$Record<typeof Schema\.String, typeof Schema\.Never> = Schema\.Record\(Schema\.String, Schema\.Never\);/)
      // Strict (the request encoder, the tolerant reader's first pass): any extra key is refused, whatever its value.
      const strict = (name: string, value: unknown) => Schema.decodeUnknownExit(schemas[name]!, { onExcessProperty: "error" })(value)._tag === "Success"
      expect(strict("Closed", { x: "a" })).toBe(true)
      expect(strict("Closed", { x: "a", y: "b" })).toBe(false)
      expect(strict("Empty", {})).toBe(true)
      expect(strict("Empty", { y: 1 })).toBe(false)
      expect(decodes("Empty", "a string")).toBe(false)
      // Default (what the tolerant reader decodes once it has reported the extra key as an unknown field): dropped.
      expect(Schema.decodeUnknownSync(schemas["Closed"]!)({ x: "a", y: 1 })).toEqual({ x: "a" })
      expect(decodes("Closed", { y: "b" })).toBe(false)
    })

    it("keeps null in a nullable enum and refuses other values", () => {
      expect(decodes("Mood", null)).toBe(true)
      expect(decodes("Mood", "sad")).toBe(true)
      expect(decodes("Mood", "angry")).toBe(false)
    })

    it("keeps a body whose fields collide with a parameter under the input's `body` key", () => {
      const replace = table["things.replace"]!
      expect(replace.body).toMatchObject({ required: true, fields: null })
      expect(replace.success).toEqual({ status: 204, kind: "void" })
      const input = replace.input as AnySchema
      expect(Schema.decodeUnknownExit(input)({ id: "t1", body: { id: "b1" } })._tag).toBe("Success")
      expect(Schema.decodeUnknownExit(input)({ id: "t1" })._tag).toBe("Failure")
    })

    it("opens the enums of response-only components (types), decoding them strictly; request-side enums stay closed", () => {
      expect(componentDirections(spec as unknown as OpenApiDocument).responseOnly).toEqual(new Set(["Thing", "State"]))
      expect(text).toContain("import { openEnum, type OpenEnum } from '../internal/openEnum.ts'")
      expect(text).toMatch(/export const State: OpenEnum<Schema\.Literals<readonly \[\s*'on',\s*'off'\s*\]>> = openEnum\(Schema\.Literals\(\['on', 'off'\]\)\)/)
      expect(text).toMatch(/level: Schema\.optionalKey\(openEnum\(Schema\.Literals\(\[1, 2\]\)\)\)/)
      expect(text).toMatch(/shape: Schema\.optionalKey\(Schema\.Literal\('round'\)\)/) // a const stays closed
      expect(text).toMatch(/export const Mood: Schema\.NullOr<[^=]+> = Schema\.NullOr\(Schema\.Literals/) // reached by no operation
      expect(decodes("State", "on")).toBe(true)
      expect(decodes("State", "dim")).toBe(false)
      expect(decodes("Thing", { state: "off", level: 2, base: { id: "b" } })).toBe(true)
      expect(decodes("Thing", { state: "off", level: 3, base: { id: "b" } })).toBe(false)
    })

    it("writes the fast response checks in the same run, from the same terms: they agree with the decode", async () => {
      // No generated module existed before this run: the checks cannot have been translated from one.
      const { responseValidators } = await import(join(dir, "synthetic", "validators.ts")) as {
        responseValidators: Record<string, ((u: unknown) => boolean) | undefined>
      }
      expect(Object.keys(responseValidators)).toEqual(["things.state"])
      const check = responseValidators["things.state"]!
      const schema = (table["things.state"]!.success as unknown as { schema: AnySchema }).schema
      const decodesUnchanged = (value: unknown): boolean => {
        const exit = Schema.decodeUnknownExit(schema)(value)
        return exit._tag === "Success" && JSON.stringify(exit.value) === JSON.stringify(value)
      }
      const values: Array<unknown> = [
        { state: "on", base: { id: "b" } },
        { state: "off", level: 2, shape: "round", base: { id: "b", kind: "k", note: "n" } },
        { state: "off", level: 3, base: { id: "b" } },
        { state: "dim", base: { id: "b" } },
        { state: "on", shape: "square", base: { id: "b" } },
        { state: "on", base: { id: 1 } },
        { state: "on", base: { id: "b" }, extra: true },
        { state: "on" },
        [],
        null,
      ]
      for (const value of values) expect(check(value), JSON.stringify(value)).toBe(decodesUnchanged(value))
      expect(values.filter((value) => check(value))).toHaveLength(2)
    })

    it("gives every entry an input check that passes only what the input Schema encodes unchanged", () => {
      const entry = table["things.replace"]!
      const check = entry.inputCheck!
      const encodesUnchanged = (value: unknown): boolean => {
        const exit = Schema.encodeUnknownExit(entry.input as unknown as AnySchema, { onExcessProperty: "error" })(value)
        return exit._tag === "Success" && JSON.stringify(exit.value) === JSON.stringify(value)
      }
      // `id` is the path parameter and a key of the body: the body is the input's `body`
      const values: Array<unknown> = [
        { id: "t", body: { id: "b", kind: "k" } },
        { id: "t", body: { id: "b", kind: "k", note: "n" } },
        { id: "t", body: { id: "b" } },
        { id: "t", body: { id: "b", kind: undefined } }, // the encode refuses it too (an optionalKey of the body)
        { id: "t", body: { id: "b" }, extra: undefined }, // the encode decides
        { id: 1, body: { id: "b" } },
        { id: "t" },
        { id: "t", body: { id: "b", extra: 1 } },
        { id: "t", body: new (class Body {
          id = "b"
        })() },
        null,
      ]
      for (const value of values) if (check(value)) expect(encodesUnchanged(value), JSON.stringify(value)).toBe(true)
      expect(values.filter((value) => check(value))).toHaveLength(3)
      expect(table["things.state"]!.inputCheck!({ id: "t" })).toBe(true)
    })

    it("turns an object const into literals", () => {
      expect(decodes("Fixed", { a: 1, b: ["x"] })).toBe(true)
      expect(decodes("Fixed", { a: 2, b: ["x"] })).toBe(false)
    })

    it("names every model's type and the API's, and those types are the Schemas' (the proofs compile)", async () => {
      const models = await readFile(join(dir, "synthetic", "models.ts"), "utf8")
      const api = await readFile(join(dir, "synthetic", "api.ts"), "utf8")
      expect(text).toContain("export type Thing = Models.Thing")
      expect(models).toContain("export interface Derived {")
      expect(models).toMatch(/export type Mood = "happy" \| "sad" \| null/)
      expect(api).toContain("export interface ThingsApi {")
      expect(api).toContain(
        "readonly state: ((input: ThingsStateInput, options?: CallOptions) => Effect.Effect<Thing, RequestError>) & WithEndpoint<\"things.state\">",
      )
      expect(api).toMatch(/\* @example\n\s+\* ```ts\n\s+\* const result = yield\* beeper\.things\.state\(\{ id: "<id>" \}\)/)
      // conformance.ts proves each named type equal to its Schema's: it must compile, with the handwritten modules the
      // generated ones import (re-exported beside them).
      expect(typeErrors([join(dir, "synthetic", "conformance.ts")])).toEqual([])
    }, 120_000) // compiles a TypeScript program: a hang guard, not a speed check
  })

  it("names a component that is a keyword, a global or an import's name by one identifier in every module, which all type-check", async () => {
    // `default` and `class` are keywords, `Object` a global the generated modules use, `Schema` the name they import
    // effect/Schema under: each must still make modules that compile (a new Desktop release may bring any name).
    const names = ["default", "class", "Object", "Schema"]
    const spec = namedComponents(names, { type: "object", required: ["x"], properties: { x: { type: "string" } } })
    const out = join(dir, "names")
    await runEffectPlugin({ input: spec, outDir: out, plugin: { openEnumsModule } })
    const read = (file: string) => readFile(join(out, file), "utf8")
    const [schemas, models, api] = await Promise.all([read("schemas.ts"), read("models.ts"), read("api.ts")])
    for (const [name, identifier] of [["default", "default_"], ["class", "class_"], ["Object", "Object_"], ["Schema", "Schema"]] as const) {
      expect(schemas).toContain(`export const ${identifier}: `)
      expect(schemas).toContain(`export type ${identifier} = Models.${identifier};`)
      expect(models).toContain(`export interface ${identifier} {`)
      expect(api).toContain(`readonly ${JSON.stringify(`named.get${names.indexOf(name)}`)}: ${identifier}`)
    }
    // Every module, the runtime build's lazy ones included (they read the components back out of `Schemas`).
    expect(typeErrors(effectFiles.map((file) => join(out, file)))).toEqual([])
    const { endpoints } = await import(join(out, "lazyEndpoints.runtime.ts")) as { endpoints: Record<string, Endpoint> }
    const schema = (endpoints["named.get3"]!.success as unknown as { schema: AnySchema }).schema
    expect(Schema.decodeUnknownSync(schema)({ x: "a" })).toEqual({ x: "a" })
  }, 120_000) // compiles a TypeScript program: a hang guard, not a speed check

  it("names a component that takes a name api.ts or models.ts import or declare, and every module type-checks", async () => {
    // api.ts imports `Effect`, `Stream`, `RequestError`, ... and declares `WithEndpoint`, `BeeperDesktopResources`, ...;
    // models.ts imports `Open`. A component of one of these names keeps it (schemas.ts, models.ts); the module names the
    // other differently: api.ts imports the component under another name, models.ts imports `Open` under another.
    const names = ["Effect", "Stream", "RequestError", "CallOptions", "Open", "WithEndpoint", "OperationInputs", "BeeperDesktopResources"]
    const spec = namedComponents(names, {
      type: "object",
      required: ["x"],
      // An enum only responses carry: an open enum, typed `Open<...>` in models.ts.
      properties: { x: { type: "string" }, mood: { type: "string", enum: ["happy", "sad"] } },
    })
    const out = join(dir, "own-names")
    await runEffectPlugin({ input: spec, outDir: out, plugin: { openEnumsModule } })
    expect(typeErrors(effectFiles.map((file) => join(out, file)))).toEqual([])
    const read = (file: string) => readFile(join(out, file), "utf8")
    const [models, api] = await Promise.all([read("models.ts"), read("api.ts")])
    expect(models).toContain(`import type { Open as Open2 } from "${openEnumsModule}"`)
    expect(models).toContain("export interface Open {")
    expect(models).toContain(`readonly mood?: Open2<"happy" | "sad">`)
    expect(api).toMatch(/import type \{ BeeperDesktopResources as BeeperDesktopResources2, CallOptions as CallOptions2, Effect as Effect2, .*\} from "\.\/models\.ts"/)
    expect(api).toContain(`readonly get0: ((input?: NamedGet0Input, options?: CallOptions) => Effect.Effect<Effect2, RequestError>) & WithEndpoint<"named.get0">`)
  }, 120_000) // compiles a TypeScript program: a hang guard, not a speed check

  it("refuses a component named like a type generated for an operation or a name endpoints.ts holds, naming both, and writes nothing", async () => {
    // `SearchInput` is the input type of `search`, `ChatsApi` the resource group `chats`' interface, `Endpoints` the
    // endpoint table's type: exported names the other modules and users import, so no other name can stand in.
    const spec = {
      openapi: "3.1.0",
      info: { title: "clashes", version: "1" },
      paths: {
        "/v1/search": { get: { operationId: "search", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/SearchInput" } } } } } } },
        "/v1/chats": { get: { operationId: "chats.list", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/ChatsApi" } } } } } } },
        "/v1/x": { get: { operationId: "x.get", responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Endpoints" } } } } } } },
      },
      components: {
        schemas: Object.fromEntries(["SearchInput", "ChatsApi", "Endpoints"].map((name) => [name, { type: "object", properties: { x: { type: "string" } } }])),
      },
    }
    const specPath = join(dir, "clashes.yaml")
    await writeFile(specPath, JSON.stringify(spec))
    const outDir = join(dir, "clashes")
    await expect(generateEffect({ specPath, outDir })).rejects.toThrow(
      "component `SearchInput` has the name of the generated input type of operation `search`; " +
        "component `ChatsApi` has the name of the generated type of the resource group `chats`; " +
        "component `Endpoints` has the name of the endpoint table's type that endpoints.ts exports: " +
        "rename them in spec/openapi.yaml (spec/patches.yaml for an upstream name)",
    )
    expect(await readdir(outDir).catch(() => [])).toEqual([])
  })

  it("is deterministic and the checked-in output is fresh", async () => {
    const specPath = join(repoRoot, "spec/openapi.yaml")
    await generateEffect({ specPath, outDir: join(dir, "a") })
    await generateEffect({ specPath, outDir: join(dir, "b") })
    for (const file of effectFiles) {
      const a = await readFile(join(dir, "a", file), "utf8")
      expect(await readFile(join(dir, "b", file), "utf8")).toBe(a)
      expect(await readFile(join(repoRoot, "packages/effect/src/generated", file), "utf8"), `${file} is stale: run pnpm generate`).toBe(a)
    }
  })
})

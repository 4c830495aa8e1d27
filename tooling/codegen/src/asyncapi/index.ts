// Step "asyncapi": spec/asyncapi.yaml → the WS protocol types of @beeper-kit/core (src/generated/ws/protocol.ts)
// and the Effect Schemas of every WS message (@beeper-kit/effect src/generated/ws.ts). The Effect Schemas come
// from the same hey-api plugin as the HTTP ones, run on the AsyncAPI schemas next to the OpenAPI ones, so
// `message.upserted` entries use the generated `Message` Schema (imported from ./schemas.ts, not copied).
import { mkdtemp, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { parse } from "yaml"
import { effectGeneratorLabel, publishFiles, runEffectPlugin } from "../effect/index.ts"
import { generatedHeaderLines, generatorLabel, syncDirectory, writeGeneratedFile } from "../generated-file.ts"
import { repoRoot } from "../spec.ts"
import { printCoreProtocol, UNION_NAMES } from "./core-types.ts"
import { normalizeSchema } from "./normalize.ts"
import { type JsonSchema, loadProtocol, type Protocol, type ProtocolMessage } from "./protocol.ts"

export { loadProtocol } from "./protocol.ts"
export type { Protocol, ProtocolMessage } from "./protocol.ts"

/** Options of {@link generateAsyncApi}. */
export interface GenerateAsyncApiOptions {
  /** spec/asyncapi.yaml */
  readonly asyncapiPath: string
  /** spec/openapi.yaml (the AsyncAPI document refers to its schemas). */
  readonly openapiPath: string
  /** packages/core/src/generated/ws — this step owns the folder; `undefined` skips the core output. */
  readonly coreOutDir?: string | undefined
  /** packages/effect/src/generated — this step writes `ws.ts` there; `undefined` skips the Effect output. */
  readonly effectOutDir?: string | undefined
}

/** What {@link generateAsyncApi} wrote. */
export interface GenerateAsyncApiResult {
  readonly messages: ReadonlyArray<ProtocolMessage>
  /** Changed files, relative to the repository root. */
  readonly changed: ReadonlyArray<string>
}

/** The Effect module this step writes into the Effect package's generated folder. */
export const effectWsFile = "ws.ts"

const unionSchema = (description: string, members: ReadonlyArray<ProtocolMessage>): JsonSchema => ({
  description,
  oneOf: members.map((message) => ({ $ref: `#/components/schemas/${message.schema}` })),
  discriminator: {
    propertyName: "type",
    mapping: Object.fromEntries(members.map((message) => [message.name, `#/components/schemas/${message.schema}`])),
  },
})

/** The AsyncAPI schemas (normalized) plus the frame unions, as OpenAPI components. */
const wsComponents = (protocol: Protocol): Record<string, JsonSchema> => {
  const schemas: Record<string, JsonSchema> = {}
  for (const [name, schema] of Object.entries(protocol.schemas)) schemas[name] = normalizeSchema(schema)
  const server = protocol.messages.filter((message) => message.action === "receive")
  const unions: Record<string, JsonSchema> = {
    [UNION_NAMES.server]: unionSchema("Every frame the server sends, discriminated by `type`.", server),
    [UNION_NAMES.client]: unionSchema(
      "Every command the client sends, discriminated by `type`.",
      protocol.messages.filter((message) => message.action === "send"),
    ),
    [UNION_NAMES.live]: unionSchema(
      "The domain events, discriminated by `type`.",
      server.filter((message) => message.domainEvent),
    ),
  }
  for (const name of Object.keys(unions)) {
    if (schemas[name]) throw new Error(`AsyncAPI schema ${name} collides with a generated union name`)
  }
  return { ...schemas, ...unions }
}

const generateEffectWs = async (protocol: Protocol, options: GenerateAsyncApiOptions, outDir: string) => {
  const openapi = parse(await readFile(options.openapiPath, "utf8")) as { components?: { schemas?: Record<string, unknown> } }
  const ws = wsComponents(protocol)
  const document = {
    openapi: "3.1.0",
    info: { title: "Beeper Desktop API live events", version: "1" },
    paths: {},
    components: { schemas: { ...openapi.components?.schemas, ...ws } },
  }
  const scratch = await mkdtemp(join(tmpdir(), "beeper-kit-ws-effect-"))
  try {
    await runEffectPlugin({
      input: document,
      outDir: scratch,
      header: generatedHeaderLines(
        `${relative(repoRoot, options.asyncapiPath)} (+ ${relative(repoRoot, options.openapiPath)})`,
        `${effectGeneratorLabel()}, ${generatorLabel("@asyncapi/parser")}`,
      ),
      plugin: {
        schemasFile: effectWsFile.replace(/\.ts$/, ""),
        endpointsFile: null,
        onlySchemas: Object.keys(ws),
        externalSchemasModule: "./schemas.ts",
      },
    })
    return await publishFiles(scratch, outDir, [effectWsFile])
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const generateCoreWs = async (protocol: Protocol, options: GenerateAsyncApiOptions, outDir: string) => {
  const schemas = Object.fromEntries(Object.entries(protocol.schemas).map(([name, schema]) => [name, normalizeSchema(schema)]))
  const scratch = await mkdtemp(join(tmpdir(), "beeper-kit-ws-core-"))
  try {
    await writeGeneratedFile(join(scratch, "protocol.ts"), printCoreProtocol(protocol, schemas), {
      source: relative(repoRoot, options.asyncapiPath),
      generator: `@beeper-kit/codegen asyncapi step, ${generatorLabel("@asyncapi/parser")}`,
    })
    return await syncDirectory(scratch, outDir)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Validates spec/asyncapi.yaml and generates the WS protocol module of @beeper-kit/core (`coreOutDir/protocol.ts`)
 * and the Effect Schemas of every WS message (`effectOutDir/ws.ts`). Needs the Effect step's `schemas.ts`
 * beside `ws.ts` (it imports `Message` from there).
 */
export const generateAsyncApi = async (options: GenerateAsyncApiOptions): Promise<GenerateAsyncApiResult> => {
  const protocol = await loadProtocol(options.asyncapiPath, options.openapiPath)
  const changed: Array<string> = []
  if (options.coreOutDir) {
    const dir = options.coreOutDir
    changed.push(...(await generateCoreWs(protocol, options, dir)).map((file) => relative(repoRoot, join(dir, file))))
  }
  if (options.effectOutDir) {
    const dir = options.effectOutDir
    changed.push(...(await generateEffectWs(protocol, options, dir)).map((file) => relative(repoRoot, join(dir, file))))
  }
  return { messages: protocol.messages, changed }
}

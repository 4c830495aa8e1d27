// Step "asyncapi": spec/asyncapi.yaml → the WS protocol types and field table of @beeper-kit/core
// (src/generated/ws/protocol.ts), which core's codec (src/ws) reads frames with. @beeper-kit/effect reads live events
// through that codec (events/Frames.ts, events/LiveEvent.ts), so no second, Effect Schema copy of the protocol is
// generated; the spec's message examples are checked against the codec in packages/core/test/ws-codec.test.ts.
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { generatorLabel, syncDirectory, writeGeneratedFile } from "../generated-file.ts"
import { repoRoot } from "../spec.ts"
import { printCoreProtocol } from "./core-types.ts"
import { normalizeSchema } from "./normalize.ts"
import { loadProtocol, type Protocol, type ProtocolMessage } from "./protocol.ts"

export { loadProtocol } from "./protocol.ts"
export type { Protocol, ProtocolMessage } from "./protocol.ts"

/** Options of {@link generateAsyncApi}. */
export interface GenerateAsyncApiOptions {
  /** spec/asyncapi.yaml */
  readonly asyncapiPath: string
  /** spec/openapi.yaml (the AsyncAPI document refers to its schemas). */
  readonly openapiPath: string
  /** packages/core/src/generated/ws — this step owns the folder. */
  readonly coreOutDir: string
}

/** What {@link generateAsyncApi} wrote. */
export interface GenerateAsyncApiResult {
  readonly messages: ReadonlyArray<ProtocolMessage>
  /** Changed files, relative to the repository root. */
  readonly changed: ReadonlyArray<string>
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

/** Validates spec/asyncapi.yaml and generates the WS protocol module of @beeper-kit/core (`coreOutDir/protocol.ts`). */
export const generateAsyncApi = async (options: GenerateAsyncApiOptions): Promise<GenerateAsyncApiResult> => {
  const protocol = await loadProtocol(options.asyncapiPath, options.openapiPath)
  const dir = options.coreOutDir
  const changed = (await generateCoreWs(protocol, options, dir)).map((file) => relative(repoRoot, join(dir, file)))
  return { messages: protocol.messages, changed }
}

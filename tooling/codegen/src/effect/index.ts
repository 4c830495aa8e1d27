// Step "effect": runs hey-api's createClient with the project's Effect Schema plugin and publishes
// packages/effect/src/generated/{schemas,endpoints,validators,inputChecks,models,api,conformance}.ts and the runtime
// build's lazy{Schemas,Endpoints,Operations}.runtime.ts (lazy-modules.ts).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { createClient, reserved } from "@hey-api/openapi-ts"
import { generatedHeaderLines, generatorLabel } from "../generated-file.ts"
import { repoRoot } from "../spec.ts"
import { effectSchemaPlugin } from "./config.ts"
import { lazyModules } from "./lazy-modules.ts"
import { annotatePureCalls } from "./pure.ts"
import { shareRepeatedSchemas } from "./shared-schemas.ts"
import type { EffectPluginUserConfig } from "./plugin-types.ts"

export { effectSchemaPlugin } from "./config.ts"
export type { EffectPlugin, EffectPluginConfig, EffectPluginUserConfig } from "./plugin-types.ts"

/** The generator named in the header of the files this plugin writes. */
export const effectGeneratorLabel = (): string => `${generatorLabel("@hey-api/openapi-ts")} + @beeper-kit/effect-schema plugin`

/**
 * The files {@link generateEffect} publishes: the plugin's Schemas, endpoint table and fast response checks, and the
 * named types of the models and of the service's API (with their proofs against the Schemas).
 */
export const effectFiles = [
  "schemas.ts",
  "endpoints.ts",
  "validators.ts",
  "inputChecks.ts",
  "models.ts",
  "api.ts",
  "conformance.ts",
  "lazySchemas.runtime.ts",
  "lazyEndpoints.runtime.ts",
  "lazyOperations.runtime.ts",
] as const

/** Globals the generated modules use; components cannot take these names. */
const GLOBALS_USED_BY_GENERATED_CODE = ["Blob", "Object", "RegExp"]

/** Options of {@link runEffectPlugin}. */
export interface RunEffectPluginOptions {
  /** An OpenAPI 3.1 document: a path, or a parsed document (not modified). */
  readonly input: string | Record<string, unknown>
  /** Folder hey-api writes into (files not written by the plugin are left alone). */
  readonly outDir: string
  /** Header lines of every file. @default a "generated — do not edit" header naming the input */
  readonly header?: ReadonlyArray<string>
  /** Plugin options (which files, which components). */
  readonly plugin?: Omit<EffectPluginUserConfig, "name">
}

/**
 * Runs hey-api's `createClient` with only the Effect Schema plugin, then marks every call of the modules it wrote
 * `/*#__PURE__*\/` (`pure.ts`). Component names that are JavaScript
 * globals (e.g. `Error`) keep their names: hey-api's reserved-name list is relaxed for them while it runs,
 * since the generated modules use no globals but {@link GLOBALS_USED_BY_GENERATED_CODE}.
 */
export const runEffectPlugin = async (options: RunEffectPluginOptions): Promise<void> => {
  const input = options.input
  const header = options.header ?? generatedHeaderLines(typeof input === "string" ? relative(repoRoot, input) : "(document)", effectGeneratorLabel())
  const previous: Array<string> = []
  reserved.runtime.set((list) => {
    previous.push(...list)
    return list.filter((name) => !/^[A-Z]/.test(name) || GLOBALS_USED_BY_GENERATED_CODE.includes(name))
  })
  try {
    await createClient({
      // A copy: hey-api annotates the document it is given.
      input: typeof input === "string" ? input : structuredClone(input),
      output: {
        path: options.outDir,
        clean: false,
        entryFile: false,
        fileName: { suffix: null },
        module: { extension: ".ts" },
        header: [...header],
        postProcess: [],
        tsConfigPath: null,
      },
      parser: { filters: { orphans: true } },
      plugins: [effectSchemaPlugin(options.plugin ?? {})],
      logs: { file: false, level: "silent" },
    } as Parameters<typeof createClient>[0])
    // Schemas built more than once become shared constants (shared-schemas.ts); hey-api's printer has no pure
    // annotations: added to what it wrote (the fast checks get theirs when emitted).
    const written: Array<string> = []
    for (const name of [options.plugin?.schemasFile ?? "schemas", options.plugin?.endpointsFile ?? "endpoints"]) {
      const path = join(options.outDir, `${name}.ts`)
      const source = await readFile(path, "utf8").catch(() => undefined)
      if (source === undefined) continue
      const content = annotatePureCalls(shareRepeatedSchemas(source, path))
      await writeFile(path, content)
      written.push(content)
    }
    // The runtime build's form of both, built on first read (lazy-modules.ts), when the plugin wrote both.
    if (written.length === 2 && options.plugin?.schemasFile === undefined && options.plugin?.endpointsFile === undefined) {
      for (const [file, content] of Object.entries(lazyModules(written[0]!, written[1]!, header.join("\n")))) {
        await writeFile(join(options.outDir, file), content)
      }
    }
  } catch (error) {
    throw unwrapJobError(error)
  } finally {
    reserved.runtime.set(previous)
  }
}

/** hey-api wraps a plugin's error in a `JobError` with an empty message; surface the plugin's own error. */
const unwrapJobError = (error: unknown): unknown => {
  const inner = (error as { originalError?: { error?: unknown } } | undefined)?.originalError?.error
  return inner instanceof Error ? inner : error
}

/**
 * Copies `files` from `fromDir` to `toDir`, writing only those whose bytes differ (unchanged files keep their
 * mtime). Throws if one of them was not generated. Returns the files written.
 */
export const publishFiles = async (fromDir: string, toDir: string, files: ReadonlyArray<string>): Promise<ReadonlyArray<string>> => {
  const changed: Array<string> = []
  await mkdir(toDir, { recursive: true })
  for (const file of files) {
    const content = await readFile(join(fromDir, file)).catch(() => {
      throw new Error(`the generator did not write ${file}`)
    })
    const previous = await readFile(join(toDir, file)).catch(() => undefined)
    if (previous !== undefined && previous.equals(content)) continue
    await writeFile(join(toDir, file), content)
    changed.push(file)
  }
  return changed
}

/** Where the generated `schemas.ts` imports `openEnum` from (packages/effect/src/internal/openEnum.ts). */
export const openEnumsModule = "../internal/openEnum.ts"

/** Where the generated Schemas and input checks import the string formats' checks from (packages/effect/src/internal/formats.ts). */
export const formatsModule = "../internal/formats.ts"

/** Options of {@link generateEffect}. */
export interface GenerateEffectOptions {
  /** Path of the OpenAPI document (spec/openapi.yaml). */
  readonly specPath: string
  /** Output folder: packages/effect/src/generated. */
  readonly outDir: string
}

/**
 * Generates the Effect Schema of every OpenAPI component (`schemas.ts`), the endpoint table with the per-operation
 * input Schemas (`endpoints.ts`), the fast success-body checks (`validators.ts`) and the input checks
 * (`inputChecks.ts`) into `outDir`, all from one run of the plugin. Writes into a scratch folder first, so a failed
 * run leaves the previous output intact. Returns the files whose bytes changed.
 */
export const generateEffect = async (options: GenerateEffectOptions): Promise<ReadonlyArray<string>> => {
  const scratch = await mkdtemp(join(tmpdir(), "beeper-kit-effect-"))
  try {
    await runEffectPlugin({
      input: options.specPath,
      outDir: scratch,
      header: generatedHeaderLines(relative(repoRoot, options.specPath), effectGeneratorLabel()),
      plugin: { openEnumsModule, formatsModule },
    })
    return await publishFiles(scratch, options.outDir, effectFiles)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

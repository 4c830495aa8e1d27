// `node tooling/codegen/src/cli.ts <core|effect|mock-server|all>`: regenerates one package's src/generated/
// from the checked-in specs (spec/openapi.yaml, spec/asyncapi.yaml). Each package's `generate` script calls it
// with its own name; `pnpm generate` runs them all through turbo.
import { join } from "node:path"
import { listOperations, loadOpenApiSpec, repoRoot, specPaths, type OpenApiDocument } from "./spec.ts"

// Each step imports its generator when it runs: a target loads only the libraries it uses (startup is most of
// the time a step takes).
const generateAsyncApi: typeof import("./asyncapi/index.ts").generateAsyncApi = async (options) =>
  (await import("./asyncapi/index.ts")).generateAsyncApi(options)
const generateEffect: typeof import("./effect/index.ts").generateEffect = async (options) =>
  (await import("./effect/index.ts")).generateEffect(options)
const generateCoreHttp: typeof import("./heyapi.ts").generateCoreHttp = async (options) =>
  (await import("./heyapi.ts")).generateCoreHttp(options)
const generateOpenApiTypes: typeof import("./openapi-typescript.ts").generateOpenApiTypes = async (options) =>
  (await import("./openapi-typescript.ts")).generateOpenApiTypes(options)

/** The packages this CLI generates code for. */
export const targets = ["core", "effect", "mock-server"] as const

/** One package whose src/generated/ this CLI writes. */
export type Target = (typeof targets)[number]

const packageDir = (name: string): string => join(repoRoot, "packages", name)

/** The generation steps of each target, in order. */
const steps: Record<Target, ReadonlyArray<(spec: () => Promise<OpenApiDocument>) => Promise<string>>> = {
  core: [
    async (loadSpec) => {
      const spec = await loadSpec()
      const { files, changed } = await generateCoreHttp({ spec, outDir: join(packageDir("core"), "src/generated/http") })
      return `core: src/generated/http (${listOperations(spec).length} operations, ${files.length} files, ${changed.length} changed)`
    },
    async () => {
      const { messages, changed } = await generateAsyncApi({
        asyncapiPath: specPaths.asyncapi,
        openapiPath: specPaths.openapi,
        coreOutDir: join(packageDir("core"), "src/generated/ws"),
      })
      return `core: src/generated/ws (${messages.length} WS messages, ${changed.length} changed)`
    },
  ],
  effect: [
    async () => {
      const changed = await generateEffect({ specPath: specPaths.openapi, outDir: join(packageDir("effect"), "src/generated") })
      return `effect: src/generated/{schemas,endpoints,validators,inputChecks,models,api,conformance}.ts + lazy{Schemas,Endpoints,Operations}.runtime.ts (Effect Schemas, endpoint table, fast response and input checks, named API types, the runtime build's form built on first read: ${changed.length} changed)`
    },
  ],
  "mock-server": [
    async (loadSpec) => {
      const changed = await generateOpenApiTypes({
        spec: await loadSpec(),
        outFile: join(packageDir("mock-server"), "src/generated/openapi.ts"),
      })
      return `mock-server: src/generated/openapi.ts (${changed ? "written" : "unchanged"})`
    },
    async (loadSpec) => {
      const { generateOpenApiDocument } = await import("./openapi-document.ts")
      const changed = await generateOpenApiDocument({
        spec: await loadSpec(),
        outFile: join(packageDir("mock-server"), "src/generated/openapi-json.ts"),
      })
      return `mock-server: src/generated/openapi-json.ts (${changed ? "written" : "unchanged"})`
    },
  ],
}

/**
 * Runs every step of the given targets against the current specs; returns one report line per step. Throws before
 * writing anything when spec/openapi.yaml is refused by {@link loadOpenApiSpec}.
 */
export const generate = async (selected: ReadonlyArray<Target>): Promise<ReadonlyArray<string>> => {
  let spec: Promise<OpenApiDocument> | undefined
  const loadSpec = (): Promise<OpenApiDocument> => (spec ??= loadOpenApiSpec())
  // Read (and checked: spec.ts) before any step, even for targets that read the file themselves: a spec no generator
  // can name the code of (an operation without an operationId, two sharing one) fails here with nothing written.
  await loadSpec()
  const reports: Array<string> = []
  for (const target of selected) {
    for (const step of steps[target]) reports.push(await step(loadSpec))
  }
  return reports
}

const parseTarget = (argument: string | undefined): ReadonlyArray<Target> => {
  if (argument === "all") return targets
  const target = targets.find((name) => name === argument)
  if (target === undefined) {
    throw new Error(`usage: node tooling/codegen/src/cli.ts <${[...targets, "all"].join("|")}> (got ${argument ?? "nothing"})`)
  }
  return [target]
}

if (import.meta.main) {
  const started = performance.now()
  try {
    for (const line of await generate(parseTarget(process.argv[2]))) console.log(line)
    console.log(`generated in ${Math.round(performance.now() - started)} ms`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  }
}

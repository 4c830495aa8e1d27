// Step "core/http": @hey-api/openapi-ts turns spec/openapi.yaml into @beeper-kit/core's fetch SDK
// (types, a resource-tree SDK class, and the bundled fetch client) under packages/core/src/generated/http/.
// Every export gets a doc comment: hey-api writes the spec's descriptions; doc-comments.ts adds the rest.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative, sep } from "node:path"
import { createClient } from "@hey-api/openapi-ts"
import { documentHeyApiFile } from "./doc-comments.ts"
import { patchHeyApiFile } from "./heyapi-patches.ts"
import { generatedHeaderLines, generatorLabel, listFiles, syncDirectory } from "./generated-file.ts"
import { repoRoot, specPaths, type OpenApiDocument } from "./spec.ts"

/** Name of the root SDK class: `new BeeperClient({ client }).chats.messages.reactions.add(...)` (not `BeeperDesktop`: that is @beeper-kit/effect's service). */
export const sdkClassName = "BeeperClient"

/** What {@link generateCoreHttp} produced: every file of the output, and the ones whose bytes changed. */
export interface CoreHttpResult {
  readonly files: ReadonlyArray<string>
  readonly changed: ReadonlyArray<string>
}

/**
 * Generates the HTTP half of @beeper-kit/core into `outDir`, a folder of its own (`src/generated/http/`; the
 * WebSocket step writes `src/generated/ws/` beside it). hey-api writes into a scratch folder first, so a failed run
 * leaves the previous output intact and an unchanged file keeps its bytes and mtime. Paths are relative to `outDir`.
 */
export const generateCoreHttp = async (options: {
  readonly spec: OpenApiDocument
  readonly outDir: string
}): Promise<CoreHttpResult> => {
  const scratch = await mkdtemp(join(tmpdir(), "beeper-kit-heyapi-"))
  try {
    await runHeyApi(options.spec, scratch)
    return { files: await listFiles(scratch), changed: await syncDirectory(scratch, options.outDir) }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const runHeyApi = async (spec: OpenApiDocument, outDir: string): Promise<void> => {
  const header = generatedHeaderLines(relative(repoRoot, specPaths.openapi), generatorLabel("@hey-api/openapi-ts"))
  await createClient({
    // A copy: hey-api annotates the document it is given, and the caller may hand the same object to other steps.
    input: structuredClone(spec) as Record<string, unknown>,
    output: {
      path: outDir,
      clean: true,
      // No generated barrel: the handwritten packages/core/src/index.ts chooses what is public.
      entryFile: false,
      header: [...header],
      // Relative imports end in `.ts` like the handwritten sources (Node type stripping, Deno); tsc rewrites them.
      module: { extension: ".ts" },
      // No formatter or linter: the output must not depend on what happens to be installed.
      postProcess: [],
      tsConfigPath: null,
    },
    logs: { file: false, level: "silent" },
    plugins: [
      "@hey-api/typescript",
      {
        name: "@hey-api/sdk",
        // One root class whose getters mirror the dot-separated operationIds:
        // `chats.messages.reactions.add` -> `sdk.chats.messages.reactions.add(options)`.
        operations: { strategy: "single", containerName: sdkClassName, methods: "instance", nesting: "operationId" },
      },
      // The client is bundled into the output (zero runtime dependencies); its default base URL is the spec's server.
      { name: "@hey-api/client-fetch", bundle: true, baseUrl: true },
    ],
  }).catch((error: unknown) => {
    // hey-api wraps failures in a message-less JobError; surface the cause (e.g. an unresolvable $ref).
    const cause = (error as { originalError?: { error?: unknown } }).originalError?.error ?? error
    throw new Error(`@hey-api/openapi-ts failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  })
  for (const file of await listFiles(outDir)) {
    const path = join(outDir, file)
    const text = await readFile(path, "utf8")
    if (!text.startsWith(header[0]!)) throw new Error(`hey-api wrote ${file} without the generated header`)
    const name = file.split(sep).join("/")
    const patched = patchHeyApiFile(name, text, spec)
    const unchecked = isBundledRuntime(file) ? markUnchecked(patched, header.length) : patched
    const documented = documentHeyApiFile(name, unchecked, spec, { rootClass: sdkClassName })
    if (documented !== text) await writeFile(path, documented)
  }
}

/**
 * The fetch client that hey-api copies verbatim into `client/` and `core/` (as opposed to the spec-derived
 * `types.gen.ts` / `sdk.gen.ts`). Upstream type-checks it without `exactOptionalPropertyTypes`, which this repo
 * enables, so those files get `// @ts-nocheck`; their behaviour is covered by @beeper-kit/core's tests.
 */
const isBundledRuntime = (file: string): boolean => /^(client|core)[\\/]/.test(file)

const markUnchecked = (text: string, headerLineCount: number): string => {
  const lines = text.split("\n")
  lines.splice(headerLineCount, 0, "// @ts-nocheck — hey-api's bundled fetch client, checked upstream under its own compiler options.")
  return lines.join("\n")
}

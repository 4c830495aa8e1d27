// Step "mock-server": openapi-typescript turns spec/openapi.yaml into the `paths` / `components` / `operations`
// type map that the mock server's route handlers and the contract tests are typed against.
import { relative } from "node:path"
import openapiTS, { astToString } from "openapi-typescript"
import type { OpenAPI3 } from "openapi-typescript"
import { generatorLabel, writeGeneratedFile } from "./generated-file.ts"
import { repoRoot, specPaths, type OpenApiDocument } from "./spec.ts"

/** Writes the type map to `outFile` (e.g. packages/mock-server/src/generated/openapi.ts). Returns whether it changed. */
export const generateOpenApiTypes = async (options: {
  readonly spec: OpenApiDocument
  readonly outFile: string
}): Promise<boolean> => {
  const ast = await openapiTS(structuredClone(options.spec) as unknown as OpenAPI3, {
    // Sorted keys: the output does not depend on the order the spec parts were merged in.
    alphabetize: true,
    // A property with a `default` may still be missing on the wire (requests the mock server receives): keep it optional.
    defaultNonNullable: false,
    exportType: false,
    silent: true,
  })
  return writeGeneratedFile(options.outFile, astToString(ast), {
    source: relative(repoRoot, specPaths.openapi),
    generator: generatorLabel("openapi-typescript"),
  })
}

// Step "mock-server": spec/openapi.yaml as the JSON text the mock server serves at the spec URL GET /v1/info
// advertises (`endpoints.spec`, /v1/spec), checked in as a module so it ships with the package.
import { relative } from "node:path"
import { writeGeneratedFile } from "./generated-file.ts"
import { repoRoot, specPaths, type OpenApiDocument } from "./spec.ts"

/** Writes `export const OPENAPI_JSON = "<the document as JSON>"` to `outFile`. Returns whether it changed. */
export const generateOpenApiDocument = async (options: { readonly spec: OpenApiDocument; readonly outFile: string }): Promise<boolean> =>
  writeGeneratedFile(
    options.outFile,
    [
      "/** spec/openapi.yaml as JSON text (the body of GET /v1/spec). */",
      `export const OPENAPI_JSON: string = ${JSON.stringify(JSON.stringify(options.spec))}`,
    ].join("\n"),
    { source: relative(repoRoot, specPaths.openapi), generator: "tooling/codegen/src/openapi-document.ts" },
  )

// Structural validation of an OpenAPI document with Redocly's validator (@redocly/openapi-core, the engine of the
// `redocly lint` that checks spec/openapi.yaml in tooling/codegen's tests): every node has the shape the OpenAPI
// version it declares gives it (`struct`: a schema's `type` is one of the JSON types, `properties` is a map of
// schemas, `required` a list of names, an operation an object ...), references resolve, operationIds are unique,
// parameters are not repeated, and no two paths are the same template. The diff and the
// generators read documents that pass; a document that does not is refused with the validator's own findings.
import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core"

/** Redocly's rules that make a document one the spec tools and generators can read. */
const rules = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId-unique": "error",
  "operation-parameters-unique": "error",
  "path-declaration-must-exist": "error",
  "no-identical-paths": "error",
} as const

/** One finding: where (a JSON pointer into the document) and what is wrong. */
export interface Problem {
  readonly pointer: string
  readonly message: string
  readonly rule: string
}

const pointerOf = (problem: NormalizedProblem): string => {
  const location = problem.location[0]
  return location === undefined ? "#" : decodeURIComponent(location.pointer ?? "#")
}

/** The validator's findings for `document` (a parsed OpenAPI document); none for a sound one. */
export const validateOpenApi = async (document: unknown): Promise<ReadonlyArray<Problem>> => {
  const config = await createConfig({ rules })
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config })
  return problems
    .filter((problem) => problem.severity === "error")
    .map((problem) => ({ pointer: pointerOf(problem), message: problem.message, rule: problem.ruleId }))
}

/** The findings as lines (`- #/components/schemas/Chat/required: Expected type \`array\` but got \`string\`.`), at most `limit`. */
export const renderProblems = (problems: ReadonlyArray<Problem>, limit = 20): string =>
  [
    ...problems.slice(0, limit).map((problem) => `- ${problem.pointer}: ${problem.message}`),
    ...(problems.length > limit ? [`- ... and ${problems.length - limit} more`] : []),
  ].join("\n")

/**
 * Every example in a public package's doc comments that is a whole program — a ```ts block that begins with an
 * import, as the module pages of the API reference and an editor's hover show it — type-checks as a user's file
 * would, against the packages' sources. A fragment (no imports: a line or two inside a generator) is left to its
 * prose. The READMEs' whole programs (the repository's and each public package's) are checked the same way: their
 * examples are what a user copies first.
 */
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { programFile } from "./support/program-file.ts"

const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url))

/** The handwritten sources of the public packages (`src/generated/` left out), relative to packages/. */
const sources = (): ReadonlyArray<string> =>
  readdirSync(packagesDir).flatMap((pkg) =>
    readdirSync(`${packagesDir}${pkg}/src`, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.startsWith("generated/"))
      .map((file) => `${pkg}/src/${file}`)
  ).sort()

/** The ```ts blocks of a file's doc comments, their ` * ` margins removed. */
const docBlocks = (text: string): ReadonlyArray<string> =>
  [...text.matchAll(/^[ \t]*\* ```ts\n([\s\S]*?)\n[ \t]*\* ```$/gm)].map((match) =>
    match[1]!.split("\n").map((line) => line.replace(/^[ \t]*\*( |$)/, "")).join("\n")
  )

const programs = sources().flatMap((file) =>
  docBlocks(readFileSync(`${packagesDir}${file}`, "utf8"))
    .filter((block) => block.startsWith("import "))
    .map((code, i) => ({ name: `packages/${file}${i === 0 ? "" : ` #${i + 1}`}`, code }))
)

const repoDir = fileURLToPath(new URL("../../../", import.meta.url))

/** The READMEs a user reads first: the repository's and each public package's. */
const readmes = (): ReadonlyArray<string> =>
  ["README.md", ...readdirSync(packagesDir).map((pkg) => `packages/${pkg}/README.md`)].sort()

/** The ```ts blocks of a README. */
const readmeBlocks = (text: string): ReadonlyArray<string> =>
  [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!)

/** The READMEs' whole programs (a ```ts block that begins with an import), type-checked the same way. */
const readmePrograms = readmes().flatMap((file) =>
  readmeBlocks(readFileSync(`${repoDir}${file}`, "utf8"))
    .filter((block) => block.startsWith("import "))
    .map((code, i) => ({ name: `${file}${i === 0 ? "" : ` #${i + 1}`}`, code }))
)

/** The compiler options of this package's tsconfig (the repo's strict base, the source condition). */
const options = (): ts.CompilerOptions => {
  const path = fileURLToPath(new URL("../tsconfig.json", import.meta.url))
  const config = ts.readConfigFile(path, ts.sys.readFile)
  return ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(new URL("..", import.meta.url))).options
}

describe("doc-comment examples", () => {
  it("are found: the adapters' module pages and BeeperClient show whole programs", () => {
    expect(programs.map((program) => program.name)).toEqual(expect.arrayContaining([
      "packages/bun/src/index.ts",
      "packages/deno/src/index.ts",
      "packages/edge/src/index.ts",
      "packages/node/src/index.ts",
      "packages/effect/src/BeeperClient.ts",
    ]))
  })

  it("type-check as written, and so do the READMEs' whole programs", { timeout: 120_000 }, () => {
    const files = [...programs, ...readmePrograms].map((program, i) => ({
      ...program,
      path: programFile("doc-examples", `example-${i}`, `${program.code}\nexport {}\n`),
    }))
    const program = ts.createProgram(files.map((file) => file.path), { ...options(), noEmit: true })
    const problems = files.flatMap((file) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(file.path)).map((diagnostic) =>
        `${file.name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`
      )
    )
    expect(problems).toEqual([])
  })
})

// What an editor shows a user of the package: the TypeScript language service (the engine behind VS Code's hovers and
// go-to-definition) over probe files that import `@beeper-kit/effect` as a user does. Every operation's hover is a
// short named type with the operation's documentation and an example; go-to-definition lands on its declaration in
// the generated interfaces; every generated example type-checks.
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import { endpoints, type OperationId } from "../src/generated/endpoints.ts"

const testDir = fileURLToPath(new URL(".", import.meta.url))
const packageDir = fileURLToPath(new URL("..", import.meta.url))
const generatedApi = `${packageDir}src/generated/api.ts`

/**
 * A language service over the package's own compiler options and in-memory probe files (in the test folder);
 * `write` adds or replaces one (the service keeps what it parsed of the rest).
 */
const languageService = () => {
  const config = ts.getParsedCommandLineOfConfigFile(`${packageDir}tsconfig.json`, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))
    },
  })
  if (config === undefined) throw new Error("no tsconfig.json")
  const files = new Map<string, { readonly text: string; readonly version: number }>()
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: (path) => String(files.get(path)?.version ?? 0),
    getScriptSnapshot: (path) => {
      const text = files.get(path)?.text ?? ts.sys.readFile(path)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => packageDir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (path) => files.has(path) || ts.sys.fileExists(path),
    readFile: (path) => files.get(path)?.text ?? ts.sys.readFile(path),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  const write = (name: string, text: string): string => {
    const path = `${testDir}${name}`
    files.set(path, { text, version: (files.get(path)?.version ?? 0) + 1 })
    return path
  }
  return { service: ts.createLanguageService(host), write }
}

interface Hover {
  readonly text: string
  readonly documentation: string
  readonly examples: ReadonlyArray<string>
  readonly definitions: ReadonlyArray<string>
}

const operationIds = Object.keys(endpoints).sort() as Array<OperationId>
const paginated = operationIds.filter((id) => endpoints[id].pagination !== null)

/** Each probed expression on its own line, after the imports and `const beeper = yield* BeeperDesktop`. */
const probeLines = [
  ...operationIds.map((id) => `beeper.${id}`),
  ...paginated.flatMap((id) => [`beeper.${id}.stream`, `beeper.${id}.pages`]),
]
const usage = [
  `import { BeeperDesktop } from "@beeper-kit/effect"`,
  `import { Effect } from "effect"`,
  `export const program = Effect.gen(function*() {`,
  `  const beeper = yield* BeeperDesktop`,
  `  const page = yield* beeper.chats.list({ limit: 5 })`,
  ...probeLines.map((line) => `  ${line}`),
  `  return page`,
  `})`,
].join("\n")

const { service, write } = languageService()
const probe = write("editor-probe.ts", usage)

describe("the editor experience", () => {
  /** Hover and go-to-definition at the last character of `expression`'s line (the member name). */
  const hover = (expression: string): Hover => {
    const at = usage.indexOf(`  ${expression}\n`) + 2 + expression.length - 1
    const info = service.getQuickInfoAtPosition(probe, at)
    return {
      text: ts.displayPartsToString(info?.displayParts),
      documentation: ts.displayPartsToString(info?.documentation),
      examples: (info?.tags ?? []).filter((tag) => tag.name === "example").map((tag) => ts.displayPartsToString(tag.text)),
      definitions: (service.getDefinitionAtPosition(probe, at) ?? []).map((definition) => definition.fileName),
    }
  }

  it("the probe type-checks as a user's program", () => {
    const diagnostics = service.getSemanticDiagnostics(probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))
    expect(diagnostics).toEqual([])
  }, 120_000) // the first request builds the program: its own budget (a hang guard, not a speed check)

  it.each(operationIds)("hovering beeper.%s shows a short named type, its documentation and an example", (id) => {
    const shown = hover(`beeper.${id}`)
    expect(shown.text.length, shown.text).toBeLessThan(300)
    expect(shown.text).toMatch(/=> Effect(\.Effect)?<\w+, RequestError>\) & /)
    const summary = endpoints[id].summary
    expect(summary, `${id} has a summary in the spec`).not.toBe("")
    expect(shown.documentation).toContain(summary)
    expect(shown.documentation).toContain(`\`${endpoints[id].method} ${endpoints[id].path}\``)
    expect(shown.examples.join("\n")).toContain(`beeper.${id}(`)
    expect(shown.definitions).toEqual([generatedApi])
  })

  it.each(paginated)("the Stream forms of %s are named too", (id) => {
    for (const form of ["stream", "pages"]) {
      const shown = hover(`beeper.${id}.${form}`)
      expect(shown.text.length, shown.text).toBeLessThan(300)
      expect(shown.text).toMatch(/\(input\??: \w+StreamInput, options\?: StreamOptions\) => Stream<\w+, PaginationError>$/)
      expect(shown.documentation).not.toBe("")
      expect(shown.definitions).toEqual([generatedApi])
    }
  })

  it("a page is shown by its model's name", () => {
    const at = usage.indexOf("const page") + "const pag".length
    const text = ts.displayPartsToString(service.getQuickInfoAtPosition(probe, at)?.displayParts)
    expect(text).toBe("const page: ChatListPage")
  })
})

describe("the generated examples", () => {
  it("type-check, every one of them", () => {
    // The examples are the `@example` blocks of the generated interfaces, as the editor shows them.
    const examples = operationIds.map((id) => {
      const at = usage.indexOf(`  beeper.${id}\n`) + 2 + `beeper.${id}`.length - 1
      const tag = service.getQuickInfoAtPosition(probe, at)?.tags?.find((t) => t.name === "example")
      const text = ts.displayPartsToString(tag?.text).replace(/^```ts\n|\n```$/g, "")
      return { id, text }
    })
    const program = [
      `import { BeeperDesktop } from "@beeper-kit/effect"`,
      `import { Effect, Stream } from "effect"`,
      ...examples.map(({ id, text }, i) =>
        `// ${id}\nexport const example${i} = Effect.gen(function*() {\n  const beeper = yield* BeeperDesktop\n${
          text.split("\n").map((line) => `  ${line}`).join("\n")
        }\n})`
      ),
    ].join("\n")
    const diagnostics = service.getSemanticDiagnostics(write("editor-examples.ts", program)).map((d) => {
      const line = d.file === undefined || d.start === undefined ? 0 : d.file.getLineAndCharacterOfPosition(d.start).line
      return `${program.split("\n").slice(0, line + 1).reverse().find((l) => l.startsWith("// "))}: ${
        ts.flattenDiagnosticMessageText(d.messageText, "\n")
      }`
    })
    expect(diagnostics).toEqual([])
  }, 120_000) // rebuilds the program with the examples: a hang guard
})

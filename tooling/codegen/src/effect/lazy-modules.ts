// The runtime build's form of the generated Schemas and endpoint table: the same values, built the first time one is
// read. A process start (import + first request) needs none of the ~300 component Schemas nor the ~60 input Schemas
// when the generated checks pass (`inputCheck`, `fastCheck`), yet evaluating the eager modules is most of what our
// code costs a start on JavaScriptCore (tooling/bench/README.md, "Cold start"). Bundlers keep the eager modules
// (`schemas.ts`, `endpoints.ts`): they drop what a program does not import, which getters would defeat.
//
// Made from the eager modules' text, so both forms hold the same expressions:
// - `lazySchemas.runtime.ts`: `Schemas`, an object with a getter per export of `schemas.ts`; the first read runs the
//   whole module body (once) and every getter then returns its constant.
// - `lazyEndpoints.runtime.ts`: the entries as plain constants (the resource tree and executor read their metadata and
//   checks), each Schema-valued property (`input`, `success.schema`, a parameter's `schema`, `errors[status]`) a
//   getter into `Schemas` or into `inputs` — the input Schemas and shared constants of `endpoints.ts`, built on
//   first read — and the `endpoints` table and `endpointList` as in `endpoints.ts`.
// - `lazyOperations.runtime.ts`: every export of `endpoints.ts` (what `./operations` exports), the input Schemas
//   read from `inputs` when it is imported.
// The handwritten modules read them through `src/internal/generated.runtime.ts` (the runtime build's form of
// `generated.ts`) and `src/operations.runtime.ts`.
import ts from "typescript"

/** The three files, by name, from the text of `schemas.ts` and `endpoints.ts` (headers included). */
export const lazyModules = (schemasSource: string, endpointsSource: string, header: string): Record<string, string> => {
  const schemas = ts.createSourceFile("schemas.ts", schemasSource, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const endpoints = ts.createSourceFile("endpoints.ts", endpointsSource, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  return {
    "lazySchemas.runtime.ts": lazySchemas(schemas, header),
    "lazyEndpoints.runtime.ts": lazyEndpoints(endpoints, header),
    "lazyOperations.runtime.ts": lazyOperations(endpoints, header),
  }
}

const lazySchemas = (file: ts.SourceFile, header: string): string => {
  const exported = exportedValues(file)
  return [
    header,
    "",
    ...valueImports(file),
    "import { lazyValues } from '../internal/lazyValues.ts';",
    "import type * as Eager from './schemas.ts';",
    "",
    "/**",
    " * The runtime build's `Schemas` (`schemas.ts` built on the first read of any of them): the same constants.",
    " */",
    `export const Schemas: typeof Eager = /*#__PURE__*/ lazyValues(${nameList(exported)}, () => {`,
    ...bodyOf(file, () => true),
    `    return { ${exported.join(", ")} };`,
    "});",
    "",
  ].join("\n")
}

const lazyEndpoints = (file: ts.SourceFile, header: string): string => {
  const components = importedFrom(file, "./schemas.ts")
  const isEntry = (statement: ts.Statement) => entryOf(statement) !== undefined
  const isTable = (statement: ts.Statement) => declaredName(statement) === "endpoints" || declaredName(statement) === "endpointList"
  const isSchemaConstant = (statement: ts.Statement) => ts.isVariableStatement(statement) && !isEntry(statement) && !isTable(statement)
  const built = file.statements.filter(isSchemaConstant).map((statement) => declaredName(statement)!)
  const source = (name: string) => (components.includes(name) ? `Schemas.${name}` : built.includes(name) ? `inputs.${name}` : undefined)
  const entries = file.statements.filter(isEntry).map((statement) => renderEntry(file, statement, source))
  const tables = file.statements.filter(isTable).map((statement) => statement.getFullText(file))
  return [
    header,
    "",
    ...valueImports(file).filter((line) => !line.includes("'./schemas.ts'")),
    "import { lazyValues } from '../internal/lazyValues.ts';",
    "import { Schemas } from './lazySchemas.runtime.ts';",
    "import type * as Eager from './endpoints.ts';",
    "import type { Endpoints } from './endpoints.ts';",
    "",
    "/**",
    " * The input Schemas of `endpoints.ts` and its shared constants, built on the first read of any of them.",
    " */",
    `export const inputs = /*#__PURE__*/ lazyValues(${nameList(built)}, () => {`,
    `    const { ${components.join(", ")} } = Schemas;`,
    ...bodyOf(file, isSchemaConstant),
    `    return { ${built.join(", ")} };`,
    "});",
    ...entries,
    ...tables,
    "",
  ].join("\n")
}

const lazyOperations = (file: ts.SourceFile, header: string): string => {
  const exported = exportedValues(file)
  const inputs = exported.filter((name) => /^[A-Z]/.test(name))
  return [
    header,
    "",
    "import { inputs } from './lazyEndpoints.runtime.ts';",
    "",
    `export { ${exported.filter((name) => !inputs.includes(name)).join(", ")} } from './lazyEndpoints.runtime.ts';`,
    "",
    "/** The input Schemas, built when `./operations` is imported (it exports them as constants). */",
    `export const { ${inputs.join(", ")} } = inputs;`,
    "",
  ].join("\n")
}

/** An entry's declaration with its Schema-valued properties as getters, typed as `endpoints.ts` types it. */
const renderEntry = (file: ts.SourceFile, statement: ts.Statement, source: (name: string) => string | undefined): string => {
  const { declaration, literal } = entryOf(statement)!
  const text = file.text
  let out = ""
  let last = literal.getStart(file)
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.initializer)) {
      const from = source(node.initializer.text)
      if (from !== undefined) {
        out += `${text.slice(last, node.getStart(file))}get ${node.name.getText(file)}() { return ${from}; }`
        last = node.getEnd()
        return
      }
    }
    if (ts.isPropertyAssignment(node) && ts.isCallExpression(node.initializer)) {
      throw new Error(`${declaration.name.getText(file)}: a Schema built inside an entry (${node.getText(file)}) has no lazy form`)
    }
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(literal, visit)
  out += text.slice(last, literal.getEnd())
  const name = declaration.name.getText(file)
  const comments = text.slice(statement.getFullStart(), statement.getStart(file))
  return `${comments}export const ${name}: typeof Eager.${name} = ${out};`
}

/** An endpoint entry: an exported constant whose value is an object literal with an `operationId`. */
const entryOf = (statement: ts.Statement): { readonly declaration: ts.VariableDeclaration; readonly literal: ts.ObjectLiteralExpression } | undefined => {
  if (!ts.isVariableStatement(statement)) return undefined
  const declaration = statement.declarationList.declarations[0]!
  const initializer = declaration.initializer
  if (initializer === undefined || !ts.isObjectLiteralExpression(initializer)) return undefined
  const hasOperationId = initializer.properties.some((property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === "operationId")
  return hasOperationId ? { declaration, literal: initializer } : undefined
}

const declaredName = (statement: ts.Statement): string | undefined =>
  ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]!.name.getText() : undefined

/** The module's top-level statements that `keep` keeps, as statements of a function body (`export` dropped). */
const bodyOf = (file: ts.SourceFile, keep: (statement: ts.Statement) => boolean): Array<string> =>
  file.statements
    .filter((statement) => !ts.isImportDeclaration(statement) && !ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement))
    .filter(keep)
    .map((statement) => {
      if (!ts.isVariableStatement(statement)) throw new Error(`unexpected statement in a generated module: ${statement.getText(file).slice(0, 80)}`)
      const exportKeyword = statement.modifiers?.find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      const text = file.text
      const full = exportKeyword === undefined
        ? text.slice(statement.getFullStart(), statement.getEnd())
        : text.slice(statement.getFullStart(), exportKeyword.getStart(file)) + text.slice(exportKeyword.getEnd() + 1, statement.getEnd())
      return full.replace(/^\n+/, "\n").replace(/\n(?!\n)/g, "\n    ")
    })

/** The names of the module's exported constants, in order. */
const exportedValues = (file: ts.SourceFile): Array<string> =>
  file.statements.flatMap((statement) =>
    ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
      ? statement.declarationList.declarations.map((declaration) => declaration.name.getText(file))
      : []
  )

/** The module's import declarations, as written (type-only ones included: the bodies keep their annotations). */
const valueImports = (file: ts.SourceFile): Array<string> =>
  file.statements.filter(ts.isImportDeclaration).map((statement) => statement.getText(file))

/** The value names imported from `specifier`. */
const importedFrom = (file: ts.SourceFile, specifier: string): Array<string> => {
  const statement = file.statements.find(
    (candidate): candidate is ts.ImportDeclaration =>
      ts.isImportDeclaration(candidate) && ts.isStringLiteral(candidate.moduleSpecifier) && candidate.moduleSpecifier.text === specifier && candidate.importClause?.isTypeOnly !== true,
  )
  const bindings = statement?.importClause?.namedBindings
  return bindings !== undefined && ts.isNamedImports(bindings) ? bindings.elements.filter((element) => !element.isTypeOnly).map((element) => element.name.text) : []
}

const nameList = (names: ReadonlyArray<string>): string => `[${names.map((name) => `'${name}'`).join(", ")}]`

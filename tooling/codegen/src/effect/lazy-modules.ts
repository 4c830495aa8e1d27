// The runtime build's form of the generated Schemas and endpoint table: the same values, built the first time one is
// read. A process start (import + first request) needs none of the ~300 component Schemas nor the ~60 input Schemas
// when the generated checks pass (`inputCheck`, `fastCheck`), yet evaluating the eager modules is most of what our
// code costs a start on JavaScriptCore (tooling/bench/README.md, "Cold start"). Bundlers keep the eager modules
// (`schemas.ts`, `endpoints.ts`): they drop what a program does not import, which getters would defeat.
//
// Made from the eager modules' text, so both forms hold the same expressions:
// - `lazySchemas.runtime.ts`: `Schemas`, an object with a getter per export of `schemas.ts`; the first read runs the
//   whole module body (once) and every getter then returns its constant.
// - `lazyEndpoints.runtime.ts`: the `endpoints` table, each entry built on the first read of its key (a process start
//   reads the entries of the operations it calls: compiling and running all ~70 object literals at import was ~1 ms
//   of CPU on Bun), each Schema-valued property of an entry (`input`, `success.schema`, a parameter's `schema`,
//   `errors[status]`) a getter into `Schemas` or into `inputs` — the input Schemas and shared constants of
//   `endpoints.ts`, built on first read. A Schema an entry builds itself (an operation's inline request body) is
//   made a constant of `inputs` too (`pinChatBodySchema`).
// - `lazyOperations.runtime.ts`: every export of `endpoints.ts` (what `./operations` exports): the entries read from
//   the table and the input Schemas from `inputs` when it is imported, and `endpointList`.
// The handwritten modules read them through `src/internal/generated.runtime.ts` (the runtime build's form of
// `generated.ts`) and `src/operations.runtime.ts`.
import ts from "typescript"
import { identifiersOf } from "./ts-identifiers.ts"

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
  // By local name: `endpoints.ts` imports a component under another name when its own imports take the component's
  // (`Schema as Schema2` beside `effect/Schema`), and `Schemas` holds it under the component's.
  const components = new Map(importedFrom(file, "./schemas.ts").map(({ imported, local }) => [local, imported]))
  const isEntry = (statement: ts.Statement) => entryOf(statement) !== undefined
  const isTable = (statement: ts.Statement) => declaredName(statement) === "endpoints" || declaredName(statement) === "endpointList"
  const isSchemaConstant = (statement: ts.Statement) => ts.isVariableStatement(statement) && !isEntry(statement) && !isTable(statement)
  const built = file.statements.filter(isSchemaConstant).map((statement) => declaredName(statement)!)
  const source = (name: string) => (components.has(name) ? `Schemas.${components.get(name)}` : built.includes(name) ? `inputs.${name}` : undefined)
  const keys = tableKeys(file)
  // A Schema an entry builds itself (an operation's inline request body, an error body no other entry shares) becomes
  // a constant of `inputs` too, named after the entry and the property (`pinChatBodySchema`), read through a getter.
  const taken = new Set(identifiersOf(file))
  const inline: Array<{ readonly name: string; readonly text: string }> = []
  const hoist = (hint: string, call: ts.CallExpression): string => {
    let name = hint
    for (let n = 2; taken.has(name); n++) name = `${hint}${n}`
    taken.add(name)
    inline.push({ name, text: call.getText(file) })
    return `inputs.${name}`
  }
  const entries = file.statements.filter(isEntry).map((statement) => renderEntry(file, statement, source, keys, hoist))
  const inputNames = [...built, ...inline.map(({ name }) => name)]
  const table = file.statements.find((statement) => declaredName(statement) === "endpoints")!
  return [
    header,
    "",
    ...valueImports(file).filter((line) => !line.includes("'./schemas.ts'")),
    "import { lazyProperties, lazyValues } from '../internal/lazyValues.ts';",
    "import { Schemas } from './lazySchemas.runtime.ts';",
    "import type * as Eager from './endpoints.ts';",
    "import type { Endpoints } from './endpoints.ts';",
    "",
    "/**",
    " * The input Schemas of `endpoints.ts` and its shared constants, built on the first read of any of them.",
    " */",
    `export const inputs = /*#__PURE__*/ lazyValues(${nameList(inputNames)}, () => {`,
    `    const { ${[...components].map(([local, imported]) => (local === imported ? local : `${imported}: ${local}`)).join(", ")} } = Schemas;`,
    ...bodyOf(file, isSchemaConstant),
    ...inline.map(({ name, text }) => `    const ${name} = /*#__PURE__*/ ${text.replace(/\n/g, "\n    ")};`),
    `    return { ${inputNames.join(", ")} };`,
    "});",
    table.getFullText(file).slice(0, table.getStart(file) - table.getFullStart()).replace(/^\n*/, "\n") +
      "export const endpoints: Endpoints = /*#__PURE__*/ lazyProperties({",
    ...entries,
    "});",
    "",
  ].join("\n")
}

const lazyOperations = (file: ts.SourceFile, header: string): string => {
  const exported = exportedValues(file)
  const inputs = exported.filter((name) => /^[A-Z]/.test(name))
  const keys = tableKeys(file)
  const entryNames = file.statements.flatMap((statement) => {
    const name = entryOf(statement)?.declaration.name.getText(file)
    return name === undefined ? [] : [name]
  })
  const entries = entryNames.map((name) => `export const ${name}: typeof Eager.${name} = endpoints['${keyOf(keys, name)}'];`)
  const rest = exported.filter((name) => !inputs.includes(name) && !entryNames.includes(name))
  if (rest.join() !== "endpoints,endpointList") throw new Error(`endpoints.ts exports ${rest.join(", ")}: no lazy form for them`)
  return [
    header,
    "",
    "import { endpoints, inputs } from './lazyEndpoints.runtime.ts';",
    "import type * as Eager from './endpoints.ts';",
    "",
    "export { endpoints };",
    "",
    "/** The entries, built when `./operations` is imported (it exports them as constants). */",
    ...entries,
    "",
    "/** The table as a list. */",
    "export const endpointList: typeof Eager.endpointList = Object.values(endpoints);",
    "",
    "/** The input Schemas, built when `./operations` is imported (it exports them as constants). */",
    `export const { ${inputs.join(", ")} } = inputs;`,
    "",
  ].join("\n")
}

/** The `endpoints` table's key of each entry constant (`chatsList` → `chats.list`). */
const tableKeys = (file: ts.SourceFile): ReadonlyMap<string, string> => {
  const table = file.statements.find((statement) => declaredName(statement) === "endpoints")
  const literal = table !== undefined && ts.isVariableStatement(table) ? table.declarationList.declarations[0]!.initializer : undefined
  if (literal === undefined || !ts.isObjectLiteralExpression(literal)) throw new Error("endpoints.ts: no `endpoints` object literal")
  return new Map(literal.properties.map((property) => {
    if (ts.isShorthandPropertyAssignment(property)) return [property.name.text, property.name.text] as const
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.initializer) && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
      return [property.initializer.text, property.name.text] as const
    }
    throw new Error(`endpoints.ts: unexpected property of \`endpoints\`: ${property.getText(file)}`)
  }))
}

const keyOf = (keys: ReadonlyMap<string, string>, name: string): string => {
  const key = keys.get(name)
  if (key === undefined) throw new Error(`endpoints.ts: ${name} is not in the \`endpoints\` table`)
  return key
}

/**
 * An entry as a property of the lazy table: its key and a function building it, typed as `endpoints.ts` types the
 * entry, its Schema-valued properties as getters.
 */
const renderEntry = (
  file: ts.SourceFile,
  statement: ts.Statement,
  source: (name: string) => string | undefined,
  keys: ReadonlyMap<string, string>,
  hoist: (hint: string, call: ts.CallExpression) => string,
): string => {
  const { declaration, literal } = entryOf(statement)!
  const text = file.text
  const entryName = declaration.name.getText(file)
  let out = ""
  let last = literal.getStart(file)
  const getter = (node: ts.PropertyAssignment, from: string): void => {
    out += `${text.slice(last, node.getStart(file))}get ${node.name.getText(file)}() { return ${from}; }`
    last = node.getEnd()
  }
  const visit = (node: ts.Node, path: ReadonlyArray<string>): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.initializer)) {
      const from = source(node.initializer.text)
      if (from !== undefined) return getter(node, from)
    }
    const here = ts.isPropertyAssignment(node) ? [...path, node.name.getText(file).replace(/^['"]|['"]$/g, "")] : path
    if (ts.isPropertyAssignment(node) && ts.isCallExpression(node.initializer)) {
      const hint = entryName + here.map((part) => part.replace(/[^A-Za-z0-9]/g, "")).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("")
      return getter(node, hoist(hint, node.initializer))
    }
    ts.forEachChild(node, (child) => visit(child, here))
  }
  ts.forEachChild(literal, (child) => visit(child, []))
  out += text.slice(last, literal.getEnd())
  const name = declaration.name.getText(file)
  return `    '${keyOf(keys, name)}': (): typeof Eager.${name} => (${out.replace(/\n/g, "\n    ")}),`
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

/** The values imported from `specifier`: each export's name and the module's local name for it. */
const importedFrom = (file: ts.SourceFile, specifier: string): Array<{ readonly imported: string; readonly local: string }> => {
  const statement = file.statements.find(
    (candidate): candidate is ts.ImportDeclaration =>
      ts.isImportDeclaration(candidate) && ts.isStringLiteral(candidate.moduleSpecifier) && candidate.moduleSpecifier.text === specifier && candidate.importClause?.isTypeOnly !== true,
  )
  const bindings = statement?.importClause?.namedBindings
  return bindings !== undefined && ts.isNamedImports(bindings)
    ? bindings.elements.filter((element) => !element.isTypeOnly).map((element) => ({ imported: (element.propertyName ?? element.name).text, local: element.name.text }))
    : []
}

const nameList = (names: ReadonlyArray<string>): string => `[${names.map((name) => `'${name}'`).join(", ")}]`

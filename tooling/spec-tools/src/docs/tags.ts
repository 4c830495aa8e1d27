// The versioning rule of the API reference: every public export of the packages users program against (the Effect
// layer and the runtime adapters) carries `@since` (the version it first shipped in) and `@category` (its group in
// the reference and in an editor's hover), in the TSDoc on its declaration — handwritten or generated. Read with
// the TypeScript compiler (TypeDoc consumes `@category` while it converts), following re-exports and namespace
// exports (`export * as BeeperConfig`) to the declarations.
import ts from "typescript"

/** The tags every public export of a tagged package carries. */
export const requiredTags = ["@since", "@category"] as const

/** One export that lacks a required tag. */
export interface UntaggedExport {
  readonly packageName: string
  /** `BeeperDesktop`, `BeeperConfig.load` (namespace members are dotted). */
  readonly name: string
  readonly missing: ReadonlyArray<(typeof requiredTags)[number]>
  /** `packages/effect/src/BeeperDesktop.ts:12` (relative to `root`). */
  readonly source: string
}

/** The node a declaration's TSDoc sits on (a variable's is on its statement). */
const documentedNode = (declaration: ts.Declaration): ts.Node =>
  ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent)
    ? declaration.parent.parent
    : declaration

const isModule = (declaration: ts.Declaration): boolean => ts.isSourceFile(declaration) || ts.isModuleDeclaration(declaration)

/**
 * Every export of the entry point `entry` (and of the namespaces it exports) whose declarations carry no `@since` or
 * no `@category`, in name order. `tsconfig` gives the compiler options (so workspace imports resolve as in the
 * package's build).
 */
export const untaggedExports = (
  options: { readonly packageName: string; readonly entry: string; readonly tsconfig: string; readonly root: string },
): ReadonlyArray<UntaggedExport> => {
  const config = ts.getParsedCommandLineOfConfigFile(options.tsconfig, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))
    },
  })
  if (config === undefined) throw new Error(`cannot read ${options.tsconfig}`)
  const program = ts.createProgram([options.entry], { ...config.options, noEmit: true })
  const checker = program.getTypeChecker()
  const entry = program.getSourceFile(options.entry)
  const entrySymbol = entry === undefined ? undefined : checker.getSymbolAtLocation(entry)
  if (entrySymbol === undefined) throw new Error(`${options.entry} is not a module`)

  const found: Array<UntaggedExport> = []
  const visited = new Set<ts.Symbol>()
  const visit = (moduleSymbol: ts.Symbol, prefix: string): void => {
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const declarations = symbol.declarations ?? []
      const name = `${prefix}${exported.name}`
      if (declarations.some(isModule)) {
        if (!visited.has(symbol)) {
          visited.add(symbol)
          visit(symbol, `${name}.`)
        }
        continue
      }
      const first = declarations[0]
      if (first === undefined) continue
      const tags = new Set(declarations.flatMap((declaration) => ts.getJSDocTags(documentedNode(declaration)).map((tag) => `@${tag.tagName.text}`)))
      const missing = requiredTags.filter((tag) => !tags.has(tag))
      if (missing.length === 0) continue
      const file = first.getSourceFile()
      const line = file.getLineAndCharacterOfPosition(first.getStart(file)).line + 1
      const relative = file.fileName.startsWith(options.root) ? file.fileName.slice(options.root.length).replace(/^\//, "") : file.fileName
      found.push({ packageName: options.packageName, name, missing, source: `${relative}:${line}` })
    }
  }
  visit(entrySymbol, "")
  return found.sort((a, b) => a.name.localeCompare(b.name))
}

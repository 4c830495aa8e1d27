// Shares the Schema sub-expressions a generated module builds more than once (`Schema.optionalKey(Schema.String)`,
// `Schema.String.check(Schema.isMinLength(1))`, a query parameter's Schema and the same field of its operation's
// input, ...): each becomes one module-private constant, declared after the imports, and every use refers to it.
// Every Schema constructor call is work at module evaluation, which is most of what the generated modules cost a
// process at start on JavaScriptCore (tooling/bench/README.md, "Cold start"); a Schema is an immutable value, so two
// fields holding the same one decode, encode and report exactly as two equal copies did.
//
// Only sub-expressions are shared, never a whole exported constant (each stays its own value), and only those that
// refer to nothing but imported bindings (`Schema`, `openEnum`, the components `endpoints.ts` imports) and hold no
// function (`Schema.suspend(() => X)`): a shared constant sits above every statement, where nothing else is defined.
import ts from "typescript"
import { identifiersOf } from "./ts-identifiers.ts"

/** `source` with every call expression built twice or more at load replaced by a shared constant. */
export const shareRepeatedSchemas = (source: string, fileName = "generated.ts"): string => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const imported = importedNames(file)
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed })
  const keyOf = (node: ts.Node) => printer.printNode(ts.EmitHint.Expression, node, file).replace(/\s+/g, " ")

  // Every shareable call, by its text without comments: in statements' initializers, outside types and functions.
  const occurrences = new Map<string, Array<ts.CallExpression>>()
  const visit = (node: ts.Node, initializer: ts.Node | undefined): void => {
    if (ts.isTypeNode(node) || ts.isFunctionLike(node)) return
    if (ts.isCallExpression(node) && node !== initializer && isClosed(node, imported)) {
      const key = keyOf(node)
      occurrences.set(key, [...(occurrences.get(key) ?? []), node])
    }
    ts.forEachChild(node, (child) => visit(child, undefined))
  }
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.initializer !== undefined) visit(declaration.initializer, declaration.initializer)
    }
  }

  // Largest first: an expression is shared when it is still built twice once the larger shared ones are (their
  // declaration builds it once, their other uses not at all).
  const chosen = new Map<string, { readonly key: string; readonly nodes: ReadonlyArray<ts.CallExpression>; name: string }>()
  const owner = new Map<ts.Node, string>()
  const insideOtherUse = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent !== undefined; parent = parent.parent) {
      const key = owner.get(parent)
      if (key !== undefined) return chosen.get(key)!.nodes[0] !== parent || insideOtherUse(parent)
    }
    return false
  }
  const bySize = [...occurrences].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))
  for (const [key, nodes] of bySize) {
    const built = nodes.filter((node) => !insideOtherUse(node))
    if (built.length < 2) continue
    chosen.set(key, { key, nodes, name: "" })
    for (const node of nodes) owner.set(node, key)
  }
  if (chosen.size === 0) return source

  const taken = new Set(identifiersOf(file))
  for (const [key, shared] of [...chosen].sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))) {
    shared.name = uniqueName(nameOf(key), taken)
  }

  // The text of `node` with the shared expressions inside it (not itself) replaced by their names.
  const render = (node: ts.Node, from = node.getStart(file), to = node.getEnd()): string => {
    let out = ""
    let last = from
    const walk = (child: ts.Node): void => {
      const key = owner.get(child)
      if (key !== undefined && child !== node) {
        out += source.slice(last, child.getStart(file)) + chosen.get(key)!.name
        last = child.getEnd()
        return
      }
      ts.forEachChild(child, walk)
    }
    ts.forEachChild(node, walk)
    return out + source.slice(last, to)
  }

  // Declarations after the last import, smallest first (a shared expression only uses smaller ones).
  const imports = file.statements.filter(ts.isImportDeclaration)
  const at = imports.length === 0 ? 0 : imports.at(-1)!.getEnd()
  const declarations = [...chosen.values()]
    .sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : 1))
    .map(({ nodes, name }) => `const ${name} = ${render(nodes[0]!)};`)
  const rest = render(file, at, file.getEnd())
  return `${source.slice(0, at)}\n\n${declarations.join("\n")}${rest}`
}

/** The local names the module's imports bind. */
const importedNames = (file: ts.SourceFile): Set<string> => {
  const names = new Set<string>()
  for (const statement of file.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined
    if (clause === undefined || clause.isTypeOnly) continue
    if (clause.name !== undefined) names.add(clause.name.text)
    const bindings = clause.namedBindings
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) names.add(bindings.name.text)
    if (bindings !== undefined && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if (!element.isTypeOnly) names.add(element.name.text)
    }
  }
  return names
}

/** Whether `node` refers only to imported bindings and holds no function. */
const isClosed = (node: ts.Node, imported: ReadonlySet<string>): boolean => {
  let closed = true
  const visit = (child: ts.Node): void => {
    if (!closed) return
    if (ts.isFunctionLike(child)) {
      closed = false
      return
    }
    if (ts.isPropertyAccessExpression(child)) return visit(child.expression)
    if (ts.isPropertyAssignment(child)) return visit(child.initializer)
    if (ts.isIdentifier(child) && !imported.has(child.text)) {
      closed = false
      return
    }
    ts.forEachChild(child, visit)
  }
  visit(node)
  return closed
}

/**
 * A name saying what the constant holds, from the expression's words: `Schema.optionalKey(Schema.String)` →
 * `optionalKeyString`, `Schema.Literals(["after", "before"])` → `literalsAfterBefore`.
 */
const nameOf = (key: string): string => {
  const words = key
    .replace(/\bSchema\./g, "")
    .match(/[A-Za-z0-9]+/g) ?? ["schema"]
  // whole words, up to ~64 characters (a longer expression is named by its first words, then numbered if need be)
  let name = ""
  for (const [index, word] of words.entries()) {
    const part = index === 0 ? word[0]!.toLowerCase() + word.slice(1) : word[0]!.toUpperCase() + word.slice(1)
    if (index > 0 && name.length + part.length > 64) break
    name += part
  }
  return /^[0-9]/.test(name) ? `schema${name}` : name
}

const uniqueName = (name: string, taken: Set<string>): string => {
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}${n}`
  taken.add(candidate)
  return candidate
}

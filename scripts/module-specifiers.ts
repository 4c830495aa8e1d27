// The module specifiers of a JavaScript or declaration file, found by TypeScript's parser, and a rewrite of them in
// place. The build scripts (link-declarations.ts, inline-modules.ts) edit emitted files through it.
import ts from "typescript"

/** The string literals that name a module: `import`/`export ... from`, `import("...")`, `declare module`. */
export const moduleSpecifiers = (file: ts.SourceFile): Array<ts.StringLiteralLike> => {
  const found: Array<ts.StringLiteralLike> = []
  const visit = (node: ts.Node): void => {
    const specifier = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      ? node.moduleSpecifier
      : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
      ? node.argument.literal
      : ts.isModuleDeclaration(node)
      ? node.name
      : ts.isExternalModuleReference(node)
      ? node.expression
      : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
      ? node.arguments[0]
      : undefined
    if (specifier !== undefined && ts.isStringLiteralLike(specifier)) found.push(specifier)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** Parses `text` (a `.js` or `.d.ts` file at `path`) for {@link moduleSpecifiers}. */
export const parseModule = (path: string, text: string): ts.SourceFile =>
  ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, path.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS)

/** `text` with each module specifier replaced by `rewrite(specifier)` (unchanged where it returns the same). */
export const replaceSpecifiers = (path: string, text: string, rewrite: (specifier: string) => string): string => {
  const file = parseModule(path, text)
  let rewritten = text
  for (const literal of moduleSpecifiers(file).reverse()) { // from the end: earlier positions stay valid
    const replacement = rewrite(literal.text)
    if (replacement === literal.text) continue
    const start = literal.getStart(file) + 1 // after the opening quote
    rewritten = rewritten.slice(0, start) + replacement + rewritten.slice(start + literal.text.length)
  }
  return rewritten
}

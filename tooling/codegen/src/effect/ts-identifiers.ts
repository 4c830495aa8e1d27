// The identifiers a generated module already uses, so that a constant the generator adds to it (a shared Schema, a
// hoisted inline body) takes a name none of them has.
import ts from "typescript"

/** Every identifier of the module. */
export const identifiersOf = (file: ts.SourceFile): Array<string> => {
  const names: Array<string> = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return names
}

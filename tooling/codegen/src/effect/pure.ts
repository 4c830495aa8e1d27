// Marks every call and `new` that a generated module evaluates at load `/*#__PURE__*/`, so bundlers drop the Schemas, operations and
// checks a program does not use. The generated modules only build values (Schema constructors have no side effects),
// which is what the annotation promises; without it esbuild and Rollup keep every top-level `Schema.Struct(...)`.
import ts from "typescript"

/** The annotation bundlers read (esbuild, Rollup, Terser, webpack). */
export const pureAnnotation = "/*#__PURE__*/ "

/**
 * `source` with `/*#__PURE__*\/` before every call and `new` expression evaluated at load (outside functions), once
 * per start position (one annotation before `a(...).b(...)` covers the chain), except those already annotated.
 */
export const annotatePureCalls = (source: string, fileName = "generated.ts"): string => {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const starts = new Set<number>()
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) starts.add(node.getStart(file))
    // Only what runs at load: not function bodies (they run when called) nor types.
    if (ts.isTypeNode(node) || ts.isFunctionLike(node)) return
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = ""
  let last = 0
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (source.slice(Math.max(0, start - pureAnnotation.length), start) === pureAnnotation) continue
    out += source.slice(last, start) + pureAnnotation
    last = start
  }
  return out + source.slice(last)
}

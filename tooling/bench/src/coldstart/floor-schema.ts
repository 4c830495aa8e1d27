// The one operation's Schema for the cold start floor (coldstart/effect-deep-floor.mjs): GET /v1/chats' response
// Schema (`ChatListPage`) and every Schema it references, taken from the generated Schemas of @beeper-kit/effect
// (nothing else of the SDK), written as a plain ES module over `effect/Schema`. Extracted from the source with the
// TypeScript parser: the closure of top-level `export const` declarations `ChatListPage` reaches.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import ts from "typescript"

/** The generated Schemas the floor's Schema is taken from. */
const schemasFile = new URL("../../../../packages/effect/src/generated/schemas.ts", import.meta.url).pathname

/** The helpers the generated Schemas call besides `Schema`, with what they do (`openEnum` only annotates). */
const helpers = `const openEnum = (schema) => schema.annotate({ "@beeper-kit/effect/openEnum": true })\n`

/** The string format checks the generated Schemas call (`dateTimeFormat` on a `format: date-time` string). */
const formatsFile = new URL("../../../../packages/effect/src/internal/formats.ts", import.meta.url).pathname

/**
 * formats.ts as declarations of the floor's module (its `effect/Schema` import is the module's own, its `export`s
 * plain declarations): the check a date-time field of the page runs is part of the operation's Schema.
 */
const formatChecks = (): string => {
  const source = ts.createSourceFile(formatsFile, readFileSync(formatsFile, "utf8"), ts.ScriptTarget.ES2022, true)
  return source.statements
    .filter((statement) => !ts.isImportDeclaration(statement))
    .map((statement) => statement.getText(source).replace(/^export /, ""))
    .join("\n") + "\n"
}

/** Writes the module exporting `root` (default `ChatListPage`) and what it references to `file`; returns `file`. */
export const writeFloorSchema = (file: string, root = "ChatListPage"): string => {
  const source = ts.createSourceFile(schemasFile, readFileSync(schemasFile, "utf8"), ts.ScriptTarget.ES2022, true)
  const declarations = new Map<string, ts.Expression>()
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined) {
        declarations.set(declaration.name.text, declaration.initializer)
      }
    }
  }
  if (!declarations.has(root)) throw new Error(`${schemasFile} declares no ${root}`)
  const needed = new Set<string>()
  const visit = (name: string): void => {
    if (needed.has(name)) return
    needed.add(name)
    const walk = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && declarations.has(node.text) && node.text !== name) visit(node.text)
      ts.forEachChild(node, walk)
    }
    walk(declarations.get(name)!)
  }
  visit(root)
  // in source order, so every Schema is declared before it is referenced
  const body = [...declarations].filter(([name]) => needed.has(name))
    .map(([name, initializer]) => `const ${name} = ${initializer.getText(source)};`)
    .join("\n")
  const checks = /\bdateTimeFormat\b/.test(body) ? formatChecks() : ""
  const js = ts.transpileModule(`${helpers}${checks}${body}\nexport { ${root} };\n`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(
    file,
    `// Written by the bench (coldstart/floor-schema.ts) from packages/effect/src/generated/schemas.ts: ${root} and the ` +
      `${needed.size - 1} Schemas it references.\nimport * as Schema from "effect/Schema"\n${js}`,
  )
  return file
}

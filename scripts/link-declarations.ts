// Links a build's declarations to its JavaScript so that every type checker finds them, wherever the files sit:
//   node scripts/link-declarations.ts <distDir>
// Each package's `build` runs it after `tsc -p tsconfig.build.json`.
//
// 1. Declaration files import the emitted names: relative `./X.ts` specifiers become `./X.js`. tsc's
//    `rewriteRelativeImportExtensions` rewrites the JavaScript only (microsoft/TypeScript#61037), and a checker that
//    resolves literally (Deno's) finds no `dist/X.ts`. `.ts` → `.js` keeps every specifier's length, so the
//    `.d.ts.map` declaration maps stay exact.
// 2. Each JavaScript file names its declarations: `/* @ts-self-types="./X.d.ts" */` on its first line (after a
//    shebang). From node_modules Deno maps `./X.js` to `./X.d.ts` by Node's rules; from anywhere else (a workspace
//    package behind a symlink, a URL) only this pragma tells it where the types are. The `.js.map` gets an empty
//    line for it, so it stays exact.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { replaceSpecifiers } from "./module-specifiers.ts"

const sourceExtension = /\.(ts|tsx|mts|cts)$/
const declarationExtension = /\.d\.(ts|mts|cts)$/
const outputExtension: Record<string, string> = { ts: "js", tsx: "js", mts: "mjs", cts: "cjs" }
const javascriptExtension = /\.(js|mjs|cjs)$/
const declarationOf: Record<string, string> = { js: "d.ts", mjs: "d.mts", cjs: "d.cts" }

/** The specifier as a declaration file next to the emitted JavaScript must write it. */
const rewriteSpecifier = (specifier: string): string =>
  (specifier.startsWith("./") || specifier.startsWith("../")) && !declarationExtension.test(specifier)
    ? specifier.replace(sourceExtension, (_, extension: string) => `.${outputExtension[extension]}`)
    : specifier

/** A declaration file's text with its relative `.ts` specifiers rewritten. */
const rewriteDeclaration = (path: string, text: string): string => replaceSpecifiers(path, text, rewriteSpecifier)

/** Puts the `@ts-self-types` pragma on the JavaScript file's first line (second after a shebang) and its map. */
const linkJavaScript = (path: string, declaration: string): void => {
  const lines = readFileSync(path, "utf8").split("\n")
  const at = lines[0]?.startsWith("#!") ? 1 : 0
  const pragma = `/* @ts-self-types="./${declaration}" */`
  if (lines[at] === pragma) return // linked already
  lines.splice(at, 0, pragma)
  writeFileSync(path, lines.join("\n"))
  const mapPath = `${path}.map`
  if (!existsSync(mapPath)) return
  const map = JSON.parse(readFileSync(mapPath, "utf8")) as { mappings: string }
  const generatedLines = map.mappings.split(";")
  generatedLines.splice(at, 0, "") // the new line maps to nothing; segments are relative, so the rest are unchanged
  writeFileSync(mapPath, JSON.stringify({ ...map, mappings: generatedLines.join(";") }))
}

const [distDir] = process.argv.slice(2)
if (distDir === undefined) {
  console.error("usage: node scripts/link-declarations.ts <distDir>")
  process.exit(2)
}
for (const name of readdirSync(distDir, { recursive: true, encoding: "utf8" })) {
  const path = join(distDir, name)
  if (declarationExtension.test(name)) {
    const text = readFileSync(path, "utf8")
    const rewritten = rewriteDeclaration(path, text)
    if (rewritten !== text) writeFileSync(path, rewritten)
  } else if (javascriptExtension.test(name)) {
    const declaration = basename(name).replace(javascriptExtension, (_, extension: string) => `.${declarationOf[extension]}`)
    if (existsSync(join(path, "..", declaration))) linkJavaScript(path, declaration)
  }
}

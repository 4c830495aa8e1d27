// Inlines workspace modules into a build, so that the published package does not depend on the package they come
// from:
//   node scripts/inline-modules.ts <distDir> <specifier>...      e.g. dist @beeper-kit/core/wire @beeper-kit/core/ws
// A package's `build` runs it after link-declarations.ts. Each specifier (`<package>/<subpath>`) is resolved through
// that package's `exports` to its built JavaScript and declarations; those files and every module they import
// (relative imports only: an inlined module may not import another package) are copied into
// `<distDir>/internal/<package folder>/`, at their place in that package's dist, and every `.js` and `.d.ts` of the build
// that names the specifier is rewritten to import the copy. The source package stays a devDependency (it is built
// first and typed against); nothing is duplicated in the repository, only in the build output.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve } from "node:path"
import { moduleSpecifiers, parseModule, replaceSpecifiers } from "./module-specifiers.ts"

const [distDir, ...specifiers] = process.argv.slice(2)
if (distDir === undefined || specifiers.length === 0) {
  console.error("usage: node scripts/inline-modules.ts <distDir> <package/subpath>...")
  process.exit(2)
}
const dist = resolve(distDir)
const requireHere = createRequire(join(process.cwd(), "package.json"))

const isRelative = (specifier: string): boolean => specifier.startsWith("./") || specifier.startsWith("../")

/** `@scope/name/sub/path` → `["@scope/name", "./sub/path"]`. */
const splitSpecifier = (specifier: string): [string, string] => {
  const parts = specifier.split("/")
  const nameLength = specifier.startsWith("@") ? 2 : 1
  const rest = parts.slice(nameLength).join("/")
  return [parts.slice(0, nameLength).join("/"), rest === "" ? "." : `./${rest}`]
}

/** Copies `file` (and its declarations) and the relative imports of both, transitively, from `fromDir` to `toDir`. */
const copyClosure = (file: string, fromDir: string, toDir: string, copied: Set<string>): void => {
  if (copied.has(file)) return
  copied.add(file)
  const target = join(toDir, relative(fromDir, file))
  if (!target.startsWith(toDir)) throw new Error(`inline-modules: ${file} is outside ${fromDir}`)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(file, target)
  const text = readFileSync(file, "utf8")
  const declaration = file.replace(/\.js$/, ".d.ts")
  if (file.endsWith(".js") && existsSync(declaration)) copyClosure(declaration, fromDir, toDir, copied)
  for (const literal of moduleSpecifiers(parseModule(file, text))) {
    if (!isRelative(literal.text)) {
      throw new Error(`inline-modules: ${relative(fromDir, file)} imports "${literal.text}"; only modules without package imports can be inlined`)
    }
    copyClosure(resolve(dirname(file), literal.text), fromDir, toDir, copied)
  }
}

/** Each specifier → its copy's JavaScript entry, inside `dist`. */
const targets = new Map<string, string>()
/** The folders the copies went to. */
const copies = new Set<string>()
for (const specifier of specifiers) {
  const [packageName, subpath] = splitSpecifier(specifier)
  const packageDir = dirname(requireHere.resolve(`${packageName}/package.json`))
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    readonly exports?: Record<string, { readonly default?: string } | string>
  }
  const exported = manifest.exports?.[subpath]
  const entry = typeof exported === "string" ? exported : exported?.default
  if (entry === undefined) throw new Error(`inline-modules: ${packageName} exports no "${subpath}"`)
  const builtDir = join(packageDir, "dist")
  const toDir = join(dist, "internal", packageName.split("/").pop()!)
  copyClosure(join(packageDir, entry), builtDir, toDir, new Set())
  targets.set(specifier, join(toDir, relative(builtDir, join(packageDir, entry))))
  copies.add(toDir)
}

// Rewrite the build's own files (not the copies: they import each other relatively already).
for (const name of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
  const path = join(dist, name)
  if (!/\.(js|d\.ts)$/.test(name) || [...copies].some((dir) => path.startsWith(`${dir}/`))) continue
  const text = readFileSync(path, "utf8")
  const rewritten = replaceSpecifiers(path, text, (specifier) => {
    const target = targets.get(specifier)
    if (target === undefined) return specifier
    const relativePath = relative(dirname(path), target)
    return relativePath.startsWith(".") ? relativePath : `./${relativePath}`
  })
  if (rewritten !== text) writeFileSync(path, rewritten)
}

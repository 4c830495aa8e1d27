// The release check's smoke test, run by Node, Deno and Bun inside a temporary project that installed the packed
// tarballs from npm-style `node_modules` (plain JavaScript, so every runtime runs it as is).
// `<runtime> smoke.mjs <package-name>...`: for each package, every subpath of its `exports` map (`.`, `./operations`,
// `./wire`, …; not `./package.json`) is imported by name the way a user would (the runtime picks its condition, `node`
// on all three), and then every file its condition branches name that this runtime can load — `node`, `import`,
// `default` (what bundlers, workerd and edge runtimes get) and the runtime's own (`deno`, `bun`) — is imported by path,
// so a build no runtime here resolves by name still runs once. Each must load, export something, leave no named export
// undefined, and export the names the by-name import does. The `workerd`, `worker`, `browser` and `edge-light` branches
// are for web runtimes (the round trip's workerd run bundles with them). Prints one line per subpath; exits 1 if any failed.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const runtime = typeof Deno !== "undefined" ? `deno ${Deno.version.deno}` : typeof Bun !== "undefined" ? `bun ${Bun.version}` : `node ${process.version}`
const names = typeof Deno !== "undefined" ? Deno.args : process.argv.slice(2)
const cwd = typeof Deno !== "undefined" ? Deno.cwd() : process.cwd()
/** The condition branches loaded by path on this runtime. */
const loadable = new Set(["node", "import", "module", "default", ...(typeof Deno !== "undefined" ? ["deno"] : typeof Bun !== "undefined" ? ["bun"] : [])])

/** `exports` as subpath → target (a string, a condition object, or an array of fallbacks). */
const subpaths = (exportsField) => {
  if (exportsField === undefined || exportsField === null) return {}
  if (typeof exportsField === "string" || Array.isArray(exportsField)) return { ".": exportsField }
  return Object.keys(exportsField).some((key) => key.startsWith(".")) ? exportsField : { ".": exportsField }
}

/** The files a target names through conditions this runtime loads, each with its condition path (`node`, `import.default`). */
const files = (target, path = []) => {
  if (typeof target === "string") return [{ conditions: path.join(".") || "(no condition)", file: target }]
  if (Array.isArray(target)) return target.flatMap((entry) => files(entry, path))
  if (target === null || typeof target !== "object") return []
  return Object.entries(target).filter(([condition]) => loadable.has(condition)).flatMap(([condition, value]) => files(value, [...path, condition]))
}

/** Loads a module; throws unless it has exports and none of them is undefined. Returns its export names. */
const load = async (specifier) => {
  const module = await import(specifier)
  const exports = Object.keys(module).sort()
  const undefinedExports = exports.filter((key) => module[key] === undefined)
  if (exports.length === 0) throw new Error("no exports")
  if (undefinedExports.length > 0) throw new Error(`exports that are undefined at runtime: ${undefinedExports.join(", ")}`)
  return exports
}

let failed = false
for (const name of names) {
  const dir = join(cwd, "node_modules", ...name.split("/"))
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
  } catch (error) {
    failed = true
    console.log(`FAIL ${name} on ${runtime}: no package.json: ${error instanceof Error ? error.message : String(error)}`)
    continue
  }
  const entries = Object.entries(subpaths(manifest.exports)).filter(([subpath]) => subpath !== "./package.json" && !subpath.includes("*") && !subpath.endsWith(".json"))
  if (entries.length === 0) {
    failed = true
    console.log(`FAIL ${name} on ${runtime}: the package has no exports`)
  }
  for (const [subpath, target] of entries) {
    const specifier = `${name}${subpath.slice(1)}`
    const done = []
    try {
      const byName = await load(specifier)
      for (const { conditions, file } of files(target)) {
        if (done.some((entry) => entry.file === file)) continue
        let byPath
        try {
          byPath = await load(pathToFileURL(join(dir, file)).href)
        } catch (error) {
          throw new Error(`${conditions} → ${file}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
        }
        const missing = byName.filter((key) => !byPath.includes(key))
        const extra = byPath.filter((key) => !byName.includes(key))
        if (missing.length > 0 || extra.length > 0) {
          throw new Error(`${conditions} → ${file} exports other names than ${specifier}: ${[...missing.map((key) => `-${key}`), ...extra.map((key) => `+${key}`)].join(", ")}`)
        }
        done.push({ conditions, file })
      }
      console.log(`ok ${specifier} on ${runtime}: ${byName.length} exports${done.length > 0 ? ` (${done.map((entry) => `${entry.conditions} ${entry.file}`).join(", ")})` : ""}`)
    } catch (error) {
      failed = true
      console.log(`FAIL ${specifier} on ${runtime}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
    }
  }
}
if (failed) {
  if (typeof Deno !== "undefined") Deno.exit(1)
  process.exit(1)
}

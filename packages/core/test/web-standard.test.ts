// @beeper-kit/core runs wherever fetch does: no Node built-ins, no runtime dependencies, no Node-only globals.
import { readdir, readFile } from "node:fs/promises"
import { builtinModules } from "node:module"
import { join, relative } from "node:path"
import { describe, expect, it } from "vitest"

const packageDir = new URL("..", import.meta.url).pathname
const srcDir = join(packageDir, "src")

const sourceFiles = async (): Promise<ReadonlyArray<string>> =>
  (await readdir(srcDir, { recursive: true }))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(srcDir, file))
    .sort()

/** Every module specifier of a file: static imports and re-exports, dynamic `import()`, `require()`. */
const specifiers = (source: string): ReadonlyArray<string> =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!)

describe("web-standard runtime surface", () => {
  it("finds the sources it checks", async () => {
    const files = (await sourceFiles()).map((file) => relative(srcDir, file))
    expect(files).toContain("index.ts")
    expect(files).toContain("client.ts")
    expect(files).toContain(join("generated", "http", "sdk.gen.ts"))
  })

  it("imports no Node built-in anywhere under src (node: or bare)", async () => {
    const builtins = new Set(builtinModules)
    const offenders: Array<string> = []
    for (const file of await sourceFiles()) {
      for (const specifier of specifiers(await readFile(file, "utf8"))) {
        if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0]!)) {
          offenders.push(`${relative(srcDir, file)}: ${specifier}`)
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it("imports only its own files (zero runtime dependencies)", async () => {
    const offenders: Array<string> = []
    for (const file of await sourceFiles()) {
      for (const specifier of specifiers(await readFile(file, "utf8"))) {
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) offenders.push(`${relative(srcDir, file)}: ${specifier}`)
      }
    }
    expect(offenders).toEqual([])
    const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as Record<string, unknown>
    expect(manifest["dependencies"] ?? {}).toEqual({})
    expect(manifest["peerDependencies"] ?? {}).toEqual({})
  })

  it("uses no Node-only globals (process, Buffer, __dirname, require)", async () => {
    const offenders: Array<string> = []
    for (const file of await sourceFiles()) {
      const code = (await readFile(file, "utf8")).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      for (const match of code.matchAll(/\b(process|Buffer|__dirname|__filename|require)\b(?=\s*[.(])/g)) {
        offenders.push(`${relative(srcDir, file)}: ${match[1]}`)
      }
    }
    expect(offenders).toEqual([])
  })
})

/**
 * The published `beeper-kit` binary's launcher (built to `dist/launch.js`, run by `dist/bin.js`, `src/nodeGuard.ts`,
 * once the Node is recent enough): runs the bundled CLI, `dist/main.cjs` (`src/main.ts`
 * and all it uses), through a V8 code cache of its own. (`src/bin.ts` runs the sources instead.)
 *
 * Why not Node's compile cache: it stores a module's code as compiled before the module runs, which is its top level
 * only; V8 compiles a function when it is first called, so every function a command calls (effect's runtime, the
 * command line parser, the HTTP client, the Schemas' decoding) was compiled again by every process — about 25 ms of
 * the ~130 ms of CPU `beeper-kit accounts` took. This cache is written when a run ends, so it holds the functions
 * that run compiled, and is written again (growing) when a command it has not seen yet succeeds.
 *
 * The cache lives beside Node's own (`module.enableCompileCache`: `NODE_COMPILE_CACHE`, else the temporary folder's
 * `node-compile-cache`; `NODE_DISABLE_COMPILE_CACHE=1` turns both off), in Node's folder for its version and flags,
 * one file per bundle: its name has the bundle's CRC-32 and length, as V8 itself only checks the source's length. V8 refuses a cache made by
 * another V8 or other flags (then it is written again); a cache that cannot be read or written is not used.
 *
 * @module
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import module from "node:module"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { constants as vmConstants, Script } from "node:vm"
import { crc32 } from "node:zlib"

/** The file's header: the subcommands of the successful runs whose compiled code the cache holds. */
interface Header {
  readonly commands: ReadonlyArray<string>
}

/** Past this many commands seen, the cache is no longer rewritten (odd first arguments cannot make it churn). */
const maxCommands = 16

const bundle = fileURLToPath(new URL("./main.cjs", import.meta.url))
const source = readFileSync(bundle)
// The subcommand when the arguments start with one, else "-" (`--version`, `--token ... accounts`): never a flag's
// value, which may be the token.
const command = /^[a-z][a-z-]{0,31}$/.test(process.argv[2] ?? "") ? process.argv[2]! : "-"

const cacheFile = (): string | undefined => {
  const { status } = module.enableCompileCache?.() ?? {}
  const enabled = status === module.constants.compileCacheStatus.ENABLED ||
    status === module.constants.compileCacheStatus.ALREADY_ENABLED
  // Node's folder for this Node version and V8 flags
  const directory = enabled ? module.getCompileCacheDir() : undefined
  return directory === undefined ? undefined : join(directory, `beeper-kit-cli-${crc32(source).toString(16)}-${source.length}`)
}

/** `[u32 header length][header JSON][V8 code cache]`, or undefined when there is none (or it is unreadable). */
const readCache = (file: string): { readonly header: Header; readonly data: Buffer } | undefined => {
  try {
    const content = readFileSync(file)
    const length = content.readUInt32LE(0)
    const header = JSON.parse(content.subarray(4, 4 + length).toString("utf8")) as Header
    return { header, data: content.subarray(4 + length) }
  } catch {
    return undefined
  }
}

const writeCache = (file: string, header: Header, data: Buffer): void => {
  try {
    const json = Buffer.from(JSON.stringify(header))
    const length = Buffer.alloc(4)
    length.writeUInt32LE(json.length)
    // written aside, then renamed: a process starting meanwhile reads the old file or the new one, never half of one
    const temporary = `${file}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, Buffer.concat([length, json, data]))
      renameSync(temporary, file)
    } finally {
      // a write that failed half-way leaves no partial file behind (after a rename there is nothing to remove)
      rmSync(temporary, { force: true })
    }
  } catch {
    // a read-only or full disk: the next run compiles as this one did
  }
}

const file = cacheFile()
const cached = file === undefined ? undefined : readCache(file)
// Node's CommonJS wrapper: main.cjs is an ordinary CommonJS module (esbuild's `cjs` format)
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString("utf8")}\n})`, {
  filename: bundle,
  cachedData: cached?.data,
  importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})

if (file !== undefined) {
  const commands = cached === undefined || script.cachedDataRejected === true ? [] : cached.header.commands
  if (!commands.includes(command) && commands.length < maxCommands) {
    process.once("exit", (code) => {
      if (code === 0) writeCache(file, { commands: [...commands, command] }, script.createCachedData())
    })
  }
}

const cjsModule = { exports: {} }
script.runInThisContext()(cjsModule.exports, module.createRequire(bundle), cjsModule, bundle, join(bundle, ".."))

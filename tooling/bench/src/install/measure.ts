// Install size: what `npm install` of each runtime adapter puts in an empty project's node_modules (megabytes of files
// and number of packages), beside `effect` alone (the floor every adapter sits on) and the official SDK. The public
// packages are built and packed with `pnpm pack` (the artifacts `pnpm publish` uploads, `workspace:` ranges made
// version ranges); each project lies outside the workspace, and npm runs without the `npm_config_*` a parent
// `pnpm run` exports (as the release check's `registryEnv` does), so nothing of the workspace leaks in. Until the
// packages are on npm, the adapter's own `@beeper-kit/*` dependencies are installed from their tarballs in the same
// command: the same files land in node_modules as from the registry. Everything else comes from the npm registry.
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/** One install: what it is, how many packages landed in node_modules, and the bytes of their files. */
export interface InstallSize {
  /** The package installed (`@beeper-kit/node`, `effect`, `@beeper/desktop-api`...). */
  readonly name: string
  /** What was typed after `npm install` (tarballs shown by package name). */
  readonly command: string
  /** Packages in node_modules (every folder with a package.json, nested ones included). */
  readonly packages: number
  /** The sum of the sizes of every file under node_modules (apparent size, not disk blocks). */
  readonly bytes: number
  /** The installed packages, `name@version`, sorted. */
  readonly installed: ReadonlyArray<string>
}

/** Options of {@link measureInstalls}. */
export interface MeasureOptions {
  /** Build the packed packages first (`pnpm --filter <pkg>... build`); default true (packing needs their `dist/`). */
  readonly build?: boolean | undefined
  /** The adapters to install; default the four runtime adapters. */
  readonly adapters?: ReadonlyArray<string> | undefined
  /** The official SDK's version to compare with; default the bench's own (package.json). */
  readonly officialVersion?: string | undefined
  /** Keep the scratch folder (its path is logged); default false. */
  readonly keep?: boolean | undefined
  /** Progress lines; default none. */
  readonly log?: ((line: string) => void) | undefined
}

const root = new URL("../../../../", import.meta.url).pathname.replace(/\/$/, "")
const benchManifest = new URL("../../package.json", import.meta.url).pathname

/** The runtime adapters, in report order. */
export const adapters: ReadonlyArray<string> = ["@beeper-kit/node", "@beeper-kit/deno", "@beeper-kit/bun", "@beeper-kit/edge"]

interface Manifest {
  readonly name: string
  readonly version: string
  readonly private?: boolean
  readonly dependencies?: Record<string, string>
  readonly peerDependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}

const readManifest = (path: string): Manifest => JSON.parse(readFileSync(path, "utf8")) as Manifest

/** The public workspace packages under packages/, by name, with their folders. */
const publicPackages = (): Map<string, { readonly dir: string; readonly manifest: Manifest }> => {
  const found = new Map<string, { dir: string; manifest: Manifest }>()
  for (const entry of readdirSync(join(root, "packages"))) {
    const dir = join(root, "packages", entry)
    let manifest: Manifest
    try {
      manifest = readManifest(join(dir, "package.json"))
    } catch {
      continue
    }
    if (manifest.private !== true) found.set(manifest.name, { dir, manifest })
  }
  return found
}

/** `name` and the workspace packages it depends on at run time, transitively. */
const workspaceClosure = (name: string, workspace: ReturnType<typeof publicPackages>): Array<string> => {
  const closure: Array<string> = []
  const visit = (current: string) => {
    if (closure.includes(current)) return
    closure.push(current)
    for (const [dependency, range] of Object.entries(workspace.get(current)?.manifest.dependencies ?? {})) {
      if (range.startsWith("workspace:") && workspace.has(dependency)) visit(dependency)
    }
  }
  visit(name)
  return closure
}

/** The environment npm runs in: ours, without a parent package manager's `npm_config_*`. */
const npmEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name))),
  NO_UPDATE_NOTIFIER: "1",
})

const run = (command: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv = process.env): string => {
  try {
    return execFileSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 2 ** 20 })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${`${stdout ?? ""}${stderr ?? ""}`.trimEnd().split("\n").slice(-30).join("\n")}`)
  }
}

/** Every package folder under `nodeModules` (scoped and nested ones too), and the bytes of all its files. */
export const countNodeModules = (nodeModules: string): { packages: Array<string>; bytes: number } => {
  const packages: Array<string> = []
  let bytes = 0
  const walk = (dir: string, inNodeModules: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isSymbolicLink()) continue
      if (entry.isFile()) {
        bytes += statSync(path).size
        continue
      }
      if (!entry.isDirectory()) continue
      if (inNodeModules && !entry.name.startsWith(".")) {
        if (entry.name.startsWith("@")) {
          walk(path, true)
          continue
        }
        try {
          const manifest = readManifest(join(path, "package.json"))
          packages.push(`${manifest.name}@${manifest.version}`)
        } catch {
          // a folder without a package.json is not a package
        }
      }
      walk(path, entry.name === "node_modules")
    }
  }
  walk(nodeModules, true)
  return { packages: packages.sort(), bytes }
}

/** `npm install <specs>` in a fresh project `dir`; what landed in node_modules. */
const installInto = (dir: string, name: string, specs: ReadonlyArray<string>, shown: string): InstallSize => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "install-size", private: true, type: "module" }, null, 2)}\n`)
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], dir, npmEnv())
  const { packages, bytes } = countNodeModules(join(dir, "node_modules"))
  return { name, command: `npm install ${shown}`, packages: packages.length, bytes, installed: packages }
}

/**
 * Installs each adapter, `effect` alone and the official SDK into empty projects and measures their node_modules.
 * Rows: the adapters (in the order given), then `effect`, then `@beeper/desktop-api`.
 */
export const measureInstalls = async (options: MeasureOptions = {}): Promise<Array<InstallSize>> => {
  const log = options.log ?? (() => {})
  const workspace = publicPackages()
  const wanted = options.adapters ?? adapters
  const needed = [...new Set(wanted.flatMap((name) => workspaceClosure(name, workspace)))]
  const scratch = mkdtempSync(join(tmpdir(), "beeper-kit-install-size-"))
  try {
    if (options.build ?? true) {
      log(`building ${needed.join(", ")}`)
      run("pnpm", [...needed.flatMap((name) => ["--filter", `${name}...`]), "run", "build"], root)
    }
    const tarballs = new Map<string, string>()
    for (const name of needed) {
      const output = run("pnpm", ["pack", "--pack-destination", join(scratch, "tarballs")], workspace.get(name)!.dir)
      const tarball = output.trim().split("\n").findLast((line) => line.endsWith(".tgz"))
      if (tarball === undefined) throw new Error(`pnpm pack of ${name} printed no tarball:\n${output}`)
      tarballs.set(name, tarball.startsWith("/") ? tarball : join(scratch, "tarballs", tarball))
    }
    const rows: Array<InstallSize> = []
    for (const name of wanted) {
      log(`npm install ${name}`)
      const closure = workspaceClosure(name, workspace)
      rows.push(installInto(join(scratch, name.replace(/\W+/g, "-")), name, closure.map((pkg) => tarballs.get(pkg)!), name))
    }
    // `effect` as the adapters' peer range resolves it (npm installs a missing peer itself)
    const effectRange = workspace.get("@beeper-kit/effect")?.manifest.peerDependencies?.["effect"] ?? "latest"
    log(`npm install effect@${effectRange}`)
    rows.push(installInto(join(scratch, "effect"), "effect", [`effect@${effectRange}`], `effect@${effectRange}`))
    const official = options.officialVersion ?? readManifest(benchManifest).devDependencies?.["@beeper/desktop-api"] ?? "latest"
    log(`npm install @beeper/desktop-api@${official}`)
    rows.push(installInto(join(scratch, "official"), "@beeper/desktop-api", [`@beeper/desktop-api@${official}`], `@beeper/desktop-api@${official}`))
    return rows
  } finally {
    if (options.keep) log(`kept ${scratch}`)
    else rmSync(scratch, { recursive: true, force: true })
  }
}

// Install size: what `npm install` of each adapter puts on a user's disk. Every public @beeper-kit package an
// adapter needs is packed (`pnpm pack`: the artifact a release publishes, `workspace:` ranges rewritten), then each
// install runs in an empty scratch project — the tarballs plus their third-party dependencies from the npm registry
// (npm's own resolution, peer dependencies auto-installed as for any user) — beside the official SDK's install and
// `effect`'s alone. Measured: the files under node_modules (bytes and disk blocks) and the packages installed.
import { spawn } from "node:child_process"
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

/** One scratch install. */
export interface InstallSize {
  readonly id: string
  /** What was installed, as a user would type it. */
  readonly command: string
  /** Every package under node_modules (nested ones included), `name@version`. */
  readonly packages: ReadonlyArray<string>
  /** The files' sizes, summed. */
  readonly bytes: number
  /** The disk blocks the files take (`du`). */
  readonly diskBytes: number
  readonly files: number
}

/** The installs, in report order. `packages` are workspace packages, installed from their packed tarballs. */
export const installs = [
  { id: "effect-alone", label: "`effect` alone (the floor)", registry: ["effect"] },
  { id: "official", label: "official `@beeper/desktop-api` 5.0.0", registry: ["@beeper/desktop-api@5.0.0"] },
  { id: "node", label: "`@beeper-kit/node`", workspace: "node" },
  { id: "effect", label: "`@beeper-kit/effect` (bring your own transport)", workspace: "effect" },
  { id: "deno", label: "`@beeper-kit/deno` (with npm)", workspace: "deno" },
  { id: "bun", label: "`@beeper-kit/bun`", workspace: "bun" },
  { id: "edge", label: "`@beeper-kit/edge`", workspace: "edge" },
] as const satisfies ReadonlyArray<{ id: string; label: string; registry?: ReadonlyArray<string>; workspace?: string }>

const root = new URL("../../../../", import.meta.url).pathname

/** The environment of a package manager run: without the `npm_config_*` a parent `pnpm run` exported. */
const packageManagerEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)))

const run = (command: string, args: ReadonlyArray<string>, cwd: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: packageManagerEnv(), stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk))
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.trimEnd().split("\n").slice(-20).join("\n")}`))
    })
  })

interface Manifest {
  readonly name: string
  readonly version: string
  readonly dependencies?: Record<string, string>
}

const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest

/** `packages/<name>` and every workspace package it depends on (transitively). */
const workspaceClosure = (name: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(name)) return seen
  seen.add(name)
  for (const dependency of Object.keys(manifestOf(join(root, "packages", name)).dependencies ?? {})) {
    if (dependency.startsWith("@beeper-kit/")) workspaceClosure(dependency.slice("@beeper-kit/".length), seen)
  }
  return seen
}

/** Every package under `modules` (scoped and nested ones too), as `name@version`. */
const packagesUnder = (modules: string): Array<string> => {
  const found: Array<string> = []
  const visit = (dir: string) => {
    let entries: Array<string>
    try {
      entries = readdirSync(dir)
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.startsWith(".")) continue
      const path = join(dir, entry)
      if (entry.startsWith("@")) {
        visit(path)
        continue
      }
      try {
        const manifest = manifestOf(path)
        found.push(`${manifest.name}@${manifest.version}`)
      } catch {
        continue
      }
      visit(join(path, "node_modules"))
    }
  }
  visit(modules)
  return found.sort()
}

/** Bytes, disk blocks and count of the files under `dir` (symbolic links counted as links, not followed). */
const sizeOf = (dir: string): { bytes: number; diskBytes: number; files: number } => {
  let bytes = 0
  let diskBytes = 0
  let files = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue
    const stat = lstatSync(join(entry.parentPath, entry.name))
    bytes += stat.size
    diskBytes += stat.blocks * 512
    files++
  }
  return { bytes, diskBytes, files }
}

/** Runs `tasks`, at most `limit` at a time, in order of the results. */
const limited = async <A>(limit: number, tasks: ReadonlyArray<() => Promise<A>>): Promise<Array<A>> => {
  const results: Array<A> = []
  let next = 0
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]!()
    }
  }))
  return results
}

/** Packs the workspace packages and installs each of {@link installs} into its own project under `scratch`. */
export const measureInstalls = async (scratch: string, log: (line: string) => void): Promise<Array<InstallSize>> => {
  const tarballs = join(scratch, "tarballs")
  mkdirSync(tarballs, { recursive: true })
  const needed = new Set(installs.flatMap((install) => "workspace" in install ? [...workspaceClosure(install.workspace)] : []))
  const tarballOf = new Map<string, string>()
  log(`packing ${[...needed].map((name) => `@beeper-kit/${name}`).join(", ")}`)
  await limited(2, [...needed].map((name) => async () => {
    const output = await run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name))
    const tarball = output.trim().split("\n").reverse().find((line) => line.trim().endsWith(".tgz"))
    if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for @beeper-kit/${name}:\n${output}`)
    tarballOf.set(name, tarball.trim().startsWith("/") ? tarball.trim() : join(tarballs, tarball.trim()))
  }))
  // `effect` as an adapter's peer dependency range resolves it, for the floor
  const effectRange = (manifestOf(join(root, "packages", "effect")) as Manifest & { peerDependencies?: Record<string, string> })
    .peerDependencies?.["effect"] ?? "latest"
  return limited(2, installs.map((install) => async () => {
    const dir = join(scratch, `install-${install.id}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `bench-install-${install.id}`, private: true }))
    const specs = "workspace" in install
      ? [...workspaceClosure(install.workspace)].map((name) => tarballOf.get(name)!)
      : install.registry.map((spec) => (spec === "effect" ? `effect@${effectRange}` : spec))
    log(`npm install ${install.id}`)
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...specs], dir)
    const modules = join(dir, "node_modules")
    return {
      id: install.id,
      command: "workspace" in install ? `npm install @beeper-kit/${install.workspace}` : `npm install ${specs.join(" ")}`,
      packages: packagesUnder(modules),
      ...sizeOf(modules),
    }
  }))
}

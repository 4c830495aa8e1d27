// The workspace's packages as the release tools see them: which are public (published to npm), where they live,
// what their entry point is. Read from packages/*/package.json, so a package added later is picked up.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** Absolute path of the repository root (three levels above tooling/spec-tools/src). */
export const repoRoot: string = fileURLToPath(new URL("../../../", import.meta.url))

/** One package of the workspace. */
export interface WorkspacePackage {
  readonly name: string
  readonly version: string
  /** Absolute path of its folder. */
  readonly dir: string
  /** `packages/core`. */
  readonly relativeDir: string
  /** Published to npm (not `"private": true`). */
  readonly isPublic: boolean
  /**
   * Has an entry point to import (`exports["."]`, or `main`): false for a package that is only a command (`bin`),
   * like the CLI — nothing to import, so no types for arethetypeswrong to check.
   */
  readonly importable: boolean
  /**
   * The source files its `exports` map publishes (their `@beeper-kit/source` targets, relative to its folder, e.g.
   * `src/index.ts`, `src/operations.ts`), in the map's order: every module a user can import.
   */
  readonly sourceEntryPoints: ReadonlyArray<string>
  /** Has a `generate` script: its code is generated from spec/, so a spec change changes it. */
  readonly isGenerated: boolean
  readonly manifest: Readonly<Record<string, unknown>>
}

/** Every package under packages/ (sorted by folder name). */
export const listPackages = (root: string = repoRoot): ReadonlyArray<WorkspacePackage> => {
  const base = join(root, "packages")
  if (!existsSync(base)) return []
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, "package.json")))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const dir = join(base, folder)
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>
      const scripts = (manifest.scripts ?? {}) as Record<string, unknown>
      const exportsField = manifest.exports
      const importable = typeof exportsField === "string" ||
        (typeof exportsField === "object" && exportsField !== null && "." in exportsField) ||
        (exportsField === undefined && typeof manifest.main === "string")
      const targets = typeof exportsField === "object" && exportsField !== null
        ? Object.values(exportsField as Record<string, unknown>).map((target) =>
          typeof target === "object" && target !== null ? (target as Record<string, unknown>)["@beeper-kit/source"] : undefined
        )
        : []
      const sourceEntryPoints = [
        ...new Set(targets.filter((target): target is string => typeof target === "string").map((target) => target.replace(/^\.\//, ""))),
      ]
      return {
        name: String(manifest.name),
        version: String(manifest.version ?? "0.0.0"),
        dir,
        relativeDir: `packages/${folder}`,
        isPublic: manifest.private !== true,
        importable,
        isGenerated: typeof scripts.generate === "string",
        sourceEntryPoints,
        manifest,
      }
    })
}

/** The packages published to npm. */
export const publicPackages = (root: string = repoRoot): ReadonlyArray<WorkspacePackage> =>
  listPackages(root).filter((pkg) => pkg.isPublic)

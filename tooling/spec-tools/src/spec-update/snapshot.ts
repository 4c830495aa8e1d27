// What `pnpm spec:update` may change on disk, saved before it writes anything, so that a failure after the first
// write (`pnpm generate` refusing the new document, a write refused) leaves the repository as it found it: the spec,
// the changeset and every file under a generated package's src/generated/ (turbo's `generate` outputs).
import { existsSync, readdirSync } from "node:fs"
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import { listPackages } from "../workspace.ts"

/** The saved files; `restore` puts them back and removes what was written since. */
export interface Snapshot {
  /** Puts every saved file back (byte for byte) and removes files created since; returns how many files it touched. */
  readonly restore: () => Promise<number>
}

/** Every file below `dir` (none when it does not exist). */
const filesBelow = (dir: string): Array<string> =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
    : []

/** The folders `pnpm generate` writes: src/generated/ of every package with a `generate` script. */
export const generatedDirs = (root: string): ReadonlyArray<string> =>
  listPackages(root).filter((pkg) => pkg.isGenerated).map((pkg) => join(pkg.dir, "src", "generated"))

/** Saves `files` (present or not) and every file under `dirs`. */
export const takeSnapshot = async (files: ReadonlyArray<string>, dirs: ReadonlyArray<string>): Promise<Snapshot> => {
  const saved = new Map<string, Buffer | undefined>()
  for (const file of [...files, ...dirs.flatMap(filesBelow)]) saved.set(file, existsSync(file) ? await readFile(file) : undefined)
  return {
    restore: async () => {
      let touched = 0
      // Files created since under the generated folders.
      for (const file of dirs.flatMap(filesBelow)) {
        if (saved.has(file)) continue
        await rm(file, { force: true })
        touched++
      }
      for (const [file, content] of saved) {
        const now = existsSync(file) ? await readFile(file) : undefined
        if (content === undefined) {
          if (now === undefined) continue
          await rm(file, { force: true })
        } else {
          if (now !== undefined && now.equals(content)) continue
          await mkdir(dirname(file), { recursive: true })
          await writeFile(file, content)
        }
        touched++
      }
      return touched
    },
  }
}

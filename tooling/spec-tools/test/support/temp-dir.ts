// Temporary directories for a test file, removed after it (register `removeTempDirs` with afterAll).
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const created: Array<string> = []

/** A fresh directory under the OS temp dir. */
export const makeTempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** Removes every directory made by {@link makeTempDir} so far. */
export const removeTempDirs = (): void => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
}

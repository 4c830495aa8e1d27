// A throwaway copy of this repository (sources, specs, package manifests; node_modules linked, not copied), so a
// test can run `pnpm spec:update` and `pnpm generate` for real without touching the checked-in files.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join, relative } from "node:path"
import { repoRoot } from "../../src/workspace.ts"

/** Build output, caches and results (by folder name), and the spec fragments (by path): not copied. */
const skipped = new Set(["dist", ".turbo", ".test-results", ".scratch", "coverage"])
const skippedPaths = new Set(["spec/parts"])

/** Copies the repo into a fresh temporary directory and returns its path and a cleanup function. */
export const makeTempRepo = (): { readonly root: string; readonly remove: () => void } => {
  const root = mkdtempSync(join(tmpdir(), "beeper-kit-repo-"))
  for (const file of ["package.json", "README.md", "pnpm-workspace.yaml", "pnpm-lock.yaml", "turbo.json", "tsconfig.base.json", "vitest.shared.ts"]) {
    cpSync(join(repoRoot, file), join(root, file))
  }
  for (const dir of ["spec", ".changeset", "packages", "tooling", "scripts"]) {
    cpSync(join(repoRoot, dir), join(root, dir), {
      recursive: true,
      verbatimSymlinks: true,
      // Inside packages/*/node_modules pnpm keeps only relative symlinks: copying them is cheap and keeps
      // workspace links pointing inside the copy.
      filter: (source) => {
        const path = relative(repoRoot, source)
        return path.includes("node_modules") || (!skipped.has(basename(source)) && !skippedPaths.has(path))
      },
    })
  }
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"))
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) }
}

// `pnpm generate` wall time, measured in a scratch copy of the repository (sources only, node_modules linked),
// so the run is cold (no turbo cache) and never touches the working tree. Afterwards the copy's generated files
// are compared with the checked-in ones.
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"

/** The result of one timed `pnpm generate`. */
export interface GenerateResult {
  readonly wallMs: number
  readonly tasks: number
  /** Generated files that differ from the working tree's (0 when the checked-in output is current). */
  readonly differingFiles: ReadonlyArray<string>
}

const workspaceDirs = (root: string): Array<string> =>
  ["packages", "tooling", "apps"].flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(group, name)) : []
  )

const filesUnder = (dir: string): Array<string> =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
    : []

/** Runs `pnpm generate` in a scratch copy of `root` and times it. */
export const timeGenerate = (root: string): GenerateResult => {
  const copy = mkdtempSync(join(tmpdir(), "beeper-kit-bench-generate-"))
  try {
    const exclude = ["node_modules", ".git", ".turbo", "dist", ".toolchain", ".test-results", "docs/api"]
    execFileSync("sh", ["-c", `tar -C "$1" ${exclude.map((e) => `--exclude='./${e}' --exclude='${e}'`).join(" ")} -cf - . | tar -C "$2" -xf -`, "sh", root, copy])
    for (const dir of [".", ...workspaceDirs(root)]) {
      const modules = join(root, dir, "node_modules")
      if (existsSync(modules) && existsSync(join(copy, dir))) symlinkSync(modules, join(copy, dir, "node_modules"))
    }
    const started = performance.now()
    const run = spawnSync("pnpm", ["generate"], {
      cwd: copy,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", CI: "1" },
    })
    const wallMs = performance.now() - started
    if (run.status !== 0) throw new Error(`pnpm generate failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`)
    const tasks = Number(/Tasks:\s+(\d+) successful/.exec(run.stdout)?.[1] ?? Number.NaN)
    const differingFiles: Array<string> = []
    for (const dir of workspaceDirs(root)) {
      for (const file of filesUnder(join(copy, dir, "src", "generated"))) {
        const original = join(root, relative(copy, file))
        if (!existsSync(original) || readFileSync(original, "utf8") !== readFileSync(file, "utf8")) {
          differingFiles.push(relative(copy, file))
        }
      }
    }
    return { wallMs, tasks, differingFiles }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

// The published types as a TypeScript user meets them: in the npm consumer project of the registry round trip
// (round-trip.ts), the README examples that run on Node and at the edge (packages/node's, packages/effect's
// "From `async` code", packages/edge's) are type-checked against the installed packages by each TypeScript major a
// user may have — 5.9 (the workspace's), 6.0 and 7.0 (the native compiler) — under a strict configuration that also
// checks every declaration file (`skipLibCheck: false`), with `@types/node` installed as a Node project has it.
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { repoRoot } from "../workspace.ts"
import { check, runCommand, skipped, tail } from "./checks.ts"
import type { CheckResult } from "./results.ts"

/** The TypeScript compilers: the workspace's own and the two majors after it (spec-tools' devDependencies). */
const compilers: ReadonlyArray<{ readonly label: string; readonly pkg: string }> = [
  { label: "TypeScript 5.9", pkg: "typescript" },
  { label: "TypeScript 6.0", pkg: "typescript6" },
  { label: "TypeScript 7.0", pkg: "typescript7" },
]

/** The examples type-checked, by README and marker. */
const examples: ReadonlyArray<{ readonly file: string; readonly readme: string; readonly marker: string }> = [
  { file: "node.ts", readme: "packages/node/README.md", marker: "<!-- example -->" },
  { file: "effect-async.ts", readme: "packages/effect/README.md", marker: "<!-- example: async -->" },
  { file: "edge.ts", readme: "packages/edge/README.md", marker: "<!-- example -->" },
]

/** A user's strict project: ES modules resolved as Node resolves them, every `.d.ts` checked. */
const tsconfig = {
  compilerOptions: {
    target: "ES2023",
    lib: ["ES2023", "DOM"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    noEmit: true,
    types: ["node"],
  },
  include: examples.map((example) => example.file),
}

const require = createRequire(import.meta.url)
/** A compiler package's `tsc` and its version (from its package.json: no process needed to ask). */
const compilerOf = (pkg: string): { readonly tsc: string; readonly version: string } => {
  const manifest = require.resolve(`${pkg}/package.json`)
  return { tsc: join(dirname(manifest), "bin", "tsc"), version: (require(manifest) as { version: string }).version }
}

/** Type-checks the examples in the npm consumer `project` (already holding the published packages). */
export const typeCheckExamples = async (
  project: { readonly dir: string; readonly env: NodeJS.ProcessEnv },
  report: (result: CheckResult) => void,
): Promise<void> => {
  const types = await check("npm: npm install -D @types/node@22 (a Node project's types)", () => {
    const run = runCommand("npm", ["install", "--no-audit", "--no-fund", "-D", "@types/node@22"], { cwd: project.dir, env: project.env })
    if (run.status !== 0) throw new Error(`npm install -D @types/node@22 failed:\n${tail(run.output, 30)}`)
  })
  report(types)
  const dir = join(project.dir, "typecheck")
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`)
  for (const example of examples) writeFileSync(join(dir, example.file), codeBlockAfter(join(repoRoot, example.readme), example.marker))
  for (const compiler of compilers) {
    const name = `${compiler.label}: the Node, async and edge README examples type-check against the published packages (skipLibCheck: false)`
    if (types.status !== "passed") {
      report(skipped(name, "@types/node did not install"))
      continue
    }
    report(await check(name, () => {
      const { tsc, version } = compilerOf(compiler.pkg)
      const run = runCommand(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir })
      if (run.status !== 0) throw new Error(`tsc exited ${run.status}:\n${tail(run.output, 30)}`)
      return `Version ${version}`
    }))
  }
}

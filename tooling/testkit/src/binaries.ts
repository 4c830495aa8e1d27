/**
 * Where the repository's runtimes are: the toolchain's Node builds (`scripts/toolchain.sh`) and the Deno and Bun
 * binaries the workspace installs from the npm registry.
 */
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The repository's root folder (with a trailing slash). */
export const repoRoot: string = fileURLToPath(new URL("../../../", import.meta.url))

/** Resolves workspace packages to their TypeScript sources (Node, Deno and Bun all take this flag). */
export const sourceCondition = "--conditions=@beeper-kit/source"

/** A binary of the repo's toolchain (`node` = Node 24, `node22`, `node26`). */
export const toolchainBin = (name: string): string => join(repoRoot, ".toolchain", "bin", name)

/** A binary the workspace installs (`deno`, `bun`): the `node_modules/.bin` wrapper. */
export const workspaceBin = (name: string): string => join(repoRoot, "node_modules", ".bin", name)

const require = createRequire(join(repoRoot, "package.json"))

/** The Deno binary of the `deno` npm package itself (its `.bin` wrapper would not pass signals on). */
export const denoBinary = (): string =>
  join(dirname(require.resolve("deno/package.json")), process.platform === "win32" ? "deno.exe" : "deno")

/** The Bun binary of the `bun` npm package (placed at `bin/bun.exe` on every platform by its install script). */
export const bunBinary = (): string => join(dirname(require.resolve("bun/package.json")), "bin", "bun.exe")

// The package as npm delivers it: `pnpm pack` (what `pnpm publish` uploads) holds only what runs — the bundled
// JavaScript (build.ts), the README, package.json; no tests, sources or .turbo logs — and no runtime dependencies
// (the bundle holds the code it uses), and its `bin` runs from under `node_modules`, where Node refuses to strip
// types from a `.ts` file. The packed tarball is unpacked alone into a project's node_modules and `beeper-kit
// accounts --json` runs against the mock server. Needs `pnpm build` (turbo runs it before the tests); the release
// check does the same through a real registry and `npm i -g`.
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { getJson, mockServerForFile } from "@beeper-kit/testkit/mock-server"
import { runProcess } from "@beeper-kit/testkit/process"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const packageDir = fileURLToPath(new URL("..", import.meta.url))

/**
 * A Node older than the CLI's `engines` (>= 22.19) to run its bin with: the machine's own, `/usr/bin/node` (Node 20 on
 * the project's machines; the toolchain's Nodes are all supported ones). Undefined where there is none.
 */
const oldNode = ((): { readonly path: string; readonly version: string } | undefined => {
  const path = "/usr/bin/node"
  if (!existsSync(path)) return undefined
  const version = execFileSync(path, ["--version"], { encoding: "utf8" }).trim()
  const [major = 0, minor = 0] = version.slice(1).split(".").map(Number)
  return major < 22 || (major === 22 && minor < 19) ? { path, version } : undefined
})()
const mock = mockServerForFile({ seed: 7 })

interface Manifest {
  readonly private?: boolean
  readonly bin: Record<string, string>
  readonly exports: Record<string, unknown>
  readonly dependencies?: Record<string, string>
  readonly peerDependencies?: Record<string, string>
  readonly engines: Record<string, string>
}

let scratch: string
let files: ReadonlyArray<string>
let installed: string
let manifest: Manifest

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "beeper-kit-cli-pack-"))
  const output = execFileSync("pnpm", ["pack", "--json", "--pack-destination", scratch], {
    cwd: packageDir,
    encoding: "utf8",
  })
  const packed = JSON.parse(output.slice(output.indexOf("{"))) as {
    readonly filename: string
    readonly files: ReadonlyArray<{ readonly path: string }>
  }
  files = packed.files.map((file) => file.path).sort()
  // a consumer project with the package unpacked where npm puts it, and its dependencies beside it
  installed = join(scratch, "consumer", "node_modules", "@beeper-kit", "cli")
  mkdirSync(installed, { recursive: true })
  execFileSync("tar", ["-xzf", packed.filename, "-C", installed, "--strip-components=1"], { cwd: scratch })
  manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Manifest
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe("@beeper-kit/cli as published", () => {
  it("is public and holds only what runs: dist/*.js and dist/main.cjs, README.md, package.json, its LICENSE (and the bundled code's licenses)", () => {
    expect(manifest.private).toBeUndefined()
    expect(files).toContain("dist/bin.js")
    expect(files).toContain("README.md")
    expect(files).toContain("LICENSE")
    expect(files).toContain("dist/THIRD-PARTY-LICENSES.txt")
    const unexpected = files.filter((path) =>
      !/^dist\/.+\.c?js$/.test(path) &&
      !["README.md", "package.json", "LICENSE", "dist/THIRD-PARTY-LICENSES.txt"].includes(path)
    )
    expect(unexpected).toEqual([])
    // nothing else to install: `npx @beeper-kit/cli` fetches this one package
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.peerDependencies ?? {}).toEqual({})
    expect(manifest.engines.node).toMatch(/^>=22/)
    expect(manifest.exports).toEqual({ "./package.json": "./package.json" })
  })

  it("its bin is JavaScript with a shebang, and runs from node_modules with nothing beside it: `beeper-kit accounts --json`", async () => {
    const bin = manifest.bin["beeper-kit"]
    expect(bin).toMatch(/\.js$/)
    const binPath = join(installed, bin!)
    expect(readFileSync(binPath, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
    const server = mock.current
    const { code, stdout, stderr } = await runProcess(process.execPath, [binPath, "accounts", "--json"], {
      cwd: join(scratch, "consumer"),
      env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token },
      timeoutMs: 120_000,
    })
    expect(stderr).toBe("")
    expect(code).toBe(0)
    const accounts = await getJson<ReadonlyArray<{ accountID: string }>>(server, "/v1/accounts")
    const printed = JSON.parse(stdout) as ReadonlyArray<{ accountID: string }>
    expect(printed.map((account) => account.accountID)).toEqual(accounts.map((account) => account.accountID))
  })

  // before: Node printed a line of the minified bundle, then "TypeError: Cannot read properties of undefined (reading
  // 'compileCacheStatus')" and a stack, for every command, even --help and --version
  it.skipIf(oldNode === undefined)("on a Node older than its engines, every command is one line saying which Node it needs, exit 1", async () => {
    const binPath = join(installed, manifest.bin["beeper-kit"]!)
    for (const args of [["--version"], ["--help"], ["accounts"]]) {
      const { code, stdout, stderr } = await runProcess(oldNode!.path, [binPath, ...args], {
        cwd: join(scratch, "consumer"),
        env: { BEEPER_ACCESS_TOKEN: "dev" },
        timeoutMs: 120_000,
      })
      expect([code, stdout], args.join(" ")).toEqual([1, ""])
      expect(stderr, args.join(" ")).toBe(
        `beeper-kit needs Node.js ≥ 22.19 (this is ${oldNode!.version}): install a current Node.js from ` +
          "https://nodejs.org (or `nvm install 22`), then run beeper-kit again\n",
      )
    }
  })

  it("writes its code cache when a command first succeeds, and reuses it (src/launch.ts)", async () => {
    const cacheDir = join(scratch, "compile-cache")
    const server = mock.current
    const run = (...args: Array<string>) =>
      runProcess(process.execPath, [join(installed, manifest.bin["beeper-kit"]!), ...args], {
        cwd: join(scratch, "consumer"),
        env: { BEEPER_DESKTOP_URL: server.url, BEEPER_ACCESS_TOKEN: server.token, NODE_COMPILE_CACHE: cacheDir },
        timeoutMs: 120_000,
      })
    const commandsCached = () => {
      const names = readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((name) => name.includes("beeper-kit-cli-"))
      expect(names).toHaveLength(1)
      const content = readFileSync(join(cacheDir, names[0]!))
      return (JSON.parse(content.subarray(4, 4 + content.readUInt32LE(0)).toString("utf8")) as { commands: Array<string> }).commands
    }
    const first = await run("accounts", "--json")
    expect(first.code).toBe(0)
    expect(commandsCached()).toEqual(["accounts"])
    const second = await run("accounts", "--json")
    expect([second.code, second.stderr, second.stdout]).toEqual([0, "", first.stdout])
    // a failed invocation adds nothing; another command that succeeds is added
    expect((await run("acounts")).code).toBe(2)
    expect(commandsCached()).toEqual(["accounts"])
    expect((await run("--version")).code).toBe(0)
    expect(commandsCached()).toEqual(["accounts", "-"])
    // arguments other than a leading subcommand are never written down (a flag's value may be the token). The token
    // is random base64url, so one in 64 begins with "-": given after a space it would read as a flag (README)
    expect((await run(`--token=${server.token}`, "chats")).code).toBe(0)
    expect(commandsCached()).toEqual(["accounts", "-"])
  })
})

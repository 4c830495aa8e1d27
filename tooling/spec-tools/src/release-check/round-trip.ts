// The registry round trip: fresh projects outside the workspace install the published packages from the release
// check's registry exactly as the READMEs say — `npm install`, `pnpm add` (pnpm 10 and 12), `bun add`, and Deno through `npm:`
// specifiers (JSR publication is pending, see packages/deno/README.md) — then each adapter README's example runs,
// unchanged, against the published mock server (`beeper-mock-server`), on Node 24, Node 22, Node 26, Bun and Deno, and
// the edge README's Worker, bundled from the npm install for workerd, in Miniflare (edge-worker.ts). Seed 11:
// its first chat is on a connected account, so the examples' sends go through; once an example prints `connected`, a
// contact writes (the mock's control API), so the live events it waits for arrive. The CLI, `@beeper-kit/cli`, is
// installed with `npm i -g` and run with `npx` against the same mock (cli-install.ts), and the examples type-check
// against the npm install with each TypeScript major (consumer-types.ts).
// What a user types is what is checked: if `pnpm add @beeper-kit/effect` cannot work, this fails.
import { codeBlockAfter } from "@beeper-kit/testkit/readme"
import { runProcess, spawnProcess, type Running } from "@beeper-kit/testkit/process"
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { repoRoot, type WorkspacePackage } from "../workspace.ts"
import { check, runCommand, type Runtime, runtimes, skipped, smoke, tail } from "./checks.ts"
import { cliPackage, cliRoundTrip } from "./cli-install.ts"
import { typeCheckExamples } from "./consumer-types.ts"
import { edgeExampleInWorkerd } from "./edge-worker.ts"
import { type Registry, registryEnv } from "./registry.ts"
import type { CheckResult } from "./results.ts"

/** How a package manager installs into a consumer project. */
interface Client {
  readonly name: string
  /** The README's install line(s), as typed. */
  readonly commands: ReadonlyArray<ReadonlyArray<string>>
  /** The adapter whose README example runs in this project, and on which runtimes. */
  readonly example: { readonly pkg: "node" | "deno" | "bun"; readonly runtimes: ReadonlyArray<string> }
}

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name)

const clients: ReadonlyArray<Client> = [
  {
    name: "npm",
    commands: [
      ["npm", "install", "@beeper-kit/node", "@beeper-kit/effect", "effect"], // README.md, packages/node/README.md
      ["npm", "install", "-D", "@beeper-kit/mock-server"], // packages/mock-server/README.md (with npm)
      // the rest of the public packages, for the import check on every runtime
      ["npm", "install", "@beeper-kit/core", "@beeper-kit/deno", "@beeper-kit/bun", "@beeper-kit/edge"],
    ],
    example: { pkg: "node", runtimes: ["node", "node22", "node26"] },
  },
  {
    name: "pnpm",
    commands: [["pnpm", "add", "@beeper-kit/effect", "effect", "@beeper-kit/node"]], // packages/effect/README.md + the adapter
    example: { pkg: "node", runtimes: ["node"] },
  },
  {
    // the same with the newest pnpm major, as a user who installs pnpm today has it
    name: "pnpm12",
    commands: [[join(repoRoot, ".toolchain", "bin", "pnpm12"), "add", "@beeper-kit/effect", "effect", "@beeper-kit/node"]],
    example: { pkg: "node", runtimes: ["node"] },
  },
  {
    name: "bun",
    commands: [[bin("bun"), "add", "@beeper-kit/bun", "@beeper-kit/effect", "effect"]], // packages/bun/README.md
    example: { pkg: "bun", runtimes: ["bun"] },
  },
  {
    name: "deno",
    // packages/deno/README.md's line, with `npm:` for the adapter until it is on JSR; the packages were published a
    // minute ago, younger than Deno's default minimum dependency age (24 h), which is for users of the real registry
    commands: [[bin("deno"), "add", "--minimum-dependency-age=0", "npm:@beeper-kit/deno", "npm:@beeper-kit/effect", "npm:effect"]],
    example: { pkg: "deno", runtimes: ["deno"] },
  },
]

/** A consumer project: a package.json, and the registry for npm, pnpm and bun (`.npmrc`) and Deno (environment). */
const consumerProject = (root: string, client: Client, registry: Registry): { dir: string; env: NodeJS.ProcessEnv } => {
  const dir = join(root, `consumer-${client.name}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `consumer-${client.name}`, private: true, type: "module" }, null, 2)}\n`)
  writeFileSync(join(dir, ".npmrc"), `registry=${registry.url}\n`)
  writeFileSync(join(dir, "bunfig.toml"), `[install]\nregistry = "${registry.url}"\n`)
  if (client.name === "deno") writeFileSync(join(dir, "deno.json"), "{}\n")
  copyFileSync(new URL("./smoke.mjs", import.meta.url), join(dir, "smoke.mjs"))
  return {
    dir,
    env: {
      ...registryEnv(registry, join(dir, ".npmrc")),
      // caches keyed by name@version would hand back an earlier run's 0.0.0: these two start empty every run
      BUN_INSTALL_CACHE_DIR: join(root, "bun-cache"),
      DENO_DIR: join(root, "deno-dir"),
      DENO_NO_UPDATE_CHECK: "1",
      NO_COLOR: "1",
    },
  }
}

/** The published mock server, started from the npm consumer's install. */
const startMock = async (dir: string): Promise<{ url: string; token: string; server: Running }> => {
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules", "@beeper-kit", "mock-server", "package.json"), "utf8")) as {
    bin: Record<string, string>
  }
  const token = `release-check-${crypto.randomUUID()}`
  const server = spawnProcess(
    process.execPath,
    [join(dir, "node_modules", "@beeper-kit", "mock-server", manifest.bin["beeper-mock-server"]!), "--port", "0", "--seed", "11", "--token", token],
    { cwd: dir },
  )
  const line = await server.waitForLine((l) => l.startsWith("listening on "))
  return { url: line.slice("listening on ".length).trim(), token, server }
}

const exampleArgs = (runtime: Runtime, host: string): ReadonlyArray<string> =>
  runtime.name === "deno" ? ["run", "--no-prompt", "--minimum-dependency-age=0", `--allow-net=${host}`, "--allow-env"] : runtime.name === "bun" ? ["run"] : []

/**
 * Whether the whole test suite runs the `effect` a user gets: the version the npm install resolved (the newest in the
 * packages' peer range) against the workspace's. A newer release is reported (as skipped, with what to do), not
 * failed: it is the registry that moved, not this code.
 */
export const sameEffect = (consumerDir: string, workspaceDir: string = repoRoot): CheckResult => {
  const versionIn = (dir: string): string =>
    (JSON.parse(readFileSync(join(dir, "node_modules", "effect", "package.json"), "utf8")) as { version: string }).version
  const name = "npm: the effect a fresh install resolves is the one the workspace tests"
  const [user, workspace] = [versionIn(consumerDir), versionIn(workspaceDir)]
  return user === workspace
    ? { name, status: "passed", message: `effect ${user}`, durationMs: 0 }
    : skipped(name, `a fresh install resolves effect ${user}, the workspace tests ${workspace}: move the workspace's effect (and the peer ranges) to ${user} and run npm test`)
}

/** Runs the round trip; every step is one reported check. */
export const registryRoundTrip = async (
  root: string,
  registry: Registry,
  published: ReadonlyArray<WorkspacePackage>,
  report: (result: CheckResult) => void,
): Promise<void> => {
  // what can be imported by name (a bin-only package, the CLI, is run instead)
  const packageNames = published.filter((pkg) => pkg.importable).map((pkg) => pkg.name)
  const byName = new Map(runtimes(repoRoot).map((runtime) => [runtime.name, runtime]))
  const installed = new Map<string, { dir: string; env: NodeJS.ProcessEnv }>()
  for (const client of clients) {
    const project = consumerProject(root, client, registry)
    const result = await check(`${client.name}: ${client.commands.map((c) => [c[0]!.split("/").pop(), ...c.slice(1)].join(" ")).join(" && ")}`, () => {
      for (const command of client.commands) {
        const run = runCommand(command[0]!, command.slice(1), { cwd: project.dir, env: project.env })
        if (run.status !== 0) throw new Error(`${command.join(" ")} failed:\n${tail(run.output, 30)}`)
      }
    })
    report(result)
    if (result.status === "passed") installed.set(client.name, project)
  }

  // every public package imports by name on every runtime, from the npm install
  const npm = installed.get("npm")
  if (npm !== undefined) report(sameEffect(npm.dir))
  for (const runtime of byName.values()) {
    report(npm === undefined
      ? skipped(`import every package on ${runtime.name}`, "the npm install failed")
      : await check(`import every package on ${runtime.name}`, () => smoke(runtime, npm.dir, packageNames)))
  }

  if (npm === undefined) {
    for (const client of clients) report(skipped(`${client.name}: README example`, "no mock server: the npm install failed"))
    return
  }
  await typeCheckExamples(npm, report)
  const mock = await startMock(npm.dir)
  try {
    for (const client of clients) {
      for (const runtimeName of client.example.runtimes) {
        const name = `${client.name}: packages/${client.example.pkg}/README.md example on ${runtimeName}`
        const project = installed.get(client.name)
        const runtime = byName.get(runtimeName)
        if (project === undefined || runtime === undefined) {
          report(skipped(name, project === undefined ? `the ${client.name} install failed` : `no ${runtimeName} in the toolchain`))
          continue
        }
        report(await check(name, async () => {
          const file = join(project.dir, `example-${client.example.pkg}.ts`)
          writeFileSync(file, codeBlockAfter(join(repoRoot, "packages", client.example.pkg, "README.md"), "<!-- example -->"))
          let wrote = false
          const { code, output } = await runProcess(runtime.command, [...exampleArgs(runtime, new URL(mock.url).host), file], {
            cwd: project.dir,
            onOutput: (output) => {
              if (wrote || !/^connected$/m.test(output)) return
              wrote = true
              void fetch(new URL("/_mock/simulate/incoming-message", mock.url), {
                method: "POST",
                headers: { authorization: `Bearer ${mock.token}`, "content-type": "application/json" },
                body: JSON.stringify({ text: "hello from the release check" }),
              })
            },
            env: { BEEPER_ACCESS_TOKEN: mock.token, BEEPER_DESKTOP_URL: mock.url, NPM_CONFIG_REGISTRY: registry.url, DENO_DIR: project.env.DENO_DIR! },
            timeoutMs: 120_000,
          })
          if (code !== 0 || !/^confirmed \S+$/m.test(output) || !/^connected\nmessage\.upserted$/m.test(output)) throw new Error(`exit ${code}:\n${tail(output, 30)}`)
          return output.trim().split("\n").slice(0, 6).join("\n")
        }))
      }
    }
    const edgeName = "npm: packages/edge/README.md example bundled for workerd (esbuild, conditions workerd/worker/browser: the default builds) in Miniflare"
    report(published.some((pkg) => pkg.name === "@beeper-kit/edge")
      ? await check(edgeName, () => edgeExampleInWorkerd(npm.dir, mock))
      : skipped(edgeName, "@beeper-kit/edge was not published"))
    if (published.some((pkg) => pkg.name === cliPackage)) await cliRoundTrip(root, registry, npm.dir, mock, report)
    else report(skipped(`${cliPackage}: npm i -g and npx`, `${cliPackage} was not published`))
  } finally {
    mock.server.stop()
    await mock.server.exited
  }
}

// A private npm registry for the release check: verdaccio on 127.0.0.1 with throw-away storage. `@beeper-kit/*` is
// served only from what is published to it (never proxied); everything else (effect, ws, undici...) is proxied from
// the npm registry, as a user's install gets it. Packages are published with `pnpm publish` — the very artifacts a
// release uploads, `workspace:` ranges rewritten — so installing from here is installing what users will get.
import { spawnProcess, type Running } from "@beeper-kit/testkit/process"
import { closedPort } from "@beeper-kit/testkit/ports"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import type { WorkspacePackage } from "../workspace.ts"
import { runCommand, tail } from "./checks.ts"

/** A running registry. */
export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string
  /** A user config (`.npmrc`) holding the publish token for this registry. */
  readonly userConfig: string
  readonly stop: () => Promise<void>
}

const require = createRequire(import.meta.url)

const configOf = (storage: string): string => `storage: ${storage}/storage
auth:
  htpasswd:
    file: ${storage}/htpasswd
    max_users: 1
uplinks:
  npmjs:
    url: https://registry.npmjs.org/
    timeout: 60s
packages:
  "@beeper-kit/*":
    access: $all
    publish: $authenticated
  "**":
    access: $all
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`

/** Starts verdaccio in `dir` (its storage, config and user file), registers the publishing user. */
export const startRegistry = async (dir: string): Promise<Registry> => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, "config.yaml"), configOf(dir))
  const port = await closedPort()
  const url = `http://127.0.0.1:${port}/`
  const bin = join(require.resolve("verdaccio/package.json"), "..", "bin", "verdaccio")
  // `--use-system-ca`: verdaccio trusts the certificate authorities the machine trusts (as curl and git do), so it
  // reaches the npm registry behind an intercepting proxy too; the consumers talk only to it, over loopback
  const server: Running = spawnProcess(process.execPath, ["--use-system-ca", bin, "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    cwd: dir,
    env: process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {},
  })
  const stop = async () => {
    server.stop()
    await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    server.stop("SIGKILL")
  }
  try {
    await server.waitForLine((line) => line.includes("http address"))
    const response = await fetch(`${url}-/user/org.couchdb.user:release-check`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "release-check", password: crypto.randomUUID() }),
    })
    const { token } = (await response.json()) as { token?: string }
    if (!response.ok || token === undefined) throw new Error(`verdaccio refused the publishing user (${response.status})`)
    const userConfig = join(dir, "npmrc")
    writeFileSync(userConfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`)
    return { url, userConfig, stop }
  } catch (error) {
    await stop()
    throw new Error(`verdaccio did not start: ${error instanceof Error ? error.message : String(error)}\n${server.stdout()}${server.stderr()}`)
  }
}

/**
 * The environment for a package manager that must use this registry: the caller's, without the `npm_config_*` a
 * parent `npm run` / `pnpm run` exported (its `npm_config_registry` would win over any `.npmrc` and send installs to
 * the public registry), with the registry and a user config of our own.
 */
export const registryEnv = (registry: Registry, userConfig: string = registry.userConfig): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name))),
  npm_config_registry: registry.url,
  npm_config_userconfig: userConfig,
  NPM_CONFIG_REGISTRY: registry.url, // Deno reads only this spelling
})

/** `pnpm publish` of one package to the registry (its `files`, its `exports`, `workspace:^` made a version range). */
export const publish = (pkg: WorkspacePackage, registry: Registry): string => {
  const result = runCommand("pnpm", ["publish", "--no-git-checks", "--registry", registry.url], {
    cwd: pkg.dir,
    env: registryEnv(registry),
  })
  if (result.status !== 0) throw new Error(`pnpm publish failed:\n${tail(result.output, 30)}`)
  return result.output.trim().split("\n").filter((line) => line.startsWith("+ ")).join("\n")
}

/** Removes the registry's folder (after `stop`). */
export const removeRegistry = (dir: string): void => rmSync(dir, { recursive: true, force: true })

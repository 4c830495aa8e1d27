// The registry round trip of the command line, `@beeper-kit/cli`, as packages/cli/README.md says to get it:
// `npm i -g @beeper-kit/cli` (into a temporary prefix, never the machine's global folder) and then `beeper-kit`, and
// `npx @beeper-kit/cli` from a project that does not depend on it. Both run `accounts --json` against the published
// mock server, and must print exactly the mock's accounts as JSON — the built bin, its dependencies as npm resolves
// them, and the JSON output, end to end.
import { mkdirSync } from "node:fs"
import { get } from "node:http"
import { dirname, join } from "node:path"
import { runProcess } from "@beeper-kit/testkit/process"
import { check, runCommand, skipped, tail } from "./checks.ts"
import { type Registry, registryEnv } from "./registry.ts"
import type { CheckResult } from "./results.ts"

/** The CLI's package and its command. */
export const cliPackage = "@beeper-kit/cli"
const cliBin = "beeper-kit"

/** The mock server the commands run against. */
export interface CliTarget {
  readonly url: string
  readonly token: string
}

/** Where a command runs: its folder and the environment that points npm at the registry. */
interface Place {
  readonly dir: string
  readonly env: NodeJS.ProcessEnv
}

/**
 * The mock's account IDs, read on a connection of its own (`agent: false`): a keep-alive socket left from the
 * examples' requests may have been closed by the server meanwhile, and must not fail the check.
 */
const accountIDs = (target: CliTarget): Promise<ReadonlyArray<string>> =>
  new Promise((resolve, reject) => {
    const request = get(new URL("/v1/accounts", target.url), { agent: false, headers: { authorization: `Bearer ${target.token}` } }, (response) => {
      let body = ""
      response.setEncoding("utf8")
      response.on("data", (chunk: string) => (body += chunk))
      response.on("end", () => {
        try {
          if (response.statusCode !== 200) throw new Error(`GET /v1/accounts: ${response.statusCode} ${body}`)
          resolve((JSON.parse(body) as ReadonlyArray<{ accountID: string }>).map((account) => account.accountID))
        } catch (error) {
          reject(error)
        }
      })
      response.on("error", reject)
    })
    request.on("error", (error) => reject(new Error(`GET /v1/accounts from the mock: ${error.message}`)))
  })

/**
 * Runs `command ...args` (the CLI, or npx starting it) with the target's token and URL, and fails unless it exits 0
 * printing the mock's accounts as one JSON array.
 */
const expectAccountsJson = async (target: CliTarget, command: string, args: ReadonlyArray<string>, place: Place): Promise<string> => {
  const expected = await accountIDs(target)
  const env = Object.fromEntries(Object.entries(place.env).filter((entry): entry is [string, string] => entry[1] !== undefined))
  const { code, stdout, output } = await runProcess(command, args, {
    cwd: place.dir,
    env: { ...env, BEEPER_ACCESS_TOKEN: target.token, BEEPER_DESKTOP_URL: target.url },
    timeoutMs: 180_000,
  })
  let printed: ReadonlyArray<string> | undefined
  try {
    printed = (JSON.parse(stdout) as ReadonlyArray<{ accountID: string }>).map((account) => account.accountID)
  } catch {
    printed = undefined
  }
  if (code !== 0 || printed === undefined || printed.join() !== expected.join()) {
    throw new Error(`exit ${code}, expected the accounts ${expected.join(", ")} as JSON:\n${tail(output, 30)}`)
  }
  return `${expected.length} accounts: ${expected.join(", ")}`
}

/**
 * The checks: `npm i -g --prefix <tmp> @beeper-kit/cli`, then `beeper-kit accounts --json` from that prefix's bin;
 * `npx @beeper-kit/cli accounts --json` in `consumerDir` (a project that has the SDK but not the CLI).
 */
export const cliRoundTrip = async (
  root: string,
  registry: Registry,
  consumerDir: string,
  target: CliTarget,
  report: (result: CheckResult) => void,
): Promise<void> => {
  const prefix = join(root, "global")
  mkdirSync(prefix, { recursive: true })
  const env: NodeJS.ProcessEnv = {
    ...registryEnv(registry, join(consumerDir, ".npmrc")),
    // npx keeps what it fetched under the cache by package name: an earlier run's 0.0.0 must not answer for this one
    npm_config_cache: join(root, "npm-cache"),
    // `#!/usr/bin/env node` finds this Node (the toolchain's), not whatever else is on the PATH
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    NO_COLOR: "1",
  }
  const installed = await check(`npm i -g ${cliPackage} (--prefix, a temporary folder)`, () => {
    const run = runCommand("npm", ["install", "--global", "--prefix", prefix, cliPackage], { cwd: root, env })
    if (run.status !== 0) throw new Error(`npm install --global failed:\n${tail(run.output, 30)}`)
    return tail(run.output, 3)
  })
  report(installed)
  const globalRun = `${cliBin} accounts --json (from npm i -g) against the published mock`
  report(installed.status === "passed"
    ? await check(globalRun, () => expectAccountsJson(target, join(prefix, "bin", cliBin), ["accounts", "--json"], { dir: root, env }))
    : skipped(globalRun, "npm i -g failed"))
  report(await check(`npx ${cliPackage} accounts --json (from a consumer project) against the published mock`, () =>
    expectAccountsJson(target, "npx", [cliPackage, "accounts", "--json"], { dir: consumerDir, env })))
}

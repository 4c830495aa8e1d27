// `pnpm release:check`: is every public package fit to publish? `npm test` (scripts/dev.sh test) runs it after the
// tests, so CI's one summary counts it; it is the slow part (it builds, packs, publishes to a local registry and installs from it into
// projects outside the workspace). Prints one line per check
// and writes tooling/spec-tools/.test-results/release-check.json (vitest's JSON shape) for the root summary.
// Exits 1 when a check failed. `--keep` leaves the registry and the consumer projects in place for inspection.
// It must leave the checkout as it found it (its build regenerates src/generated/, deno may write a lockfile): the
// last check compares the files git does not ignore with a snapshot taken first, and fails on a change its steps
// could have made (generated code, specs, changesets, lockfiles, new build output beside the sources).
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { publicPackages, repoRoot, type WorkspacePackage } from "../workspace.ts"
import { changedFiles, changesByReleaseCheck, check, checkTarballContents, jsrDryRun, pack, runAttw, runCommand, runPublint, skipped, snapshotCheckout, tail } from "./checks.ts"
import { denoJsonDisagreements } from "../deno-json.ts"
import { nodeVersionDisagreements, outsideLinks } from "./front-door.ts"
import { publish, type Registry, startRegistry } from "./registry.ts"
import { registryRoundTrip } from "./round-trip.ts"
import { writeResults, type CheckResult } from "./results.ts"

/** Where the results go: this package's .test-results/, which scripts/test-summary.ts reads. */
export const resultsFile = join(repoRoot, "tooling", "spec-tools", ".test-results", "release-check.json")

/** The packages the release check expects, by folder; a missing one is reported as skipped, not failed. */
const expectedPackages = ["core", "effect", "mock-server", "node", "deno", "bun", "edge", "cli"] as const

const main = async (): Promise<number> => {
  const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } })
  const startTime = Date.now()
  const results: Array<CheckResult> = []
  const report = (result: CheckResult) => {
    results.push(result)
    const mark = result.status === "passed" ? "ok  " : result.status === "skipped" ? "skip" : "FAIL"
    console.log(`${mark} ${result.name}${result.status === "passed" ? "" : `: ${result.message.split("\n")[0]}`} (${result.durationMs} ms)`)
    if (result.status === "failed" && result.message.includes("\n")) {
      const lines = result.message.split("\n")
      console.log(lines.slice(0, 30).map((line) => `       ${line}`).join("\n"))
      if (lines.length > 30) console.log(`       … ${lines.length - 30} more lines in ${resultsFile.slice(repoRoot.length)}`)
    }
  }

  const checkout = snapshotCheckout(repoRoot)
  const packages = publicPackages()
  for (const folder of expectedPackages) {
    if (!packages.some((pkg) => pkg.relativeDir === `packages/${folder}`)) report(skipped(`packages/${folder}`, `packages/${folder} does not exist yet; its checks are skipped`))
  }

  report(await check("build (turbo run build)", () => {
    const result = runCommand("pnpm", ["build"], { cwd: repoRoot })
    if (result.status !== 0) throw new Error(`pnpm build failed:\n${tail(result.output)}`)
  }))

  const packDir = mkdtempSync(join(tmpdir(), "beeper-kit-tarballs-"))
  const tarballs = new Map<string, string>()
  for (const pkg of packages) {
    const packed = await check(`pack ${pkg.name}`, () => {
      const tarball = pack(pkg, packDir)
      tarballs.set(pkg.name, tarball)
      return tarball
    })
    report(packed)
    const tarball = tarballs.get(pkg.name)
    if (tarball === undefined) {
      report(skipped(`publint ${pkg.name}`, "not packed"))
      report(skipped(`attw ${pkg.name}`, "not packed"))
      continue
    }
    report(await check(`contents ${pkg.name} (files + package.json, README, LICENSE; no maps, src/, tests, .env*, .npmrc)`, () =>
      checkTarballContents(tarball, join(repoRoot, "LICENSE"))))
    report(await check(`publint ${pkg.name}`, () => runPublint(tarball)))
    report(pkg.importable
      ? await check(`attw ${pkg.name}`, () => runAttw(tarball, packDir))
      : skipped(`attw ${pkg.name}`, "only a bin: nothing to import, so no types to check (publint checks its bin; the registry round trip runs it)"))
  }

  // the registry round trip: publish every public package, install as the READMEs say, run their examples
  const registryDir = mkdtempSync(join(tmpdir(), "beeper-kit-registry-"))
  let registry: Registry | undefined
  report(await check("registry: verdaccio on 127.0.0.1 (npm's packages proxied, @beeper-kit/* only as published)", async () => {
    registry = await startRegistry(join(registryDir, "verdaccio"))
    return registry.url
  }))
  if (registry !== undefined) {
    const published: Array<WorkspacePackage> = []
    for (const pkg of packages) {
      const result = await check(`publish ${pkg.name} (pnpm publish)`, () => publish(pkg, registry!))
      report(result)
      if (result.status === "passed") published.push(pkg)
    }
    try {
      await registryRoundTrip(registryDir, registry, published, report)
    } finally {
      await registry.stop()
    }
  }

  report(await check("docs: one minimum Node version (every engines.node and every \"Node ≥\" the docs state)", () => {
    const problems = nodeVersionDisagreements(repoRoot)
    if (problems.length > 0) throw new Error(`the minimum Node version is stated differently:\n${problems.join("\n")}`)
  }))
  report(await check("docs: no link out of the repository in its Markdown", () => {
    const links = outsideLinks(repoRoot)
    if (links.length > 0) throw new Error(`links out of the repository (the docs must stand on their own):\n${links.join("\n")}`)
  }))

  report(await check("docs: every public export has a doc comment, and @since and @category in effect and the adapters (pnpm run docs --check)", () => {
    const result = runCommand(process.execPath, [join(repoRoot, "tooling", "spec-tools", "src", "docs", "cli.ts"), "--check"], { cwd: repoRoot })
    const summary = result.output.split("\n").filter((line) => line.startsWith("docs:") || line.startsWith("  @") || line.startsWith("    ")).join("\n")
    if (result.status !== 0) throw new Error(summary || result.output)
    return summary
  }))

  const denoPackage = join(repoRoot, "packages", "deno")
  if (existsSync(join(denoPackage, "deno.json"))) {
    report(await check("packages/deno/deno.json (JSR) has package.json's version and npm ranges", () => {
      const problems = denoJsonDisagreements(repoRoot)
      if (problems.length > 0) {
        throw new Error(`deno.json disagrees with package.json (after \`changeset version\`? \`pnpm run version\` runs both; ` +
          `or run \`node tooling/spec-tools/src/deno-json.ts --write\`):\n${problems.join("\n")}`)
      }
    }))
  }
  if (existsSync(join(denoPackage, "jsr.json")) || existsSync(join(denoPackage, "deno.json"))) {
    report(await check("jsr publish --dry-run packages/deno", () => jsrDryRun(denoPackage, join(repoRoot, "node_modules", ".bin", "deno"))))
  } else {
    report(skipped("jsr publish --dry-run packages/deno", existsSync(denoPackage)
      ? "packages/deno has no jsr.json or deno.json yet"
      : "packages/deno does not exist yet"))
  }

  report(checkout === undefined
    ? skipped("the checkout is unchanged", "not a git checkout")
    : await check("the checkout is unchanged (generated code, specs, changesets, lockfiles; no build output beside the sources)", () => {
      const changed = changesByReleaseCheck(changedFiles(checkout, snapshotCheckout(repoRoot) ?? new Map()), checkout)
      if (changed.length > 0) {
        throw new Error(`the release check changed ${changed.length} file${changed.length === 1 ? "" : "s"} of the checkout ` +
          `(generated code out of date? run \`pnpm generate\` and commit):\n${changed.join("\n")}`)
      }
    }))

  if (!values.keep) {
    rmSync(packDir, { recursive: true, force: true })
    rmSync(registryDir, { recursive: true, force: true })
  }
  writeResults(resultsFile, results, startTime)
  const failed = results.filter((result) => result.status === "failed").length
  const passed = results.filter((result) => result.status === "passed").length
  console.log(`release check: ${passed} passed, ${failed} failed, ${results.length - passed - failed} skipped (${resultsFile.slice(repoRoot.length)})`)
  return failed === 0 ? 0 : 1
}

if (import.meta.main) process.exitCode = await main()

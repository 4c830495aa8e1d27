// The release check's building blocks against real tools and runtimes, on tiny packages made for the test: a
// sound one, and broken ones that publint, arethetypeswrong and the smoke script must each catch.
import { copyFileSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { changedFiles, changesByReleaseCheck, check, checkTarballContents, pack, runAttw, runCommand, runPublint, runtimes, smoke, snapshotCheckout } from "../src/release-check/checks.ts"
import { denoJsonDisagreements, writeDenoJson } from "../src/deno-json.ts"
import { bundleInstalledWorker, runWorker } from "../src/release-check/edge-worker.ts"
import { publish, registryEnv, startRegistry } from "../src/release-check/registry.ts"
import { nodeVersionDisagreements, outsideLinks } from "../src/release-check/front-door.ts"
import { toVitestJson } from "../src/release-check/results.ts"
import { sameEffect } from "../src/release-check/round-trip.ts"
import { publicPackages, repoRoot, type WorkspacePackage } from "../src/workspace.ts"
import { makeTempDir, removeTempDirs } from "./support/temp-dir.ts"

afterAll(removeTempDirs)

/** Writes a package folder; `files` maps relative paths to contents. */
const makePackage = (name: string, manifest: Record<string, unknown>, files: Record<string, string>): WorkspacePackage => {
  const dir = makeTempDir("release-check-pkg-")
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", type: "module", license: "MIT", ...manifest }, null, 2))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return { name, version: "1.0.0", dir, relativeDir: dir, isPublic: true, importable: true, isGenerated: false, sourceEntryPoints: [], manifest }
}

const exportsMap = { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" }
const sound = () => makePackage("@fixture/sound", { exports: exportsMap, files: ["dist"], sideEffects: false }, {
  "dist/index.js": "export const greet = (name) => `hello ${name}`\n",
  "dist/index.d.ts": "/** Greets. */\nexport declare const greet: (name: string) => string\n",
})

describe("release check building blocks", () => {
  it("packs, and publint and arethetypeswrong pass a sound ESM package", async () => {
    const out = makeTempDir("release-check-out-")
    const tarball = pack(sound(), out)
    expect(tarball).toMatch(/fixture-sound-1\.0\.0\.tgz$/)
    await expect(runPublint(tarball)).resolves.toBe("")
    expect(() => runAttw(tarball, out)).not.toThrow()
  })

  it("the content check passes dist/ + package.json, README and LICENSE, and names maps, src/, tests, .env*, .npmrc, strays and a missing or foreign LICENSE", () => {
    const out = makeTempDir("release-check-out-")
    const license = join(repoRoot, "LICENSE")
    const soundPackage = makePackage("@fixture/contents-sound", { exports: exportsMap, files: ["dist"] }, {
      "dist/index.js": "export const x = 1\n", "dist/index.d.ts": "export declare const x: number\n", "README.md": "# x\n",
      "LICENSE": readFileSync(license, "utf8"), "src/index.ts": "export const x = 1\n", ".env": "TOKEN=secret\n", "notes.txt": "not in files\n",
    })
    expect(checkTarballContents(pack(soundPackage, out), license)).toBe("5 files: LICENSE, README.md, dist, package.json")

    // what `pnpm pack` itself lets through when `files` names too much, and a foreign LICENSE
    const leaky = makePackage("@fixture/contents-leaky", { exports: exportsMap, files: ["dist", "src"] }, {
      "dist/index.js": "export const x = 1\n", "dist/index.d.ts": "export declare const x: number\n", "dist/index.js.map": "{}",
      "dist/index.test.js": "", "dist/.env.local": "TOKEN=secret\n", "src/index.ts": "export const x = 1\n", "LICENSE": "All rights reserved.\n",
    })
    expect(() => checkTarballContents(pack(leaky, out), license)).toThrow(new RegExp([
      "dist/\\.env\\.local: an environment file", "dist/index\\.js\\.map: a source or declaration map", "dist/index\\.test\\.js: a test file",
      "src/index\\.ts: a source folder", "LICENSE is not the repository's LICENSE",
    ].join("[^]*")))

    // a tarball made by other means (pnpm leaves .npmrc out): files outside `files`, an .npmrc, no LICENSE
    const stray = makeTempDir("release-check-stray-")
    mkdirSync(join(stray, "package", "dist"), { recursive: true })
    writeFileSync(join(stray, "package", "package.json"), JSON.stringify({ name: "@fixture/stray", version: "1.0.0", files: ["dist"] }))
    for (const file of ["dist/index.js", ".npmrc", "extra.txt", "CHANGELOG.md"]) writeFileSync(join(stray, "package", file), "x\n")
    expect(runCommand("tar", ["-czf", join(out, "stray.tgz"), "package"], { cwd: stray }).status).toBe(0)
    expect(() => checkTarballContents(join(out, "stray.tgz"), license)).toThrow(new RegExp([
      "\\.npmrc: an \\.npmrc", "CHANGELOG\\.md: outside `files`", "extra\\.txt: outside `files`", "no LICENSE",
    ].join("[^]*")))
  })

  it("every public package folder holds the repository's LICENSE (npm and pnpm pack it from there)", () => {
    const license = readFileSync(join(repoRoot, "LICENSE"), "utf8")
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the @beeper-kit authors\n/)
    for (const pkg of publicPackages()) expect(readFileSync(join(pkg.dir, "LICENSE"), "utf8"), `${pkg.relativeDir}/LICENSE`).toBe(license)
  })

  it("publint fails a package whose exports point at an unpublished file", async () => {
    const broken = makePackage("@fixture/unpublished", { exports: exportsMap, files: ["lib"] }, {
      "dist/index.js": "export const x = 1\n", "dist/index.d.ts": "export declare const x: number\n", "lib/a.js": "",
    })
    const out = makeTempDir("release-check-out-")
    await expect(runPublint(pack(broken, out))).rejects.toThrow(/error: .*dist\/index\.js/)
  })

  it("arethetypeswrong fails a package whose types lie about its module format, or that has no types", () => {
    const out = makeTempDir("release-check-out-")
    const masquerading = makePackage("@fixture/masquerading", { exports: { ".": { types: "./dist/index.d.cts", default: "./dist/index.js" } }, files: ["dist"] }, {
      "dist/index.js": "export const x = 1\n", "dist/index.d.cts": "export declare const x: number\n",
    })
    expect(() => runAttw(pack(masquerading, out), out)).toThrow(/Masquerading as CJS/)
    const untyped = makePackage("@fixture/untyped", { exports: { ".": "./dist/index.js" }, files: ["dist"] }, { "dist/index.js": "export const x = 1\n" })
    expect(() => runAttw(pack(untyped, out), out)).toThrow(/does not contain types/)
  }, 120_000) // attw runs a TypeScript program per package: its own budget (a hang guard, not a speed check)

  it("publishes to the local registry, installs from it with npm, and the import check passes a sound package and fails one with an undefined export, or whose default build or a subpath throws at load, on Node, Deno and Bun", async () => {
    const root = makeTempDir("release-check-registry-")
    const registry = await startRegistry(join(root, "verdaccio"))
    try {
      // @beeper-kit/* is the scope the registry serves only from what was published to it (never from npm)
      expect(publish(makePackage("@beeper-kit/fixture-sound", { exports: exportsMap, files: ["dist"], sideEffects: false }, {
        "dist/index.js": "export const greet = (name) => `hello ${name}`\n",
        "dist/index.d.ts": "/** Greets. */\nexport declare const greet: (name: string) => string\n",
      }), registry)).toMatch(/\+ @beeper-kit\/fixture-sound@1\.0\.0/)
      publish(makePackage("@beeper-kit/fixture-hollow", { exports: exportsMap, files: ["dist"] }, {
        "dist/index.js": "export const defined = 1\nexport let notYet\n", "dist/index.d.ts": "export declare const defined: number\nexport declare let notYet: number\n",
      }), registry)
      // the `node` builds load; the `default` build of the root (what bundlers and workerd get) and a subpath throw
      const nodeAndDefault = (node: string, fallback: string) => ({ types: "./dist/index.d.ts", node, default: fallback })
      publish(makePackage("@beeper-kit/fixture-two-builds", {
        exports: { ".": nodeAndDefault("./dist/node.js", "./dist/index.js"), "./sub": { types: "./dist/index.d.ts", default: "./dist/sub.js" }, "./package.json": "./package.json" },
        files: ["dist"],
      }, {
        "dist/node.js": "export const greet = 1\n", "dist/index.js": "throw new Error('BROKEN default build')\n",
        "dist/sub.js": "throw new Error('BROKEN subpath')\n", "dist/index.d.ts": "export declare const greet: number\n",
      }), registry)
      const project = join(root, "consumer")
      mkdirSync(project)
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }))
      writeFileSync(join(project, ".npmrc"), `registry=${registry.url}\n`)
      copyFileSync(new URL("../src/release-check/smoke.mjs", import.meta.url), join(project, "smoke.mjs"))
      const env = registryEnv(registry, join(project, ".npmrc"))
      const install = runCommand("npm", ["install", "--no-audit", "--no-fund", "@beeper-kit/fixture-sound", "@beeper-kit/fixture-hollow", "@beeper-kit/fixture-two-builds"], { cwd: project, env })
      expect(install.status, install.output).toBe(0)
      const all = runtimes(repoRoot)
      expect(all.map((runtime) => runtime.name)).toEqual(expect.arrayContaining(["node", "node22", "node26", "deno", "bun"]))
      for (const runtime of all) {
        expect(smoke(runtime, project, ["@beeper-kit/fixture-sound"])).toMatch(new RegExp(`^ok @beeper-kit/fixture-sound on ${runtime.name.startsWith("node") ? "node" : runtime.name} .*: 1 exports \\(default ./dist/index.js\\)$`))
        expect(() => smoke(runtime, project, ["@beeper-kit/fixture-hollow"])).toThrow(/FAIL @beeper-kit\/fixture-hollow .*undefined at runtime: notYet/)
        // by name every runtime here takes `node`, which loads: the `default` build and the subpath are imported too
        const twoBuilds = (() => { try { return smoke(runtime, project, ["@beeper-kit/fixture-two-builds"]) } catch (error) { return String(error) } })()
        expect(twoBuilds).toMatch(/FAIL @beeper-kit\/fixture-two-builds on .*default → \.\/dist\/index\.js: .*BROKEN default build/)
        expect(twoBuilds).toMatch(/FAIL @beeper-kit\/fixture-two-builds\/sub on .*BROKEN subpath/)
      }
      // a package nobody published is not found: nothing of the scope comes from anywhere else
      const missing = runCommand("npm", ["install", "--no-audit", "--no-fund", "@beeper-kit/fixture-never-published"], { cwd: project, env })
      expect(missing.status).not.toBe(0)
      expect(missing.output).toMatch(/E404|404/)
      expect(missing.output).toContain(registry.url) // asked our registry, not the public one
    } finally {
      await registry.stop()
    }
  }, 600_000) // verdaccio, npm and five runtimes × three packages start here: their own budget (a hang guard, not a speed
  // check; ~120 s on CI's two cores, 250 s seen on a machine running other suites beside)

  it("the workerd run bundles an installed package's default build (not its node build) and fails when that build throws at load", async () => {
    const project = makeTempDir("release-check-workerd-")
    const install = (name: string, files: Record<string, string>) => {
      const dir = join(project, "node_modules", "@beeper-kit", name)
      mkdirSync(join(dir, "dist", "runtime"), { recursive: true })
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `@beeper-kit/${name}`, version: "1.0.0", type: "module",
        exports: { ".": { node: "./dist/runtime/index.js", default: "./dist/index.js" } } }))
      for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content)
    }
    install("fixture-sound", { "dist/runtime/index.js": "export const answer = 'node build'\n", "dist/index.js": "export const answer = 'default build'\n" })
    install("fixture-broken", { "dist/runtime/index.js": "export const answer = 'node build'\n", "dist/index.js": "throw new Error('BROKEN default build')\nexport const answer = 1\n" })
    const worker = (name: string) => {
      const entry = join(project, `${name}.ts`)
      writeFileSync(entry, `import { answer } from "@beeper-kit/${name}"\nexport default { fetch: () => new Response(String(answer)) }\n`)
      return entry
    }
    const sound = await bundleInstalledWorker(worker("fixture-sound"))
    expect(sound.packageFiles).toEqual(["node_modules/@beeper-kit/fixture-sound/dist/index.js"].map((file) => expect.stringMatching(new RegExp(`${file.replaceAll(".", "\\.")}$`))))
    await expect(runWorker(sound.script, {})).resolves.toEqual({ status: 200, body: "default build" })
    const broken = await bundleInstalledWorker(worker("fixture-broken"))
    await expect(runWorker(broken.script, {})).rejects.toThrow(/BROKEN default build/)
  }, 60_000) // workerd starts twice: its own budget (a hang guard, not a speed check)

  it("notices changes to the checkout it runs in (not to ignored files), and which of them its own steps could make", () => {
    const root = makeTempDir("release-check-git-")
    const git = (...args: Array<string>) => runCommand("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], { cwd: root })
    expect(git("init", "-q").status).toBe(0)
    writeFileSync(join(root, ".gitignore"), "dist/\n")
    writeFileSync(join(root, "a.ts"), "export const a = 1\n")
    writeFileSync(join(root, "b.ts"), "export const b = 1\n")
    writeFileSync(join(root, "draft.ts"), "untracked work in progress\n")
    git("add", ".gitignore", "a.ts", "b.ts")
    git("commit", "-qm", "init")
    const before = snapshotCheckout(root)!
    expect([...before.keys()].sort()).toEqual([".gitignore", "a.ts", "b.ts", "draft.ts"])
    expect(changedFiles(before, snapshotCheckout(root)!)).toEqual([])

    mkdirSync(join(root, "dist"))
    writeFileSync(join(root, "dist", "a.js"), "build output\n")
    expect(changedFiles(before, snapshotCheckout(root)!)).toEqual([])
    writeFileSync(join(root, "a.ts"), "export const a = 2\n")
    unlinkSync(join(root, "b.ts"))
    writeFileSync(join(root, "deno.lock"), "{}\n")
    const changed = changedFiles(before, snapshotCheckout(root)!)
    expect(changed).toEqual(["a.ts", "b.ts", "deno.lock"])
    // A source edited by someone working meanwhile is not the release check's doing; a lockfile is.
    expect(changesByReleaseCheck(changed, before)).toEqual(["deno.lock"])
    expect(changesByReleaseCheck(["packages/core/src/generated/http/sdk.gen.ts", "packages/core/src/index.js", "packages/core/src/index.ts", "spec/openapi.yaml", "draft.ts"], before))
      .toEqual(["packages/core/src/generated/http/sdk.gen.ts", "packages/core/src/index.js", "spec/openapi.yaml"])
    expect(snapshotCheckout(makeTempDir("release-check-no-git-"))).toBeUndefined()
  })

  it("sees the workspace's public packages, the CLI among them as a bin-only package (nothing to import, so no attw)", () => {
    const packages = publicPackages()
    const cli = packages.find((pkg) => pkg.name === "@beeper-kit/cli")
    expect(cli).toMatchObject({ relativeDir: "packages/cli", isPublic: true, importable: false })
    for (const pkg of packages.filter((p) => p !== cli)) expect(pkg.importable, pkg.name).toBe(true)
    expect(packages.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(["@beeper-kit/effect", "@beeper-kit/node", "@beeper-kit/mock-server"]))
  })

  it("the front door: this repository states one minimum Node version and links nowhere outside itself", () => {
    expect(nodeVersionDisagreements(repoRoot)).toEqual([])
    expect(outsideLinks(repoRoot)).toEqual([])
  })

  it("the front door check names a diverging engines.node, a diverging \"Node ≥\" in a README or TSDoc, and a link out", () => {
    const root = makeTempDir("release-check-front-door-")
    const write = (path: string, content: string) => {
      mkdirSync(join(root, path, ".."), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    write("package.json", JSON.stringify({ engines: { node: ">=22.19" } }))
    write("packages/a/package.json", JSON.stringify({ engines: { node: ">=22.19" } }))
    write("packages/b/package.json", JSON.stringify({ engines: { node: ">=20" } }))
    write("packages/a/README.md", "Runs on Node ≥ 22.19 and Deno.\nTry `curl http://localhost:23373/v1/info`.\n")
    write("packages/a/src/index.ts", "/** Needs Node >= 22.18. */\nexport const x = 1\n")
    write("README.md", "# x\n\nNode ≥ 22.19. See [the API](https://developers.example.com/api).\n")
    write("packages/a/node_modules/dep/README.md", "Node ≥ 18, https://elsewhere.example\n")
    expect(nodeVersionDisagreements(root)).toEqual([
      'packages/b/package.json: engines.node is ">=20", the root\'s is ">=22.19"',
      'packages/a/src/index.ts:1: states "Node >= 22.18", the minimum is Node ≥ 22.19',
    ])
    expect(outsideLinks(root)).toEqual(["README.md:3: https://developers.example.com/api"])
  })

  it("deno.json (JSR) agrees with package.json here; after a version bump it disagrees, by name, until the version script writes it", () => {
    expect(denoJsonDisagreements(repoRoot)).toEqual([])
    // a scratch copy of the manifests, then what `changeset version` does: every package.json moves, deno.json does not
    const root = makeTempDir("release-check-deno-json-")
    for (const [folder, file] of [["deno", "package.json"], ["deno", "deno.json"], ["effect", "package.json"]] as const) {
      mkdirSync(join(root, "packages", folder), { recursive: true })
      copyFileSync(join(repoRoot, "packages", folder, file), join(root, "packages", folder, file))
    }
    expect(denoJsonDisagreements(root)).toEqual([])
    const bump = (folder: string, version: string) => {
      const file = join(root, "packages", folder, "package.json")
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), version }, null, 2))
    }
    bump("deno", "7.1.0")
    bump("effect", "7.1.0")
    const denoJson = readFileSync(join(root, "packages", "deno", "deno.json"), "utf8")
    const problems = denoJsonDisagreements(root)
    expect(problems).toEqual([
      expect.stringMatching(/^packages\/deno\/deno\.json: version is "\d+\.\d+\.\d+.*", packages\/deno\/package\.json's is "7\.1\.0"$/),
      expect.stringMatching(/^packages\/deno\/deno\.json: imports\["@beeper-kit\/effect"\] is "npm:@beeper-kit\/effect@.*", npm users get "npm:@beeper-kit\/effect@\^7\.1\.0"$/),
    ])
    // a peer range moved in package.json only is caught too
    const manifest = join(root, "packages", "deno", "package.json")
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), peerDependencies: { effect: "^4.9.0" } }, null, 2))
    expect(denoJsonDisagreements(root)).toEqual(expect.arrayContaining([
      'packages/deno/deno.json: imports["effect"] is "npm:effect@^4.1.5", npm users get "npm:effect@^4.9.0"',
      'packages/deno/deno.json: imports["effect/"] is "npm:/effect@^4.1.5/", npm users get "npm:/effect@^4.9.0/"',
    ]))

    expect(writeDenoJson(root)).toBe(true)
    expect(denoJsonDisagreements(root)).toEqual([])
    const written = readFileSync(join(root, "packages", "deno", "deno.json"), "utf8")
    expect(JSON.parse(written)).toMatchObject({ version: "7.1.0", imports: { "@beeper-kit/effect": "npm:@beeper-kit/effect@^7.1.0", effect: "npm:effect@^4.9.0" } })
    // only the values moved: the file's other lines are as written
    expect(written.split("\n").filter((line) => !denoJson.split("\n").includes(line))).toHaveLength(4) // version, @beeper-kit/effect, effect, effect/
    expect(writeDenoJson(root)).toBe(false)
  })

  it("tells whether a fresh install resolves the effect the workspace tests, and what to do when it does not", () => {
    const withEffect = (version: string): string => {
      const dir = makeTempDir("effect-version-")
      mkdirSync(join(dir, "node_modules", "effect"), { recursive: true })
      writeFileSync(join(dir, "node_modules", "effect", "package.json"), JSON.stringify({ name: "effect", version }))
      return dir
    }
    expect(sameEffect(withEffect("4.1.5"), withEffect("4.1.5"))).toMatchObject({ status: "passed", message: "effect 4.1.5" })
    const newer = sameEffect(withEffect("4.1.6"), withEffect("4.1.5"))
    expect(newer.status).toBe("skipped")
    expect(newer.message).toContain("a fresh install resolves effect 4.1.6, the workspace tests 4.1.5")
  })

  it("records outcomes in vitest's JSON shape, which the root summary adds up", async () => {
    const results = [
      await check("passes", () => "fine"),
      await check("fails", () => { throw new Error("broken") }),
      { name: "skipped", status: "skipped" as const, message: "packages/deno does not exist yet", durationMs: 0 },
    ]
    expect(toVitestJson(results, 0)).toMatchObject({
      numTotalTests: 3, numPassedTests: 1, numFailedTests: 1, numPendingTests: 1, success: false,
      testResults: [{ assertionResults: [{ title: "passes", status: "passed" }, { title: "fails", status: "failed", failureMessages: ["broken"] }, { title: "skipped", status: "pending" }] }],
    })
  })
})

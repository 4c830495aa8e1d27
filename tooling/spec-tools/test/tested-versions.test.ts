// The root README's "versions tested" table says what `npm test` really runs: each row is read from where that
// version is set (scripts/toolchain.sh, the workspace's package.json files), so a bump that forgets the README fails.
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

const repo = new URL("../../../", import.meta.url)
const text = (path: string): string => readFileSync(new URL(path, repo), "utf8")
const manifest = (path: string): Record<string, Record<string, string>> => JSON.parse(text(path))

/** The versions (x.y.z) in the README table's row for `name`, in order. */
const row = (name: string): ReadonlyArray<string> => {
  const line = text("README.md").split("\n").find((l) => l.startsWith(`| ${name} |`))
  if (line === undefined) throw new Error(`README.md has no row "${name}" in its versions table`)
  return [...line.slice(name.length + 4).matchAll(/\d+\.\d+\.\d+/g)].map((m) => m[0])
}
const toolchain = (variable: string): string => {
  const match = new RegExp(`^${variable}=(\\S+)$`, "m").exec(text("scripts/toolchain.sh"))
  if (match === null) throw new Error(`scripts/toolchain.sh sets no ${variable}`)
  return match[1]!
}
const root = manifest("package.json").devDependencies!
const typescripts = manifest("tooling/spec-tools/package.json").devDependencies!
const version = (spec: string): string => spec.replace(/^npm:[^@]+@/, "").replace(/^\^/, "")

describe("the README's versions table", () => {
  it("names the Node builds of the toolchain and the packages' minimum", () => {
    expect(row("Node")).toEqual([toolchain("NODE22_VERSION"), toolchain("NODE_VERSION"), toolchain("NODE26_VERSION")])
    expect(text("README.md")).toContain(`the packages need Node ≥ ${manifest("packages/effect/package.json").engines!.node!.replace(">=", "")}`)
  })

  it("names the Deno, Bun, miniflare and edge-runtime the workspace installs", () => {
    expect(row("Deno")).toEqual([root.deno])
    expect(row("Bun")).toEqual([root.bun])
    const workerd = /^\s+workerd: (\S+)$/m.exec(text("pnpm-workspace.yaml"))?.[1]
    expect(row("Cloudflare Workers")).toEqual([workerd, root.miniflare])
    expect(row("Vercel Edge")).toEqual([manifest("tooling/conformance/package.json").devDependencies!["@edge-runtime/vm"]])
  })

  it("names the effect the workspace tests and the peer range the packages declare", () => {
    const peer = manifest("packages/effect/package.json").peerDependencies!.effect!
    expect(row("`effect`")).toEqual([root.effect, version(peer)])
    expect(text("README.md")).toContain(`peer range: \`${peer}\``)
  })

  it("names the pnpm majors the release check installs the packages with", () => {
    expect(row("pnpm, installing the packages as a user")).toEqual([toolchain("PNPM_VERSION"), toolchain("PNPM12_VERSION")])
  })

  it("names the TypeScript compilers the release check type-checks the examples with", () => {
    expect(row("TypeScript, for the published types")).toEqual([typescripts.typescript, typescripts.typescript6, typescripts.typescript7].map((v) => version(v!)))
  })
})

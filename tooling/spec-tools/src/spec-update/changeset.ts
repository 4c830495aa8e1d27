// The changeset `pnpm spec:update` writes: which packages a spec change bumps, by how much, and the report as the
// changelog text.
//
// The bump map:
// - The level is the diff's: any breaking change → major, else any addition → minor, else patch (changes.ts).
// - The packages are every public package whose code is generated from the spec (it has a `generate` script):
//   today @beeper-kit/core (types + fetch SDK), @beeper-kit/effect (Schemas, endpoint table) and
//   @beeper-kit/mock-server (the `paths` types its routes are checked against). A breaking change to the API is a
//   breaking change to each of them, so each gets the same level and the report in its own CHANGELOG.
// - Packages that only depend on those (the runtime adapters @beeper-kit/node|deno|bun|edge) are not listed: the
//   `fixed` group in .changeset/config.json versions every public @beeper-kit package together, so they move to
//   the same version anyway, with an "updated dependencies" changelog entry.
import { createHash } from "node:crypto"
import { join } from "node:path"
import type { Bump } from "./changes.ts"
import { listPackages, type WorkspacePackage } from "../workspace.ts"

/** The packages a spec change bumps: the public ones generated from the spec. */
export const packagesAffectedBySpec = (root: string): ReadonlyArray<WorkspacePackage> =>
  listPackages(root).filter((pkg) => pkg.isPublic && pkg.isGenerated)

/** The text of a changeset file: front matter with one `"name": bump` line per package, then the summary. */
export const renderChangeset = (packages: ReadonlyArray<string>, bump: Bump, summary: string): string =>
  `---\n${packages.map((name) => `"${name}": ${bump}`).join("\n")}\n---\n\n${summary.trimEnd()}\n`

/**
 * Where the changeset for a new document goes: `.changeset/desktop-api-4-3-0-1a2b3c4d.md`. Named after the Desktop
 * version and the document's content, so running the same update twice overwrites rather than duplicates.
 */
export const changesetPath = (root: string, version: string | undefined, specText: string): string => {
  const slug = (version ?? "unversioned").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")
  const hash = createHash("sha256").update(specText).digest("hex").slice(0, 8)
  return join(root, ".changeset", `desktop-api-${slug}-${hash}.md`)
}

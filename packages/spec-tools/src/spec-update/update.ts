// `pnpm spec:update` as a function: new document → patches → our `x-` annotations carried over → checks →
// normalised spec/openapi.yaml → change report → changeset → `pnpm generate`. Nothing is written unless every
// check passes first.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { dirname, join, relative, resolve } from "node:path"
import { parse } from "yaml"
import { carryOverAnnotations, renderAnnotationReport, type AnnotationCarryOver } from "./annotations.ts"
import { changesetPath, packagesAffectedBySpec, renderChangeset } from "./changeset.ts"
import type { Bump } from "./changes.ts"
import { diffSpecs, type SpecDiff } from "./diff.ts"
import { collectRefs, danglingRefs, isOpenApiDocument, resolveRef, type OpenApiDocument } from "./document.ts"
import { printDocument } from "./normalize.ts"
import { applySpecPatches, loadPatches } from "./patches.ts"
import { renderReport } from "./report.ts"
import { loadSpec } from "./source.ts"

/** Thrown when the new document fails a check; nothing has been written. */
export class SpecUpdateError extends Error {
  override readonly name = "SpecUpdateError"
}

/** What to update and how. */
export interface UpdateOptions {
  /** The repository root (holds spec/, .changeset/, packages/). */
  readonly root: string
  /** A file or http(s) URL; undefined: the running Beeper Desktop (see source.ts). */
  readonly from?: string | undefined
  /** Resolves a relative `from` (default: the current directory). */
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly fetch?: typeof globalThis.fetch
  /** Compute and report only; write nothing, generate nothing. */
  readonly dryRun?: boolean
  /** Run `pnpm generate` after writing the spec (default true). */
  readonly generate?: boolean
  /**
   * Apply spec/patches.yaml (default: yes, except when `from` is spec/openapi.yaml itself, which already carries
   * them: re-normalising the checked-in file must not patch it twice).
   */
  readonly applyPatches?: boolean
  /**
   * Copy the `x-` annotations of the current spec/openapi.yaml onto the new document where it lacks them, and give
   * new operations a default `x-idempotent` (see annotations.ts). Default true.
   */
  readonly carryOverAnnotations?: boolean
  /** Progress lines (the CLI prints them on stderr, keeping stdout for the report). */
  readonly log?: (line: string) => void
  /** Regenerates the code (default: `pnpm generate` in `root`, its output on stderr). */
  readonly runGenerate?: (root: string) => Promise<void>
}

/** What an update did. */
export interface UpdateResult {
  readonly source: string
  readonly diff: SpecDiff
  /**
   * The change report (Markdown): the API changes (also the changeset's text), then what happened to our `x-`
   * annotations (carried over, not carried over, defaults to review).
   */
  readonly report: string
  /** The annotations carried over from the previous document (empty when `carryOverAnnotations` is false). */
  readonly annotations: AnnotationCarryOver
  /** How many spec/patches.yaml entries were applied. */
  readonly patchesApplied: number
  /** Whether spec/openapi.yaml got new bytes (false when unchanged or in a dry run). */
  readonly specWritten: boolean
  /** The changeset written (absent when nothing changed or in a dry run). */
  readonly changeset?: { readonly path: string; readonly packages: ReadonlyArray<string>; readonly bump: Bump }
  /** Whether `pnpm generate` ran. */
  readonly generated: boolean
}

const emptyDocument: OpenApiDocument = { openapi: "3.1.0", info: {}, paths: {} }

/** Runs the whole update. Throws {@link SpecUpdateError} (or a source/patch error) before writing anything. */
export const updateSpec = async (options: UpdateOptions): Promise<UpdateResult> => {
  const log = options.log ?? (() => {})
  const specFile = join(options.root, "spec", "openapi.yaml")
  const cwd = options.cwd ?? process.cwd()
  const fromSpecFile = options.from !== undefined && !/^https?:/i.test(options.from) && resolve(cwd, options.from) === resolve(specFile)

  const loaded = await loadSpec(options.from, { cwd, env: options.env ?? process.env, ...(options.fetch ? { fetch: options.fetch } : {}) })
  log(`spec:update: read ${loaded.source} (${Object.keys(loaded.document.paths).length} paths, info.version ${loaded.document.info.version ?? "(none)"})`)

  let document = loaded.document
  let patchesApplied = 0
  if (options.applyPatches ?? !fromSpecFile) {
    const patches = await loadPatches(join(options.root, "spec", "patches.yaml"))
    document = applySpecPatches(document, patches)
    patchesApplied = patches.length
    log(`spec:update: applied ${patches.length} patch${patches.length === 1 ? "" : "es"} from spec/patches.yaml`)
  } else {
    log("spec:update: the source is spec/openapi.yaml itself; spec/patches.yaml is already applied to it")
  }

  const previousText = await readFile(specFile, "utf8").catch(() => undefined)
  const parsedPrevious: unknown = previousText === undefined ? emptyDocument : parse(previousText)
  const previous = isOpenApiDocument(parsedPrevious) ? parsedPrevious : emptyDocument

  const carryOver = options.carryOverAnnotations ?? true
  const annotations: AnnotationCarryOver = carryOver
    ? carryOverAnnotations(previous, document, { desktopVersion: loaded.desktopVersion })
    : { document, carried: [], lost: [], defaulted: [] }
  if (carryOver) {
    const { carried, lost, defaulted } = annotations
    log(`spec:update: carried ${carried.length} x- annotations over from spec/openapi.yaml ` +
      `(${lost.length} places not carried, ${defaulted.length} new operations to review: see the report)`)
  }

  const text = printDocument(annotations.document)
  const normalized: unknown = parse(text)
  if (!isOpenApiDocument(normalized)) throw new SpecUpdateError("the patched document is no longer an OpenAPI 3.x document")
  await checkReferences(options.root, normalized)

  const diff = diffSpecs(previous, normalized)
  const annotationReport = renderAnnotationReport(annotations)
  const report = `${renderReport(diff)}${annotationReport === "" ? "" : `\n${annotationReport}`}`
  if (options.dryRun) return { source: loaded.source, diff, report, annotations, patchesApplied, specWritten: false, generated: false }

  const specWritten = previousText !== text
  if (specWritten) {
    await writeFile(specFile, text)
    log(`spec:update: wrote spec/openapi.yaml${diff.changes.length === 0 ? " (formatting only, no API changes)" : ""}`)
  } else {
    log("spec:update: spec/openapi.yaml is unchanged")
  }

  let changeset: UpdateResult["changeset"]
  if (diff.bump !== undefined) {
    const packages = packagesAffectedBySpec(options.root).map((pkg) => pkg.name)
    const path = changesetPath(options.root, diff.versions.after, text)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, renderChangeset(packages, diff.bump, renderReport(diff, { withBump: false })))
    changeset = { path, packages, bump: diff.bump }
    log(`spec:update: wrote ${relative(options.root, path)} (${diff.bump}: ${packages.join(", ")})`)
  }

  const generate = options.generate ?? true
  if (generate) {
    log("spec:update: pnpm generate")
    await (options.runGenerate ?? runPnpmGenerate)(options.root)
  }
  return { source: loaded.source, diff, report, annotations, patchesApplied, specWritten, ...(changeset ? { changeset } : {}), generated: generate }
}

/** The new document must be self-consistent, and spec/asyncapi.yaml's references into it must still resolve. */
const checkReferences = async (root: string, document: OpenApiDocument): Promise<void> => {
  const dangling = danglingRefs(document)
  if (dangling.length > 0) throw new SpecUpdateError(`the new document has $refs that point at nothing: ${dangling.join(", ")}`)
  const asyncapiFile = join(root, "spec", "asyncapi.yaml")
  if (!existsSync(asyncapiFile)) return
  const broken = [...collectRefs(parse(await readFile(asyncapiFile, "utf8")))]
    .filter((ref) => /^(\.\/)?openapi\.yaml#/.test(ref))
    .filter((ref) => {
      try {
        resolveRef(document, ref.slice(ref.indexOf("#")))
        return false
      } catch {
        return true
      }
    })
  if (broken.length > 0) {
    throw new SpecUpdateError(
      `spec/asyncapi.yaml refers to ${broken.join(", ")}, which the new document no longer has. ` +
        "Update spec/asyncapi.yaml to the new names (or restore them with a spec/patches.yaml entry), then rerun.",
    )
  }
}

/** `pnpm generate` in `root`, its output on stderr; rejects when it fails. */
export const runPnpmGenerate = (root: string): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    const child = spawn("pnpm", ["generate"], { cwd: root, stdio: ["ignore", 2, 2] })
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolvePromise() : reject(new SpecUpdateError(`pnpm generate failed (exit code ${code})`))))
  })

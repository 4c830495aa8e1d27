// `pnpm spec:update` as a function: new document → patches → our `x-` annotations carried over → checks →
// normalised spec/openapi.yaml → change report → changeset → `pnpm generate`. Nothing is written unless every
// check passes first, and when a step after the first write fails (`pnpm generate` refusing the new document), every
// file written is put back (snapshot.ts): the repository is left as it was found.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { dirname, join, relative, resolve } from "node:path"
import { parse } from "yaml"
import { alignNames, type Alignment } from "./align.ts"
import { carryOverAnnotations, renderAnnotationReport, type AnnotationCarryOver } from "./annotations.ts"
import { changesetPath, packagesAffectedBySpec, renderChangeset } from "./changeset.ts"
import type { Bump } from "./changes.ts"
import { diffSpecs, type SpecDiff } from "./diff.ts"
import { digestDocument, type DigestResult } from "./digest.ts"
import { collectRefs, danglingRefs, isOpenApiDocument, resolveRef, type OpenApiDocument } from "./document.ts"
import { printDocument } from "./normalize.ts"
import { liveEventsBySchema, openApiPointer } from "./live-events.ts"
import { mergeDocuments, renderMergeReport, type MergeResult } from "./merge.ts"
import { applySpecPatches, loadPatches, renderPatchReport, type SkippedOperation } from "./patches.ts"
import { renderReport } from "./report.ts"
import { generatedDirs, takeSnapshot } from "./snapshot.ts"
import { loadSpec } from "./source.ts"
import { renderProblems, validateOpenApi } from "./validate.ts"

/** Thrown when the new document fails a check; nothing has been written. */
export class SpecUpdateError extends Error {
  override readonly name = "SpecUpdateError"
  /** The change report, when the failure came after it was made (the CLI prints it). */
  readonly report: string | undefined
  constructor(message: string, options?: { readonly cause?: unknown; readonly report?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.report = options?.report
  }
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
  /**
   * `merge` (default): the new document wins where it speaks and what it does not describe is kept (merge.ts), for
   * documents that describe part of the API. `replace`: the new document is the whole API; what it lacks is removed.
   * Both give the new document our operationIds and component names first (align.ts).
   */
  readonly mode?: "merge" | "replace"
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
  /** How the new document was read into our dialect (nullable, foreign extensions, paths outside /v1). */
  readonly digest: DigestResult
  /** Our names given to the new document's operations and components. */
  readonly alignment: Alignment
  /** What the merge kept (empty in `replace` mode). */
  readonly merge: MergeResult
  /** The annotations carried over from the previous document (empty when `carryOverAnnotations` is false). */
  readonly annotations: AnnotationCarryOver
  /** How many spec/patches.yaml entries were applied. */
  readonly patchesApplied: number
  /** spec/patches.yaml operations left out because their endpoint is gone from the new document (listed in the report). */
  readonly patchesSkipped: ReadonlyArray<SkippedOperation>
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
  let patchesSkipped: ReadonlyArray<SkippedOperation> = []
  if (options.applyPatches ?? !fromSpecFile) {
    const patches = await loadPatches(join(options.root, "spec", "patches.yaml"))
    const patched = applySpecPatches(document, patches)
    document = patched.document
    patchesApplied = patches.length
    patchesSkipped = patched.skipped
    const left = patchesSkipped.length
    log(`spec:update: applied ${patches.length} patch${patches.length === 1 ? "" : "es"} from spec/patches.yaml` +
      (left === 0 ? "" : ` (${left} operation${left === 1 ? "" : "s"} left out: ${left === 1 ? "its endpoint is" : "their endpoints are"} gone from the new document; see the report)`))
  } else if (fromSpecFile) {
    log("spec:update: the source is spec/openapi.yaml itself; spec/patches.yaml is already applied to it")
  } else {
    log("spec:update: spec/patches.yaml not applied (--no-patches)")
  }

  // The incoming document's own references, before anything renames them (align.ts would rewrite a dangling one into
  // a reference to a component of ours, hiding it).
  const danglingIncoming = danglingRefs(document)
  if (danglingIncoming.length > 0) throw new SpecUpdateError(`the new document has $refs that point at nothing: ${danglingIncoming.join(", ")}`)

  const previousText = await readFile(specFile, "utf8").catch(() => undefined)
  const parsedPrevious: unknown = previousText === undefined ? emptyDocument : parse(previousText)
  const previous = isOpenApiDocument(parsedPrevious) ? parsedPrevious : emptyDocument

  const digest = digestDocument(document)
  // Structurally sound before anything reads it further (a `type: 123`, `properties: "oops"` or `required: "title"`
  // would otherwise be diffed as API changes and written, and fail only in the generators).
  const problems = await validateOpenApi(digest.document)
  if (problems.length > 0) {
    // A 3.0 document is checked as the 3.1 one its rewrites made (by 3.0's rules, the rewrites would be the problems).
    const checkedAs = digest.upgradedFrom === undefined ? "" : `checked as ${digest.document.openapi} once its 3.0 forms are rewritten the 3.1 way; `
    throw new SpecUpdateError(`the new document is not a valid OpenAPI ${digest.upgradedFrom ?? digest.document.openapi} document (${problems.length} problem${problems.length === 1 ? "" : "s"}, ` +
      `${checkedAs}the paths point into it after spec/patches.yaml):\n${renderProblems(problems)}\nNothing was written. Correct the document, or add a spec/patches.yaml entry that does, then rerun.`)
  }
  const alignment = alignNames(previous, digest.document)
  const renamedOperations = alignment.renames.filter((rename) => rename.section === "operations").length
  log(`spec:update: kept our names for ${renamedOperations} operations and ${alignment.renames.length - renamedOperations} components` +
    (digest.nullable.length + digest.foreignExtensions.size > 0 ? `; rewrote ${digest.nullable.length} \`nullable\` and removed ${[...digest.foreignExtensions.values()].reduce((a, b) => a + b, 0)} foreign extensions` : ""))
  const mode = options.mode ?? "merge"
  const merged: MergeResult = mode === "merge" ? mergeDocuments(previous, alignment.document) : { document: alignment.document, kept: [] }
  if (mode === "merge") log(`spec:update: merged into the previous spec (${merged.kept.length} elements it does not describe kept; --replace to take it whole)`)
  document = merged.document

  const carryOver = options.carryOverAnnotations ?? true
  const annotations: AnnotationCarryOver = carryOver
    ? carryOverAnnotations(previous, document, { desktopVersion: loaded.desktopVersion })
    : { document, carried: [], lost: [], defaulted: [], staleNotes: [] }
  if (carryOver) {
    const { carried, lost, defaulted } = annotations
    log(`spec:update: carried ${carried.length} x- annotations over from spec/openapi.yaml ` +
      `(${lost.length} places not carried, ${defaulted.length} new operations to review: see the report)`)
  }

  const text = printDocument(annotations.document)
  const normalized: unknown = parse(text)
  if (!isOpenApiDocument(normalized)) throw new SpecUpdateError("the patched document is no longer an OpenAPI 3.x document")
  const asyncapi = await readAsyncApi(options.root)
  checkReferences(normalized, asyncapi)
  // The result too: a document that passed above but comes out of naming, merging and carrying over unsound is a
  // defect of this tool, and must not be written either.
  const resultProblems = await validateOpenApi(normalized)
  if (resultProblems.length > 0) {
    throw new SpecUpdateError(`the updated spec/openapi.yaml would not be a valid OpenAPI document (a defect of spec:update; nothing was written):\n${renderProblems(resultProblems)}`)
  }

  const diff = diffSpecs(previous, normalized, { liveEvents: liveEventsBySchema(asyncapi) })
  const sections = [renderPatchReport(patchesSkipped), renderDigestReport(digest, alignment), renderMergeReport(merged), renderAnnotationReport(annotations)]
  const report = [renderReport(diff), ...sections.filter((section) => section !== "")].join("\n")
  const done = { source: loaded.source, diff, report, digest, alignment, merge: merged, annotations, patchesApplied, patchesSkipped }
  if (options.dryRun) return { ...done, specWritten: false, generated: false }

  const specWritten = previousText !== text
  const packages = diff.bump === undefined ? [] : packagesAffectedBySpec(options.root).map((pkg) => pkg.name)
  const changesetFile = diff.bump === undefined ? undefined : changesetPath(options.root, diff.versions.after, text)
  const generate = options.generate ?? true
  // Everything below may fail after the first write (`pnpm generate` refusing the new document, most likely): the
  // files it can change are saved first and put back on any failure, so the repository is never left half-updated.
  const snapshot = await takeSnapshot([specFile, ...(changesetFile === undefined ? [] : [changesetFile])], generate ? generatedDirs(options.root) : [])
  let changeset: UpdateResult["changeset"]
  try {
    if (specWritten) {
      await writeFile(specFile, text)
      log(`spec:update: wrote spec/openapi.yaml${diff.changes.length === 0 ? " (formatting only, no API changes)" : ""}`)
    } else {
      log("spec:update: spec/openapi.yaml is unchanged")
    }

    if (diff.bump !== undefined && changesetFile !== undefined) {
      await mkdir(dirname(changesetFile), { recursive: true })
      await writeFile(changesetFile, renderChangeset(packages, diff.bump, renderReport(diff, { withBump: false })))
      changeset = { path: changesetFile, packages, bump: diff.bump }
      log(`spec:update: wrote ${relative(options.root, changesetFile)} (${diff.bump}: ${packages.join(", ")})`)
    }

    if (generate) {
      log("spec:update: pnpm generate")
      await (options.runGenerate ?? runPnpmGenerate)(options.root)
    }
  } catch (error) {
    const restored = await snapshot.restore()
    const reason = error instanceof Error ? error.message : String(error)
    log(`spec:update: failed (${reason}); put back ${restored} file${restored === 1 ? "" : "s"} (spec/openapi.yaml, the changeset, src/generated/)`)
    throw new SpecUpdateError(
      `${reason}. Nothing was changed: spec/openapi.yaml, .changeset/ and every src/generated/ folder are as they were ` +
        `(${restored} file${restored === 1 ? "" : "s"} put back). The change report says what the new document changes; ` +
        "make the generators accept it (or correct the document with a spec/patches.yaml entry), then rerun.",
      { cause: error, report },
    )
  }
  return { ...done, specWritten, ...(changeset ? { changeset } : {}), generated: generate }
}

/** How the new document was read (digest.ts) and named (align.ts), for the report; "" when there is nothing to say. */
const renderDigestReport = (digest: DigestResult, alignment: Alignment): string => {
  const lines: Array<string> = []
  const operations = alignment.renames.filter((rename) => rename.section === "operations")
  const components = alignment.renames.filter((rename) => rename.section !== "operations" && rename.from !== "(inline)")
  const hoisted = alignment.renames.filter((rename) => rename.from === "(inline)")
  if (operations.length > 0) {
    lines.push(`- Kept our operationIds (the SDK's method names) for ${operations.length} operations; theirs are in \`x-upstream-operation-id\`: ` +
      operations.map((rename) => `\`${rename.from}\` → \`${rename.to}\``).join(", ") + ".")
  }
  if (components.length > 0) {
    lines.push(`- Kept our component names (the SDK's type names) for ${components.length} components: ` +
      components.map((rename) => `${rename.section} \`${rename.from}\` → \`${rename.to}\``).join(", ") + ".")
  }
  if (hoisted.length > 0) {
    lines.push(`- Gave our names to ${hoisted.length} schemas the new document writes inline: ${hoisted.map((rename) => `\`${rename.to}\``).join(", ")}.`)
  }
  for (const conflict of alignment.conflicts) lines.push(`- Name conflict: ${conflict}.`)
  if (digest.upgradedFrom !== undefined) lines.push(`- Read an OpenAPI ${digest.upgradedFrom} document as ${digest.document.openapi} (the version of spec/openapi.yaml): its 3.0 forms are rewritten below.`)
  if (digest.nullable.length > 0) lines.push(`- Rewrote ${digest.nullable.length} OpenAPI 3.0 \`nullable: true\` the OpenAPI 3.1 way (\`type: [T, "null"]\`).`)
  if (digest.exclusiveBounds.length > 0) lines.push(`- Rewrote ${digest.exclusiveBounds.length} boolean \`exclusiveMinimum\`/\`exclusiveMaximum\` (OpenAPI 3.0) as the 3.1 number.`)
  if (digest.annotationAllOf.length > 0) {
    lines.push(`- Folded ${digest.annotationAllOf.length} annotation-only \`allOf\` members into their schemas (\`allOf: [$ref, {description}]\` → \`$ref\` + \`description\`).`)
  }
  if (digest.foreignExtensions.size > 0) {
    lines.push(`- Removed other generators' extensions: ${[...digest.foreignExtensions].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => `${count} \`${key}\``).join(", ")}.`)
  }
  if (digest.outsideV1.length > 0) lines.push(`- Left out operations outside \`/v1\`: ${digest.outsideV1.join(", ")}.`)
  return lines.length === 0 ? "" : `**Read** (how the new document was put beside ours)\n\n${lines.join("\n")}\n`
}

/** spec/asyncapi.yaml, parsed; `undefined` when the repository has none. */
const readAsyncApi = async (root: string): Promise<unknown> => {
  const file = join(root, "spec", "asyncapi.yaml")
  return existsSync(file) ? parse(await readFile(file, "utf8")) : undefined
}

/** The new document must be self-consistent, and spec/asyncapi.yaml's references into it must still resolve. */
const checkReferences = (document: OpenApiDocument, asyncapi: unknown): void => {
  const dangling = danglingRefs(document)
  if (dangling.length > 0) throw new SpecUpdateError(`the new document has $refs that point at nothing: ${dangling.join(", ")}`)
  if (asyncapi === undefined) return
  const broken = [...collectRefs(asyncapi)].filter((ref) => {
    const pointer = openApiPointer(ref)
    if (pointer === undefined) return false
    try {
      resolveRef(document, pointer)
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
    child.on("exit", (code) => (code === 0 ? resolvePromise() : reject(new SpecUpdateError(`pnpm generate failed (exit code ${code}; its output is above)`))))
  })

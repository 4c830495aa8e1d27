// The change report: printed by `pnpm spec:update` and used as the body of the changeset it writes (so it lands in
// every affected package's CHANGELOG). Markdown that reads well both in a terminal and nested in a changelog list:
// a one-line summary first (changesets uses the first line as the entry), then bold group labels, no headings.
import { noLongerUpstreamKinds, type ChangeKind, type Direction, type SpecChange } from "./changes.ts"
import type { SpecDiff } from "./diff.ts"

const noLongerUpstream = "no longer in Desktop's document (kept)"

/** How a change is named in the report: the noun (by side of the API) and what happened to it. */
const labels: Readonly<Record<ChangeKind, readonly [noun: string, verb: string]>> = {
  "operation-added": ["operation", "added"],
  "operation-removed": ["operation", "removed"],
  "operation-renamed": ["operation", "renamed"],
  "operation-moved": ["operation", "moved"],
  "operation-deprecated": ["operation", "deprecated"],
  "operation-paginated": ["operation", "now paginated"],
  "operation-behaviour-changed": ["operation", "changed"],
  "field-added": ["{side} field", "added"],
  "field-removed": ["{side} field", "removed"],
  "field-retyped": ["{side} field", "retyped"],
  "field-made-required": ["{side} field", "made required"],
  "field-made-optional": ["{side} field", "made optional"],
  "field-made-nullable": ["{side} field", "made nullable"],
  "field-made-non-nullable": ["{side} field", "made non-nullable"],
  "field-deprecated": ["{side} field", "deprecated"],
  "constraint-changed": ["{side} constraint", "changed"],
  "enum-value-added": ["{side} enum value", "added"],
  "enum-value-removed": ["{side} enum value", "removed"],
  "enum-restricted": ["{side} field", "restricted to an enum"],
  "enum-unrestricted": ["{side} field", "no longer an enum"],
  "variant-added": ["{side} union variant", "added"],
  "variant-removed": ["{side} union variant", "removed"],
  "body-added": ["{side} body", "added"],
  "body-removed": ["{side} body", "removed"],
  "status-changed": ["success status", "changed"],
  "error-response-changed": ["error response", "changed"],
  "header-added": ["response header", "added"],
  "header-removed": ["response header", "removed"],
  "header-changed": ["response header", "changed"],
  "schema-added": ["schema", "added"],
  "schema-removed": ["schema", "removed"],
  "docs-changed": ["documentation change", ""],
  "operation-no-longer-upstream": ["operation", noLongerUpstream],
  "field-no-longer-upstream": ["{side} field", noLongerUpstream],
  "body-no-longer-upstream": ["{side} body", noLongerUpstream],
  "enum-value-no-longer-upstream": ["{side} enum value", noLongerUpstream],
}

const sideOf = (direction: Direction | undefined): string =>
  direction === "request" ? "request" : direction === "response" ? "response" : ""

const nounOf = (change: SpecChange): string => labels[change.kind][0].replace("{side}", sideOf(change.direction)).trim()

const plural = (noun: string, count: number): string =>
  count === 1 ? noun : noun.endsWith("s") ? `${noun}es` : `${noun}s`

const capitalize = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** `a`, `a and b`, `a, b, c, d, e and 3 more` (never "and 1 more": that one is named instead). */
const listNames = (names: ReadonlyArray<string>, shown = 5): string => {
  const quoted = names.map((name) => `\`${name}\``)
  if (quoted.length <= shown + 1) return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`
  return `${quoted.slice(0, shown).join(", ")} and ${quoted.length - shown} more`
}

/** One change as a list item: `Response field added: \`Chat.color\` (optional, string) — in responses of ...`. */
export const formatChange = (change: SpecChange): string => {
  const [, verb] = labels[change.kind]
  const head = change.kind === "docs-changed" ? "Documentation changed" : capitalize(`${nounOf(change)} ${verb}`)
  const detail = change.detail === "" ? "" : ` (${change.detail})`
  const inOperation = change.usedBy.length === 1 && change.location.startsWith(change.usedBy[0]!)
  const operations = change.usedBy.length === 0 || inOperation
    ? []
    : [`${change.direction === "request" ? "requests" : change.direction === "response" ? "responses" : "operations"} of ${listNames(change.usedBy)}`]
  const events = change.events ?? []
  const places = [...operations, ...(events.length === 0 ? [] : [`the live ${events.length === 1 ? "event" : "events"} ${listNames(events)}`])]
  const where = places.length === 0 ? "" : ` — in ${places.join(", and in ")}`
  const why = change.why === undefined ? "" : `. Breaks: ${change.why}`
  return `- ${head}: \`${change.location}\`${detail}${where}${why}.`
}

/** `1 operation removed, 1 response field added` (grouped by kind and side, in report order). */
export const summarize = (changes: ReadonlyArray<SpecChange>): string => {
  const counts = new Map<string, number>()
  for (const change of changes) {
    const [, verb] = labels[change.kind]
    const key = change.kind === "docs-changed" ? "documentation change|" : `${nounOf(change)}|${verb}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => {
    const [noun, verb] = key.split("|") as [string, string]
    return `${count} ${plural(noun, count)}${verb === "" ? "" : ` ${verb}`}`
  }).join(", ")
}

/** The title line: `Beeper Desktop API 4.2.808 → 4.3.0: 1 operation removed, 1 response field added.` */
export const reportTitle = (diff: SpecDiff): string => {
  const { before, after } = diff.versions
  const versions = before === after ? `Beeper Desktop API ${after ?? "(unversioned)"}` : `Beeper Desktop API ${before ?? "(unversioned)"} → ${after ?? "(unversioned)"}`
  return `${versions}: ${diff.changes.length === 0 ? "no API changes" : summarize(diff.changes)}.`
}

/**
 * The whole report as Markdown (ends with a newline). `withBump: false` leaves out the bump line (the changeset's
 * front matter already carries the bump).
 */
export const renderReport = (diff: SpecDiff, options: { readonly withBump?: boolean } = {}): string => {
  const breaking = diff.changes.filter((change) => change.breaking)
  const docs = diff.changes.filter((change) => !change.breaking && change.kind === "docs-changed")
  const dropped = diff.changes.filter((change) => !change.breaking && noLongerUpstreamKinds.has(change.kind))
  const other = diff.changes.filter((change) => !change.breaking && change.kind !== "docs-changed" && !noLongerUpstreamKinds.has(change.kind))
  const lines = [reportTitle(diff)]
  if (diff.bump !== undefined && options.withBump !== false) {
    lines.push("", `Bump: **${diff.bump}** (${breaking.length} breaking, ${other.length} non-breaking, ` +
      `${dropped.length > 0 ? `${dropped.length} to review, ` : ""}${docs.length} documentation).`)
  }
  const section = (title: string, changes: ReadonlyArray<SpecChange>, intro?: string) => {
    if (changes.length > 0) lines.push("", `**${title}**`, "", ...(intro === undefined ? [] : [intro, ""]), ...changes.map(formatChange))
  }
  section("Breaking changes", breaking)
  section("Non-breaking changes", other)
  section("No longer in Desktop's document (kept; review)", dropped,
    "Desktop's previous document described these and the new one does not. The SDK keeps them (marked `x-beeper-kit-source`), " +
      "so nothing changes for callers; but Desktop may have removed or renamed them (a rename shows as an addition above). " +
      "Check each, and delete from spec/openapi.yaml what Desktop no longer serves (a later merge does not bring it back), " +
      "or take a complete document with `--replace`.")
  section("Documentation", docs)
  return `${lines.join("\n")}\n`
}

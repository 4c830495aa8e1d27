/** Code blocks of the docs, for tests that run them verbatim. */
import { readFileSync } from "node:fs"

/**
 * The first ```` ```ts ```` (or `lang`) code block after `marker` (a heading such as `## Example`, or a comment such
 * as `<!-- example -->`) in the Markdown file at `path`. Throws, naming the file, when there is none.
 */
export const codeBlockAfter = (path: URL | string, marker: string, lang = "ts"): string => {
  const text = readFileSync(path, "utf8")
  const at = text.indexOf(marker)
  const fence = "```" + lang + "\n"
  const start = at < 0 ? -1 : text.indexOf(fence, at + marker.length)
  // only whitespace may stand between the marker and the block
  if (start < 0 || text.slice(at + marker.length, start).trim() !== "") {
    throw new Error(`${String(path)} has no \`\`\`${lang} block after ${marker}`)
  }
  const end = text.indexOf("```", start + fence.length)
  if (end < 0) throw new Error(`${String(path)}: the block after ${marker} is not closed`)
  return text.slice(start + fence.length, end)
}

/**
 * Plain text and Markdown → Beeper rich text (Matrix HTML), as send, edit and drafts do: HTML special
 * characters are escaped and the common inline Markdown marks become tags. Plain text without special
 * characters comes back unchanged. {@link plainText} goes back: what a reader sees, for search.
 */

const escapeHTML = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/**
 * Matrix HTML given verbatim: the send's text is a JSON-stringified string (`"\"<b>hi</b>\""`), which upstream
 * documents as the way to skip the Markdown conversion. `undefined` for any other text.
 */
const verbatimHTML = (text: string): string | undefined => {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === "string" ? parsed : undefined
  } catch {
    return undefined
  }
}

/** Converts a message text to the HTML body the API returns (a JSON-stringified text is HTML given verbatim). */
export const toRichText = (text: string): string => verbatimHTML(text) ?? markdownToRichText(text)

const markdownToRichText = (text: string): string =>
  escapeHTML(text)
    .replace(/`([^`\n]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/g, "$1<em>$2</em>")
    .replace(/(^|[^\w_])_([^_\n]+)_(?!\w)/g, "$1<em>$2</em>")
    .replace(/~~([^~\n]+)~~/g, "<del>$1</del>")
    .replace(/\n/g, "<br>")

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" }

/**
 * The text a reader sees in a rich-text body: line breaks become newlines, other tags go, character references are
 * decoded (in one pass, so `&amp;lt;` reads `&lt;`). Text that is not HTML comes back unchanged unless it
 * holds something tag- or entity-shaped.
 */
export const plainText = (html: string): string =>
  html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi, "")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
      }
      return ENTITIES[name.toLowerCase()] ?? entity
    })

/**
 * Plain text and Markdown → Beeper rich text (Matrix HTML), as send, edit and drafts do: HTML special
 * characters are escaped and the common inline Markdown marks become tags. Plain text without special
 * characters comes back unchanged.
 */

const escapeHTML = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

/** Converts a message text to the HTML body the API returns. */
export const toRichText = (text: string): string =>
  escapeHTML(text)
    .replace(/`([^`\n]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?!\w)/g, "$1<em>$2</em>")
    .replace(/(^|[^\w_])_([^_\n]+)_(?!\w)/g, "$1<em>$2</em>")
    .replace(/~~([^~\n]+)~~/g, "<del>$1</del>")
    .replace(/\n/g, "<br>")

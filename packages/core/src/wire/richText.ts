// How a message's text reads as plain text. Desktop returns `Message.text` as "Matrix HTML body if present" (Beeper's
// OpenAPI document 5.0.0): a formatted message arrives as `a &amp; b<br>c`, an unformatted one as its plain body. A
// reader cannot tell the two apart from the string, so this one only acts on what is unambiguous HTML: the tags of
// Matrix's rich-text profile (anything else tag-shaped, `<3` or `<joe@example.org>`, stays text) and character
// references. Web-standard JavaScript only; no DOM.

/**
 * The tags of Matrix's rich-text profile (the `m.room.message` `formatted_body` tags the Matrix spec lists, plus
 * `mx-reply`). Only these are read as markup.
 */
const matrixTags = new Set([
  "a", "b", "blockquote", "br", "caption", "code", "del", "details", "div", "em", "font", "h1", "h2", "h3", "h4",
  "h5", "h6", "hr", "i", "img", "li", "mx-reply", "ol", "p", "pre", "s", "span", "strike", "strong", "sub", "summary",
  "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
])

/** Tags whose boundary is a line break when read: blocks, list items, table rows. */
const lineTags = new Set([
  "blockquote", "details", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "summary", "table",
  "tr", "ul",
])

const namedReferences: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", hellip: "\u2026", mdash: "\u2014",
  ndash: "\u2013", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", laquo: "\u00ab",
  raquo: "\u00bb", bull: "\u2022", middot: "\u00b7", copy: "\u00a9", reg: "\u00ae", trade: "\u2122",
  deg: "\u00b0", euro: "\u20ac", pound: "\u00a3", times: "\u00d7", divide: "\u00f7", shy: "\u00ad",
}

/**
 * Character references (`&amp;`, `&#39;`, `&#x1F600;`, the common named ones) decoded in one pass, so `&amp;lt;`
 * reads `&lt;`. An unknown name or a code point outside Unicode stays as written.
 */
export const decodeCharacterReferences = (text: string): string =>
  text.indexOf("&") === -1 ? text : text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (reference, name: string) => {
    if (name.charCodeAt(0) !== 35 /* # */) return namedReferences[name.toLowerCase()] ?? reference
    const hex = name[1] === "x" || name[1] === "X"
    const code = hex ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : reference
  })

/**
 * A tag: `<name attributes>`, `</name>` or `<name/>`; the name must end at whitespace, `/` or `>`. Each attribute is
 * `name=value` (the value quoted — where it may hold `>`, `title="a>b"` — or bare), or a name alone only where Matrix
 * HTML writes one (`data-mx-spoiler`, `data-mx-emoticon`, `<details open>`): a plain message's comparison
 * `if (a<b && c>d)` or `x<p and y>q` is not a tag, and stays text. The two forms never match the same text (a name
 * alone must be followed by whitespace, `/` or `>`), so a long run of attributes is read in one way only, in time
 * linear in its length.
 */
const tagPattern =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+(?:[a-zA-Z_:][-a-zA-Z0-9_:.]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)|(?:data-[a-zA-Z0-9-]+|open)(?=[\s/>])))*\s*)\/?>/g

/** Deepest list indentation written: a message nesting lists thousands deep still reads in linear time and size. */
const maxIndent = 8

/** The value of `alt="..."` (or single-quoted, or bare) in a tag's attribute text. */
const altOf = (attributes: string): string | undefined => {
  const match = /(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes)
  return match === null ? undefined : decodeCharacterReferences(match[1] ?? match[2] ?? match[3] ?? "")
}

/**
 * The text a reader sees in a message's `text`: what Matrix HTML renders as, as plain text.
 *
 * - `<br>` and the ends of blocks (`<p>`, `<div>`, headings, `<blockquote>`, `<pre>`, list items, table rows) become
 *   line breaks; list items start with `- ` (`1. `, `2. `, ... in an ordered list), two spaces deeper per nested
 *   list (at most 8 levels);
 * - a reply's quoted fallback (`<mx-reply>...</mx-reply>`) is dropped, as Matrix clients do;
 * - an image reads as its `alt` text (custom emoji: `:party:`);
 * - every other tag of Matrix's rich-text profile goes and its content stays (a link reads as its text, a mention as
 *   the name shown);
 * - character references are decoded (`&amp;` → `&`, `&#x1F600;` → 😀).
 *
 * Text that is not HTML comes back unchanged unless it holds one of those tags or a character reference: a plain
 * message `x < y`, `<3` or `<joe@example.org>` reads as written. Line breaks in the text are kept (an unformatted
 * body carries its own); in a text with tags, those at its very start and end are removed.
 * @since 1.0.0
 * @category Text
 */
export const plainText = (text: string): string => {
  if (text.indexOf("<") === -1) return decodeCharacterReferences(text)
  // The output as pieces, joined once: growing one string and asking it `endsWith` on every block tag copied the
  // whole output each time (quadratic on a long message).
  const pieces: Array<string> = []
  let written = 0
  let lastChar = ""
  const write = (piece: string): void => {
    if (piece === "") return
    pieces.push(piece)
    written += piece.length
    lastChar = piece[piece.length - 1]!
  }
  /** The lists open around the current point: the number of each one's next item (`null` for a bulleted list). */
  const lists: Array<number | null> = []
  /** Inside `<mx-reply>` (depth), whose content is not read. */
  let replyDepth = 0
  /** The last thing written was a break a tag made: one line break right after it in the text is the same break. */
  let tagBreak = false
  /** Where the last list item's marker ended: a block opening right after it (`<li><p>`) starts no new line. */
  let markerEnd = -1
  /** Whether any tag was read: only then is the text HTML, whose edge line breaks tags made are trimmed. */
  let readTag = false
  let from = 0
  const breakLine = (): void => {
    if (written !== 0 && lastChar !== "\n" && written !== markerEnd) write("\n")
    tagBreak = true
  }
  const writeText = (segment: string): void => {
    if (replyDepth > 0 || segment === "") return
    const body = tagBreak && segment.startsWith("\n") ? segment.slice(1) : segment
    if (body === "") return
    write(decodeCharacterReferences(body))
    tagBreak = false
  }
  for (const match of text.matchAll(tagPattern)) {
    const [whole, closing, rawName = "", attributes = ""] = match
    const name = rawName.toLowerCase()
    if (!matrixTags.has(name)) continue
    readTag = true
    writeText(text.slice(from, match.index))
    from = match.index + whole.length
    if (name === "mx-reply") {
      replyDepth = closing === "/" ? Math.max(0, replyDepth - 1) : replyDepth + 1
      continue
    }
    if (replyDepth > 0) continue
    if (name === "br") {
      write("\n")
      tagBreak = true
    } else if (name === "img") {
      const alt = altOf(attributes)
      if (alt !== undefined && alt !== "") {
        write(alt)
        tagBreak = false
      }
    } else if (name === "ol" || name === "ul") {
      if (closing === "/") lists.pop()
      else lists.push(name === "ol" ? Number(/(?:^|\s)start\s*=\s*["']?(\d{1,9})/i.exec(attributes)?.[1] ?? 1) : null)
      breakLine()
    } else if (name === "li" && closing === "") {
      breakLine()
      const depth = lists.length
      const next = lists[depth - 1] ?? null
      write(`${"  ".repeat(Math.min(maxIndent, Math.max(0, depth - 1)))}${next === null ? "- " : `${next}. `}`)
      if (next !== null) lists[depth - 1] = next + 1
      markerEnd = written
      tagBreak = false
    } else if (lineTags.has(name)) {
      breakLine()
    }
  }
  writeText(text.slice(from))
  const out = pieces.join("")
  if (!readTag) return out
  // the line breaks at either end, by index: a regular expression anchored at the end retries at every line break
  let start = 0
  let end = out.length
  while (start < end && out.charCodeAt(start) === 10) start++
  while (end > start && out.charCodeAt(end - 1) === 10) end--
  return out.slice(start, end)
}

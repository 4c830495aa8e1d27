// A server's text as a program shows it: a close reason, a chat title, an error message can hold anything, and a
// terminal or a log line is no place for its line breaks or escape sequences. Both @beeper-kit/effect (a socket's
// close reason in its messages) and the CLI (every table cell and log line) show server text through it.

/**
 * `text` on one line: each run of line breaks, tabs and other control characters (C0, DEL, C1 — so a terminal's escape
 * sequences lose their ESC), and of the Unicode line and paragraph separators, becomes one space; the ends are trimmed.
 * @since 1.0.0
 * @category Text
 */
export const oneLine = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim()

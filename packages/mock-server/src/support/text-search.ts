/**
 * Literal (non-semantic) token search as the reference describes it: the query is split into words, ALL
 * of them must match, case-insensitively. Messages match whole words ("EXACT words in any order");
 * chat titles, participant names and contacts match word prefixes, like search-as-you-type in the app.
 */

/** Lower-cased words of a text (letters and digits, any script). */
export const words = (text: string): Array<string> =>
  text
    .toLocaleLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)

/** The query's tokens; empty when the query has no words. */
export const queryTokens = (query: string | undefined): Array<string> => (query === undefined ? [] : words(query))

/** True when every token is one of the words of `text`. */
export const matchesExactWords = (tokens: ReadonlyArray<string>, text: string): boolean => {
  if (tokens.length === 0) return true
  const present = new Set(words(text))
  return tokens.every((t) => present.has(t))
}

/** True when every token starts some word of one of the texts. */
export const matchesWordPrefixes = (tokens: ReadonlyArray<string>, texts: ReadonlyArray<string | undefined>): boolean => {
  if (tokens.length === 0) return true
  const all = texts.flatMap((t) => (t ? words(t) : []))
  return tokens.every((token) => all.some((w) => w.startsWith(token)))
}

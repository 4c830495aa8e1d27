// plainText: a message's `text` (Matrix HTML when the message is formatted, its plain body otherwise) as a reader
// sees it. Each case is a body Desktop can return; the expectation is what a person reading the chat would read.
import { describe, expect, it } from "vitest"
import { plainText } from "../src/index.ts"

describe("plainText", () => {
  it("a formatted body reads as its text: tags go, line breaks stay, character references are decoded", () => {
    expect(plainText("a &amp; b<br>c")).toBe("a & b\nc")
    expect(plainText("<strong>bold</strong>, <em>it</em>, <del>gone</del>, <code>x()</code>")).toBe("bold, it, gone, x()")
    expect(plainText('<a href="https://matrix.to/#/@alice:beeper.com">Alice</a> see <a href="https://x.example">this</a>'))
      .toBe("Alice see this")
    expect(plainText("&#x1F600; &#128512; &quot;q&quot; &hellip;")).toBe('😀 😀 "q" …')
  })

  it("an unformatted body comes back as written, even with characters that look like markup", () => {
    const comparisons = ["if (a<b && c>d) return", "use x<p and y>q", "a<i || j>2", "<b c>"]
    for (const text of ["plain text", "x < y > z", "<3 you", "mail <joe@example.org>", "line1\nline2", "a <= b", "", ...comparisons]) {
      expect(plainText(text), text).toBe(text)
    }
  })

  it("character references are decoded once, so escaped markup reads as the characters, not as markup", () => {
    expect(plainText("<b>&lt;script&gt;</b>")).toBe("<script>")
    expect(plainText("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;")
    expect(plainText("&#xD800; &#0; &#x110000; &bogus;")).toBe("&#xD800; &#0; &#x110000; &bogus;")
  })

  it("blocks, paragraphs and lists read as lines", () => {
    expect(plainText("<p>one</p>\n<p>two</p>")).toBe("one\ntwo")
    expect(plainText("<h1>Title</h1>text<blockquote>quoted</blockquote>after")).toBe("Title\ntext\nquoted\nafter")
    expect(plainText("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>")).toBe("- a\n- b\n  - c")
    expect(plainText('<ol start="3"><li><p>x</p></li><li>y</li></ol>')).toBe("3. x\n4. y")
    expect(plainText("<pre><code>line1\nline2\n</code></pre>")).toBe("line1\nline2")
    expect(plainText("a<br/>\nb<br />c")).toBe("a\nb\nc")
  })

  it("a reply's quoted fallback is dropped and a custom emoji reads as its name", () => {
    const reply = '<mx-reply><blockquote><a href="https://matrix.to/#/!r:b/$e">In reply to</a> '
      + '<a href="https://matrix.to/#/@a:b">@a:b</a><br>original</blockquote></mx-reply>my answer'
    expect(plainText(reply)).toBe("my answer")
    expect(plainText('<img data-mx-emoticon src="mxc://b/x" alt=":party:" title=":party:"> yay')).toBe(":party: yay")
    expect(plainText('<img src="mxc://b/x">')).toBe("")
    // the attributes Matrix HTML writes without a value
    expect(plainText("<span data-mx-spoiler>hidden</span> <details open><summary>s</summary>body</details>"))
      .toBe("hidden \ns\nbody")
  })

  it("a quoted attribute value may hold >, and a plain body keeps its own line breaks at the ends", () => {
    expect(plainText('<img alt="=>" src="mxc://b/x"> ok')).toBe("=> ok")
    expect(plainText('<a href="https://x.example/" title="a>b">link</a> after')).toBe("link after")
    expect(plainText("x < y\n")).toBe("x < y\n")
    expect(plainText("\nx > y\n")).toBe("\nx > y\n")
  })

  it("lists nested thousands deep read in output proportional to the input (indentation stops at 8 levels)", () => {
    const nested = "<ul><li>x".repeat(5_000)
    const read = plainText(nested)
    expect(read.split("\n")).toHaveLength(5_000)
    expect(read.split("\n").at(-1)).toBe(`${"  ".repeat(8)}- x`)
    expect(read.length).toBeLessThan(nested.length * 3)
  })
})

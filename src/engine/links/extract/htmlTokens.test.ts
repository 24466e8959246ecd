import { type Attributes, type HtmlEvents, readHtml } from "./htmlTokens";

function events(html: string, stopAfter = Infinity): string[] {
  const seen: string[] = [];
  const recorder: HtmlEvents = {
    open: (name: string, attributes: Attributes) => void seen.push(`<${name} ${JSON.stringify(attributes)}`),
    close: (name: string) => void seen.push(`</${name}`),
    text: (data: string) => void seen.push(`"${data}`),
    comment: (data: string) => void seen.push(`!${data}`),
    get done() {
      return seen.length >= stopAfter;
    },
  };
  readHtml(html, recorder);
  return seen;
}

describe("readHtml", () => {
  it("lower-cases names, keeps only link attributes, decodes entities, first duplicate wins", () => {
    expect(events("<A HREF=\"a&amp;b\" Class=x href=c ALT='&lt;i&gt;' data-x=1>T&eacute;</A>")).toEqual([
      '<a {"href":"a&b","alt":"<i>"}',
      '"T',
      '"é',
      "</a",
    ]);
  });

  it("passes comments, and script content as text, without tags inside them", () => {
    expect(
      events('<!--<a href=x>--><script>"<a href=y>"</script><![CDATA[<a>]]><!DOCTYPE html><?xml x?>'),
    ).toEqual(["!<a href=x>", "<script {}", '""<a href=y>"', "</script"]);
  });

  it("treats self-closing syntax as an opening tag and valueless attributes as empty", () => {
    expect(events("<a href/><br/>")).toEqual(['<a {"href":""}', "<br {}"]);
  });

  it("replaces code points no string can hold", () => {
    expect(events("&#x110000;&#0;")).toEqual(['"\ufffd', '"\ufffd']);
  });

  it("skips what browsers never show inside noframes, noembed and iframe, up to their real end tag", () => {
    // A browser reads "<style>" here as text: the link after </noframes> is shown and must be seen.
    expect(events("<noframes><xml><style></xml></NoFrames ><a href=x>A</a><style>b{}</style>")).toEqual([
      "<noframes {}",
      "</noframes",
      '<a {"href":"x"}',
      '"A',
      "</a",
      "<style {}",
      '"b{}',
      "</style",
    ]);
    expect(events("<iframe><a href=y></iframex></iframe><noembed><b></noembed><i>")).toEqual([
      "<iframe {}",
      "</iframe",
      "<noembed {}",
      "</noembed",
      "<i {}",
    ]);
  });

  it("shows nothing more after an unclosed noframes, as a browser", () => {
    expect(events("<p><noframes><a href=x>")).toEqual(["<p {}", "<noframes {}"]);
  });

  it("reads many raw-text elements in linear time", () => {
    const html = "<iframe>x</iframe>".repeat(20_000) + "<a href=z>";
    const seen = events(html);
    expect(seen).toHaveLength(40_001);
    expect(seen.at(-1)).toBe('<a {"href":"z"}');
  });

  it("stops when the listener is done", () => {
    expect(events("<a><b><c><d>", 2)).toEqual(["<a {}", "<b {}"]);
  });
});

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

  it("stops when the listener is done", () => {
    expect(events("<a><b><c><d>", 2)).toEqual(["<a {}", "<b {}"]);
  });
});

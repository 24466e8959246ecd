import { Parser } from "htmlparser2";

/**
 * The page with its Content-Security-Policy <meta> replaced by one carrying `policy`. Throws when the
 * page has none: every built page must start with one (webpack.config.js).
 */
export function withPagePolicy(html: string, policy: string, page: string): string {
  let span: [number, number] | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const equiv = attributes["http-equiv"]?.toLowerCase();
      if (!span && name === "meta" && equiv === "content-security-policy")
        span = [parser.startIndex, parser.endIndex];
    },
  });
  parser.end(html);
  if (!span) throw new Error(`${page} has no Content-Security-Policy <meta>: run npm run build`);
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, "&quot;")}">`;
  return html.slice(0, span[0]) + tag + html.slice(span[1] + 1);
}

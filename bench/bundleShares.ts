/**
 * Which source each byte of a minified bundle came from, read from its source map, summed into
 * groups. No library answers "gzip bytes per group" for one bundle: source-map-explorer reports raw
 * bytes, webpack's stats report sizes before minification. A group's gzip share is estimated by
 * gzipping its own generated text and scaling the shares to the whole file's gzip size.
 */
import { gzipSync } from "node:zlib";
import { SourceMapConsumer, type RawSourceMap } from "source-map";

export interface GroupShare {
  group: string;
  /** Minified bytes. */
  raw: number;
  /** Estimated share of the file's gzip -9 size. */
  gzip: number;
}

/** The file's first bytes, before any mapping: its licence comment and the start of webpack's wrapper. */
export const UNMAPPED = "no source (the file's first bytes)";

/** The generated text of `code` per group, `groupOf` naming a source path's group. */
export function textByGroup(
  code: string,
  map: RawSourceMap,
  groupOf: (source: string) => string,
): Map<string, string> {
  const lines = code.split("\n");
  const pieces = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (text.length === 0) return;
    const list = pieces.get(group);
    if (list) list.push(text);
    else pieces.set(group, [text]);
  };
  const consumer = new SourceMapConsumer(map);
  // Each mapping owns the text from its position to the next mapping (or to its line's end).
  let line = 1;
  let column = 0;
  let group = UNMAPPED;
  const take = (toLine: number, toColumn: number) => {
    while (line < toLine) {
      add(group, lines[line - 1].slice(column));
      line++;
      column = 0;
    }
    add(group, lines[line - 1].slice(column, toColumn));
    column = toColumn;
  };
  consumer.eachMapping(
    (m) => {
      take(m.generatedLine, m.generatedColumn);
      group = m.source ? groupOf(m.source) : UNMAPPED;
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  take(lines.length, lines[lines.length - 1].length);
  return new Map([...pieces].map(([g, list]) => [g, list.join("")]));
}

/** Raw and estimated gzip bytes per group, largest first; the gzip shares add up to the file's. */
export function groupShares(
  code: string,
  map: RawSourceMap,
  groupOf: (source: string) => string,
): GroupShare[] {
  const texts = textByGroup(code, map, groupOf);
  const whole = gzipSync(code, { level: 9 }).length;
  const alone = [...texts].map(([group, text]) => ({
    group,
    raw: Buffer.byteLength(text),
    gzipAlone: gzipSync(text, { level: 9 }).length,
  }));
  const sumAlone = alone.reduce((sum, g) => sum + g.gzipAlone, 0);
  return alone
    .map(({ group, raw, gzipAlone }) => ({ group, raw, gzip: (gzipAlone * whole) / sumAlone }))
    .sort((a, b) => b.gzip - a.gzip);
}

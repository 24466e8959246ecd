/**
 * What an inline style does to the visibility of an element's text. Phishers fill hidden elements
 * with random words so that mail filters see a harmless message ("hash-busting"); templates also use
 * `font-size:0` on cells whose children set their own size, so tiny fonts and colours are inherited
 * only until a descendant sets its own. Read declaration by declaration with indexOf and split, not
 * one regular expression, so a hostile style attribute cannot make the check backtrack.
 */
const WHITE = new Set(["#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fdfdfd"]);

export interface Visibility {
  /** display:none, visibility:hidden or opacity 0: nothing inside shows. */
  gone: boolean;
  /** The font is a pixel or less (inherited until a descendant sets a size). */
  tiny: boolean;
  /** White text where mail is read on white (inherited until a descendant sets a colour). */
  white: boolean;
}

export const VISIBLE: Visibility = { gone: false, tiny: false, white: false };

function declarations(style: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of style.toLowerCase().split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    out.push([part.slice(0, colon).trim(), part.slice(colon + 1).replace(/\s+|!important/g, "")]);
  }
  return out;
}

function tinyFont(value: string): boolean {
  const n = Number.parseFloat(value);
  if (!Number.isFinite(n) || !/^[0-9.]+(?:px|pt|em|rem)?$/.test(value)) return false;
  return value.endsWith("em") ? n <= 0.1 : n <= 1;
}

/** Whether a style can change visibility at all: most only set margins, widths and fonts. */
function mayHide(style: string): boolean {
  return /display|visibility|opacity|font-size|color|background/i.test(style);
}

/** The visibility of an element's text, from its parent's and its own style. */
export function visibilityOf(parent: Visibility, style: string | undefined): Visibility {
  if (!style || parent.gone || !mayHide(style)) return parent;
  let { tiny, white } = parent;
  let gone = false;
  let background: string | undefined;
  for (const [name, value] of declarations(style)) {
    if (name === "display" && value === "none") gone = true;
    else if (name === "visibility" && (value === "hidden" || value === "collapse")) gone = true;
    else if (name === "opacity" && Number.parseFloat(value) === 0) gone = true;
    else if (name === "font-size") tiny = tinyFont(value);
    else if (name === "color") white = WHITE.has(value);
    else if (name === "background-color" || name === "background") background = value;
  }
  // White text on a dark background of its own is ordinary.
  if (white && background !== undefined && !WHITE.has(background)) white = false;
  return gone === parent.gone && tiny === parent.tiny && white === parent.white
    ? parent
    : { gone, tiny, white };
}

export function isHidden(v: Visibility): boolean {
  return v.gone || v.tiny || v.white;
}

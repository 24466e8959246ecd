/**
 * Whether an inline style hides an element's text from the reader while mail filters still read it:
 * `display:none`, `visibility:hidden`, a zero or one-pixel font, zero opacity, or white text (mail is
 * read on white). Phishers fill such elements with random words so that filters see a harmless
 * message ("hash-busting"). Read declaration by declaration with indexOf, not one regular expression,
 * so a hostile style attribute cannot make the check backtrack.
 */
const WHITE = new Set(["#fff", "#ffffff", "white", "rgb(255,255,255)", "#fefefe", "#fdfdfd"]);

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
  return (
    Number.isFinite(n) &&
    n <= 1 &&
    /^[0-9.]+(?:px|pt|em|rem|%)?$/.test(value) &&
    !(value.endsWith("%") && n > 0)
  );
}

export function hidesText(style: string | undefined): boolean {
  if (!style) return false;
  let background = "";
  let color = "";
  for (const [name, value] of declarations(style)) {
    if (name === "display" && value === "none") return true;
    if (name === "visibility" && value === "hidden") return true;
    if (name === "font-size" && tinyFont(value)) return true;
    if (name === "opacity" && Number.parseFloat(value) === 0) return true;
    if (
      (name === "max-height" || name === "height") &&
      /^0(?:px)?$/.test(value) &&
      style.includes("overflow")
    )
      return true;
    if (name === "color") color = value;
    if (name === "background-color" || name === "background") background = value;
  }
  if (color === "") return false;
  // White on a declared dark background is ordinary; white on nothing or on white is not.
  return WHITE.has(color) && (background === "" || WHITE.has(background) || background === color);
}

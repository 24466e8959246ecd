/** True when every UTF-16 unit is ASCII: a char-code loop, cheaper than a regex or normalize(). */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}

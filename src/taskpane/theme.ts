import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Dark when Outlook's body background is dark (Outlook does not support `isDarkTheme`), or, outside
 * Outlook, when the browser prefers a dark scheme.
 */
export function pickTheme(officeBackground: string | undefined, prefersDark: boolean): Theme {
  const dark = officeBackground ? isDarkColor(officeBackground) : prefersDark;
  return dark ? webDarkTheme : webLightTheme;
}

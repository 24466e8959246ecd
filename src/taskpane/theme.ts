import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export interface ThemeHints {
  /** `Office.context.officeTheme.bodyBackgroundColor`, inside Outlook. */
  officeBackground?: string;
  /** `(prefers-color-scheme: dark)`. */
  prefersDark: boolean;
  /** `(forced-colors: active)`: Windows high contrast, which Outlook follows. */
  forcedColors: boolean;
}

/**
 * High contrast when the system forces colours; else dark when Outlook's body background is dark
 * (Outlook does not support `isDarkTheme`) or, outside Outlook, when the browser prefers dark.
 */
export function pickTheme({ officeBackground, prefersDark, forcedColors }: ThemeHints): Theme {
  if (forcedColors) return teamsHighContrastTheme;
  const dark = officeBackground ? isDarkColor(officeBackground) : prefersDark;
  return dark ? webDarkTheme : webLightTheme;
}

/** What the browser says about colours, for `pickTheme`. */
export function browserThemeHints(officeBackground?: string): ThemeHints {
  const matches = (query: string) => window.matchMedia?.(query).matches ?? false;
  return {
    officeBackground,
    prefersDark: matches("(prefers-color-scheme: dark)"),
    forcedColors: matches("(forced-colors: active)"),
  };
}

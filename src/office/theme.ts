import type { PaneTheme } from "./adapter";
import type { OfficeThemeLike } from "./officeApi";

/** Relative luminance (WCAG) of "#rgb" or "#rrggbb"; null when the value is not such a colour. */
export function luminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark when the body background is darker than mid-grey; light when Office shares no theme. */
export function themeFromOffice(theme: OfficeThemeLike | undefined | null): PaneTheme {
  const background = theme?.bodyBackgroundColor || undefined;
  const lum = background ? luminance(background) : null;
  return {
    dark: lum !== null && lum < 0.2,
    background: lum !== null ? background : undefined,
    foreground: theme?.bodyForegroundColor || undefined,
  };
}

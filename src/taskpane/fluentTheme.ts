import { type Theme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * Most users have a light Office theme, so the dark theme's tokens are not in the first load:
 * index.tsx fetches them before the first render when Office is dark, and a switch to dark later
 * fetches them then (the pane stays light for that moment).
 */
let darkTheme: Theme | null = null;

export async function loadDarkTheme(): Promise<Theme> {
  darkTheme ??= (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme;
  return darkTheme;
}

/** The Fluent theme for Office's light or dark setting, with whether it is the dark one. */
export function useFluentTheme(dark: boolean): { theme: Theme; dark: boolean } {
  const [loadedDark, setLoadedDark] = useState(darkTheme);
  useEffect(() => {
    if (dark && !loadedDark) void loadDarkTheme().then(setLoadedDark, () => undefined);
  }, [dark, loadedDark]);
  return dark && loadedDark ? { theme: loadedDark, dark: true } : { theme: webLightTheme, dark: false };
}

// Its own module so that the dark theme's tokens come in a chunk of their own, fetched only when needed.
export { webDarkTheme } from "@fluentui/react-components";

/**
 * "Templates and settings": the personal-templates editor, the settings form and export/import.
 * Load it only on demand so none of it weighs on the pane's first load:
 *
 *   const TemplatesAndSettings = React.lazy(() => import("./templates"));
 *
 * Props: see TemplatesAndSettingsProps in ./TemplatesAndSettings.tsx.
 */
export { TemplatesAndSettings as default, type TemplatesAndSettingsProps } from "./TemplatesAndSettings";

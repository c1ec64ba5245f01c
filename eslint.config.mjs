import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// Reuse the exact plugin instance the shared config registers (ESLint refuses a second one).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  // The shared config parses .mjs scripts as ES2015 (no async/await, no import.meta).
  // Node scripts: globals are the runtime's, as for TypeScript below.
  { files: ["**/*.mjs"], languageOptions: { ecmaVersion: 2022, sourceType: "module" }, rules: { "no-undef": "off" } },
  {
    // The shared config only names .ts/.js files; the pane's components are .tsx.
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // React 17+ JSX transform: React need not be in scope.
      "react/react-in-jsx-scope": "off",
      // Browser and Node globals are the type checker's job.
      "no-undef": "off",
      // The base rule misreads parameter names in TS function types; the TS rule below covers it.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // The pages run on Preact's React compatibility layer (webpack.config.js), which has React 18's
    // API: the types are React 19's, so its newer hooks would type-check and then fail at run time.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "react",
              importNames: ["use", "useActionState", "useOptimistic", "useFormStatus", "useEffectEvent", "Activity"],
              message: "Not in preact/compat (React 18's API), which the pane runs on.",
            },
            {
              name: "react-dom",
              importNames: ["useFormStatus", "preload", "preinit", "prefetchDNS", "preconnect"],
              message: "Not in preact/compat (React 18's API), which the pane runs on.",
            },
          ],
        },
      ],
    },
  },
];

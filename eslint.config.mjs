import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "artifacts/", "coverage/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Office: "readonly", OfficeRuntime: "readonly" },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-console": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Message text is hostile: no regular expression in the product may backtrack super-linearly.
  {
    files: ["src/**/*.{ts,tsx,js}"],
    ignores: ["src/**/*.test.{ts,tsx}"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
    },
  },
  // zod only through src/zod.ts, which turns off its eval (the pages' Content-Security-Policy).
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/zod.ts", "src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Import z from src/zod.ts." }] }],
    },
  },
  // The engine is pure: no Office, DOM, React, Node built-ins or upper layers. A relative import
  // leaves src/engine when it climbs one level more than the file is deep, so one block per depth.
  ...[0, 1, 2, 3, 4].map((depth) => ({
    files: [`src/engine/${"*/".repeat(depth)}*.ts`],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "react", "react-dom", "@fluentui/*"],
              message: "src/engine must stay pure.",
            },
            { group: [`${"../".repeat(depth + 1)}*`], message: "src/engine imports only itself." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "process",
        "navigator",
        "localStorage",
      ],
    },
  })),
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Runs in Internet Explorer 11 before anything else, to say that Outlook is too old.
  {
    files: ["src/taskpane/oldOutlook.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["bench/**", "scripts/**", "e2e/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-console": "off" },
  },
  prettier,
);

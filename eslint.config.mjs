import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "__fixtures__/**",
      "examples/**",
      "**/*.cjs",
      "**/*.d.cts",
      "**/*.generated.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        TextDecoder: "readonly",
        TextEncoder: "readonly",
        fetch: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The analysis runs these per file: see src/core/extend.ts for why a spread followed by more keys is slow there.
    files: [
      "src/core/frameworks/**/*.ts",
      "src/core/rules/**/*.ts",
      "src/core/schema/**/*.ts",
      "src/core/{analyze,excerpt,folder-history,folder-index}.ts",
      "src/analyze-files.ts",
      "src/cli.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ObjectExpression[properties.0.type='SpreadElement'][properties.length>1]",
          message:
            "A spread followed by more keys gives every object its own hidden class on Node 20's V8: use extend() from src/core/extend.ts.",
        },
      ],
    },
  },
);

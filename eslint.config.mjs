import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Imports point one way: app → components → lib. The pure folders of lib
// (artifacts, mesh, score, search, governance, standards) import nothing from React, Next, Prisma or
// the database layer, so they run anywhere: CLI, tests, web worker.
const PURE_FOLDERS = [
  "lib/artifacts/**",
  "lib/mesh/**",
  "lib/score/**",
  "lib/governance/**",
  "lib/search/**",
  "lib/standards/**",
  "lib/sample/**",
  "lib/column-lineage/**",
];
const IMPURE_FOR_PURE = [
  {
    group: ["react", "react-dom", "react/*", "next", "next/*"],
    message: "Pure lib code must not depend on React or Next.",
  },
  {
    group: ["@prisma/*", "pg", "pg-copy-streams"],
    message: "Pure lib code must not talk to the database.",
  },
  {
    group: [
      "@/lib/db",
      "@/lib/db/*",
      "@/lib/ingest",
      "@/lib/ingest/*",
      "@/lib/cli/*",
    ],
    message:
      "Pure lib code must not import orchestration or the database layer.",
  },
  {
    group: ["@/components/*", "@/app/*"],
    message: "lib must not import UI code.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ["**/*.ts", "**/*.tsx"],
  })),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-nocheck": true, "ts-ignore": true },
      ],
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "import/no-default-export": "off",
    },
  },
  {
    // One clock (lib/clock.ts): what is judged against "now" must be pinnable
    // by a test, or the suite depends on the day it runs.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/clock.ts", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            "Take the time from now() in lib/clock.ts, so that tests can pin it.",
        },
        {
          selector:
            "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            "Take the time from now() in lib/clock.ts (performance.now() for durations).",
        },
      ],
    },
  },
  {
    files: PURE_FOLDERS,
    rules: {
      "no-restricted-imports": ["error", { patterns: IMPURE_FOR_PURE }],
    },
  },
  {
    files: ["lib/**"],
    ignores: PURE_FOLDERS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "@/app/*"],
              message: "lib must not import UI code.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*"],
              message: "components must not import routes.",
            },
            {
              group: ["@prisma/*", "pg", "@/lib/db/generated/*"],
              message: "components read data through lib/db queries.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "scratch/**",
    "node_modules/**",
    "lib/db/generated/**",
    ".data/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
  ]),
]);

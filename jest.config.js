// ESM jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json scripts).
export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  // Helpers under __tests__/helpers are modules, not suites.
  testMatch: ["**/__tests__/**/*.test.ts"],
  moduleNameMapper: {
    // The readers' dynamic imports (their chunks in the bundle) as static ones: see src/parsers/reader-chunks.ts.
    "^\\./reader-chunks\\.js$": "<rootDir>/__tests__/helpers/reader-chunks.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.check.json", diagnostics: false }],
  },
  testTimeout: 30000,
};

// ESM jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json scripts).
export default {
  preset: "ts-jest/presets/default-esm",
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.check.json", diagnostics: false }],
  },
  testTimeout: 30000,
};

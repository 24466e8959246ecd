/**
 * Unit tests live beside the code (`npm run test:unit`, the fast loop); the real-mail corpus suites live in
 * test/corpus/ and parse each corpus once (`npm run test:corpus`); browser tests live in e2e/ (each sets its
 * own timeout) and need `npm run build` first.
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      jsx: "react-jsx",
      module: "commonjs",
      moduleResolution: "node",
      esModuleInterop: true,
      resolveJsonModule: true,
      isolatedModules: true,
    },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/corpus/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "corpus",
      testEnvironment: "node",
      roots: ["<rootDir>/test/corpus"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/e2e"],
      testMatch: ["**/*.e2e.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};

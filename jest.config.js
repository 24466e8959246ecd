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

/**
 * The few dependencies published only as ES modules (the PNG decoder and its buffer helper, the feed's
 * Ed25519 signatures) are
 * compiled to CommonJS like our own code; every other package in node_modules is left alone.
 */
const ESM_ONLY = ["fast-png", "iobuffer", "@noble/ed25519"];
const esmTransform = {
  "^.+\\.tsx?$": tsJest,
  [`/node_modules/(?:${ESM_ONLY.join("|")})/.+\\.js$`]: [
    "ts-jest",
    { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } },
  ],
};
const transformIgnorePatterns = [`/node_modules/(?!(?:${ESM_ONLY.join("|")})/)`];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/corpus/"],
      transform: esmTransform,
      transformIgnorePatterns,
    },
    {
      displayName: "corpus",
      testEnvironment: "node",
      roots: ["<rootDir>/test/corpus"],
      testMatch: ["**/*.test.ts"],
      transform: esmTransform,
      transformIgnorePatterns,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/e2e"],
      testMatch: ["**/*.e2e.ts"],
      transform: esmTransform,
      transformIgnorePatterns,
    },
  ],
};

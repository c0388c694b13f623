/**
 * Two projects, both run by `npm test`:
 * - `unit` (`npm run test:unit`): everything that runs in Node alone;
 * - `interop` (`npm run test:interop`): the suites that drive real programs, Chromium (test/e2e)
 *   and LibreOffice (test/support/libreoffice.ts; one office per jest worker, kept for all its
 *   conversions). The LibreOffice helpers refuse to run in any other suite, so this list cannot
 *   silently fall behind.
 */
const INTEROP_SUITES = [
  "test/e2e/",
  "test/cli/archives.test.ts",
  "test/cli/feedback-demo.test.ts",
  "test/cli/new-notices.test.ts",
  "test/cli/rollup.test.ts",
  "test/core/messages/format-issue.test.ts",
  "test/io/read/drop-down-lists.test.ts",
  "test/io/read/hostile-files.test.ts",
  "test/io/read/read-docx.test.ts",
  "test/io/read/read-workbook.test.ts",
  "test/io/read/xlsx-values-reader.test.ts",
  "test/io/write/rollup-workbook.test.ts",
  "test/io/write/template-workbook.test.ts",
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];

const shared = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: "<rootDir>/test/global-setup.js",
  globalTeardown: "<rootDir>/test/global-teardown.ts",
  testTimeout: 60000,
  // Playwright and LibreOffice tests start real programs; two workers fit CI's two cores.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: "unit",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: TEST_FILES,
      testPathIgnorePatterns: ["/node_modules/", ...INTEROP_SUITES.map((suite) => `^<rootDir>/${escape(suite)}`)],
    },
    {
      ...shared,
      displayName: "interop",
      roots: ["<rootDir>/test"],
      testMatch: INTEROP_SUITES.flatMap((suite) => (suite.endsWith("/") ? TEST_FILES.map((glob) => `<rootDir>/${suite}${glob}`) : [`<rootDir>/${suite}`])),
      globals: { SMARTCAMPUS_INTEROP: true },
    },
  ],
};

// The build's page policies and its Office.js address, as webpack.config.js uses them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policy: {
  OFFICE_JS_URL: string;
  officeJsUrl(env: Record<string, unknown> | undefined): string;
  addinPolicy(officeJs?: string): string;
  STANDALONE_POLICY: string;
  oneFilePolicy(hashes: { scriptHashes: string[]; styleHashes: string[]; blobWorkers?: boolean }): string;
} = require("../../scripts/webpack/page-policy");

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

test("without --env officejs the add-in loads Office.js from Microsoft's public CDN", () => {
  expect(policy.officeJsUrl(undefined)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(policy.officeJsUrl({ officejs: "" })).toBe(policy.OFFICE_JS_URL);
  expect(directives(policy.addinPolicy()).get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
});

test("a sovereign cloud's CDN named at build time moves the script and the policy together", () => {
  const gcc = "https://appsforoffice.gcc.cdn.office.net/appsforoffice/lib/1/hosted/office.js";
  expect(policy.officeJsUrl({ officejs: gcc })).toBe(gcc);
  const csp = directives(policy.addinPolicy(gcc));
  expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.gcc.cdn.office.net"]);
  // Only script-src differs from the standalone page's policy.
  const standalone = directives(policy.STANDALONE_POLICY);
  for (const [name, values] of csp) if (name !== "script-src") expect([name, values]).toEqual([name, standalone.get(name)]);
});

test("an Office.js address that is not an https office.js fails the build with its reason", () => {
  for (const bad of ["http://appsforoffice.microsoft.com/lib/1/hosted/office.js", "https://example.org/lib.js", "office.js", "https://x.example/office.js?v=1"]) {
    expect(() => policy.officeJsUrl({ officejs: bad })).toThrow(/--env officejs=/);
  }
});

test("the one-file policy allows nothing but the hashes it is given", () => {
  const csp = directives(policy.oneFilePolicy({ scriptHashes: ["'sha256-a'", "'sha256-b'"], styleHashes: ["'sha256-c'"] }));
  expect(csp.get("default-src")).toEqual(["'none'"]);
  expect(csp.get("script-src")).toEqual(["'sha256-a'", "'sha256-b'"]);
  expect(csp.get("style-src")).toEqual(["'sha256-c'"]);
  expect(csp.get("connect-src")).toEqual(["'none'"]);
  expect([...csp.values()].flat().filter((v) => /unsafe|https?:|'self'|\*/.test(v))).toEqual([]);
});

test("the one-file page may start workers from blob: URLs only when it carries a worker, and nothing else", () => {
  const hashes = { scriptHashes: ["'sha256-a'"], styleHashes: ["'sha256-c'"] };
  expect(directives(policy.oneFilePolicy(hashes)).get("worker-src")).toEqual(["'none'"]);
  const withWorkers = directives(policy.oneFilePolicy({ ...hashes, blobWorkers: true }));
  expect(withWorkers.get("worker-src")).toEqual(["blob:"]);
  expect(withWorkers.get("connect-src")).toEqual(["'none'"]);
  // Only worker-src differs.
  const without = directives(policy.oneFilePolicy(hashes));
  for (const [name, values] of withWorkers) if (name !== "worker-src") expect([name, values]).toEqual([name, without.get(name)]);
});

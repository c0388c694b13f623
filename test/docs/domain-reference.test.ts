import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";
import { ISSUE_SEVERITY } from "../../src/core/model/issue";

const ROOT = join(__dirname, "..", "..");
const DOMAIN = readFileSync(join(ROOT, "docs", "DOMAIN.md"), "utf8");

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, "")
    .replace(/ /g, "-");
}

const ANCHORS = new Set([...DOMAIN.matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1])));

/** The section of the page under a `## heading`, up to the next one. */
function section(heading: string): string {
  const start = DOMAIN.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`DOMAIN.md has no section ${heading}`);
  const end = DOMAIN.indexOf("\n## ", start + 1);
  return DOMAIN.slice(start, end < 0 ? undefined : end);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

test("the issue-code table of DOMAIN.md lists every code of the product with its severity, and no other", () => {
  const rows = [...section("Issue codes").matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
  expect(Object.fromEntries(rows)).toEqual(ISSUE_SEVERITY);
  expect(rows).toHaveLength(Object.keys(ISSUE_SEVERITY).length);
});

test("DOMAIN.md has a section for every built-in layout, naming its title and its notice", () => {
  for (const layout of BUILT_IN_CATALOG.layouts) {
    const start = DOMAIN.indexOf(`\n### ${layout.id}\n`);
    expect({ id: layout.id, found: start >= 0 }).toEqual({ id: layout.id, found: true });
    const body = DOMAIN.slice(start, DOMAIN.indexOf("\n#", start + 1));
    const title = layout.title.replace(/[“”"]/g, "");
    expect(body.replace(/[“”"]/g, "")).toContain(title.replace(/（试行）$/, ""));
    const notice = (layout.source ?? "").split(" ")[0];
    expect(body).toContain(`notice ${notice}`);
  }
});

test("every worksheet function is described in DOMAIN.md", () => {
  const functions = [...readFileSync(join(ROOT, "src", "functions", "functions.ts"), "utf8").matchAll(/@customfunction (\w+)/g)].map((m) => m[1]);
  expect(functions.length).toBeGreaterThan(0);
  const table = section("Worksheet functions");
  expect(functions.filter((name) => !table.includes(`\`${name}(`))).toEqual([]);
});

test("every docs/DOMAIN.md#… the code cites, and every link inside the page, names a section of it", () => {
  const cited = filesUnder(join(ROOT, "src")).flatMap((path) =>
    [...readFileSync(path, "utf8").matchAll(/docs\/DOMAIN\.md#([\p{L}\p{N}-]+)/gu)].map((m) => ({ path: path.slice(ROOT.length + 1), anchor: m[1] })),
  );
  expect(cited.length).toBeGreaterThan(10);
  const inPage = [...DOMAIN.matchAll(/\]\(#([^)]+)\)/g)].map((m) => ({ path: "docs/DOMAIN.md", anchor: m[1] }));
  expect([...cited, ...inPage].filter(({ anchor }) => !ANCHORS.has(anchor))).toEqual([]);
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DIST, ensureProductionBuild } from "./ensure-build";

/*
 * What `npm run build` writes for each way the pane runs: the add-in's page loads Office.js from
 * Microsoft's CDN (and may, for scripts only); the standalone page and the one-file page load no
 * Office.js and may reach nothing outside themselves.
 */

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

beforeAll(() => ensureProductionBuild(), 600_000);

const page = (name: string) => readFileSync(path.join(DIST, name), "utf8");
const head = (html: string) => html.slice(0, html.indexOf("</head>"));
const scriptSources = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
function policy(html: string): Map<string, string[]> {
  const content = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error("no Content-Security-Policy");
  return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}
/** Every file under dist/ (the CLI bundle aside), relative. */
function builtFiles(dir = DIST, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? builtFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  ).filter((file) => !file.startsWith("cli.js"));
}

test("the add-in's page loads Office.js from the CDN in <head>, before every bundle", () => {
  const html = page("taskpane.html");
  const sources = scriptSources(html);
  expect(sources[0]).toBe(OFFICE_JS);
  expect(scriptSources(head(html))).toEqual([OFFICE_JS]);
  // Shared runtime: the functions, the ribbon's function file and the pane, in that order.
  expect(sources.slice(1)).toEqual(["functions.js", "commands.js", "taskpane.js"]);
});

test("the add-in's policy adds Office.js's origin to script-src and nowhere else", () => {
  const addin = policy(page("taskpane.html"));
  const standalone = policy(page("index.html"));
  expect(addin.get("script-src")).toEqual(["'self'", OFFICE_ORIGIN]);
  expect(standalone.get("script-src")).toEqual(["'self'"]);
  for (const [directive, values] of addin) if (directive !== "script-src") expect([directive, values]).toEqual([directive, standalone.get(directive)]);
  expect(addin.size).toBe(standalone.size);
});

test("the standalone and one-file pages load no Office.js and name no other origin", () => {
  for (const name of ["index.html", "汇总助手.html"]) {
    const html = page(name);
    expect(scriptSources(html).filter((src) => /^https?:/.test(src))).toEqual([]);
    const origins = [...policy(html).values()].flat().filter((value) => /^https?:/.test(value));
    expect([name, origins]).toEqual([name, []]);
  }
  expect(scriptSources(page("index.html"))).toEqual(["taskpane.js"]);
});

test("no copy of Office.js is shipped: only the CDN's is ever loaded", () => {
  expect(existsSync(path.join(DIST, "office-js"))).toBe(false);
  const files = builtFiles();
  expect(files.filter((file) => /(^|\/)office(\.debug)?\.js$|custom-functions-runtime/.test(file))).toEqual([]);
  // Only the add-in's page mentions the CDN.
  const mentioning = files.filter((file) => /\.(html|js|json|xml)$/.test(file) && readFileSync(path.join(DIST, file), "utf8").includes(OFFICE_ORIGIN));
  expect(mentioning).toEqual(["taskpane.html"]);
});

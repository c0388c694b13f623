import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";

// xml2js is the strict XML parser office-addin-manifest itself uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js: { parseStringPromise(xml: string, options?: object): Promise<any> } = require("xml2js");

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
/** A bureau's server, as `npm run build -- --env url=…` is given it. */
const PRODUCTION_URL = "https://example.org/sc/";
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");

type Node = Record<string, any>;

/** Every element named `name` anywhere below `node` (xml2js keeps children as arrays). */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const item of node) findAll(item, name, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name) for (const item of [value].flat()) out.push(item);
      if (key !== "$") findAll(value, name, out);
    }
  }
  return out;
}

const attr = (node: Node | undefined, name: string): string | undefined => node?.$?.[name];
const text = (node: unknown): string => (typeof node === "string" ? node : (node as Node)?._ ?? "").trim();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Builds the manifest step of `npm run build` (webpack.config.js, configuration "manifest") for a
 * deployment URL into a fresh folder; returns the process's outcome and the folder.
 */
function buildManifest(url: string): { status: number | null; stderr: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "smartcampus-manifest-"));
  const run = spawnSync(
    process.execPath,
    [WEBPACK, "--mode", "production", "--config-name", "manifest", "--env", `url=${url}`, "--output-path", dir],
    { cwd: ROOT, encoding: "utf8" },
  );
  return { status: run.status, stderr: `${run.stdout}${run.stderr}`, dir };
}

/** Every URL-valued attribute and text in the document (namespace declarations aside). */
function everyUrl(node: unknown, out: string[] = []): string[] {
  const isUrl = (value: unknown): value is string => typeof value === "string" && /^[a-z][a-z0-9+.-]*:/i.test(value.trim());
  if (Array.isArray(node)) for (const item of node) everyUrl(item, out);
  else if (isUrl(node)) out.push(node.trim());
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$") {
        for (const [name, v] of Object.entries(value as Record<string, string>)) {
          if (name !== "xmlns" && !name.startsWith("xmlns:") && isUrl(v)) out.push(v.trim());
        }
      } else everyUrl(value, out);
    }
  }
  return out;
}

const builtDirs: string[] = [];
let builtProduction: string | undefined;
afterAll(() => {
  for (const dir of builtDirs) rmSync(dir, { recursive: true, force: true });
});

/** The repository's manifest (the dev server's URLs), and the one the build writes for a bureau's server. */
const MANIFESTS: Array<{ label: string; base: string; file: () => string }> = [
  { label: "manifest.xml (development)", base: DEV_URL, file: () => path.join(ROOT, "manifest.xml") },
  {
    label: `dist/manifest.xml built with --env url=${PRODUCTION_URL}`,
    base: PRODUCTION_URL,
    file: () => {
      if (builtProduction) return builtProduction;
      const built = buildManifest(PRODUCTION_URL);
      builtDirs.push(built.dir);
      if (built.status !== 0) throw new Error(`the manifest build failed:\n${built.stderr}`);
      builtProduction = path.join(built.dir, "manifest.xml");
      return builtProduction;
    },
  },
];

describe.each(MANIFESTS)("$label", ({ base, file }) => {
  const ORIGIN = new URL(base).origin;
  let MANIFEST: string;
  /** A URL of the manifest → the file in the repository it is built from (the add-in's files sit at the same paths under any base). */
  function servedFile(url: string): string {
    expect(url.startsWith(base)).toBe(true);
    return path.join(ROOT, url.slice(base.length));
  }

  let app: Node;
  beforeAll(async () => {
    MANIFEST = file();
    const xml = readFileSync(MANIFEST, "utf8");
    const parsed = await xml2js.parseStringPromise(xml, { strict: true });
    app = parsed.OfficeApp;
  });

  test("manifest.xml is well-formed XML with an OfficeApp task-pane root", () => {
    expect(app).toBeDefined();
    expect(attr(app, "xmlns")).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
  });

  test("the base fields the Office schema requires are present, in schema order", () => {
    const required = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
    ];
    const present = Object.keys(app).filter((key) => key !== "$");
    expect(present).toEqual(required);
    expect(text(app.Id[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(app.Version[0])).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(text(app.ProviderName[0]).length).toBeGreaterThan(0);
    expect(text(app.DefaultLocale[0])).toBe("zh-CN");
  });

  test("the display name is Chinese with an en-US override, within the schema's 125 characters", () => {
    const name = app.DisplayName[0];
    expect(attr(name, "DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    expect(attr(name, "DefaultValue")!.length).toBeLessThanOrEqual(125);
    const overrides = name.Override.map((o: Node) => [attr(o, "Locale"), attr(o, "Value")]);
    expect(overrides).toEqual([["en-US", "SmartCampus roll-up"]]);
    expect(app.Description[0].Override.map((o: Node) => attr(o, "Locale"))).toEqual(["en-US"]);
  });

  test("it asks for ReadWriteDocument only, for Excel, with the shared runtime", () => {
    expect(text(app.Permissions[0])).toBe("ReadWriteDocument");
    expect(app.Hosts[0].Host.map((h: Node) => attr(h, "Name"))).toEqual(["Workbook"]);
    const sets = findAll(app.Requirements, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]);
    expect(sets).toContainEqual(["SharedRuntime", "1.1"]);
    const runtimes = findAll(app.VersionOverrides, "Runtime");
    expect(runtimes.map((r) => [attr(r, "resid"), attr(r, "lifetime")])).toEqual([["Taskpane.Url", "long"]]);
  });

  test("every URL is https under the deployment URL, and AppDomains covers its origin", () => {
    const urls = [
      attr(app.IconUrl[0], "DefaultValue"),
      attr(app.HighResolutionIconUrl[0], "DefaultValue"),
      attr(app.SupportUrl[0], "DefaultValue"),
      attr(app.DefaultSettings[0].SourceLocation[0], "DefaultValue"),
      ...findAll(app.VersionOverrides, "bt:Url").map((u) => attr(u, "DefaultValue")),
      ...findAll(app.VersionOverrides, "bt:Image").filter((i) => attr(i, "DefaultValue")).map((i) => attr(i, "DefaultValue")),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect([url, url?.startsWith(base)]).toEqual([url, true]);
    expect(findAll(app.AppDomains, "AppDomain").map(text)).toEqual([ORIGIN]);
    // Not only the elements listed above: every URL anywhere in the document.
    const all = everyUrl(app);
    expect(all.length).toBeGreaterThanOrEqual(urls.length);
    for (const url of all) expect([url, url === ORIGIN || url.startsWith(base)]).toEqual([url, true]);
  });

  test("every resid resolves to a resource, and resource ids fit the schema's 32 characters", () => {
    const resources = app.VersionOverrides[0].Resources[0];
    const ids = new Set<string>([
      ...findAll(resources, "bt:Image").map((n) => attr(n, "id")!),
      ...findAll(resources, "bt:Url").map((n) => attr(n, "id")!),
      ...findAll(resources, "bt:String").map((n) => attr(n, "id")!),
    ]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const hosts = app.VersionOverrides[0].Hosts;
    const resids: string[] = [];
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object") {
        const own = (node as Node).$?.resid;
        if (own) resids.push(own);
        for (const [key, value] of Object.entries(node as Node)) if (key !== "$") collect(value);
      }
    };
    collect(hosts);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids).toContain(resid);
  });

  test("the CustomFunctions extension point names its script, page, metadata and the SMARTCAMPUS namespace", () => {
    const point = findAll(app.VersionOverrides, "ExtensionPoint").find((p) => attr(p, "xsi:type") === "CustomFunctions");
    expect(point).toBeDefined();
    const resources = app.VersionOverrides[0].Resources[0];
    const url = (id: string) => attr(findAll(resources, "bt:Url").find((u) => attr(u, "id") === id), "DefaultValue");
    const string = (id: string) => attr(findAll(resources, "bt:String").find((s) => attr(s, "id") === id), "DefaultValue");
    expect(url(attr(point!.Script[0].SourceLocation[0], "resid")!)).toBe(`${base}functions.js`);
    expect(url(attr(point!.Page[0].SourceLocation[0], "resid")!)).toBe(`${base}taskpane.html`);
    expect(url(attr(point!.Metadata[0].SourceLocation[0], "resid")!)).toBe(`${base}functions.json`);
    expect(string(attr(point!.Namespace[0], "resid")!)).toBe("SMARTCAMPUS");
    // Shared runtime: the function file and the runtime are the pane's page too.
    expect(attr(findAll(app.VersionOverrides, "FunctionFile")[0], "resid")).toBe("Taskpane.Url");
  });

  test("a ribbon button on the Home tab opens the pane, with Chinese labels and English overrides", () => {
    const control = findAll(app.VersionOverrides, "Control")[0];
    expect(attr(control, "xsi:type")).toBe("Button");
    expect(attr(control.Action[0], "xsi:type")).toBe("ShowTaskpane");
    expect(attr(findAll(app.VersionOverrides, "OfficeTab")[0], "id")).toBe("TabHome");
    const label = findAll(app.VersionOverrides.map((v: Node) => v.Resources), "bt:String").find(
      (s) => attr(s, "id") === attr(control.Label[0], "resid"),
    );
    expect(attr(label, "DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    expect(attr(label!["bt:Override"][0], "Locale")).toBe("en-US");
  });

  test("icon files exist with the pixel sizes the manifest declares", () => {
    const images = findAll(app.VersionOverrides, "bt:Image").filter((i) => attr(i, "id"));
    expect(images.length).toBe(3);
    for (const image of images) {
      const size = Number(/(\d+)x\1$/.exec(attr(image, "id")!)![1]);
      const file = servedFile(attr(image, "DefaultValue")!);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(path.basename(file)).toBe(`icon-${size}.png`);
    }
    expect(pngSize(servedFile(attr(app.IconUrl[0], "DefaultValue")!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(servedFile(attr(app.HighResolutionIconUrl[0], "DefaultValue")!))).toEqual({ width: 64, height: 64 });
    expect(existsSync(path.join(ROOT, "assets", "icon-16.png"))).toBe(true);
  });

  test("office-addin-manifest's own parser reads it offline", () => {
    // In a plain Node process: the package pulls in an ES-module dependency jest's CommonJS runtime cannot load.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((info) => process.stdout.write(JSON.stringify(info)), (error) => { console.error(error); process.exit(1); });`;
    const info = JSON.parse(execFileSync(process.execPath, ["-e", script, MANIFEST], { cwd: ROOT, encoding: "utf8" }));
    expect(info).toMatchObject({
      id: text(app.Id[0]),
      defaultLocale: "zh-CN",
      displayName: "智慧校园汇总助手",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      officeAppType: "TaskPaneApp",
      defaultSettings: { sourceLocation: `${base}taskpane.html` },
    });
  });
});

test("the production manifest differs from the development one only in where it points", async () => {
  const [dev, production] = await Promise.all(
    MANIFESTS.map(async ({ base, file }) => {
      const xml = readFileSync(file(), "utf8");
      return xml.split(base).join("{base}").split(new URL(base).origin).join("{origin}");
    }),
  );
  expect(production).toBe(dev);
});

test("a deployment URL that Office cannot load the add-in from fails the build with a clear message", () => {
  for (const [url, said] of [
    ["http://example.org/sc/", "only over https://"],
    ["example.org/sc", "not an absolute URL"],
    ["https://example.org/sc/?v=2", "without query"],
  ]) {
    const built = buildManifest(url);
    builtDirs.push(built.dir);
    expect(built.status).not.toBe(0);
    expect(built.stderr).toContain(said);
    expect(existsSync(path.join(built.dir, "manifest.xml"))).toBe(false);
  }
});

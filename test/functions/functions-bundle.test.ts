import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { CustomFunctionsError, ErrorCode, shown } from "./custom-functions-stand-in";
import { letterColumn, levelsOf, tickBlock } from "./taizhou-range";

const ROOT = path.join(__dirname, "..", "..");

/**
 * Builds functions.ts the way the add-in's webpack build does (ts-loader + the metadata plugin,
 * whose loader appends the CustomFunctions.associate calls), then runs the bundle in a fresh
 * context with a runtime global that records associations — what Excel's runtime does on load.
 */
describe("the built functions bundle", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "smartcampus-functions-"));
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  let metadata: { functions: Array<{ id: string }> };

  beforeAll(async () => {
    const compiler = webpack({
      mode: "production",
      context: ROOT,
      entry: { functions: "./src/functions/functions.ts" },
      output: { path: out, filename: "[name].js" },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            exclude: /node_modules/,
            use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
          },
        ],
      },
      plugins: [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" })],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    metadata = JSON.parse(readFileSync(path.join(out, "functions.json"), "utf8"));
    const runtime = {
      Error: CustomFunctionsError,
      ErrorCode,
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    };
    vm.runInNewContext(readFileSync(path.join(out, "functions.js"), "utf8"), { CustomFunctions: runtime });
  });

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("associates every function that functions.json declares, and no other", () => {
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(associated.size).toBe(11);
  });

  test("the associated functions compute and report errors as Excel expects", () => {
    const call = (id: string, ...args: unknown[]) => shown(associated.get(id)!(...args));
    expect(call("GRADE", tickBlock(levelsOf(60, 10, 0)))).toBe("标杆");
    expect(call("GRADE", letterColumn(levelsOf(0, 0, 59)))).toBe("未达标");
    expect(call("STAGE", 4)).toBe("建设中");
    expect(call("STAGE", 8)).toEqual(["#N/A", "代码 没有对应的代码“8”（可用 1–7）"]);
    expect(call("QUOTA", 13, 0.2)).toBe(3);
    expect(call("ISPHONE", 13757293776)).toBe(true);
  });

  test("the bundle carries no UI code", () => {
    const bundle = readFileSync(path.join(out, "functions.js"), "utf8");
    expect(bundle).not.toMatch(/react|fluentui/i);
  });
});

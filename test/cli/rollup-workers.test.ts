import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import workerThreads from "node:worker_threads";
import { BUILT_IN_CATALOG } from "../../src/core/layouts/built-in";
import { analyzeFiles } from "../../src/cli/analyze-files";
import { listInputs } from "../../src/cli/input-files";
import { writeCsv, writeWithSheetJS, writeXlsxExcelJS } from "../support";
import { planSheet, progressSheet, truncated } from "./fixtures";
import { put, runCli, tempDir } from "./run-cli";
import { zipWithPython } from "../support/zip-archive";

const EXAMPLES = path.resolve(__dirname, "..", "..", "examples");

/** The roll-up with `--workers n`: its exit code, JSON report and the roll-up workbooks' names. */
function rollupWith(dir: string, workers: number, extra: string[] = []) {
  const out = `out-${workers}`;
  const run = runCli(["rollup", "报送", "--out", `${out}/汇总.xlsx`, "--report", `${out}/report.json`, "--workers", String(workers), ...extra], dir);
  const report = JSON.parse(readFileSync(path.join(dir, out, "report.json"), "utf8"));
  // The outputs differ only by the folder this test gave each run.
  return { code: run.code, stderr: run.stderr, report: JSON.parse(JSON.stringify(report).replaceAll(`${out}/`, "OUT/")) };
}

describe("smartcampus rollup reads files on every core with the same results", () => {
  test("the demo examples: the pooled report equals the single-threaded one", () => {
    const { dir, cleanup } = tempDir("workers-examples");
    try {
      cpSync(EXAMPLES, path.join(dir, "报送"), { recursive: true });
      const roster = ["--roster", "报送/roster.csv"];
      const single = rollupWith(dir, 1, roster);
      const pooled = rollupWith(dir, 2, roster);
      const many = rollupWith(dir, 5, roster);
      expect(single.report.files.length).toBeGreaterThan(5);
      expect(single.report.files.some((f: { status: string }) => f.status === "merged")).toBe(true);
      expect(pooled).toEqual(single);
      expect(many).toEqual(single);
    } finally {
      cleanup();
    }
  });

  test("a mixed folder with a corrupt file: it fails alone, in its place, whatever the thread count", async () => {
    const { dir, cleanup } = tempDir("workers-mixed");
    try {
      const yizhong = await writeXlsxExcelJS([planSheet("湖州市第一中学", [["AI实验室", 12.5, "李四", "13912345678"], ["创客空间", 8, "李四", "13912345679"]])]);
      put(dir, "报送/01-一中.xlsx", yizhong);
      put(dir, "报送/02-坏文件.xlsx", truncated(yizhong));
      put(dir, "报送/03-二中.xls", writeWithSheetJS([planSheet("湖州市第二中学", [["录播教室", 6, "王五", "13812345678"]])], "xls"));
      put(dir, "报送/04-三中.csv", writeCsv(planSheet("湖州市第三中学", [["未来教室", 9.5, null, "0572-2345678"]]).rows, "gbk"));
      put(dir, "报送/05-进展.xlsx", writeWithSheetJS([progressSheet("2025年4月", [["湖州市第一中学", 2]])], "xlsx"));
      put(dir, "报送/06-不是表格.xlsx", "这不是表格");
      put(dir, "报送/07-四中.xlsx", await writeXlsxExcelJS([planSheet("湖州市第四中学", [["编程教室", 3, "赵六", "13712345678"]])]));
      const single = rollupWith(dir, 1);
      const pooled = rollupWith(dir, 2);
      const wide = rollupWith(dir, 7);
      expect(pooled).toEqual(single);
      expect(wide).toEqual(single);
      const files = single.report.files as Array<{ path: string; status: string }>;
      const broken = files.filter((f) => f.path.endsWith("02-坏文件.xlsx"));
      expect(broken.map((f) => f.status)).toEqual(["failed"]);
      for (const name of ["01-一中.xlsx", "03-二中.xls", "04-三中.csv", "07-四中.xlsx"]) {
        expect(files.filter((f) => f.path.endsWith(name)).map((f) => f.status)).toContain("merged");
      }
      // Files are listed in input order, not in the order threads finished them.
      const order = files.map((f) => f.path).filter((p, i, all) => all.indexOf(p) === i);
      expect(order).toEqual([...order].sort());
    } finally {
      cleanup();
    }
  });

  test("a zip beside loose files: its entries are read in their place, GBK names and a broken entry included, whatever the thread count", async () => {
    const { dir, cleanup } = tempDir("workers-archive");
    try {
      const yizhong = await writeXlsxExcelJS([planSheet("湖州市第一中学", [["AI实验室", 12.5, "李四", "13912345678"]])]);
      const erzhong = writeWithSheetJS([planSheet("湖州市第二中学", [["录播教室", 6, "王五", "1381234567"]])], "xls");
      put(dir, "报送/01-一中.xlsx", yizhong);
      put(
        dir,
        "报送/02-吴兴区.zip",
        zipWithPython([
          { name: "吴兴区/二中.xls", bytes: erzhong, names: "gbk" },
          { name: "吴兴区/坏文件.xlsx", bytes: truncated(yizhong), names: "gbk" },
          { name: "吴兴区/三中.csv", bytes: writeCsv(planSheet("湖州市第三中学", [["未来教室", 9.5, "赵六", "0572-2345678"]]).rows, "gbk"), names: "gbk" },
        ]),
      );
      put(dir, "报送/03-四中.xlsx", await writeXlsxExcelJS([planSheet("湖州市第四中学", [["编程教室", 3, "钱七", "13712345678"]])]));
      const single = rollupWith(dir, 1);
      const pooled = rollupWith(dir, 2);
      expect(pooled).toEqual(single);
      const files = single.report.files as Array<{ path: string; status: string }>;
      const status = (end: string) => files.filter((f) => f.path.endsWith(end)).map((f) => f.status);
      expect(status("02-吴兴区.zip › 吴兴区/二中.xls")).toContain("merged");
      expect(status("02-吴兴区.zip › 吴兴区/三中.csv")).toContain("merged");
      expect(status("02-吴兴区.zip › 吴兴区/坏文件.xlsx")).toEqual(["failed"]);
      expect(status("01-一中.xlsx")).toContain("merged");
      expect(status("03-四中.xlsx")).toContain("merged");
    } finally {
      cleanup();
    }
  });

  test("analyzeFiles starts the bundled reader threads and yields what one thread yields, in order", async () => {
    const { dir, cleanup } = tempDir("workers-iterator");
    // Each thread started is recorded (the real Worker, subclassed only to note its script).
    const Real = workerThreads.Worker;
    const started: string[] = [];
    const threads = workerThreads as { Worker: typeof Real };
    threads.Worker = class extends Real {
      constructor(script: string | URL, options?: workerThreads.WorkerOptions) {
        super(script, options);
        started.push(String(script));
      }
    };
    try {
      cpSync(EXAMPLES, path.join(dir, "报送"), { recursive: true });
      put(dir, "报送/坏文件.xlsx", truncated(readFileSync(path.join(EXAMPLES, "湖州市月河小学.xlsx"))));
      const inputs = listInputs(["报送"], dir).files;
      const options = { catalog: BUILT_IN_CATALOG, city: "湖州市", checkDuplicates: false };
      const collect = async (workers: number) => {
        const out = [];
        for await (const file of analyzeFiles(inputs, { ...options, workers })) out.push(file);
        return out;
      };
      const single = await collect(1);
      expect(started).toEqual([]);
      const pooled = await collect(3);
      expect(started).toHaveLength(3);
      expect(started[0]).toMatch(/dist[\\/]analyze-worker\.js$/);
      expect(pooled).toEqual(single);
      expect(pooled.map((f) => f.path)).toEqual(inputs.map((i) => i.display));
      expect(pooled.find((f) => f.path.endsWith("坏文件.xlsx"))?.error?.code).toBe("unreadable-file");
    } finally {
      threads.Worker = Real;
      cleanup();
    }
  });

  test("--workers must be a positive whole number", () => {
    const { dir, cleanup } = tempDir("workers-usage");
    try {
      put(dir, "报送/a.csv", "序号,区县\n1,吴兴区\n");
      const run = runCli(["rollup", "报送", "--out", "汇总.xlsx", "--workers", "0"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--workers");
    } finally {
      cleanup();
    }
  });
});

import { runCli, tempDir } from "./run-cli";

describe("smartcampus usage", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir("usage")));
  afterAll(() => cleanup());

  test("--help explains the commands in Chinese and English; exit 0", () => {
    const r = runCli(["--help"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/汇总/);
    expect(r.stdout).toMatch(/Roll up/);
    expect(r.stdout).toMatch(/detect/);
    expect(r.stdout).toMatch(/validate/);
    expect(r.stdout).toMatch(/rollup/);
    expect(r.stdout).toMatch(/退出码/);
  });

  test("each command has its own help", () => {
    const r = runCli(["rollup", "--help"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--out <file>/);
    expect(r.stdout).toMatch(/--roster <file>/);
    expect(r.stdout).toMatch(/huzhou-space-plan/);
  });

  test.each([
    ["no command", []],
    ["an unknown command", ["merge", "a.xlsx"]],
    ["an unknown option", ["detect", "a.xlsx", "--fast"]],
    ["no files", ["validate"]],
    ["rollup without --out", ["rollup", "."]],
    ["--out that is not .xlsx", ["rollup", ".", "--out", "汇总.csv"]],
    ["an unknown layout", ["validate", "a.xlsx", "--layout", "no-such-layout"]],
    ["an unknown language", ["validate", "a.xlsx", "--lang", "fr-FR"]],
    ["a roster that does not exist", ["rollup", ".", "--out", "x.xlsx", "--roster", "名单.csv"]],
  ])("%s → exit 2 with a message", (_name, args) => {
    const r = runCli(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).not.toBe("");
  });

  test("an unknown layout is named with the known ones", () => {
    const r = runCli(["validate", "a.xlsx", "--layout", "no-such-layout"], dir);
    expect(r.stderr).toMatch(/no-such-layout/);
    expect(r.stderr).toMatch(/huzhou-space-plan/);
  });
});

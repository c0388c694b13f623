/**
 * `smartcampus` — the command line. Every command is declared here and loaded lazily; each is a
 * function taking an options object (with `cwd`) and returning data, which this file prints,
 * writes as JSON (`--report`) and turns into an exit code. One `catch` maps errors to exit codes.
 */
import { Command, CommanderError, Option } from "commander";
import { EXIT_NOTHING, EXIT_OK, EXIT_USAGE, FindingError, RunError, UsageError } from "./errors";
import { BUILT_IN_CATALOG } from "../core/layouts/built-in";
import { UnknownLayoutError } from "../core/layouts/unknown-layout-error";
import { LOCALES, type Locale } from "./locale";
import { both, t } from "./text/translate";
import { writeJsonReport } from "./write-json-report";
import type { RollupCommandResult } from "./commands/rollup";
import type { SubmissionOptions } from "./roll-up-files";
import type { TextKey } from "./text/zh-CN";

const VERSION = "0.1.0";

interface CommonFlags {
  layouts: string[];
  json?: boolean;
  lang: Locale;
  layout?: string;
  city?: string;
  report?: string;
}

function langOption(): Option {
  return new Option("--lang <locale>", both("opt.lang")).choices([...LOCALES]).default("zh-CN");
}

/** A repeatable option's values (`--layouts a --layouts b`). */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function print(text: string): void {
  if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

function printJson(data: unknown): void {
  process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
}

export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("smartcampus");
  program
    .description(`${both("program.description")}`)
    .version(VERSION, "-V, --version", both("opt.version"))
    .helpOption("-h, --help", both("opt.help"))
    .helpCommand(false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(message) })
    .addHelpText("after", () => `\n${layoutsHelp()}\n\n${both("help.exit")}\n\n${helpExamples()}`);

  program
    .command("detect")
    .description(both("detect.description"))
    .argument("<files...>", both("arg.files"))
    .option("--json", both("opt.json"))
    .option("--layout <id>", both("opt.layout"))
    .option("--layouts <path>", both("opt.layouts"), collect, [])
    .addOption(langOption())
    .addHelpText("after", () => `\n${layoutsHelp()}\n\n${both("help.exit.detect")}`)
    .action(async (files: string[], flags: CommonFlags) => {
      const { detect, detectExitCode } = await import("./commands/detect");
      const { renderDetect } = await import("./render/detect-output");
      const catalog = await catalogFor(flags, files, !flags.json);
      const result = await detect({ cwd: process.cwd(), files, layoutId: flags.layout, locale: flags.lang, catalog });
      if (flags.json) printJson(result);
      else print(renderDetect(result, flags.lang));
      setExitCode(detectExitCode(result));
    });

  program
    .command("validate")
    .description(both("validate.description"))
    .argument("<files...>", both("arg.files"))
    .option("--layout <id>", both("opt.layout"))
    .option("--layouts <path>", both("opt.layouts"), collect, [])
    .option("--city <city>", both("opt.city"))
    .option("--report <file>", both("opt.report"))
    .option("--json", both("opt.json"))
    .addOption(langOption())
    .addHelpText("after", () => `\n${layoutsHelp()}\n\n${both("help.exit.validate")}`)
    .action(async (files: string[], flags: CommonFlags) => {
      const { validate, validateExitCode } = await import("./commands/validate");
      const catalog = await catalogFor(flags, files, !flags.json);
      const { renderValidate } = await import("./render/validate-output");
      const result = await validate({
        cwd: process.cwd(),
        files,
        layoutId: flags.layout,
        city: flags.city,
        locale: flags.lang,
        catalog,
      });
      if (flags.report) writeJsonReport(process.cwd(), flags.report, result);
      if (flags.json) printJson(result);
      else print(renderValidate(result, flags.lang));
      if (flags.report && !flags.json) print(t(flags.lang, "report.wrote", { path: flags.report }));
      setExitCode(validateExitCode(result));
    });

  submissionCommand(program, "rollup", { out: "--out <file>", outHelp: "opt.out", exit: "help.exit.rollup" }, (command) =>
    command.option("--feedback <dir>", both("opt.feedback")).option("--workers <n>", both("opt.workers")),
  ).action(async (inputs: string[], flags: SubmissionFlags & { feedback?: string; workers?: string }) => {
    const workers = flags.workers === undefined ? undefined : Number(flags.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError("usage.badWorkers", { value: flags.workers ?? "" });
    const { rollup, rollupExitCode } = await import("./commands/rollup");
    await runSubmissions(inputs, flags, (options) => rollup({ ...options, feedback: flags.feedback, workers }), rollupExitCode, setExitCode);
  });

  const layouts = program.command("layouts").description(both("layouts.description")).helpOption("-h, --help", both("opt.help"));
  layouts
    .command("list")
    .description(both("layouts.list.description"))
    .option("--layouts <path>", both("opt.layouts"), collect, [])
    .option("--json", both("opt.json"))
    .addOption(langOption())
    .action(async (flags: { layouts: string[]; json?: boolean; lang: Locale }) => {
      const { listLayouts, renderLayoutList } = await import("./commands/layouts");
      const list = listLayouts({ cwd: process.cwd(), layouts: flags.layouts, locale: flags.lang });
      if (flags.json) printJson(list);
      else print(renderLayoutList(list, flags.lang));
    });
  layouts
    .command("show")
    .description(both("layouts.show.description"))
    .argument("<id>", both("arg.layoutId"))
    .option("--layouts <path>", both("opt.layouts"), collect, [])
    .addOption(langOption())
    .action(async (id: string, flags: { layouts: string[]; lang: Locale }) => {
      const { showLayout } = await import("./commands/layouts");
      process.stdout.write(showLayout(id, { cwd: process.cwd(), layouts: flags.layouts, locale: flags.lang }));
    });
  layouts
    .command("schema")
    .description(both("layouts.schema.description"))
    .action(async () => {
      const { layoutSchemaText } = await import("./commands/layouts");
      process.stdout.write(layoutSchemaText());
    });

  program
    .command("learn")
    .description(both("learn.description"))
    .argument("<template>", both("arg.template"))
    .option("--sheet <name>", both("opt.sheet"))
    .option("--out <file>", both("opt.learnOut"))
    .option("--id <id>", both("opt.id"))
    .option("--city <city>", both("opt.learnCity"))
    .option("--json", both("opt.json"))
    .addOption(langOption())
    .action(async (template: string, flags: { sheet?: string; out?: string; id?: string; city?: string; json?: boolean; lang: Locale }) => {
      const { learn } = await import("./commands/learn");
      const { renderLearn } = await import("./render/learn-output");
      const result = await learn({ cwd: process.cwd(), template, sheet: flags.sheet, out: flags.out, id: flags.id, city: flags.city, locale: flags.lang });
      if (flags.json) process.stdout.write(result.fileText);
      else print(renderLearn(result, flags.lang));
      setExitCode(EXIT_OK);
    });

  submissionCommand(program, "feedback", { out: "--out <dir>", outHelp: "opt.feedbackOut", exit: "help.exit.feedback" }).action(
    async (inputs: string[], flags: SubmissionFlags) => {
      const { feedback, feedbackExitCode } = await import("./commands/feedback");
      await runSubmissions(inputs, flags, feedback, feedbackExitCode, setExitCode, "feedback");
    },
  );

  return program;
}

/** The flags of `rollup` and `feedback` alike. */
interface SubmissionFlags extends CommonFlags {
  out: string;
  roster?: string;
  keepAll?: boolean;
}

/**
 * `rollup` or `feedback`, with the arguments and options they share declared once: the submissions,
 * `--out`, the report, the layouts, city, roster, `--keep-all`, JSON and language. `own` adds the
 * command's own options.
 */
function submissionCommand(
  program: Command,
  name: "rollup" | "feedback",
  keys: { out: string; outHelp: TextKey; exit: TextKey },
  own: (command: Command) => Command = (command) => command,
): Command {
  const command = program
    .command(name)
    .description(both(`${name}.description`))
    .argument("<inputs...>", both("arg.inputs"))
    .requiredOption(keys.out, both(keys.outHelp))
    .option("--report <file>", both("opt.report"))
    .option("--layout <id>", both("opt.layout"))
    .option("--layouts <path>", both("opt.layouts"), collect, [])
    .option("--city <city>", both("opt.city"))
    .option("--roster <file>", both("opt.roster"))
    .option("--keep-all", both("opt.keepAll"));
  return own(command)
    .option("--json", both("opt.json"))
    .addOption(langOption())
    .addHelpText("after", () => `\n${layoutsHelp()}\n\n${both(keys.exit)}`);
}

/**
 * Runs `rollup` or `feedback` over the submissions: the run's catalog, a progress bar (not with
 * --json), then the report, the JSON or the summary, and the exit code.
 */
async function runSubmissions<R extends RollupCommandResult>(
  inputs: string[],
  flags: SubmissionFlags,
  command: (options: SubmissionOptions & { out: string }) => Promise<R>,
  exitCode: (result: R) => number,
  setExitCode: (code: number) => void,
  mode?: "feedback",
): Promise<void> {
  const catalog = await catalogFor(flags, inputs, !flags.json);
  const { renderRollupSummary } = await import("./render/rollup-summary");
  const { createProgress } = await import("./progress");
  const progress = flags.json ? undefined : createProgress(flags.lang);
  const result = await command({
    cwd: process.cwd(),
    inputs,
    out: flags.out,
    layoutId: flags.layout,
    city: flags.city,
    roster: flags.roster,
    keepAll: flags.keepAll,
    locale: flags.lang,
    catalog,
    onProgress: progress?.update,
  });
  progress?.stop();
  if (flags.report) writeJsonReport(process.cwd(), flags.report, result.report);
  if (flags.json) printJson(result.report);
  else print(renderRollupSummary(result, flags.lang, flags.report, mode));
  setExitCode(exitCode(result));
}

/**
 * The catalog of a run: the built-ins, the `--layouts` files and folders, and every
 * `*.layout.json` inside an input folder. A broken layout file stops the run here, before any
 * submission is read (exit 2). Which user layouts were loaded, and which built-in each replaces,
 * is said on stdout (stderr with --json, so the JSON stays clean).
 */
async function catalogFor(flags: CommonFlags, inputs: string[], toStdout: boolean) {
  const { loadUserLayouts, runCatalog } = await import("./user-layouts");
  const user = loadUserLayouts(flags.layouts ?? [], inputs, process.cwd(), flags.lang);
  if (user.length === 0) return BUILT_IN_CATALOG;
  const { catalog, replaced } = runCatalog(user);
  const say = (line: string) => (toStdout ? process.stdout : process.stderr).write(`${line}\n`);
  say(t(flags.lang, "layouts.loaded", { list: user.map((u) => `${u.layout.id} (${u.path})`).join(flags.lang === "zh-CN" ? "、" : ", ") }));
  for (const u of replaced) say(t(flags.lang, "layouts.replaced", { id: u.layout.id, path: u.path }));
  return catalog;
}

/** The layouts `--layout` accepts, with their official titles. */
function layoutsHelp(): string {
  const layouts = BUILT_IN_CATALOG.layouts;
  const width = Math.max(...layouts.map((l) => l.id.length));
  return [both("help.layouts"), ...layouts.map((l) => `  ${l.id.padEnd(width)}  ${l.title}`)].join("\n");
}

function helpExamples(): string {
  return [
    "示例 / Examples:",
    "  smartcampus detect 吴兴区/*.xlsx",
    "  smartcampus validate 湖州二中.xlsx --city 湖州市 --report 问题.json",
    "  smartcampus rollup 报送/ --out 汇总.xlsx --report 报告.json --roster 名单.csv",
    "  smartcampus learn 附件1.xlsx --id ai-pilot-2026 --out 报送/实验校.layout.json",
    "  smartcampus layouts show huzhou-space-plan > 计划表.layout.json",
    "  smartcampus rollup 报送/ --out 汇总.xlsx --feedback 退回/",
    "  smartcampus feedback 报送/某校.xlsx --out 退回/",
  ].join("\n");
}

/** Exit code for anything thrown out of a command: the one place errors become exit codes. */
export function exitCodeForError(error: unknown, locale: Locale): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof UsageError && error.key === "usage.layoutFile") {
    // A broken layout file: each fault on its own line, naming file, JSON path and fault; no usage help.
    process.stderr.write(`${t(locale, error.key, error.params)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof UsageError || error instanceof UnknownLayoutError) {
    const message = error instanceof UnknownLayoutError ? error.text(locale) : t(locale, error.key, error.params);
    process.stderr.write(`${t(locale, "usage.error", { message })}\n`);
    process.stderr.write("smartcampus --help\n");
    return EXIT_USAGE;
  }
  if (error instanceof RunError || error instanceof FindingError) {
    process.stderr.write(`${t(locale, error.key, error.params)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${t(locale, "run.internal", { message })}\n`);
  if (process.env.SMARTCAMPUS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT_NOTHING;
}

function localeFromArgv(argv: string[]): Locale {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "zh-CN";
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return exitCodeForError(error, localeFromArgv(argv));
  }
}

{
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}

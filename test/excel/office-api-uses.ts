/**
 * Every Office.js member the adapter (`src/excel/*.ts`) uses, with the requirement set that
 * @types/office-js gives it (`[Api set: ExcelApi 1.14]` in the member's doc comment) and the
 * capability checks that guard the use. Found with the TypeScript compiler over the sources: each
 * property access, method call (the overload the call resolves to) and object-literal property
 * typed by an Office.js interface is resolved to its declaration in the typings.
 *
 * A use is guarded by a feature of `FEATURE_REQUIREMENTS` when it sits in the true branch of a
 * condition on `….supported.<feature>` (`if`, `?:`, `&&`, or after `if (!….supported.x) return`),
 * or of `….messageMode === "note"` (notes). `uncheckedUses` lists the uses above the add-in's floor
 * (`REQUIRED_SETS`) that no guard of a high enough set covers — except a member of no higher set
 * than its own type (`Note.delete` on `Note`, both ExcelApi 1.18): an object of that type is only
 * had through a use that returned it (`workbook.notes`), which is checked itself.
 *
 * Annotations of other hosts' sets (`Mailbox`, `WordApi`, … — `AddinCommands.Event.completed`
 * carries Outlook's `Mailbox 1.3`) do not concern Excel and are left out.
 */

import path from "node:path";
import { readdirSync } from "node:fs";
import ts from "typescript";
import { FEATURE_REQUIREMENTS, REQUIRED_SETS, type Feature } from "../../src/excel/capabilities";

const ROOT = path.resolve(__dirname, "..", "..");
export const EXCEL_SOURCES = path.join(ROOT, "src", "excel");
const TYPINGS = path.join(ROOT, "node_modules", "@types", "office-js", "index.d.ts");

export interface ApiUse {
  /** Path relative to the repository, and 1-based line. */
  file: string;
  line: number;
  /** `Excel.CommentCollection.getItemOrNullObject`. */
  member: string;
  set: string;
  version: string;
  /** Features whose checks surround the use. */
  guards: Feature[];
  /** The set of the type declaring the member (`Excel.Note`: ExcelApi 1.18), when it has one. */
  owner?: { set: string; version: string };
}

/** Requirement sets of other Office applications, which say nothing about Excel. */
const OTHER_HOSTS = /^(Mailbox|Outlook|Word|PowerPoint|OneNote|Visio|Project)/;

/**
 * `[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]` → set `ExcelApi`, read
 * `1.1`, write `1.2`; a plain `[Api set: ExcelApi 1.14]` gives the same version for both.
 */
export function parseApiSet(comment: string): { set: string; read: string; write: string } | undefined {
  const m = /\[Api set: (\w+) (\d+\.\d+)([^\]]*)\]/.exec(comment);
  if (!m) return undefined;
  const write = /(\d+\.\d+) for (?:setting|set)\b/.exec(m[3])?.[1] ?? m[2];
  return { set: m[1], read: m[2], write };
}

/** `"1.9" < "1.10"`: compared as numbers part by part. */
export function compareVersions(a: string, b: string): number {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

function docComment(decl: ts.Node): string {
  return decl.getFullText().slice(0, decl.getLeadingTriviaWidth());
}

/** The lowest set among declarations of the typings (a union's member needs only its lowest). */
function setOf(decls: readonly ts.Declaration[] | undefined, write: boolean): { set: string; version: string } | undefined {
  let best: { set: string; version: string } | undefined;
  for (const decl of decls ?? []) {
    if (path.resolve(decl.getSourceFile().fileName) !== TYPINGS) continue;
    const parsed = parseApiSet(docComment(decl));
    if (!parsed || OTHER_HOSTS.test(parsed.set)) continue;
    const version = write ? parsed.write : parsed.read;
    if (!best || compareVersions(version, best.version) < 0) best = { set: parsed.set, version };
  }
  return best;
}

/** The set of the class or interface declaring a member, from its own doc comment. */
function ownerSetOf(decls: readonly ts.Declaration[] | undefined): { set: string; version: string } | undefined {
  const decl = decls?.find((d) => path.resolve(d.getSourceFile().fileName) === TYPINGS);
  const owner = decl?.parent;
  if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner))) return undefined;
  const parsed = parseApiSet(docComment(owner));
  return parsed && !OTHER_HOSTS.test(parsed.set) ? { set: parsed.set, version: parsed.read } : undefined;
}

function memberName(checker: ts.TypeChecker, decls: readonly ts.Declaration[] | undefined, fallback: string): string {
  const decl = decls?.find((d) => path.resolve(d.getSourceFile().fileName) === TYPINGS);
  const symbol = decl && (decl as { symbol?: ts.Symbol }).symbol;
  return symbol ? checker.getFullyQualifiedName(symbol) : fallback;
}

const isFeature = (name: string): name is Feature => Object.prototype.hasOwnProperty.call(FEATURE_REQUIREMENTS, name);

/** The features an expression being `truth` proves available. */
function featuresOf(expr: ts.Expression, truth: boolean): Feature[] {
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return featuresOf(expr.operand, !truth);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && truth) || (op === ts.SyntaxKind.BarBarToken && !truth)) return [...featuresOf(expr.left, truth), ...featuresOf(expr.right, truth)];
    const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken ? truth : op === ts.SyntaxKind.ExclamationEqualsEqualsToken ? !truth : undefined;
    if (equal) {
      const [a, b] = [expr.left, expr.right];
      const mode = ts.isPropertyAccessExpression(a) && a.name.text === "messageMode" ? b : ts.isPropertyAccessExpression(b) && b.name.text === "messageMode" ? a : undefined;
      if (mode && ts.isStringLiteral(mode) && mode.text === "note") return ["notes"];
    }
    return [];
  }
  if (truth && ts.isPropertyAccessExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "supported" && isFeature(expr.name.text)) {
    return [expr.name.text];
  }
  return [];
}

function exits(stmt: ts.Statement): boolean {
  if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt) || ts.isContinueStatement(stmt) || ts.isBreakStatement(stmt)) return true;
  return ts.isBlock(stmt) && stmt.statements.length > 0 && exits(stmt.statements[stmt.statements.length - 1]);
}

/** The features the conditions around `node` prove available. */
function guardsOf(node: ts.Node): Feature[] {
  const found = new Set<Feature>();
  const add = (features: Feature[]) => features.forEach((f) => found.add(f));
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) add(featuresOf(parent.expression, true));
      if (child === parent.elseStatement) add(featuresOf(parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) add(featuresOf(parent.condition, true));
      if (child === parent.whenFalse) add(featuresOf(parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) add(featuresOf(parent.left, true));
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) add(featuresOf(parent.left, false));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // `if (!caps.supported.notes) return;` guards what follows it in the block.
      for (const stmt of parent.statements) {
        if (stmt === child) break;
        if (ts.isIfStatement(stmt) && !stmt.elseStatement && exits(stmt.thenStatement)) add(featuresOf(stmt.expression, false));
      }
    }
  }
  return [...found];
}

function isWrite(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/**
 * The uses in every `src/excel/*.ts` file, plus `fixtures` (file name → source, compiled as if they
 * were files of `src/excel/`, so their imports resolve). Keyed by file, relative to the repository.
 */
export function officeApiUses(fixtures: Record<string, string> = {}): Map<string, ApiUse[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["office-js", "node"],
    typeRoots: [path.join(ROOT, "node_modules", "@types")],
  };
  const virtual = new Map(Object.entries(fixtures).map(([name, text]) => [path.join(EXCEL_SOURCES, name), text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) => {
    const text = virtual.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile.call(host, f, lang, ...rest);
  };
  const roots = [
    ...readdirSync(EXCEL_SOURCES)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => path.join(EXCEL_SOURCES, f)),
    ...virtual.keys(),
  ];
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const out = new Map<string, ApiUse[]>();

  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not compiled: ${file}`);
    const uses: ApiUse[] = [];
    const record = (node: ts.Node, decls: readonly ts.Declaration[] | undefined, write: boolean, fallback: string) => {
      const found = setOf(decls, write);
      if (!found) return;
      uses.push({
        file: path.relative(ROOT, file),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        member: memberName(checker, decls, fallback),
        ...found,
        guards: guardsOf(node),
        ...(ownerSetOf(decls) ? { owner: ownerSetOf(decls) } : {}),
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        const signature = call && checker.getResolvedSignature(call)?.declaration;
        const decls = signature && !ts.isJSDocSignature(signature) ? [signature] : checker.getSymbolAtLocation(node.name)?.declarations;
        record(node, decls, isWrite(node), node.name.text);
      } else if (ts.isObjectLiteralExpression(node)) {
        const type = checker.getContextualType(node);
        for (const prop of node.properties) {
          if (!prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
          const types = type ? (type.isUnion() ? type.types : [type]) : [];
          const decls = types.flatMap((t) => checker.getPropertyOfType(t, (prop.name as ts.Identifier).text)?.declarations ?? []);
          record(prop, decls, false, prop.name.text);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    out.set(path.relative(ROOT, file), uses);
  }
  return out;
}

/** Whether a use needs a check: above the floor of its set (or of a set the add-in does not require). */
export function aboveFloor(use: ApiUse): boolean {
  const floor = REQUIRED_SETS[use.set];
  return floor === undefined || compareVersions(use.version, floor) > 0;
}

/** Uses above the floor that no guard of the same set, at the use's version or higher, covers. */
export function uncheckedUses(uses: Iterable<ApiUse>): ApiUse[] {
  return [...uses].filter(
    (use) =>
      aboveFloor(use) &&
      !(use.owner && use.owner.set === use.set && compareVersions(use.version, use.owner.version) <= 0) &&
      !use.guards.some((g) => FEATURE_REQUIREMENTS[g].set === use.set && compareVersions(use.version, FEATURE_REQUIREMENTS[g].version) <= 0),
  );
}

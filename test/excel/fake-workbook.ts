/**
 * A small in-memory Excel for the adapter's tests: sheets of cells (value, number format, fill,
 * style), merged areas, notes, comments, data validation, tables, charts and custom XML parts,
 * behind proxies that behave like Office.js objects:
 *
 * - every write and every `load` is queued and runs only at `context.sync()`, in order;
 * - a loaded property can be read only after the sync that loaded it (else `PropertyNotLoaded`);
 * - `*OrNullObject` gives `isNullObject`, `getItem` of a missing item fails the sync (`ItemNotFound`);
 * - a string written to a cell whose number format is not `@` is parsed as Excel does: `=…` (and
 *   `+…`, `-…`, `@…` that are not numbers) becomes a formula, `"12"` becomes the number 12;
 * - members above the host's ExcelApi version (`installOffice`'s `excelApi`) fail the sync with
 *   `ApiNotFound`, as a host without the set answers: `workbook.notes` (1.18),
 *   `comments.getItemOrNullObject` (1.14), `getMergedAreasOrNullObject` (1.13);
 * - a gradient fill pattern written back (`fill.pattern`, `setCellProperties`) fails the sync with
 *   `InvalidArgument`: `RangeFill.pattern` documents "LinearGradient and RectangularGradient are not
 *   supported";
 * - `worksheet.tables.add` with an address that names no sheet makes the table on the active sheet,
 *   as the documentation says;
 * - each sync's request and response are sized (JSON of what was queued / loaded, plus a fixed cost
 *   per action) and a sync over 5 MB fails like Excel on the web's
 *   `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`.
 *
 * `installOffice` wires it to `global.Excel` / `global.Office` through office-addin-mock's
 * `OfficeMockObject`, with a sync counter in `book.stats`.
 */

// office-addin-mock needs only the `OfficeApp` enum of office-addin-manifest; the package's full
// entry pulls in ESM-only dependencies jest cannot load, so under jest hand it just that module.
// (Plain node, as the benchmarks run, loads the package as it is.)
if (typeof jest !== "undefined") jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OfficeMockObject } = require("office-addin-mock") as typeof import("office-addin-mock");
/** office-addin-mock's mock, loaded as above, for tests that build an Office object of their own. */
export { OfficeMockObject };

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What the fake charges per queued action in a request (an object path and an action entry). */
const ACTION_BYTES = 120;
const MAX_ROW = 1_048_575;
const MAX_COLUMN = 16_383;

export type FakeValue = string | number | boolean;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What Excel reports for a cell with no fill. */
export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };

export interface FakeCell {
  value: FakeValue;
  /** Set when the written text was taken as a formula. */
  formula?: string;
  numberFormat: string;
  /** Absent: no fill. */
  fill?: Fill;
  /** Any other format property written (`font.bold`, `horizontalAlignment` …), by path. */
  style: Record<string, unknown>;
}

export interface FakeValidation {
  area: Area;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface FakeTable {
  name: string;
  area: Area;
  hasHeaders: boolean;
  props: Record<string, unknown>;
}

export interface FakeChart {
  type: string;
  source: Area;
  sheetOfSource: string;
  seriesBy: string;
  props: Record<string, unknown>;
  calls: Array<{ path: string; args: unknown[] }>;
}

export class FakeError extends Error {
  constructor(
    public code: string,
    message = code,
  ) {
    super(message);
  }
}

const key = (r: number, c: number) => `${r},${c}`;

export function columnName(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(area: Area): string {
  const tl = `${columnName(area.left)}${area.top + 1}`;
  return area.top === area.bottom && area.left === area.right ? tl : `${tl}:${columnName(area.right)}${area.bottom + 1}`;
}

export function parseA1(text: string): Area {
  const local = text.slice(text.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const cell = (t: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(t.trim());
    if (!m) throw new FakeError("InvalidArgument", `bad address ${text}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]) - 1, c: col - 1 };
  };
  const p = cell(a);
  const q = cell(b);
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), bottom: Math.max(p.r, q.r), right: Math.max(p.c, q.c) };
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function bytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    // An API object passed as an argument travels as a reference to its object path.
    return 40;
  }
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  notes = new Map<string, string>();
  validations: FakeValidation[] = [];
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  props: Record<string, unknown> = {};

  constructor(
    public id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
  ) {}

  peek(r: number, c: number): FakeCell | undefined {
    return this.cells.get(key(r, c));
  }

  cell(r: number, c: number): FakeCell {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { value: "", numberFormat: "General", style: {} };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** Put values as stored values (no parsing), rows from `origin` (0-based). */
  put(rows: Array<Array<FakeValue | null>>, origin = { row: 0, column: 0 }): this {
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") this.cell(origin.row + r, origin.column + c).value = v;
      }),
    );
    return this;
  }

  value(address: string): FakeValue {
    const a = parseA1(address);
    return this.peek(a.top, a.left)?.value ?? "";
  }

  at(address: string): FakeCell | undefined {
    const a = parseA1(address);
    return this.peek(a.top, a.left);
  }

  usedArea(valuesOnly: boolean): Area | null {
    let area: Area | null = null;
    for (const [k, cell] of this.cells) {
      if (valuesOnly ? cell.value === "" : cell.value === "" && !cell.fill && cell.numberFormat === "General" && Object.keys(cell.style).length === 0) continue;
      const [r, c] = k.split(",").map(Number);
      area = area
        ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return area;
  }

  /** Every cell's value, fill and format, for comparing a sheet before and after. */
  snapshot(): string {
    const blank = (c: FakeCell) => c.value === "" && !c.fill && !c.formula && c.numberFormat === "General" && Object.keys(c.style).length === 0;
    const entries = [...this.cells.entries()].filter(([, c]) => !blank(c)).sort(([a], [b]) => (a < b ? -1 : 1));
    return JSON.stringify({ cells: entries, notes: [...this.notes.entries()].sort(), merges: this.merges });
  }
}

interface Comment {
  id: string;
  sheet: FakeSheet;
  row: number;
  column: number;
  content: string;
}

interface XmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Excel refused the sync (a payload over the limit). */
  refused?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet?: FakeSheet;
  parts: XmlPart[] = [];
  comments: Comment[] = [];
  selection?: { sheet: FakeSheet; area: Area };
  stats = { syncs: 0, runs: 0, requests: [] as SyncRecord[] };
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  addSheet(name: string, rows: Array<Array<FakeValue | null>> = [], origin = { row: 0, column: 0 }): FakeSheet {
    if (this.findSheet(name)) throw new FakeError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name).put(rows, origin);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  resetStats(): void {
    this.stats = { syncs: 0, runs: 0, requests: [] };
  }

  /** `'Sheet'!B5` / `Sheet!B5` → sheet and cell. */
  locate(address: string): { sheet: FakeSheet; area: Area } {
    const bang = address.lastIndexOf("!");
    if (bang < 0) throw new FakeError("InvalidArgument", `unqualified address ${address}`);
    let name = address.slice(0, bang);
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeError("ItemNotFound", `no sheet ${name}`);
    return { sheet, area: parseA1(address.slice(bang + 1)) };
  }
}

type Op = { bytes: number; run: () => number | void };

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private ops: Op[] = [];

  constructor(
    readonly book: FakeWorkbook,
    /** The host's highest ExcelApi version. */
    readonly excelApi = "1.18",
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Queue the failure a host below `version` gives for `member` (nothing when the host has it). */
  requireApi(version: string, member: string): void {
    if (!versionAtMost(version, this.excelApi)) this.enqueue(member, () => {
      throw new FakeError("ApiNotFound", `${member} needs ExcelApi ${version}; this host has ${this.excelApi}`);
    });
  }

  get pending(): number {
    return this.ops.length;
  }

  enqueue(args: unknown, run: () => number | void = () => 0): void {
    this.ops.push({ bytes: ACTION_BYTES + bytes(args), run });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.book.stats.syncs++;
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    if (requestBytes > FAKE_PAYLOAD_LIMIT) {
      this.book.stats.requests.push({ requestBytes, responseBytes: 0, refused: true });
      throw new FakeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    for (const op of ops) responseBytes += op.run() ?? 0;
    const refused = responseBytes > FAKE_PAYLOAD_LIMIT;
    this.book.stats.requests.push({ requestBytes, responseBytes, ...(refused ? { refused } : {}) });
    if (refused) throw new FakeError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
  }
}

function parseLoad(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap(parseLoad);
  if (typeof spec === "object" && spec) {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === "string") return parseLoad(o.select);
    return Object.keys(o).filter((k) => o[k]);
  }
  return [];
}

class ClientResult<T> {
  private set = false;
  private v?: T;
  resolve(v: T): void {
    this.v = v;
    this.set = true;
  }
  get value(): T {
    if (!this.set) throw new FakeError("PropertyNotLoaded", "ClientResult read before sync");
    return this.v as T;
  }
}

/** An Office.js-like object: `load` queues a snapshot of named properties taken at sync. */
abstract class FakeObject<T> {
  private loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(protected readonly ctx: FakeContext) {}

  /** The model object at execution time; null for an `*OrNullObject` that found nothing. */
  protected abstract target(): T | null;
  protected abstract snapshot(name: string, target: T): unknown;

  protected get book(): FakeWorkbook {
    return this.ctx.book;
  }

  protected read<V>(name: string): V {
    if (this.nullState) throw new FakeError("InvalidOperation", `null object: ${name}`);
    if (!this.loaded.has(name)) throw new FakeError("PropertyNotLoaded", `property ${name} not loaded`);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeError("PropertyNotLoaded", "isNullObject before sync");
    return this.nullState;
  }

  load(spec?: unknown): this {
    const names = parseLoad(spec);
    this.ctx.enqueue(names, () => this.fill(names));
    return this;
  }

  /** Take the snapshot now (at execution time); returns the response bytes. Collections fill their items with it. */
  fill(names: string[]): number {
    const t = this.target();
    this.nullState = t === null;
    if (t === null) return 8;
    const snap: Record<string, unknown> = {};
    for (const n of names) snap[n] = this.snapshot(n, t);
    for (const n of names) this.loaded.set(n, snap[n]);
    return bytes(snap);
  }

  /** Queue a write that runs against the target at sync. */
  protected write(args: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(args, () => {
      const t = this.target();
      if (t === null) throw new FakeError("InvalidOperation", "write to a null object");
      apply(t);
    });
  }
}

/** An Office.js-like object standing for whatever `resolve` finds at execution time (null: a null object). */
abstract class ResolvedObject<T> extends FakeObject<T> {
  constructor(
    ctx: FakeContext,
    protected readonly resolve: () => T | null,
  ) {
    super(ctx);
  }
  protected target(): T | null {
    return this.resolve();
  }
}

/** An Office.js-like collection: `load("items/name, items/id")` loads the items, each with those properties, in the same sync. */
abstract class ItemCollection<T, Item extends { fill(names: string[]): number }> extends FakeObject<T> {
  private itemProxies: Item[] = [];
  private subs: string[] = [];
  /** A proxy for each item the target holds at execution time. */
  protected abstract itemsOf(target: T): Item[];
  protected snapshot(_name: string, target: T): unknown {
    this.itemProxies = this.itemsOf(target);
    let n = 0;
    if (this.subs.length) for (const p of this.itemProxies) n += p.fill(this.subs);
    return n;
  }
  override load(spec?: unknown): this {
    this.subs = parseLoad(spec).map((n) => n.split("/")[1]).filter(Boolean);
    return super.load(["items"]);
  }
  get items(): Item[] {
    this.read("items");
    return this.itemProxies;
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

function cellsOf(area: Area): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push([r, c]);
  return out;
}

function grid<V>(area: Area, f: (r: number, c: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(f(r, c));
    rows.push(row);
  }
  return rows;
}

/** A 2-D argument or a scalar broadcast over the area. */
function pick<V>(arg: V | V[][], r: number, c: number): V {
  return Array.isArray(arg) ? (arg as V[][])[r][c] : arg;
}

/** What Excel stores when a value is written to a cell: text in a `@` cell; otherwise parsed. */
function storeValue(cell: FakeCell, v: FakeValue | null): void {
  delete cell.formula;
  if (v === null) return;
  if (typeof v !== "string" || cell.numberFormat === "@") {
    cell.value = v;
    return;
  }
  if (v.startsWith("'")) cell.value = v.slice(1);
  else if (v.trim() !== "" && !Number.isNaN(Number(v))) cell.value = Number(v);
  else if (/^[=+\-@]/.test(v)) {
    cell.formula = v;
    cell.value = "#NAME?";
  } else cell.value = v;
}

export class RangeProxy extends ResolvedObject<RangeTarget> {
  protected snapshot(name: string, t: RangeTarget): unknown {
    const { sheet, area } = t;
    switch (name) {
      case "values":
        return grid(area, (r, c) => sheet.peek(r, c)?.value ?? "");
      case "numberFormat":
        return grid(area, (r, c) => sheet.peek(r, c)?.numberFormat ?? "General");
      case "formulas":
        return grid(area, (r, c) => sheet.peek(r, c)?.formula ?? sheet.peek(r, c)?.value ?? "");
      case "address":
        return `${sheetPrefix(sheet.name)}!${a1(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      default:
        throw new FakeError("InvalidArgument", `fake range cannot load ${name}`);
    }
  }

  get values(): FakeValue[][] {
    return this.read("values");
  }
  set values(v: Array<Array<FakeValue | null>>) {
    this.write(v, ({ sheet, area }) => {
      cellsOf(area).forEach(([r, c]) => storeValue(sheet.cell(r, c), pick(v as never, r - area.top, c - area.left)));
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][] | string) {
    this.write(v, ({ sheet, area }) => {
      cellsOf(area).forEach(([r, c]) => (sheet.cell(r, c).numberFormat = pick(v, r - area.top, c - area.left)));
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v, ({ sheet, area }) => {
      cellsOf(area).forEach(([r, c]) => {
        const f = pick(v as never, r - area.top, c - area.left) as unknown;
        const cell = sheet.cell(r, c);
        if (typeof f === "string" && f.startsWith("=")) {
          cell.formula = f;
          cell.value = "#CALC";
        } else storeValue(cell, f as FakeValue);
      });
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  /** The fake's own handle for assertions. */
  resolveNow(): RangeTarget | null {
    return this.resolve();
  }

  private sub(f: (t: RangeTarget) => Area): RangeProxy {
    this.ctx.enqueue("path");
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, area: f(t) };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.sub(({ area }) => ({ top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column }));
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    this.ctx.enqueue("path");
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  getCellProperties(options: { format?: { fill?: Record<string, boolean> } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    const wanted = Object.keys(options.format?.fill ?? {}).filter((k) => options.format?.fill?.[k]);
    this.ctx.enqueue(options, () => {
      const t = this.resolve();
      if (!t) throw new FakeError("InvalidOperation", "null range");
      const value = grid(t.area, (r, c) => {
        const fill = t.sheet.peek(r, c)?.fill ?? NO_FILL;
        const picked: Record<string, unknown> = {};
        for (const k of wanted) picked[k] = fill[k as keyof Fill];
        return { format: { fill: picked } };
      });
      result.resolve(value);
      return bytes(value);
    });
    return result;
  }

  setCellProperties(data: Array<Array<{ format?: { fill?: Partial<Fill> } }>>): void {
    this.write(data, ({ sheet, area }) => {
      cellsOf(area).forEach(([r, c]) => {
        const fill = data[r - area.top][c - area.left]?.format?.fill;
        if (!fill) return;
        refuseGradient(fill.pattern);
        const cell = sheet.cell(r, c);
        if (fill.pattern === "None") delete cell.fill;
        else cell.fill = { ...(cell.fill ?? NO_FILL), ...fill };
      });
    });
  }

  select(): void {
    this.write("select", ({ sheet, area }) => {
      this.book.activeSheet = sheet;
      this.book.selection = { sheet, area };
    });
  }

  merge(across = false): void {
    this.write(across, ({ sheet, area }) => {
      if (across) for (let r = area.top; r <= area.bottom; r++) sheet.merges.push({ ...area, top: r, bottom: r });
      else sheet.merges.push(area);
    });
  }

  get format(): FormatProxy {
    return formatProxy(this.ctx, this.resolve, "");
  }

  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.ctx, this.resolve);
  }
}

class RangeAreasProxy extends ResolvedObject<{ sheet: FakeSheet; areas: Area[] }> {
  protected snapshot(name: string, t: { sheet: FakeSheet; areas: Area[] }): unknown {
    if (name === "address") return t.areas.map((a) => `${sheetPrefix(t.sheet.name)}!${a1(a)}`).join(", ");
    if (name === "areaCount") return t.areas.length;
    throw new FakeError("InvalidArgument", `fake range areas cannot load ${name}`);
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormatProxy = any;

/**
 * `range.format` and its children (`fill`, `font`, `borders.getItem(…)`, `protection`): a write sets
 * the path on every cell of the range (fill colour into the cell's fill); `fill.clear()` removes the fill.
 */
function formatProxy(ctx: FakeContext, resolve: () => RangeTarget | null, path: string): FormatProxy {
  const loaded = new Map<string, unknown>();
  const eachCell = (f: (cell: FakeCell, t: RangeTarget) => void) => () => {
    const t = resolve();
    if (!t) throw new FakeError("InvalidOperation", "null range");
    cellsOf(t.area).forEach(([r, c]) => f(t.sheet.cell(r, c), t));
  };
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop !== "string") return undefined;
        if (prop === "load")
          return (spec: unknown) => {
            const names = parseLoad(spec);
            ctx.enqueue(names, () => {
              const t = resolve();
              if (!t) throw new FakeError("InvalidOperation", "null range");
              const cell = t.sheet.peek(t.area.top, t.area.left);
              for (const n of names) {
                if (path === "fill.") loaded.set(n, (cell?.fill ?? NO_FILL)[n as keyof Fill]);
                else loaded.set(n, cell?.style[path + n] ?? null);
              }
              return bytes(names) + 20;
            });
          };
        if (prop === "clear" && path === "fill.")
          return () =>
            ctx.enqueue("clear", eachCell((cell) => delete cell.fill));
        if (prop === "autofitColumns" || prop === "autofitRows") return () => ctx.enqueue(prop);
        if (prop === "getItem") return (edge: string) => formatProxy(ctx, resolve, `${path}${edge}.`);
        if (["fill", "font", "borders", "protection"].includes(prop)) return formatProxy(ctx, resolve, `${path}${prop}.`);
        if (loaded.has(prop)) return loaded.get(prop);
        throw new FakeError("PropertyNotLoaded", `format ${path}${prop} not loaded`);
      },
      set(_t, prop, value) {
        if (typeof prop !== "string") return false;
        ctx.enqueue(
          value,
          eachCell((cell) => {
            if (path === "fill." && prop === "color") {
              const pattern = cell.fill && cell.fill.pattern !== "None" ? cell.fill.pattern : "Solid";
              cell.fill = { ...(cell.fill ?? NO_FILL), color: String(value).toUpperCase(), pattern };
            } else if (path === "fill." && prop === "pattern") {
              refuseGradient(value);
              if (value === "None") delete cell.fill;
              else cell.fill = { ...(cell.fill ?? NO_FILL), pattern: String(value) };
            } else cell.style[path + prop] = value;
          }),
        );
        return true;
      },
    },
  );
}

/** Excel reads gradient fills but refuses to write one: "LinearGradient and RectangularGradient are not supported". */
function refuseGradient(pattern: unknown): void {
  if (pattern === "LinearGradient" || pattern === "RectangularGradient") throw new FakeError("InvalidArgument", `fill pattern ${pattern} cannot be set`);
}

class DataValidationProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => RangeTarget | null,
  ) {}
  private entry(): FakeValidation {
    const t = this.resolve();
    if (!t) throw new FakeError("InvalidOperation", "null range");
    let v = t.sheet.validations.find((x) => a1(x.area) === a1(t.area));
    if (!v) {
      v = { area: t.area };
      t.sheet.validations.push(v);
    }
    return v;
  }
  private loaded?: { type: string; rule: unknown };
  /** Snapshot at sync: the validation covering the range's top-left cell (`List` with its rule), else `None`. */
  load(_spec?: unknown): this {
    this.ctx.enqueue("load", () => {
      const t = this.resolve();
      if (!t) throw new FakeError("InvalidOperation", "null range");
      const cell = { top: t.area.top, left: t.area.left, bottom: t.area.top, right: t.area.left };
      const v = t.sheet.validations.find((x) => intersects(x.area, cell) && x.rule !== undefined);
      const rule = (v?.rule ?? {}) as { list?: unknown; wholeNumber?: unknown; decimal?: unknown };
      const type = rule.list ? "List" : rule.wholeNumber ? "WholeNumber" : rule.decimal ? "Decimal" : v?.rule ? "Custom" : "None";
      this.loaded = { type, rule: JSON.parse(JSON.stringify(rule)) };
      return bytes(this.loaded);
    });
    return this;
  }
  get type(): string {
    if (!this.loaded) throw new FakeError("PropertyNotLoaded", "dataValidation.type not loaded");
    return this.loaded.type;
  }
  get rule(): { list?: { source: string } } {
    if (!this.loaded) throw new FakeError("PropertyNotLoaded", "dataValidation.rule not loaded");
    return this.loaded.rule as { list?: { source: string } };
  }
  set rule(rule: { list?: { source: string } }) {
    this.ctx.enqueue(rule, () => {
      const source = rule.list?.source;
      // Excel refuses an inline list longer than 255 characters.
      if (source !== undefined && !source.startsWith("=") && source.length > 255) throw new FakeError("InvalidArgument", "list source over 255 characters");
      this.entry().rule = rule;
    });
  }
  set prompt(prompt: unknown) {
    this.ctx.enqueue(prompt, () => void (this.entry().prompt = prompt));
  }
  set errorAlert(alert: unknown) {
    this.ctx.enqueue(alert, () => void (this.entry().errorAlert = alert));
  }
  clear(): void {
    this.ctx.enqueue("clear", () => {
      const t = this.resolve();
      if (t) t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.area, t.area));
    });
  }
}

/** Records every property set and method call below it (charts, their titles, axes, series …). */
function recorder(ctx: FakeContext, sink: () => { props: Record<string, unknown>; calls: Array<{ path: string; args: unknown[] }> }, path: string): FormatProxy {
  return new Proxy(function () {}, {
    get(_t, prop) {
      if (typeof prop !== "string") return undefined;
      if (prop === "load") return () => ctx.enqueue("load");
      return recorder(ctx, sink, path ? `${path}.${prop}` : prop);
    },
    set(_t, prop, value) {
      ctx.enqueue(value, () => void (sink().props[path ? `${path}.${String(prop)}` : String(prop)] = value));
      return true;
    },
    apply(_t, _this, args) {
      ctx.enqueue(args, () => void sink().calls.push({ path, args }));
      return recorder(ctx, sink, `${path}()`);
    },
  });
}

export class WorksheetProxy extends ResolvedObject<FakeSheet> {
  protected snapshot(name: string, s: FakeSheet): unknown {
    if (name === "name") return s.name;
    if (name === "id") return s.id;
    if (name === "visibility") return s.visibility;
    if (name === "position") return this.book.sheets.indexOf(s);
    throw new FakeError("InvalidArgument", `fake sheet cannot load ${name}`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write(v, (s) => {
      if (this.book.findSheet(v) && this.book.findSheet(v) !== s) throw new FakeError("ItemAlreadyExists", v);
      s.name = v;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.write(v, (s) => void (s.visibility = v));
  }
  get position(): number {
    return this.read("position");
  }
  set tabColor(v: string) {
    this.write(v, (s) => void (s.props.tabColor = v));
  }

  private range(f: (s: FakeSheet) => Area | null): RangeProxy {
    this.ctx.enqueue("path");
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      if (!s) throw new FakeError("ItemNotFound", "sheet");
      const area = f(s);
      return area && { sheet: s, area };
    });
  }
  getRange(address?: string): RangeProxy {
    return this.range(() => (address ? parseA1(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return this.range(() => ({ top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 }));
  }
  getCell(row: number, column: number): RangeProxy {
    return this.range(() => ({ top: row, left: column, bottom: row, right: column }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range((s) => s.usedArea(valuesOnly));
  }
  activate(): void {
    this.write("activate", (s) => void (this.book.activeSheet = s));
  }
  delete(): void {
    this.write("delete", (s) => {
      this.book.sheets = this.book.sheets.filter((x) => x !== s);
      this.book.comments = this.book.comments.filter((c) => c.sheet !== s);
      if (this.book.activeSheet === s) this.book.activeSheet = this.book.sheets[0];
    });
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.write(n, (s) => void (s.frozenRows = n)) };
  }
  get tables() {
    return {
      // "If the address does not contain a sheet name, the currently-active sheet is used."
      add: (address: string | RangeProxy, hasHeaders: boolean) => {
        let table: FakeTable | undefined;
        this.write([typeof address === "string" ? address : "range", hasHeaders], () => {
          const target = typeof address !== "string" ? address.resolveNow() : address.includes("!") ? this.book.locate(address) : this.book.activeSheet && { sheet: this.book.activeSheet, area: parseA1(address) };
          if (!target) throw new FakeError("InvalidArgument", "table source");
          const { sheet: s, area } = target;
          if (s.tables.some((t) => intersects(t.area, area))) throw new FakeError("InvalidOperation", "tables overlap");
          const name = this.book.newId("Table").replace("-", "");
          table = { name, area, hasHeaders, props: {} };
          s.tables.push(table);
        });
        return recorder(this.ctx, () => ({ props: table!.props, calls: [] }), "");
      },
    };
  }
  get charts() {
    return {
      add: (type: string, source: RangeProxy, seriesBy = "Auto") => {
        let chart: FakeChart | undefined;
        this.write([type, seriesBy], (s) => {
          const t = source.resolveNow();
          if (!t) throw new FakeError("InvalidArgument", "chart source");
          chart = { type, source: t.area, sheetOfSource: t.sheet.name, seriesBy, props: {}, calls: [] };
          s.charts.push(chart);
        });
        return recorder(this.ctx, () => chart!, "");
      },
    };
  }
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.ctx, () => this.resolve());
  }
}

class WorksheetCollectionProxy extends ItemCollection<FakeWorkbook, WorksheetProxy> {
  protected target() {
    return this.book;
  }
  protected itemsOf(book: FakeWorkbook): WorksheetProxy[] {
    return book.sheets.map((s) => new WorksheetProxy(this.ctx, () => (this.book.sheets.includes(s) ? s : null)));
  }
  getActiveWorksheet(): WorksheetProxy {
    this.ctx.enqueue("path");
    return new WorksheetProxy(this.ctx, () => {
      if (!this.book.activeSheet) throw new FakeError("ItemNotFound", "no active sheet");
      return this.book.activeSheet;
    });
  }
  getItem(name: string): WorksheetProxy {
    this.ctx.enqueue(name);
    return new WorksheetProxy(this.ctx, () => {
      const s = this.book.findSheet(name);
      if (!s) throw new FakeError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    this.ctx.enqueue(name);
    return new WorksheetProxy(this.ctx, () => this.book.findSheet(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    this.ctx.enqueue(name, () => {
      sheet = this.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => sheet ?? null);
  }
}

class CommentProxy extends ResolvedObject<Comment> {
  protected snapshot(name: string, c: Comment): unknown {
    if (name === "id") return c.id;
    if (name === "content") return c.content;
    throw new FakeError("InvalidArgument", name);
  }
  get id(): string {
    return this.read("id");
  }
  get content(): string {
    return this.read("content");
  }
  delete(): void {
    this.write("delete", (c) => void (this.book.comments = this.book.comments.filter((x) => x !== c)));
  }
  getLocation(): RangeProxy {
    this.ctx.enqueue("path");
    return new RangeProxy(this.ctx, () => {
      const c = this.resolve();
      return c && { sheet: c.sheet, area: { top: c.row, left: c.column, bottom: c.row, right: c.column } };
    });
  }
}

class CommentCollectionProxy extends ItemCollection<Comment[], CommentProxy> {
  constructor(
    ctx: FakeContext,
    private readonly sheet?: () => FakeSheet | null,
  ) {
    super(ctx);
  }
  protected target() {
    const s = this.sheet?.();
    return this.book.comments.filter((c) => !this.sheet || c.sheet === s);
  }
  protected itemsOf(list: Comment[]): CommentProxy[] {
    return list.map((c) => new CommentProxy(this.ctx, () => (this.book.comments.includes(c) ? c : null)));
  }
  add(cellAddress: string, content: string): CommentProxy {
    let comment: Comment | undefined;
    this.ctx.enqueue([cellAddress, content], () => {
      const { sheet, area } = this.book.locate(cellAddress);
      if (area.top !== area.bottom || area.left !== area.right) throw new FakeError("InvalidArgument", "comment on more than one cell");
      comment = { id: this.book.newId("comment"), sheet, row: area.top, column: area.left, content };
      this.book.comments.push(comment);
    });
    return new CommentProxy(this.ctx, () => comment ?? null);
  }
  getItemOrNullObject(id: string): CommentProxy {
    this.ctx.requireApi("1.14", "CommentCollection.getItemOrNullObject");
    this.ctx.enqueue(id);
    return new CommentProxy(this.ctx, () => this.book.comments.find((c) => c.id === id) ?? null);
  }
  getItemByCell(cellAddress: string): CommentProxy {
    this.ctx.enqueue(cellAddress);
    return new CommentProxy(this.ctx, () => {
      const { sheet, area } = this.book.locate(cellAddress);
      const c = this.book.comments.find((x) => x.sheet === sheet && x.row === area.top && x.column === area.left);
      if (!c) throw new FakeError("ItemNotFound", `no comment at ${cellAddress}`);
      return c;
    });
  }
}

class NoteProxy extends ResolvedObject<{ sheet: FakeSheet; k: string }> {
  protected snapshot(name: string, t: { sheet: FakeSheet; k: string }): unknown {
    if (name === "content") return t.sheet.notes.get(t.k);
    throw new FakeError("InvalidArgument", name);
  }
  get content(): string {
    return this.read("content");
  }
  delete(): void {
    this.write("delete", (t) => void t.sheet.notes.delete(t.k));
  }
}

class NoteCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  private cellOf(address: string) {
    const { sheet, area } = this.ctx.book.locate(address);
    if (area.top !== area.bottom || area.left !== area.right) throw new FakeError("InvalidArgument", "note on more than one cell");
    return { sheet, k: key(area.top, area.left) };
  }
  add(cellAddress: string, content: string): NoteProxy {
    let made: { sheet: FakeSheet; k: string } | undefined;
    this.ctx.enqueue([cellAddress, content], () => {
      const t = this.cellOf(cellAddress);
      if (t.sheet.notes.has(t.k)) throw new FakeError("InvalidArgument", `a note exists at ${cellAddress}`);
      t.sheet.notes.set(t.k, content);
      made = t;
    });
    return new NoteProxy(this.ctx, () => made ?? null);
  }
  getItemOrNullObject(cellAddress: string): NoteProxy {
    this.ctx.enqueue(cellAddress);
    return new NoteProxy(this.ctx, () => {
      const t = this.cellOf(cellAddress);
      return t.sheet.notes.has(t.k) ? t : null;
    });
  }
}

class XmlPartProxy extends ResolvedObject<XmlPart> {
  protected snapshot(name: string, p: XmlPart): unknown {
    if (name === "id") return p.id;
    if (name === "namespaceUri") return p.namespaceUri;
    throw new FakeError("InvalidArgument", name);
  }
  get id(): string {
    return this.read("id");
  }
  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.enqueue("getXml", () => {
      const p = this.resolve();
      if (!p) throw new FakeError("InvalidOperation", "null part");
      result.resolve(p.xml);
      return bytes(p.xml);
    });
    return result;
  }
  setXml(xml: string): void {
    this.write(xml, (p) => void (p.xml = xml));
  }
  delete(): void {
    this.write("delete", (p) => void (this.book.parts = this.book.parts.filter((x) => x !== p)));
  }
}

function namespaceOf(xml: string): string {
  const m = /<[^?!][^>]*?\sxmlns="([^"]*)"/.exec(xml);
  return m ? m[1] : "";
}

class XmlPartScopedProxy extends ItemCollection<XmlPart[], XmlPartProxy> {
  constructor(
    ctx: FakeContext,
    private readonly ns: string,
  ) {
    super(ctx);
  }
  protected target() {
    return this.book.parts.filter((p) => p.namespaceUri === this.ns);
  }
  protected itemsOf(parts: XmlPart[]): XmlPartProxy[] {
    return parts.map((p) => new XmlPartProxy(this.ctx, () => (this.book.parts.includes(p) ? p : null)));
  }
}

class XmlPartCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): XmlPartProxy {
    let part: XmlPart | undefined;
    this.ctx.enqueue(xml, () => {
      part = { id: this.ctx.book.newId("part"), namespaceUri: namespaceOf(xml), xml };
      this.ctx.book.parts.push(part);
    });
    return new XmlPartProxy(this.ctx, () => part ?? null);
  }
  getByNamespace(ns: string): XmlPartScopedProxy {
    this.ctx.enqueue(ns);
    return new XmlPartScopedProxy(this.ctx, ns);
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly comments: CommentCollectionProxy;
  readonly customXmlParts: XmlPartCollectionProxy;
  private readonly noteCollection: NoteCollectionProxy;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.comments = new CommentCollectionProxy(ctx);
    this.noteCollection = new NoteCollectionProxy(ctx);
    this.customXmlParts = new XmlPartCollectionProxy(ctx);
  }
  get notes(): NoteCollectionProxy {
    this.ctx.requireApi("1.18", "Workbook.notes");
    return this.noteCollection;
  }
}

/** `"1.18"` ≥ `"1.9"`, compared as numbers part by part. */
function versionAtMost(version: string, max: string): boolean {
  const [a1v, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1v < b1 || (a1v === b1 && a2 <= b2);
}

export interface InstallOptions {
  /** Highest ExcelApi requirement set the host supports (default `"1.18"`). */
  excelApi?: string;
  displayLanguage?: string;
  /** What `Office.onReady` reports as the host (default `"Excel"`; `null` as in a plain browser). */
  host?: "Excel" | "Word" | null;
}

/**
 * Assign `global.Excel` and `global.Office` (office-addin-mock objects): `Excel.run` runs the batch
 * against `book` with a fresh context and counts its syncs; `Office.context` answers
 * `isSetSupported` and `displayLanguage`. A batch that ends with commands never synced fails, as a
 * forgotten `await context.sync()` would lose them.
 */
export async function installOffice(book: FakeWorkbook, options: InstallOptions = {}): Promise<void> {
  const maxApi = options.excelApi ?? "1.18";
  const excel = new OfficeMockObject({
    run: async (batch: (context: FakeContext) => Promise<unknown>) => {
      book.stats.runs++;
      const context = new FakeContext(book, maxApi);
      const result = await batch(context);
      if (context.pending > 0) throw new Error(`Excel.run ended with ${context.pending} commands never synced`);
      return result;
    },
  });
  const host = options.host === undefined ? "Excel" : options.host;
  const office = new OfficeMockObject({
    onReady: async () => ({ host, platform: host ? "OfficeOnline" : null }),
    HostType: { Excel: "Excel", Word: "Word" },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported: (set: string, version = "1.1") => set === "ExcelApi" && versionAtMost(version, maxApi),
      },
    },
  });
  // office-addin-mock models Excel's load-then-sync: load the plain property once so it reads as a value.
  const officeContext = (office as unknown as { context: InstanceType<typeof OfficeMockObject> }).context;
  officeContext.load("displayLanguage");
  await officeContext.sync();
  const hostType = (office as unknown as { HostType: InstanceType<typeof OfficeMockObject> }).HostType;
  hostType.load("Excel,Word");
  await hostType.sync();
  (globalThis as Record<string, unknown>).Excel = excel;
  (globalThis as Record<string, unknown>).Office = office;
}

export function uninstallOffice(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}

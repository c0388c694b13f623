/**
 * SMARTCAMPUS.GRADE throughput: a realistic 70×4 Taizhou tick range (mixed marks √ ✓ ○ ● 1, blanks
 * as Excel passes them) graded many thousand times, as a recalculation of a sheet full of GRADE
 * formulas would. Also the single-column form and ISPHONE for scale. Target: ≥ 50,000 GRADE calls/s.
 */
import { grade, isPhone } from "../src/functions/functions";

type Measurement = { name: string; value: number; unit: string; note?: string };

/** The runtime global Excel provides; Node has none (only reached on a bad argument). */
function installCustomFunctionsGlobal(): void {
  const g = globalThis as Record<string, unknown>;
  if (g.CustomFunctions) return;
  class CustomFunctionsError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
}

const MARKS = ["√", "✓", "○", "●", 1, "√ ", "✔"];

function tickRange(seed: number): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  for (let i = 0; i < 70; i++) {
    // Schools from weak to strong (the share at A grows with the seed), so every grade comes up.
    const r = (i * 7919 + seed * 104729) % 100;
    const a = 20 + seed * 5;
    const level = r < a ? 0 : r < a + (100 - a) / 2 ? 1 : r < a + (100 - a) * 0.8 ? 2 : 3;
    rows.push([0, 1, 2, 3].map((c) => (c === level ? MARKS[(i + seed) % MARKS.length] : "")));
  }
  return rows;
}

function measure(name: string, calls: number, body: (i: number) => unknown, note: string): Measurement {
  for (let i = 0; i < Math.min(calls, 2000); i++) body(i); // warm-up
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < calls; i++) if (body(i)) sink++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === 0) throw new Error(`${name}: no result`);
  return { name, value: calls / seconds, unit: "calls/s", note };
}

export default async function run(): Promise<Measurement[]> {
  installCustomFunctionsGlobal();
  const ranges = Array.from({ length: 16 }, (_, seed) => tickRange(seed));
  const grades = new Set(ranges.map((range) => grade(range)));
  for (const g of grades) if (typeof g !== "string") throw new Error("GRADE returned an error on a valid range");
  const columns = ranges.map((range) => range.map((row) => [["A", "B", "C", "D"][row.findIndex((cell) => cell !== "")]]));
  const phones = ["13757293776", "0572-2345678", "（０５７２）２３４５６７８转123", "1375729377"];
  return [
    measure("GRADE 70×4 ticks", 50_000, (i) => grade(ranges[i % ranges.length]), `target ≥ 50,000; grades seen: ${[...grades].join(" ")}`),
    measure("GRADE 70×1 letters", 50_000, (i) => grade(columns[i % columns.length]), "single 等级 column"),
    measure("ISPHONE", 500_000, (i) => isPhone(phones[i % phones.length]) || true, "mobile, landline, full-width with extension, typo"),
  ];
}

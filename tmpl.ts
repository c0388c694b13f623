import { writeTemplateWorkbook } from "./src/io/write/template-workbook";
import { readWorkbook } from "./src/io/read";
import { readDropDownLists, attachDropDownLists } from "./src/io/read/read-drop-down-lists";
import { learnLayout } from "./src/core/learn/learn-layout";
import { layoutFileText } from "./src/core/layout/layout-file";
(async () => {
  for (const id of process.argv.slice(2)) {
    const bytes = await writeTemplateWorkbook(id);
    const read = readWorkbook(bytes, "t.xlsx");
    if (!read.ok) throw new Error("read");
    const grids = attachDropDownLists(read.grids, await readDropDownLists(bytes));
    const t0 = performance.now();
    const r = learnLayout(grids[0], { id: id + "-l" });
    const ms = performance.now() - t0;
    if (!r.ok) { console.log(id, r.message); continue; }
    console.log(id, ms.toFixed(1), "ms");
    for (const c of r.columns) console.log(`  ${c.letter} ${c.header} → ${c.field} ${c.type} ${c.required} | ${c.why}`);
    console.log(r.notes.join("\n"));
    console.log(layoutFileText(r.layout).slice(0, 400));
  }
})();

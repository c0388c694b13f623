import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { untilZipTakes, ZIP_BACKLOG_BYTES } from "../../../src/io/write/zip-backlog";

const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe("untilZipTakes: the streamed workbook waits for its zip", () => {
  it("holds the writer while a sheet's rows wait for the zip, and lets it go once the output is read", async () => {
    // An output nobody reads: the zip stops taking rows once its own buffers are full.
    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet("汇总");
    const text = "某某县第一实验小学智慧校园建设项目".repeat(8);
    let written = 0;
    for (let r = 1; written < 2 * ZIP_BACKLOG_BYTES; r++) {
      const row = sheet.getRow(r);
      row.getCell(1).value = `${r}${text}`;
      row.commit();
      written += text.length * 3;
    }
    let released = false;
    const waiting = untilZipTakes(sheet).then(() => (released = true));
    await turns(50);
    expect(released).toBe(false);

    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    await waiting;
    expect(released).toBe(true);
    sheet.commit();
    await workbook.commit();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const read = back.getWorksheet("汇总")!;
    expect(String(read.getCell("A1").value)).toBe(`1${text}`);
    expect(read.rowCount).toBeGreaterThan(1000);
  });

  it("only yields for a sheet of the in-memory workbook", async () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("汇总");
    await expect(untilZipTakes(sheet)).resolves.toBeUndefined();
  });
});

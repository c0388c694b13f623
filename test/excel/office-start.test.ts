import { officeStart } from "../../src/excel/office-start";
import { FakeWorkbook, installOffice, uninstallOffice } from "./fake-workbook";

afterEach(uninstallOffice);

test("inside Excel: in Excel, with Office's display language", async () => {
  await installOffice(new FakeWorkbook(), { displayLanguage: "en-US" });
  expect(await officeStart()).toEqual({ inExcel: true, displayLanguage: "en-US" });
});

test("office.js loaded but no host (the page opened in a browser): standalone", async () => {
  await installOffice(new FakeWorkbook(), { host: null });
  expect(await officeStart()).toEqual({ inExcel: false });
});

test("another Office host is not Excel", async () => {
  await installOffice(new FakeWorkbook(), { host: "Word" });
  expect(await officeStart()).toEqual({ inExcel: false });
});

test("no office.js at all: standalone, at once", async () => {
  expect(await officeStart()).toEqual({ inExcel: false });
});

import { matchRoster } from "../../../src/core/roster/match-roster";
import { parseRoster } from "../../../src/core/roster/parse-roster";
import { resolveDistrict } from "../../../src/core/rules/districts";
import { readGrids, writeCsv } from "../../support";
import { BUILT_IN_CATALOG } from "../../../src/core/layouts/built-in";

function rosterFrom(rows: Array<Array<string | null>>) {
  const [grid] = readGrids(writeCsv(rows, "gbk"), "名单.csv");
  return parseRoster(grid, BUILT_IN_CATALOG, "名单.csv")!;
}

const at = (path: string, row: number) => ({ path, sheet: "汇总", row });
const fields = { school: "学校名称", district: "区县" };

test("a typo'd school shows as not submitted and not on the roster, each suggesting the other", () => {
  const roster = rosterFrom([["学校名称", "区县"], ["湖州市第一中学", "吴兴区"], ["吴兴区织里镇中心小学", "吴兴区"], ["南浔区实验小学", "南浔区"]]);
  const { issues, matched } = matchRoster(
    roster,
    {
      schools: [
        { name: "湖州市第一中学（盖章）", rows: [at("吴兴.xlsx", 4)] },
        { name: "吴兴区织里镇中心校学", rows: [at("吴兴.xlsx", 5), at("吴兴.xlsx", 6)] },
        { name: "南浔区实验学校", rows: [at("南浔.xlsx", 4)] },
      ],
      districts: [],
    },
    fields,
  );
  expect(matched).toBe(1);
  expect(issues.map((i) => [i.code, i.path, i.row, i.value, (i.code === "not-submitted" || i.code === "not-on-roster" ? i.params?.suggestion : undefined) ?? ""])).toEqual([
    ["not-submitted", "名单.csv", 3, "吴兴区织里镇中心小学", "吴兴区织里镇中心校学"],
    ["not-submitted", "名单.csv", 4, "南浔区实验小学", "南浔区实验学校"],
    ["not-on-roster", "吴兴.xlsx", 5, "吴兴区织里镇中心校学", "吴兴区织里镇中心小学"],
    ["not-on-roster", "南浔.xlsx", 4, "南浔区实验学校", "南浔区实验小学"],
  ]);
  expect(issues[2].rows).toEqual([at("吴兴.xlsx", 5), at("吴兴.xlsx", 6)]);
  expect(issues.every((i) => i.severity === "warning")).toBe(true);
});

test("a new school far from every roster name gets no suggestion", () => {
  const roster = rosterFrom([["学校名称"], ["湖州市第一中学"]]);
  const { issues } = matchRoster(roster, { schools: [{ name: "安吉县天荒坪镇中心幼儿园", rows: [at("安吉.xlsx", 4)] }, { name: "湖州市第一中学", rows: [at("a.xlsx", 4)] }], districts: [] }, fields);
  expect(issues.map((i) => [i.code, i.value, i.params])).toEqual([["not-on-roster", "安吉县天荒坪镇中心幼儿园", {}]]);
});

test("a city roster of districts matches districts written without their suffix", () => {
  const roster = rosterFrom([["区县"], ["吴兴区"], ["南浔"], ["德清县"], ["市直属学校"]]);
  const { issues } = matchRoster(
    roster,
    { schools: [], districts: [{ name: "吴兴区", rows: [at("吴兴.xlsx", 4)] }, { name: "南浔区", rows: [at("南浔.xlsx", 4)] }, { name: "市直属学校", rows: [at("直属.xlsx", 4)] }] },
    fields,
    (name) => resolveDistrict(name, "湖州市")?.name ?? name,
  );
  expect(issues.map((i) => [i.code, i.field, i.value])).toEqual([["not-submitted", "区县", "德清县"]]);
});

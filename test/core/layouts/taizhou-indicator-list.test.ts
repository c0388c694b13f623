import { BUILT_IN_CATALOG } from "../../../src/core";
import { indicatorGroups } from "../../../src/core/layout/indicator-groups";
import { TAIZHOU_INDICATORS } from "../../../src/core/layouts/taizhou-indicator-list";

test("the notice's 70 indicators, numbered 1–70, each with its full 评价细则", () => {
  expect(TAIZHOU_INDICATORS.map((e) => e.no)).toEqual(Array.from({ length: 70 }, (_v, i) => i + 1));
  for (const e of TAIZHOU_INDICATORS) expect(e.detail.length).toBeGreaterThan(15);
  expect(TAIZHOU_INDICATORS[4].detail).toContain("生机比高中 5:1");
  expect(TAIZHOU_INDICATORS[69]).toMatchObject({ item: "特色发展", indicator: "研究成果" });
});

test("the 23 groups of the notice (评价项目 / 评价指标 written once, merged down)", () => {
  const groups = indicatorGroups(TAIZHOU_INDICATORS).map((g) => `${g.item}/${g.indicator} ${g.from}-${g.to}`);
  expect(groups).toEqual([
    "基础设施/校园网络 1-4", "基础设施/信息终端 5-8", "基础设施/教学环境 9-12", "基础设施/创新空间 13-14",
    "基础设施/文化空间 15-16", "基础设施/校园安全 17-18", "基础设施/数字底座 19-20", "资源数据/教学资源 21-24",
    "资源数据/资源共享 25-27", "资源数据/数据处理 28-30", "应用服务/教育管理 31-34", "应用服务/教育教学 35-40",
    "应用服务/学生学习 41-43", "应用服务/教师研修 44-46", "应用服务/教育评价 47-49", "应用服务/生活服务 50-52",
    "信息素养/教师发展 53-56", "信息素养/学生发展 57-60", "保障体系/组织领导 61-63", "保障体系/制度建设 64-66",
    "保障体系/经费保障 67-67", "特色发展/试点示范 68-69", "特色发展/研究成果 70-70",
  ]);
  expect(BUILT_IN_CATALOG.get("taizhou-indicators")!.indicators!.groups).toEqual(indicatorGroups(TAIZHOU_INDICATORS));
});

import { readDate } from "../../../src/core/rules/date";

test("dates as schools write them are read as ISO text; anything else is no date", () => {
  expect(readDate("2026-03-15")).toEqual({ iso: "2026-03-15", normalized: false });
  expect(readDate("2026年3月15日")).toEqual({ iso: "2026-03-15", normalized: true });
  expect(readDate("２０２６/3/5")).toEqual({ iso: "2026-03-05", normalized: true });
  expect(readDate("2026.03.15 14:30")).toEqual({ iso: "2026-03-15", normalized: true });
  expect(readDate("20260315")).toEqual({ iso: "2026-03-15", normalized: true });
  expect(readDate("2026年3月")).toEqual({ iso: "2026-03", normalized: true });
  expect(readDate(46096)).toEqual({ iso: "2026-03-15", normalized: true });
  for (const bad of ["2026-02-30", "3月15日", "明天", "2026-13-01", 12.5, 5]) expect(readDate(bad)).toBeUndefined();
});

import { ruleKey } from "./rule-text";

/** School types of LAYOUTS.md (`ningbo-benchmark-summary` 学校类型). */
export const SCHOOL_TYPES = ["小学", "初中", "高中", "完中", "九年一贯", "十二年一贯", "中职"] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

const SYNONYMS: Record<string, SchoolType> = {
  小学: "小学",
  小学部: "小学",
  初中: "初中",
  初级中学: "初中",
  初中部: "初中",
  高中: "高中",
  高级中学: "高中",
  普通高中: "高中",
  普高: "高中",
  高中部: "高中",
  完中: "完中",
  完全中学: "完中",
  九年一贯: "九年一贯",
  九年一贯制: "九年一贯",
  九年一贯制学校: "九年一贯",
  十二年一贯: "十二年一贯",
  十二年一贯制: "十二年一贯",
  十二年一贯制学校: "十二年一贯",
  中职: "中职",
  职高: "中职",
  中专: "中职",
  中等职业学校: "中职",
  中等职业技术学校: "中职",
};

/** How a school-type cell was read; `normalized` when rewritten (`初级中学` → `初中`). */
export interface SchoolTypeReading {
  type: SchoolType;
  normalized: boolean;
}

/** Reads a school type; `undefined` when it is none of them (the caller raises `invalid-choice`). */
export function schoolType(value: unknown): SchoolTypeReading | undefined {
  const key = ruleKey(value);
  const type = SYNONYMS[key];
  return type ? { type, normalized: type !== key } : undefined;
}

import { ruleKey } from "./rule-text";

/** School types of docs/DOMAIN.md#school-types (`ningbo-benchmark-summary` 学校类型). */
export const SCHOOL_TYPES = ["小学", "初中", "高中", "完中", "九年一贯", "十二年一贯", "中职"] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Each type with the written variants understood as it, in the shape of a layout's `choices`
 * (`{ value, synonyms }`), so the Ningbo layout's 学校类型 column and the stage rules (PC ratio,
 * spaces needed) read school types from this one list.
 */
export const SCHOOL_TYPE_CHOICES: ReadonlyArray<{ value: SchoolType; synonyms: string[] }> = [
  { value: "小学", synonyms: ["完全小学", "中心小学", "小学部"] },
  { value: "初中", synonyms: ["初级中学", "独立初中", "初中部"] },
  { value: "高中", synonyms: ["高级中学", "普通高中", "普高", "高中部"] },
  { value: "完中", synonyms: ["完全中学"] },
  { value: "九年一贯", synonyms: ["九年一贯制", "九年一贯制学校", "九年制", "九年制学校"] },
  { value: "十二年一贯", synonyms: ["十二年一贯制", "十二年一贯制学校", "十二年制"] },
  { value: "中职", synonyms: ["中等职业学校", "中等职业技术学校", "职高", "职业高中", "中专", "职业中学"] },
];

const BY_WRITING = new Map<string, SchoolType>();
for (const { value, synonyms } of SCHOOL_TYPE_CHOICES) for (const written of [value, ...synonyms]) BY_WRITING.set(written, value);

/** How a school-type cell was read; `normalized` when rewritten (`初级中学` → `初中`). */
export interface SchoolTypeReading {
  type: SchoolType;
  normalized: boolean;
}

/** Reads a school type; `undefined` when it is none of them (the caller raises `invalid-choice`). */
export function schoolType(value: unknown): SchoolTypeReading | undefined {
  const key = ruleKey(value);
  const type = BY_WRITING.get(key);
  return type ? { type, normalized: type !== key } : undefined;
}

/** One school (or district) that must submit, as a roster lists it. */
export interface RosterEntry {
  /** The name as written on the roster. */
  name: string;
  /** `school` when read from a `学校名称` column; `district` when the roster lists districts only. */
  kind: "school" | "district";
  district?: string;
  schoolType?: string;
  /** Where the entry is on the roster (1-based source row), for the issue list. */
  path?: string;
  sheet?: string;
  row?: number;
}

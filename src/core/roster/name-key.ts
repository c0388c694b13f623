import { schoolName } from "../normalize/school-name";

/**
 * The key two school names are matched by (docs/DOMAIN.md#rosters): NFKC, every space removed, the
 * trailing marks `schoolName` drops (`（盖章）`, `。`) dropped. Suffixes such as 学校/小学/中学 are kept
 * as written: `XX小学` and `XX学校` are different schools.
 */
export function nameKey(name: string): string {
  return schoolName(name.normalize("NFKC").replace(/\s+/gu, ""));
}

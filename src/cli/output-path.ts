import path from "node:path";

/**
 * Where a layout's roll-up goes: `--out` itself when the run found one layout; with several,
 * the layout id before the extension (`汇总.huzhou-space-plan.xlsx`), so none overwrites another.
 */
export function outputPathFor(out: string, layoutId: string, several: boolean): string {
  if (!several) return out;
  const ext = path.extname(out);
  return `${out.slice(0, out.length - ext.length)}.${layoutId}${ext}`;
}

/**
 * A file this command writes (or wrote last time): `--out`, or `--out` with a layout id in its
 * name. Such a file inside an input folder is not read back as a submission.
 */
export function isOutputOf(file: string, out: string): boolean {
  if (file === out) return true;
  const ext = path.extname(out);
  const stem = out.slice(0, out.length - ext.length);
  return file.startsWith(`${stem}.`) && file.endsWith(ext) && /^[a-z0-9-]+$/.test(file.slice(stem.length + 1, file.length - ext.length));
}

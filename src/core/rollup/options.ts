import type { Layout } from "../layout/schema";
import type { Catalog } from "../layouts/catalog";
import type { RosterEntry } from "../roster/roster-entry";

export interface RollupOptions {
  /** The layout rolled up; sheets of other layouts are left to their own roll-up. */
  layoutId: string;
  /** The layouts the run knows: the rolled-up one (unless `layout` is given) and the reference tables its quota reads. */
  catalog: Catalog;
  /** The city rolled up for (`湖州市`); defaults to the layout's city. */
  city?: string;
  /** Who must submit; `not-submitted` / `not-on-roster` are reported only when given. */
  roster?: RosterEntry[];
  /**
   * Period of a monthly report by file path (or file name): `2025-06`, `2025年6月`. Overrides the
   * period found in the sheet's title or the file name.
   */
  periods?: Record<string, string>;
  /**
   * Keep every file of a school (`--keep-all`): no file replaces another by its time or name; two
   * files of one school are both merged and flagged `duplicate-row`, as before resubmissions.
   */
  keepAll?: boolean;
  /** Locale of the messages `toReport` writes (default `zh-CN`). */
  locale?: string;
  /**
   * The files added are the roll-up's from then on: the caller drops each once added (the CLI), so
   * a record's values become its merged row's as they are instead of being copied (a 100,000-row
   * file held both). Without it the caller's records are left untouched.
   */
  ownsFiles?: boolean;
  /** The layout itself, when not taken from the catalog (tests of a new layout file). */
  layout?: Layout;
}

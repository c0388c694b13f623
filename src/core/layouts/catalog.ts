import { layoutSchema, type Layout, type LayoutInput } from "../layout/schema";
import huzhouSpacePlan from "./huzhou-space-plan";
import huzhouSpaceProgress from "./huzhou-space-progress";
import huzhouCaseSummary from "./huzhou-case-summary";
import zhejiangPilotSummary from "./zhejiang-pilot-summary";
import zhejiangPilotQuota from "./zhejiang-pilot-quota";
import ningboBenchmarkSummary from "./ningbo-benchmark-summary";
import taizhouIndicators from "./taizhou-indicators";
import zhangjiagangFeatureApplication from "./zhangjiagang-feature-application";

/** Every layout data file; adding next year's notice is adding one file and one line here. */
const SOURCES: LayoutInput[] = [
  huzhouSpacePlan,
  huzhouSpaceProgress,
  huzhouCaseSummary,
  zhejiangPilotSummary,
  zhejiangPilotQuota,
  ningboBenchmarkSummary,
  taizhouIndicators,
  zhangjiagangFeatureApplication,
];

/** Checks a layout definition; throws a readable error naming the layout and the fault. */
export function parseLayout(input: LayoutInput): Layout {
  const parsed = layoutSchema.safeParse(input);
  if (!parsed.success) {
    const where = typeof input === "object" && input && "id" in input ? String(input.id) : "?";
    throw new Error(`layout ${where} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

/** The catalog, checked by the zod schema when this module loads. */
export const LAYOUTS: readonly Layout[] = Object.freeze(SOURCES.map(parseLayout));

const BY_ID = new Map(LAYOUTS.map((l) => [l.id, l]));
if (BY_ID.size !== LAYOUTS.length) throw new Error("layout catalog: duplicate layout id");

export const LAYOUT_IDS: readonly string[] = LAYOUTS.map((l) => l.id);

/** The layout with this id, or `undefined`. */
export function getLayout(id: string): Layout | undefined {
  return BY_ID.get(id);
}

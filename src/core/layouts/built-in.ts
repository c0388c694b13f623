import { createCatalog, parseLayout, type Catalog } from "./catalog";
import type { LayoutInput } from "../layout/schema";
import huzhouSpacePlan from "./huzhou-space-plan";
import huzhouSpaceProgress from "./huzhou-space-progress";
import huzhouCaseSummary from "./huzhou-case-summary";
import zhejiangPilotSummary from "./zhejiang-pilot-summary";
import zhejiangPilotQuota from "./zhejiang-pilot-quota";
import ningboBenchmarkSummary from "./ningbo-benchmark-summary";
import taizhouIndicators from "./taizhou-indicators";
import zhangjiagangFeatureApplication from "./zhangjiagang-feature-application";

/** The layouts of the seed notices, one data file each; a new notice can also be a `*.layout.json`. */
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

/** The built-in layouts, checked by the zod schema when this module loads. Adapters pick it; core never does. */
export const BUILT_IN_CATALOG: Catalog = createCatalog(SOURCES.map(parseLayout));

import type { GradeSummary } from "../../core/rollup/result";
import { usePaneText } from "../i18n/strings";
import { gradeBars } from "./grade-bars";

const COLORS: Record<string, string> = { 标杆: "#107c10", 良好: "#0f6cbd", 达标: "#8a6100", 未达标: "#a4262c" };

const WIDTH = 300;
const LABEL = 52;
const ROW = 30;
const BAR = 18;

/** Schools per grade as horizontal bars: plain SVG, no chart library. */
export function GradeChart({ summary }: { summary: GradeSummary }) {
  const { t } = usePaneText();
  const bars = gradeBars(summary);
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const span = WIDTH - LABEL - 70;
  const height = bars.length * ROW + 8;
  const description = bars.map((bar) => `${bar.grade} ${bar.count}`).join("，");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`${t("gradeChartTitle")}：${description}`}
      data-testid="grade-chart"
      style={{ maxWidth: 420 }}
    >
      {bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const width = Math.round((bar.count / max) * span);
        return (
          <g key={bar.grade} data-grade={bar.grade} data-count={bar.count}>
            <text x={LABEL - 6} y={y + BAR - 4} textAnchor="end" fontSize="13" fill="#323130">
              {bar.grade}
            </text>
            <rect x={LABEL} y={y} width={span} height={BAR} fill="#f3f2f1" rx="2" />
            <rect x={LABEL} y={y} width={width} height={BAR} fill={COLORS[bar.grade] ?? "#605e5c"} rx="2" />
            <text x={LABEL + span + 6} y={y + BAR - 4} fontSize="12" fill="#323130">
              {bar.count}（{Math.round(bar.share * 100)}%）
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import type { GradeSummary } from "../../core/rollup/result";
import { usePaneText } from "../i18n/strings";
import { gradeBars, targetBars } from "./grade-bars";

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

/**
 * Each city target as a bar of the schools at that grade or better, against a dashed mark at the
 * number the target needs (90% of the schools rolled up, 50 标杆 schools). Green when met. Each bar
 * has its own scale (the schools rolled up, or the count asked when larger): a share target's mark
 * sits where its share is, not squeezed by the 50 标杆 schools.
 */
export function GradeTargetChart({ summary }: { summary: GradeSummary }) {
  const { t } = usePaneText();
  const bars = targetBars(summary);
  const label = 74;
  const span = WIDTH - label - 84;
  const height = bars.length * ROW + 8;
  const description = bars.map((bar) => `${bar.grade} ${bar.count}/${bar.needed}`).join("，");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`${t("gradeTargetChart")}：${description}`}
      data-testid="grade-target-chart"
      style={{ maxWidth: 420 }}
    >
      {bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const max = Math.max(1, summary.schools, bar.count, bar.needed);
        const width = Math.round((bar.count / max) * span);
        const mark = label + Math.round((bar.needed / max) * span);
        const name = bar.kind === "share" ? `${bar.grade}≥${bar.target}%` : `${bar.grade}≥${bar.target}`;
        return (
          <g key={bar.grade} data-target={bar.grade} data-count={bar.count} data-needed={bar.needed} data-met={bar.met}>
            <text x={label - 6} y={y + BAR - 4} textAnchor="end" fontSize="12" fill="#323130">
              {name}
            </text>
            <rect x={label} y={y} width={span} height={BAR} fill="#f3f2f1" rx="2" />
            <rect x={label} y={y} width={width} height={BAR} fill={bar.met ? "#107c10" : "#c19c00"} rx="2" />
            <line x1={mark} x2={mark} y1={y - 2} y2={y + BAR + 2} stroke="#323130" strokeWidth="2" strokeDasharray="3 2" />
            <text x={label + span + 6} y={y + BAR - 4} fontSize="12" fill="#323130">
              {bar.count} / {t("targetNeeded", { needed: bar.needed })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

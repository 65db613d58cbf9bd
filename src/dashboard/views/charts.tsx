/**
 * Bar charts drawn as inline SVG on the server (or, with nothing but zeros to draw, a sentence
 * saying so): one band per label, one bar per series in each band, a scale rounded to 1, 2 or 5 times a power of ten. Every bar carries its label,
 * series and value (`data-*`) and a tooltip (`<title>`), so people and tests read the same
 * numbers.
 *
 * @example
 * ```tsx
 * <BarChart id="inbound" title="Inbound messages" labels={["2026-05-01"]}
 *   series={[{ name: "messages", values: [12] }]} format={String} />
 * ```
 * @module
 */
import type { FC } from "hono/jsx";

export interface BarSeries {
  name: string;
  /** Null draws no bar (no data for that label). */
  values: (number | null)[];
  /** Extra CSS class of its bars: `light`, `warn`. */
  tone?: "light" | "warn";
}

export interface BarChartProps {
  id: string;
  title: string;
  labels: string[];
  series: BarSeries[];
  /** How a value is written in tooltips and on the scale. */
  format: (value: number) => string;
  /** How a label is written under the axis (default: as is). */
  shortLabel?: (label: string) => string;
  /** What an empty chart says instead of drawing an empty axis. */
  emptyText?: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 56;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 26;
/** Above this many labels only the first, middle and last are written. */
const ALL_LABELS_UP_TO = 14;

/** A chart as a figure with a caption and an accessible SVG. */
export const BarChart: FC<BarChartProps> = (props) => {
  const { id, title, labels, series, format } = props;
  if (!series.some((s) => s.values.some((v) => v !== null && v !== 0))) {
    return (
      <figure class="chart empty" id={`chart-${id}`} data-chart={id}>
        <figcaption>{title}</figcaption>
        <p class="muted">{props.emptyText ?? "Nothing to show for this period."}</p>
      </figure>
    );
  }
  const short = props.shortLabel ?? ((label: string) => label);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const max = niceCeiling(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const band = plotWidth / Math.max(1, labels.length);
  const barWidth = Math.max(1, (band * 0.8) / series.length);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const shown = labels.length <= ALL_LABELS_UP_TO
    ? labels.map((_, i) => i)
    : [...new Set([0, Math.floor((labels.length - 1) / 2), labels.length - 1])];
  return (
    <figure class="chart" id={`chart-${id}`}>
      <figcaption>
        {title}
        {series.length > 1 && <small>{legend(series)}</small>}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`chart-${id}-title`}
        data-chart={id}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`chart-${id}-title`}>{title}</title>
        {[0, max / 2, max].map((tick) => (
          <g>
            <line class="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end">{format(tick)}</text>
          </g>
        ))}
        {labels.map((label, i) =>
          series.map((s, j) => {
            const value = s.values[i];
            if (value === null || value === undefined) return null;
            const height = (value / max) * plotHeight;
            return (
              <rect
                class={`bar ${s.tone ?? ""}`}
                x={round(LEFT + i * band + band * 0.1 + j * barWidth)}
                y={round(TOP + plotHeight - height)}
                width={round(barWidth)}
                height={round(height)}
                data-label={label}
                data-series={s.name}
                data-value={String(value)}
              >
                <title>{`${label} · ${s.name}: ${format(value)}`}</title>
              </rect>
            );
          })
        )}
        {shown.map((i) => (
          <text x={round(LEFT + (i + 0.5) * band)} y={HEIGHT - 8} text-anchor="middle">
            {short(labels[i])}
          </text>
        ))}
      </svg>
    </figure>
  );
};

/** Which shade is which series: " (dark: median, light: p95)". */
function legend(series: BarSeries[]): string {
  const shades = series.map((s) => `${s.tone === "light" ? "light" : "dark"}: ${s.name}`);
  return ` (${shades.join(", ")})`;
}

/** The smallest 1, 2 or 5 times a power of ten at or above `value` (1 for nothing). */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

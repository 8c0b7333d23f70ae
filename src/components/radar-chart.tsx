import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
} from 'recharts';

import {
  findRadarRuns,
  seriesKey,
  toRadarRows,
  type RadarLineStyle,
  type RadarModel,
} from '../domain/insights/radar-model';

/** Colours for up to eight series; each series also has its own line style, so colour is never the only cue. */
// CSS variables, so that each colour has a light and a dark value (styles.css).
export const SERIES_COLOURS = Array.from({ length: 8 }, (_, i) => `var(--series-${i + 1})`);
const INK = 'var(--ink)';
const MUTED = 'var(--muted)';
const GRID = 'var(--chart-grid)';

export const DASH_ARRAYS: Record<RadarLineStyle, string | undefined> = {
  solid: undefined,
  dashed: '8 5',
  dotted: '2 4',
  'dash-dot': '10 4 2 4',
};

type AxisTickProps = {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value?: unknown };
};

/** Splits a long criterion name over lines, so labels stay inside the chart at phone width. */
function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function AxisTick({
  x = 0,
  y = 0,
  textAnchor = 'middle',
  payload,
  lineWidth,
}: AxisTickProps & { lineWidth: number }) {
  const lines = wrapLabel(typeof payload?.value === 'string' ? payload.value : '', lineWidth);
  const anchor = (['start', 'middle', 'end'] as const).find((a) => a === textAnchor) ?? 'middle';
  const top = Number(y) - ((lines.length - 1) * 14) / 2;
  return (
    <text x={Number(x)} y={top} textAnchor={anchor} fontSize={12} fill={INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type PolygonProps = { points?: { x: number; y: number }[] };

/**
 * One series drawn with gaps: recharts would put a missing score at the centre, as if it were 0.
 * Runs of neighbouring scored axes become lines; only a series with no gap is a filled polygon.
 */
function GappedPolygon({
  points = [],
  values,
  colour,
  lineStyle,
  isFilled,
}: PolygonProps & {
  values: readonly (number | null)[];
  colour: string;
  lineStyle: RadarLineStyle;
  isFilled: boolean;
}) {
  const { isClosed, runs } = findRadarRuns(values);
  const path = (run: number[]) =>
    run.map((i, n) => `${n === 0 ? 'M' : 'L'}${points[i]?.x ?? 0},${points[i]?.y ?? 0}`).join(' ') +
    (isClosed ? ' Z' : '');
  return (
    <g>
      {runs.map((run) => (
        <path
          key={run.join('-')}
          className="radar__series"
          d={path(run)}
          stroke={colour}
          strokeWidth={2}
          strokeDasharray={DASH_ARRAYS[lineStyle]}
          fill={isClosed && isFilled ? colour : 'none'}
          fillOpacity={0.2}
        />
      ))}
      {values.map((value, i) =>
        value === null ? null : <circle key={i} cx={points[i]?.x} cy={points[i]?.y} r={3.5} fill={colour} />,
      )}
    </g>
  );
}

/**
 * Draws a radar model: the six criteria as axes, 0–100, one polygon a series. It shapes no data:
 * the model comes from the domain, and the table beside it carries the same numbers in text.
 */
export default function RadarChart({
  model,
  axisLabel,
  seriesLabel,
  description,
  size = 480,
  compact = false,
}: {
  model: RadarModel;
  axisLabel: (axis: RadarModel['axes'][number]) => string;
  seriesLabel: (series: RadarModel['series'][number]) => string;
  /** What the chart shows, for screen readers, which read the table instead. */
  description: string;
  size?: number;
  compact?: boolean;
}) {
  const rows = toRadarRows(model, axisLabel);
  return (
    <figure className="radar">
      <div className="radar__canvas" role="img" aria-label={description}>
        <RechartsRadarChart
          responsive
          style={{ width: '100%', maxWidth: size, aspectRatio: 1 }}
          data={rows}
          outerRadius={compact ? '46%' : '58%'}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        >
          <PolarGrid stroke={GRID} />
          <PolarAngleAxis
            dataKey="axis"
            tick={(props: AxisTickProps) => <AxisTick {...props} lineWidth={compact ? 11 : 15} />}
          />
          {/* Between two axes (they sit every 60° from the top), so the numbers never cover a label. */}
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={6}
            angle={60}
            axisLine={false}
            tick={{ fontSize: 10, fill: MUTED }}
          />
          {model.series.map((series, i) => (
            <Radar
              key={series.id}
              dataKey={seriesKey(i)}
              name={seriesLabel(series)}
              isAnimationActive={false}
              shape={(props: PolygonProps) => (
                <GappedPolygon
                  points={props.points}
                  values={series.values}
                  colour={SERIES_COLOURS[i % SERIES_COLOURS.length] ?? INK}
                  lineStyle={series.lineStyle}
                  isFilled={series.isFilled}
                />
              )}
            />
          ))}
        </RechartsRadarChart>
      </div>
      <figcaption>
        <ul className="radar__legend">
          {model.series.map((series, i) => (
            <li key={series.id}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2="34"
                  y2="5"
                  stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                  strokeWidth="3"
                  strokeDasharray={DASH_ARRAYS[series.lineStyle]}
                />
              </svg>
              {seriesLabel(series)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

import { findRadarRuns } from '../../domain/insights/radar-model';
import { alignAxisLabel, placeOnRadar, RADAR_RINGS, type Point } from '../../domain/insights/radar-geometry';

/**
 * The chart's drawing box. The SVG scales to its width, text included, so a phone gets a box of
 * its own: a smaller radar with room beside it for criterion names of two or three short lines.
 */
const LAYOUTS = {
  wide: { width: 540, height: 440, radius: 140, gap: 18, lineChars: 13, lineHeight: 17, fontSize: 15 },
  compact: { width: 360, height: 380, radius: 92, gap: 12, lineChars: 10, lineHeight: 15, fontSize: 13 },
} as const;
type Layout = (typeof LAYOUTS)[keyof typeof LAYOUTS];
const TEXT_ANCHOR = { center: 'middle', left: 'start', right: 'end' } as const;

export type BandAxis = {
  label: string;
  low: number | null;
  high: number | null;
  /** The criterion's score with the effective answers. */
  score: number | null;
};

function wrap(text: string, lineChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A line through the values of neighbouring axes; a gap where a criterion has no value. */
function RunsPath({
  values,
  className,
  at,
}: {
  values: (number | null)[];
  className: string;
  at: (axis: number, value: number) => Point;
}) {
  const { isClosed, runs } = findRadarRuns(values);
  return (
    <>
      {runs.map((run) => (
        <path
          key={run.join('-')}
          className={className}
          d={pathOf(
            run.map((i) => at(i, values[i] ?? 0)),
            isClosed,
          )}
        />
      ))}
    </>
  );
}

const pathOf = (points: Point[], isClosed: boolean) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') +
  (isClosed ? ' Z' : '');

/**
 * Each criterion's band across respondents, from the lowest to the highest respondent's score,
 * with the score of the effective answers drawn through it. Drawn as plain SVG from the domain's
 * numbers; the table beside it carries the same numbers in text. The band, its edges (solid high,
 * dashed low) and the score line (thick, with dots) differ in shape, not only in colour.
 */
export function BandRadar({
  axes,
  description,
  legend,
  compact = false,
}: {
  axes: BandAxis[];
  description: string;
  legend: { band: string; score: string };
  compact?: boolean;
}) {
  const layout: Layout = compact ? LAYOUTS.compact : LAYOUTS.wide;
  const centre: Point = { x: layout.width / 2, y: layout.height / 2 };
  const n = axes.length;
  const at = (axis: number, value: number) => placeOnRadar(centre, layout.radius, axis, n, value);
  return (
    <figure className="band-radar">
      <svg
        className="band-radar__canvas"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={description}
        preserveAspectRatio="xMidYMid meet"
      >
        {RADAR_RINGS.map((ring) => (
          <path
            key={ring}
            className="band-radar__grid"
            d={pathOf(
              axes.map((_, i) => at(i, ring)),
              true,
            )}
          />
        ))}
        {axes.map((axis, i) => {
          const end = at(i, 100);
          const label = placeOnRadar(centre, layout.radius + layout.gap, i, n, 100);
          const alignment = alignAxisLabel(centre, label);
          const lines = wrap(axis.label, layout.lineChars);
          // Above the top spoke the label ends at its tip, below the bottom one it starts there;
          // beside the others it is centred on it.
          const top =
            alignment !== 'center'
              ? label.y - ((lines.length - 1) * layout.lineHeight) / 2 + 5
              : label.y < centre.y
                ? label.y - (lines.length - 1) * layout.lineHeight
                : label.y + 12;
          return (
            <g key={axis.label}>
              <line className="band-radar__grid" x1={centre.x} y1={centre.y} x2={end.x} y2={end.y} />
              <text
                className="band-radar__label"
                x={label.x}
                y={top}
                textAnchor={TEXT_ANCHOR[alignment]}
                fontSize={layout.fontSize}
              >
                {lines.map((line, l) => (
                  <tspan key={l} x={label.x} dy={l === 0 ? 0 : layout.lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {RADAR_RINGS.map((ring) => {
          const p = placeOnRadar(centre, layout.radius, 0.5, n, ring);
          return (
            <text key={ring} className="band-radar__ring" x={p.x + 3} y={p.y}>
              {ring}
            </text>
          );
        })}
        {axes.map((axis, i) => {
          const j = (i + 1) % n;
          const next = axes[j];
          if (axis.low === null || axis.high === null || next?.low == null || next.high == null) return null;
          return (
            <path
              key={`band-${i}`}
              className="band-radar__band"
              d={pathOf([at(i, axis.low), at(i, axis.high), at(j, next.high), at(j, next.low)], true)}
            />
          );
        })}
        {axes.map((axis, i) => {
          if (axis.low === null || axis.high === null) return null;
          const [low, high] = [at(i, axis.low), at(i, axis.high)];
          return (
            <line
              key={`spoke-${i}`}
              className="band-radar__spoke"
              x1={low.x}
              y1={low.y}
              x2={high.x}
              y2={high.y}
            />
          );
        })}
        <RunsPath values={axes.map((a) => a.high)} className="band-radar__high" at={at} />
        <RunsPath values={axes.map((a) => a.low)} className="band-radar__low" at={at} />
        <RunsPath values={axes.map((a) => a.score)} className="band-radar__score" at={at} />
        {axes.map((axis, i) => {
          if (axis.score === null) return null;
          const p = at(i, axis.score);
          return <circle key={`score-${i}`} className="band-radar__dot" cx={p.x} cy={p.y} r={4} />;
        })}
      </svg>
      <figcaption>
        <ul className="radar__legend">
          <li>
            <svg width="36" height="14" aria-hidden="true">
              <rect x="2" y="2" width="32" height="10" className="band-radar__band" />
              <line x1="2" y1="2" x2="34" y2="2" className="band-radar__high" />
              <line x1="2" y1="12" x2="34" y2="12" className="band-radar__low" />
            </svg>
            {legend.band}
          </li>
          <li>
            <svg width="36" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="34" y2="7" className="band-radar__score" />
              <circle cx="18" cy="7" r="4" className="band-radar__dot" />
            </svg>
            {legend.score}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

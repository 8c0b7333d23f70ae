import { findRadarRuns } from '../../domain/insights/radar-model';
import { alignAxisLabel, placeOnRadar, RADAR_RINGS, type Point } from '../../domain/insights/radar-geometry';

const WIDTH = 520;
const HEIGHT = 460;
const CENTRE: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 150;
const LABEL_GAP = 22;
const LINE_CHARS = 16;
const TEXT_ANCHOR = { center: 'middle', left: 'start', right: 'end' } as const;

export type BandAxis = {
  label: string;
  low: number | null;
  high: number | null;
  /** The criterion's score with the effective answers. */
  score: number | null;
};

function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARS)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const at = (axis: number, count: number, value: number) => placeOnRadar(CENTRE, RADIUS, axis, count, value);
const pathOf = (points: Point[], isClosed: boolean) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') +
  (isClosed ? ' Z' : '');

/** A line through the values of neighbouring axes; a gap where a criterion has no value. */
function RunsPath({ values, className }: { values: (number | null)[]; className: string }) {
  const { isClosed, runs } = findRadarRuns(values);
  return (
    <>
      {runs.map((run) => (
        <path
          key={run.join('-')}
          className={className}
          d={pathOf(
            run.map((i) => at(i, values.length, values[i] ?? 0)),
            isClosed,
          )}
        />
      ))}
    </>
  );
}

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
}: {
  axes: BandAxis[];
  description: string;
  legend: { band: string; score: string };
}) {
  const n = axes.length;
  const lows = axes.map((a) => a.low);
  const highs = axes.map((a) => a.high);
  return (
    <figure className="band-radar">
      <svg
        className="band-radar__canvas"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={description}
        preserveAspectRatio="xMidYMid meet"
      >
        {RADAR_RINGS.map((ring) => (
          <path
            key={ring}
            className="band-radar__grid"
            d={pathOf(
              axes.map((_, i) => at(i, n, ring)),
              true,
            )}
          />
        ))}
        {axes.map((axis, i) => {
          const end = at(i, n, 100);
          const label = placeOnRadar(CENTRE, RADIUS + LABEL_GAP, i, n, 100);
          const anchor = TEXT_ANCHOR[alignAxisLabel(CENTRE, label)];
          const lines = wrap(axis.label);
          const top =
            label.y -
            ((lines.length - 1) * 15) / 2 +
            (label.y > CENTRE.y + 1 ? 8 : label.y < CENTRE.y - 1 ? -4 : 0);
          return (
            <g key={axis.label}>
              <line className="band-radar__grid" x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />
              <text className="band-radar__label" x={label.x} y={top} textAnchor={anchor}>
                {lines.map((line, l) => (
                  <tspan key={l} x={label.x} dy={l === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {RADAR_RINGS.map((ring) => {
          const p = placeOnRadar(CENTRE, RADIUS, 0.5, n, ring);
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
              d={pathOf(
                [at(i, n, axis.low), at(i, n, axis.high), at(j, n, next.high), at(j, n, next.low)],
                true,
              )}
            />
          );
        })}
        {axes.map((axis, i) =>
          axis.low === null || axis.high === null ? null : (
            <line
              key={`spoke-${i}`}
              className="band-radar__spoke"
              x1={at(i, n, axis.low).x}
              y1={at(i, n, axis.low).y}
              x2={at(i, n, axis.high).x}
              y2={at(i, n, axis.high).y}
            />
          ),
        )}
        <RunsPath values={highs} className="band-radar__high" />
        <RunsPath values={lows} className="band-radar__low" />
        <RunsPath values={axes.map((a) => a.score)} className="band-radar__score" />
        {axes.map((axis, i) => {
          if (axis.score === null) return null;
          const p = at(i, n, axis.score);
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

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';

import type { TrendPoint } from '../domain/insights/build-trend';

export type TrendChartLine = {
  id: string;
  title: string;
  points: readonly TrendPoint[];
  /** What the chart shows, for screen readers, which read the table instead. */
  description: string;
};

const COLOUR = '#0b5cad';

type DotProps = { cx?: number; cy?: number; index?: number };

/**
 * Small line charts, one a criterion and one for the overall, each on its own 0–100 scale with
 * the years along the bottom. One line a chart, named by its title, so nothing is told by colour;
 * a provisional score is a hollow point (said in words beside the charts); a year without a score
 * is a gap, never a 0. It shapes no data: the trend comes from the domain, and the table below the
 * charts carries the same numbers.
 */
export default function TrendCharts({ lines }: { lines: readonly TrendChartLine[] }) {
  return (
    <ul className="trend-charts">
      {lines.map((line) => {
        const rows = line.points.map((p) => ({ year: String(p.year), score: p.score }));
        const Dot = ({ cx, cy, index = 0 }: DotProps) => {
          const point = line.points[index];
          if (cx === undefined || cy === undefined || !point || point.score === null) return <g />;
          return (
            <circle
              cx={cx}
              cy={cy}
              r={point.isProvisional ? 4.5 : 4}
              fill={point.isProvisional ? '#ffffff' : COLOUR}
              stroke={COLOUR}
              strokeWidth={2}
            />
          );
        };
        return (
          <li key={line.id} className="trend-chart">
            <figure>
              <figcaption className="trend-chart__title">{line.title}</figcaption>
              <div className="trend-chart__canvas" role="img" aria-label={line.description}>
                <LineChart
                  responsive
                  style={{ width: '100%', height: 150 }}
                  data={rows}
                  accessibilityLayer={false}
                  margin={{ top: 8, right: 16, bottom: 0, left: -16 }}
                >
                  <CartesianGrid stroke="#d5dbe6" vertical={false} />
                  <XAxis dataKey="year" tick={{ fontSize: 11, fill: '#4a5468' }} />
                  <YAxis domain={[0, 100]} ticks={[0, 50, 100]} tick={{ fontSize: 11, fill: '#4a5468' }} />
                  <Line
                    dataKey="score"
                    stroke={COLOUR}
                    strokeWidth={2}
                    isAnimationActive={false}
                    dot={(props: DotProps) => <Dot key={props.index} {...props} />}
                    activeDot={false}
                  />
                </LineChart>
              </div>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}

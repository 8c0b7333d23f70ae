import type { LocalizedText } from '../localized-text';

export type RadarLineStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

export type RadarSeries = {
  id: string;
  /** A name from the data (a community and year) or a translatable role ("target"). */
  label: { text: string } | { key: 'current' | 'target' | 'previous' };
  /** One value a criterion, 0–100, in axis order; null where the criterion has no score (a gap, not 0). */
  values: (number | null)[];
  lineStyle: RadarLineStyle;
  isFilled: boolean;
};

export type RadarModel = {
  axes: { id: string; name: LocalizedText; isProvisional: boolean }[];
  series: RadarSeries[];
};

/** One row a criterion, as recharts reads a radar's data: `{ axis, s0, s1, … }`. */
export type RadarRow = { axis: string; [seriesKey: string]: string | number | null };

export function seriesKey(index: number): string {
  return `s${index}`;
}

/** The chart's rows, with axis labels already in the reader's language. */
export function toRadarRows(
  model: RadarModel,
  axisLabel: (axis: RadarModel['axes'][number]) => string,
): RadarRow[] {
  return model.axes.map((axis, i) => {
    const row: RadarRow = { axis: axisLabel(axis) };
    model.series.forEach((series, s) => {
      row[seriesKey(s)] = series.values[i] ?? null;
    });
    return row;
  });
}

/**
 * How to draw one series with gaps: runs of neighbouring axes that have a value (going round the
 * chart, so the last axis neighbours the first). A series with no gap is one closed polygon.
 */
export function findRadarRuns(values: readonly (number | null)[]): { isClosed: boolean; runs: number[][] } {
  const n = values.length;
  const present = values.map((v) => v !== null);
  if (present.every(Boolean)) return { isClosed: true, runs: [values.map((_, i) => i)] };
  const firstGap = present.indexOf(false);
  const runs: number[][] = [];
  let run: number[] = [];
  for (let step = 1; step <= n; step += 1) {
    const i = (firstGap + step) % n;
    if (present[i]) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return { isClosed: false, runs };
}

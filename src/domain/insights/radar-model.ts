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

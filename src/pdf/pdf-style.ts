import type { RadarLineStyle } from '../domain/insights/radar-model';

/** The screen chart's series colours, as RGB for jsPDF; every series also has its own dash pattern. */
export const SERIES_COLOURS_RGB: [number, number, number][] = [
  [11, 92, 173],
  [181, 71, 8],
  [71, 84, 103],
  [6, 118, 71],
  [158, 22, 95],
  [89, 37, 220],
  [14, 112, 144],
  [147, 55, 13],
];

/** Dash patterns in millimetres, matching the screen chart's line styles. */
export const DASH_PATTERNS: Record<RadarLineStyle, number[]> = {
  solid: [],
  dashed: [2.2, 1.4],
  dotted: [0.6, 1.1],
  'dash-dot': [2.6, 1, 0.6, 1],
};

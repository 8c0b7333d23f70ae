/** The rings a radar draws, as values on its 0–100 scale. */
export const RADAR_RINGS = [20, 40, 60, 80, 100] as const;

export type Point = { x: number; y: number };

/**
 * Where a value sits on a radar of `axisCount` spokes, the first pointing up and the others
 * clockwise, as on screen, in the PDF and in Word's radar charts. y grows downwards, as on a page.
 */
export function placeOnRadar(
  centre: Point,
  radius: number,
  axisIndex: number,
  axisCount: number,
  value: number,
): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * axisIndex) / axisCount;
  return {
    x: centre.x + Math.cos(angle) * radius * (value / 100),
    y: centre.y + Math.sin(angle) * radius * (value / 100),
  };
}

/** Where a ring's value is written: halfway between the first two spokes, where no axis label sits. */
export function placeRingLabel(centre: Point, radius: number, axisCount: number, ring: number): Point {
  return placeOnRadar(centre, radius, 0.5, axisCount, ring);
}

/** How an axis label lines up with the end of its spoke: centred above or below, else away from the centre. */
export function alignAxisLabel(centre: Point, at: Point): 'center' | 'left' | 'right' {
  if (Math.abs(at.x - centre.x) < 1) return 'center';
  return at.x < centre.x ? 'right' : 'left';
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { alignAxisLabel, placeOnRadar, placeRingLabel } from '../../../src/domain/insights/radar-geometry';

const centre = { x: 50, y: 50 };

describe('the radar geometry every format shares', () => {
  it('puts the first spoke straight up and the next ones clockwise', () => {
    const top = placeOnRadar(centre, 10, 0, 6, 100);
    expect(top.x).toBeCloseTo(50);
    expect(top.y).toBeCloseTo(40);
    const second = placeOnRadar(centre, 10, 1, 6, 100);
    expect(second.x).toBeGreaterThan(50);
    expect(second.y).toBeLessThan(50);
  });

  it('keeps a value at its share of the radius from the centre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 100, noNaN: true }), (i, v) => {
        const p = placeOnRadar(centre, 30, i, 6, v);
        expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeCloseTo((30 * v) / 100, 6);
      }),
    );
  });

  it('writes ring values between the first two spokes and aligns labels away from the centre', () => {
    const ring = placeRingLabel(centre, 10, 6, 100);
    expect(ring.x).toBeGreaterThan(50);
    expect(alignAxisLabel(centre, placeOnRadar(centre, 10, 0, 6, 100))).toBe('center');
    expect(alignAxisLabel(centre, placeOnRadar(centre, 10, 1, 6, 100))).toBe('left');
    expect(alignAxisLabel(centre, placeOnRadar(centre, 10, 5, 6, 100))).toBe('right');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { conditionKey, proposeLevel } from '../../../src/domain/criteria/propose-level';
import { buildLevels } from '../../factories/framework-factory';

// Level n has min(n, 3) conditions: 0, 1, 2, 3, 3.
const question = { levels: buildLevels() };
const tick = (...pairs: [number, number][]) => new Set(pairs.map(([level, i]) => conditionKey(level, i)));
const allOf = (...levels: number[]) =>
  levels.flatMap((level) => question.levels[level]!.conditions.map((_, i): [number, number] => [level, i]));

describe('proposeLevel', () => {
  it('proposes nothing until a condition is ticked', () => {
    expect(proposeLevel(question, new Set())).toBeNull();
  });

  it.each([
    ['level 1 met', allOf(1), 1],
    ['levels 1 and 2 met', allOf(1, 2), 2],
    ['every condition met', allOf(1, 2, 3, 4), 4],
    ['level 2 met but not level 1', allOf(2), 0],
    ['levels 1, 2 and 4 met, not 3', allOf(1, 2, 4), 2],
    ['level 1 and one of two conditions of level 2', [...allOf(1), [2, 0]], 1],
  ] as const)('with %s, proposes %s', (_name, ticked, expected) => {
    expect(proposeLevel(question, tick(...(ticked as [number, number][])))).toBe(expected);
  });

  it('proposes the highest level whose conditions, and those of every level below, are all ticked', () => {
    const keys = allOf(1, 2, 3, 4);
    fc.assert(
      fc.property(fc.subarray(keys, { minLength: 1 }), (ticked) => {
        const set = tick(...ticked);
        const proposed = proposeLevel(question, set)!;
        const isMet = (level: number) => allOf(level).every(([l, i]) => set.has(conditionKey(l, i)));
        for (let level = 1; level <= proposed; level += 1) expect(isMet(level)).toBe(true);
        if (proposed < 4) expect(isMet(proposed + 1)).toBe(false);
      }),
    );
  });
});
